# The presenter's own screen: `--presenter-window` opens it beside the big
# screen even on one monitor (with two, it opens on the other by itself).
# F5 presents the bundled tour; two Page Downs later the window shows step 3
# of 13 (先进能源) and names the next one (未来交通); step 2's notes were
# there a moment before. Its picture is written beside the main screenshot.
json_get(open presenter_window open)
expect_eq("presenter window open" "${open}" "ON")
json_get(step presenter_window step)
expect_eq("step on air (0-based)" "${step}" "2")
json_get(count presenter_window step_count)
expect_eq("steps" "${count}" "13")
json_get(title presenter_window title)
expect_eq("title on air" "${title}" "先进能源")
json_get(next presenter_window next_title)
expect_eq("next step" "${next}" "未来交通")
expect_true("presenter window picture" EXISTS "${OUT_DIR}/screenshot.presenter.png")
