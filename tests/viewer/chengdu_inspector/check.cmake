# Issue 15 item 3: the inspector shows every layer kind as a planner reads
# it (scene/field_display): a building, a park, a hexagon and a ring are
# selected; the dump's selection[i].fields are the inspector's [label, value] rows.
json_len(nsel selection)
expect_eq("four features selected" "${nsel}" "4")

# Building: occupancy as %, flags as 是/否, money and areas with units, the
# quarterly columns (the time panel's) hidden, data status in Chinese.
inspector_field(v 0 "入驻率")
expect_true("building occupancy as a percentage ('${v}')" "${v}" MATCHES "^[0-9.]+ %$")
inspector_field(v 0 "可即时入驻")
expect_true("ready-now flag as 是/否 ('${v}')" "${v}" MATCHES "^(是|否)$")
inspector_field(v 0 "租金（元/m²·月）")
expect_true("rent with its unit ('${v}')" "${v}" MATCHES "元/m²·月$")
inspector_field(v 0 "占地面积")
expect_true("footprint with m² ('${v}')" "${v}" MATCHES "m²$")
inspector_field(v 0 "建筑面积")
# 万 m² with the exact figure from 10,000 m² up; below it, m² with thousands separators.
expect_true("GFA in 万 m² with the exact figure, or m² ('${v}')" "${v}" MATCHES "(万 m²\\([0-9,]+ m²\\)|^[0-9][0-9,]* m²)$")
inspector_field(v 0 "数据性质")
expect_eq("data status translated" "${v}" "示例数据(合成,非真实)")
foreach(raw occ_2024q1 occ_2026q4 fid)
  inspector_field(v 0 "${raw}")
  expect_eq("building hides ${raw}" "${v}" "<absent>")
endforeach()

# Park: year as a year, policy enums translated.
inspector_field(v 1 "开园时间")
expect_true("opening year ('${v}')" "${v}" MATCHES "^20[0-9][0-9] 年$")
inspector_field(v 1 "发展时序")
expect_true("horizon translated ('${v}')" "${v}" MATCHES "^(近期|中远期|—)$")
inspector_field(v 1 "依托主体类型")
expect_true("anchor kind translated ('${v}')" "${v}" MATCHES "^(高校|产业集群|功能区)$")

# Hexagon: titled by what it is, grid indices hidden.
json_get(hname selection 2 name)
expect_true("hexagon titled by its dominant sector and GFA, not #51 ('${hname}')" "${hname}" MATCHES "为主 · .*m²")
foreach(raw q r dominant_idx share_sel count height_m)
  inspector_field(v 2 "${raw}")
  expect_eq("hexagon hides ${raw}" "${v}" "<absent>")
endforeach()
inspector_field(v 2 "楼宇数")
expect_true("hexagon shows its building count ('${v}')" "${v}" MATCHES "^[0-9,]+$")

# Ring: titled by campus and radius; the radius in metres.
json_get(rname selection 3 name)
expect_true("ring titled by campus and radius ('${rname}')" "${rname}" MATCHES "^四川大学·望江 · [0-9.]+ 公里圈$")
inspector_field(v 3 "半径")
expect_true("ring radius in metres ('${v}')" "${v}" MATCHES "^[0-9,]+ 米$")
inspector_field(v 3 "radius_m")
expect_eq("no raw radius_m row" "${v}" "<absent>")
