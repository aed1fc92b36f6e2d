# Issue 15 item 6: hover and click agree. The pointer rests over the city view
# (the core-city camera the default scene opened on before it showed the whole
# municipality, set first by a camera command)
# (hover: whatever is under it there, e.g. a hex column), the wheel zooms in
# towards it without a pointer move (the hex columns give way to parks and
# buildings), then a click at the same spot: the tooltip's feature is the one
# the click selected, not the stale hover from before the zoom.
json_get(pl last_pick layer)
json_get(pf last_pick fid)
json_get(hl hover layer)
json_get(hf hover fid)
expect_eq("hover names what the click picked (layer)" "${hl}" "${pl}")
expect_eq("hover names what the click picked (fid)" "${hf}" "${pf}")
json_get(d camera distance)
expect_true("zoomed in to street level (distance ${d})" d LESS 3000)
