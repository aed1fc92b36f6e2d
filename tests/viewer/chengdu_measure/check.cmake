# Issue 13 "Measure": a 3-point polyline (a stray 4th point removed with
# Backspace, Enter finishes) and a 4-point polygon (a double-click finishes)
# drawn by clicking on the map, where given lon/lat show on screen; the figures
# the viewer reports agree with PROJ's geodesic to 0.1 %:
#   geod +ellps=GRS80 -I: (30.63N 104.02E)->(30.63N 104.10E) 7669.681 m,
#                         (30.63N 104.10E)->(30.68N 104.10E) 5543.178 m;
#   the 0.01° x 0.01° quadrangle at 30.66N 104.06E: 1,062,479 m² (the
#   ellipsoid's zone between two parallels, a²Δλ/2·(q(φ2)-q(φ1)); its geodesic
#   edges bulge from the parallels by ~1e-5 of the area).
# (CMake reads JSON booleans as ON / OFF.) Then Esc cancels a new drawing and leaves the tool; the last, unfinished
# triangle is what the screenshot shows.

# expect_within(<what> <value> <expected> <tolerance>): whole metres (CMake has no float maths).
function(expect_within what value expected tol)
  string(REGEX MATCH "^-?[0-9]+" whole "${value}")
  math(EXPR lo "${expected} - ${tol}")
  math(EXPR hi "${expected} + ${tol}")
  if(whole STREQUAL "" OR whole LESS lo OR whole GREATER hi)
    message(SEND_ERROR "${what}: ${value} not within ${expected} ± ${tol}")
  endif()
endfunction()

json_len(n measure_snapshots)
expect_eq("three measure snapshots" "${n}" "3")

json_get(mode measure_snapshots 0 mode)
json_get(pts measure_snapshots 0 points)
json_get(fin measure_snapshots 0 finished)
json_get(len measure_snapshots 0 length_m)
json_get(leg measure_snapshots 0 last_leg_m)
json_get(txt measure_snapshots 0 length_text)
expect_eq("polyline: distance mode" "${mode}" "distance")
expect_eq("polyline: 3 points (the stray one removed)" "${pts}" "3")
expect_eq("polyline: Enter finished it" "${fin}" "ON")
expect_within("polyline length vs geod (13212.859 m)" "${len}" 13213 13)
expect_within("last segment vs geod (5543.178 m)" "${leg}" 5543 6)
expect_eq("polyline text" "${txt}" "13.21 km")
json_get(lon0 measure_snapshots 0 lonlat 0 0)
expect_true("first point lon 104.02 (${lon0})" lon0 GREATER 104.0199 AND lon0 LESS 104.0201)

json_get(mode measure_snapshots 1 mode)
json_get(pts measure_snapshots 1 points)
json_get(fin measure_snapshots 1 finished)
json_get(area measure_snapshots 1 area_m2)
json_get(per measure_snapshots 1 length_m)
json_get(atxt measure_snapshots 1 area_text)
expect_eq("polygon: area mode" "${mode}" "area")
expect_eq("polygon: 4 points (the double-click adds none)" "${pts}" "4")
expect_eq("polygon: the double-click finished it" "${fin}" "ON")
expect_within("polygon area vs the ellipsoidal quadrangle (1,062,479 m²)" "${area}" 1062479 1062)
# Perimeter, geod: 958.414 + 1108.637 + 958.316 + 1108.637 m.
expect_within("polygon perimeter (4134.004 m)" "${per}" 4134 4)
expect_true("area text in m², 公顷 and 亩 (${atxt})" atxt MATCHES "^1,06[0-9],[0-9][0-9][0-9] m² · 106\\.[0-9] 公顷 · 1,59[0-9] 亩$")

json_get(act measure_snapshots 2 active)
json_get(pts measure_snapshots 2 points)
expect_eq("Esc leaves the tool" "${act}" "OFF")
expect_eq("Esc clears the drawing" "${pts}" "0")

# At the end: the area tool on again with an unfinished triangle; the measure
# clicks never picked a feature (no last_pick in the dump).
json_get(act measure active)
json_get(pts measure points)
json_get(fin measure finished)
expect_eq("tool on at the end" "${act}" "ON")
expect_eq("three points at the end" "${pts}" "3")
expect_eq("not finished" "${fin}" "OFF")
string(JSON lp ERROR_VARIABLE no_pick GET "${STATE}" last_pick)
if(NOT no_pick)
  message(SEND_ERROR "measure clicks picked a feature: ${lp}")
endif()

# The inspector's nearest lines (viewer/nearest.h). Sample park P005 stands in
# 成都高新区: the lead zone at 0 ("inside"). P002 (天府国际生物城) stands in none;
# SpatiaLite's ellipsoidal ST_Distance(park, place, 1) on the same GeoPackage
# gives the references: campus 四川大学·江安 14,105.1 m, zone 四川天府新区 726.2 m,
# named cluster 成都天府国际生物城 265.5 m.
json_len(n nearest_snapshots)
expect_eq("two nearest snapshots" "${n}" "2")
json_len(n nearest_snapshots 0)
expect_eq("P005: campus, zone and cluster" "${n}" "3")
json_get(k nearest_snapshots 0 1 kind)
json_get(in nearest_snapshots 0 1 inside)
json_get(zn nearest_snapshots 0 1 name)
json_get(zt nearest_snapshots 0 1 text)
expect_eq("P005: second line is the zone" "${k}" "nearest.zone")
expect_eq("P005 lies in its zone" "${in}" "ON")
expect_eq("P005's zone" "${zn}" "成都高新区")
expect_eq("inside says so" "${zt}" "位于其内")
json_get(k0 nearest_snapshots 1 0 kind)
json_get(n0 nearest_snapshots 1 0 name)
json_get(d0 nearest_snapshots 1 0 metres)
json_get(n1 nearest_snapshots 1 1 name)
json_get(d1 nearest_snapshots 1 1 metres)
json_get(n2 nearest_snapshots 1 2 name)
json_get(d2 nearest_snapshots 1 2 metres)
expect_eq("P002: nearest campus first" "${k0}" "nearest.campus")
expect_eq("P002: nearest campus" "${n0}" "四川大学·江安")
expect_within("P002: campus distance (14,105.1 m)" "${d0}" 14105 15)
expect_eq("P002: nearest zone" "${n1}" "四川天府新区(成都直管区)")
expect_within("P002: zone distance (726.2 m)" "${d1}" 726 2)
expect_eq("P002: nearest named cluster" "${n2}" "成都天府国际生物城")
expect_within("P002: cluster distance (265.5 m)" "${d2}" 265 2)
