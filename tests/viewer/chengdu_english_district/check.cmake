# Issue 15 item 8: English complete. A park's district is stored in Chinese
# (武侯区, as the bureau's files store it); in English the inspector shows the
# district's English name, taken from the districts layer that maps both.
json_get(layer selection 0 layer)
expect_eq("a park selected" "${layer}" "parks")
string(JSON nfields LENGTH "${STATE}" selection 0 fields)
set(found "")
math(EXPR last "${nfields} - 1")
foreach(i RANGE ${last})
  string(JSON label GET "${STATE}" selection 0 fields ${i} 0)
  string(JSON value GET "${STATE}" selection 0 fields ${i} 1)
  if(label STREQUAL "District")
    set(found "${value}")
  endif()
endforeach()
expect_eq("district in English" "${found}" "Wuhou District")
