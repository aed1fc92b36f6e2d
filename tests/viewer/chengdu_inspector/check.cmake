# Issue 15 item 3: the inspector shows every layer kind as a planner reads
# it (scene/field_display): a building, a park, a hexagon and a ring are
# selected; the dump's selection[i].fields are the inspector's rows.
json_len(nsel selection)
expect_eq("four features selected" "${nsel}" "4")

# fields_of(<prefix> <i>): <prefix>_labels, and <prefix>_<label> = value.
macro(fields_of prefix i)
  set(${prefix}_labels "")
  json_len(_n selection ${i} fields)
  math(EXPR _last "${_n} - 1")
  foreach(_k RANGE ${_last})
    json_get(_l selection ${i} fields ${_k} 0)
    json_get(_v selection ${i} fields ${_k} 1)
    list(APPEND ${prefix}_labels "${_l}")
    set("${prefix}_${_l}" "${_v}")
  endforeach()
endmacro()

# Building: occupancy as %, flags as 是/否, money and areas with units, the
# quarterly columns (time panel) hidden, data status in Chinese.
fields_of(b 0)
expect_true("building occupancy as a percentage" "${b_入驻率}" MATCHES "^[0-9.]+ %$")
expect_true("ready-now flag as 是/否" "${b_可即时入驻}" MATCHES "^(是|否)$")
expect_true("rent with its unit" "${b_租金（元/m²·月）}" MATCHES "元/m²·月$")
expect_true("footprint with m²" "${b_占地面积}" MATCHES "m²")
expect_eq("data status translated" "${b_数据性质}" "示例数据(合成,非真实)")
foreach(raw occ_2024q1 occ_2026q4 fid)
  expect_true("building hides ${raw}" NOT "${raw}" IN_LIST b_labels)
endforeach()

# Park: year as a year, policy enums translated.
fields_of(p 1)
expect_true("opening year" "${p_开园时间}" MATCHES "^20[0-9][0-9] 年$")
expect_true("horizon translated" "${p_发展时序}" MATCHES "^(近期|中远期|—|)$")
expect_true("anchor kind translated" "${p_依托主体类型}" MATCHES "^(高校|产业集群|功能区)$")

# Hexagon: titled by what it is, grid indices hidden.
json_get(hname selection 2 name)
expect_true("hexagon titled by its dominant sector and GFA, not #51" "${hname}" MATCHES "为主 · .*m²")
fields_of(h 2)
foreach(raw q r dominant_idx share_sel count)
  expect_true("hexagon hides ${raw}" NOT "${raw}" IN_LIST h_labels)
endforeach()
expect_true("hexagon shows its building count" "楼宇数" IN_LIST h_labels)

# Ring: titled by campus and radius; one name row.
json_get(rname selection 3 name)
expect_true("ring titled by campus and radius" "${rname}" MATCHES ". · [0-9.]+ 公里圈$")
fields_of(r 3)
expect_true("ring radius in metres" "${r_半径}" MATCHES "米$")
list(FILTER r_labels INCLUDE REGEX "^名称$")
list(LENGTH r_labels nname)
expect_true("at most one 名称 row" nname LESS 2)
