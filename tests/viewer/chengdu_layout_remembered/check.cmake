# The user's layout is remembered (--layout FILE; by default layout.json in the
# user's config folder): the window comes back at its saved size, the sidebar
# open on the saved tab, the legend collapsed, the time bar with its chart; on
# exit the file is rewritten (atomically) with what the user left.
json_get(ww window 0)
json_get(wh window 1)
expect_true("saved window size restored (got ${ww}x${wh})" ww EQUAL 1200 AND wh EQUAL 700)
json_get(side layout sidebar_open)
expect_eq("sidebar open" "${side}" "ON")
json_get(tab layout sidebar_tab)
expect_eq("on the saved tab" "${tab}" "filters")
json_get(leg layout legend_open)
expect_eq("legend collapsed" "${leg}" "OFF")
json_get(te layout time_expanded)
expect_eq("time bar with its chart" "${te}" "ON")
string(JSON fw ERROR_VARIABLE e GET "${STATE}" layout windows panel.filters 2)
expect_true("filters panel drawn in the sidebar" NOT e)
file(READ ${OUT_DIR}/layout.json saved)
string(JSON stab GET "${saved}" sidebar_tab)
expect_eq("layout written back on exit" "${stab}" "filters")
string(JSON sw GET "${saved}" window_w)
expect_eq("window size written back" "${sw}" "1200")
