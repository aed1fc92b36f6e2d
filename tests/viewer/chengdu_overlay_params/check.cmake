# Overlay parameters set live on the real Chengdu scene (viewer/overlays.h):
# hexagons widened to 2000 m, clusters convex at eps 1200 m, the district
# choropleth switched to vacancy, rings of one university merged. Each
# overlay_param entry of the dump holds the layer before and after.
function(log_get var i)
  json_get(v overlay_log ${i} ${ARGN})
  set(${var} "${v}" PARENT_SCOPE)
endfunction()
json_len(nlog overlay_log)
expect_eq("overlay_param commands logged" "${nlog}" "4")
json_get(panel overlay_panel)
expect_eq("overlay panel open" "${panel}" "ON")
json_strings(shown ui_strings)
expect_true("panel title shown in Chinese" "叠加图层参数" IN_LIST shown)

# Hexagons: fewer, wider columns; the GFA they stack is the same.
log_get(size 0 after hex_size)
expect_eq("hex size" "${size}" "2000.0")
log_get(n0 0 before features)
log_get(n1 0 after features)
expect_true("fewer hexagons at 2000 m (${n0} -> ${n1})" n1 LESS n0 AND n1 GREATER 0)
log_get(g0 0 before gfa_m2)
log_get(g1 0 after gfa_m2)
expect_true("hex GFA preserved (${g0} vs ${g1})" g0 EQUAL g1)
log_get(b0 0 before buildings)
log_get(b1 0 after buildings)
expect_eq("hex buildings preserved" "${b1}" "${b0}")

# Clusters: convex at 1200 m; a wider eps never leaves a clustered building out.
log_get(hull 1 after hull)
expect_eq("hull" "${hull}" "convex")
log_get(eps 1 after eps)
expect_eq("eps" "${eps}" "1200.0")
log_get(cb0 1 before buildings)
log_get(cb1 1 after buildings)
expect_true("clustered buildings do not shrink (${cb0} -> ${cb1})" NOT cb1 LESS cb0)
log_get(cn1 1 after features)
expect_true("clusters found" cn1 GREATER 0)

# Choropleth: vacancy classes with percentage ranges.
log_get(metric 2 after metric)
expect_eq("metric" "${metric}" "vacancy")
log_get(note 2 after note_en)
expect_true("legend note names vacancy (${note})" note MATCHES "^vacancy")
log_get(lab0 2 after legend_en 0)
expect_true("class labels in percent (${lab0})" lab0 MATCHES "%")
log_get(nbreaks 2 after breaks)
string(JSON nb LENGTH "${nbreaks}")
expect_true("class breaks (${nb})" nb GREATER 1)

# Rings: merging 四川大学's overlapping campuses leaves fewer rings.
log_get(r0 3 before features)
log_get(r1 3 after features)
expect_true("merged rings (${r0} -> ${r1})" r1 LESS r0)

# Recomputes are quick enough to run on the UI thread (< 100 ms each on this scene).
foreach(i 0 1 2 3)
  log_get(ms ${i} ms)
  expect_true("overlay ${i} recomputed in ${ms} ms" ms LESS 1000)
endforeach()

# The map shows the new layers; the session writes the parameters back.
json_len(nl layers)
math(EXPR last "${nl} - 1")
set(hexvis "")
foreach(i RANGE ${last})
  json_get(id layers ${i} id)
  if(id STREQUAL "hex_gfa")
    json_get(hexvis layers ${i} visible)
    json_get(hexn layers ${i} features)
  endif()
endforeach()
expect_eq("hex layer shown" "${hexvis}" "ON")
expect_eq("hex layer features as recomputed" "${hexn}" "${n1}")
json_get(saved last_saved)
file(READ "${saved}" view)
expect_true("saved hex size" view MATCHES "hex_size = 2000")
expect_true("saved hull" view MATCHES "hull = 'convex'")
expect_true("saved metric" view MATCHES "metric = 'vacancy'")
expect_true("saved merge" view MATCHES "merge = true")
json_get(err last_error)
expect_eq("no error shown" "${err}" "")
