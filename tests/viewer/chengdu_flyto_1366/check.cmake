# Issue 15 items 1 and 9 at 1366x768: search 武侯区, Enter. The inspector opens
# for the selection; the fly-to frames the district in the map area the
# panels leave free (its centre near that area's centre, not the window's,
# which lies under the inspector's edge); the result list closes after the choice.
json_get(sel selection 0 layer)
expect_true("a district selected (got ${sel})" sel MATCHES "district")
json_get(insp layout inspector_open)
expect_eq("inspector opened by the selection" "${insp}" "ON")
json_get(flying flying)
expect_eq("flight finished" "${flying}" "OFF")
json_get(in layout selection_in_map_area)
expect_eq("target in the free map area" "${in}" "ON")
# |target - area centre| < 4 % of the area's width and height (the camera limits may clamp a little).
json_get(dx layout selection_offset 0)
json_get(dy layout selection_offset 1)
expect_true("target at the free area's centre (offset ${dx}, ${dy})"
            dx GREATER -0.04 AND dx LESS 0.04 AND dy GREATER -0.04 AND dy LESS 0.04)
json_get(list layout search_list_open)
expect_eq("search results closed after the choice" "${list}" "OFF")
json_len(nw layout windows)
string(JSON iw ERROR_VARIABLE e GET "${STATE}" layout windows panel.inspector)
expect_true("inspector window drawn" NOT e)
