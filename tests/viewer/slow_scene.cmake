# Writes two scenes into OUT_DIR for the loading cases (load_replaced, load_quit):
#  - slow.toml: one fill layer of 40 polygons, each a 3 m x 3 km shell with 1,000
#    holes stacked along one line, in the scene's own CRS (EPSG:4507, so no
#    reprojection tilts the stack): libtess's quadratic case, about 0.35 s of
#    triangulation per polygon on a quiet 2-core machine, so the load spends
#    seconds on the worker, most of it inside GLU.
#  - quick.toml: the two parcels of tests/data/io/parcels.geojson.
set(_x0 404000)
set(_y0 3386000)
set(_holes "")
foreach(i RANGE 0 999)
  math(EXPR _ya "${_y0} + 3 * ${i} + 1")
  math(EXPR _yb "${_ya} + 1")
  string(APPEND _holes ",[[@XA@,${_ya}],[@XA@,${_yb}],[@XB@,${_yb}],[@XB@,${_ya}],[@XA@,${_ya}]]")
endforeach()
math(EXPR _ytop "${_y0} + 3001")
set(_features "")
foreach(f RANGE 0 39)
  math(EXPR _xs "${_x0} + 10 * ${f}")
  math(EXPR _xe "${_xs} + 3")
  math(EXPR _xa "${_xs} + 1")
  math(EXPR _xb "${_xs} + 2")
  string(REPLACE "@XA@" "${_xa}" _h "${_holes}")
  string(REPLACE "@XB@" "${_xb}" _h "${_h}")
  if(f GREATER 0)
    string(APPEND _features ",\n")
  endif()
  string(APPEND _features "{\"type\":\"Feature\",\"properties\":{\"id\":${f}},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[${_xs},${_y0}],[${_xe},${_y0}],[${_xe},${_ytop}],[${_xs},${_ytop}],[${_xs},${_y0}]]${_h}]}}")
endforeach()
file(WRITE ${OUT_DIR}/holes.geojson "{\"type\":\"FeatureCollection\",\"features\":[\n${_features}\n]}\n")
file(WRITE ${OUT_DIR}/slow.toml "[scene]\ntitle = \"slow\"\ncrs = \"EPSG:4507\"\n\n[[layers]]\nid = \"holes\"\nkind = \"fill\"\nsource = { path = \"holes.geojson\", crs = \"EPSG:4507\" }\n")
file(WRITE ${OUT_DIR}/quick.toml "[scene]\ntitle = \"quick\"\n\n[[layers]]\nid = \"parcels\"\nkind = \"fill\"\nsource = { path = \"${SOURCE_DIR}/tests/data/io/parcels.geojson\" }\n")
