# Issue 15 item 6: keyboard shortcuts do not need the map to have focus. Zoom
# in with the wheel, click inside the legend (a panel now has the focus, and
# nothing on the map gets selected), press Home: the view returns to the
# scene's opening camera (geodata/chengdu.toml: the whole municipality, distance 245000 m).
json_get(d camera distance)
expect_true("Home reset the view from a focused panel (distance ${d})" d GREATER 244000 AND d LESS 246000)
json_len(nsel selection)
expect_eq("the click on the panel selected nothing" "${nsel}" "0")
