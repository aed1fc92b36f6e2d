# Issue 15 item 4: the rank markers and the top-k highlight leave the map when
# the siting window is closed (its close box clicked, 1366x768); the result
# itself is kept for when it opens again.
json_get(panel siting panel)
expect_eq("siting panel closed by its close box" "${panel}" "OFF")
json_len(nlab siting rank_labels)
expect_eq("no rank markers once closed" "${nlab}" "0")
json_get(hl siting highlighted)
expect_eq("no top-k highlight once closed" "${hl}" "0")
json_len(ntop siting top)
expect_eq("the result is kept" "${ntop}" "10")
