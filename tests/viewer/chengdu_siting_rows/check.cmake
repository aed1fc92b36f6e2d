# Issue 15 item 4 at 1366x768, the default city view: the siting list's rows
# can be told apart (the shared "示例·" once above the list, then each row's
# own name: no two alike, none cut to the same beginning), and the rank markers
# declutter at city zoom (the top ten stand on three parks: a marker that
# would cover a better-ranked one is dropped, rank 1 stays).
json_get(err siting error)
expect_eq("no siting error" "${err}" "")
json_len(ntop siting top)
expect_eq("top ten listed" "${ntop}" "10")
json_get(shared siting rows_shared)
expect_eq("the shared beginning, shown once" "${shared}" "示例·")
set(seen "")
foreach(i RANGE 9)
  json_get(nm siting row_names ${i})
  expect_true("row ${i} has a name" nm)
  string(FIND "${nm}" "示例" at)
  expect_eq("row ${i} without the shared beginning" "${at}" "-1")
  list(FIND seen "${nm}" dup)
  expect_eq("row ${i} (${nm}) differs from the rows above" "${dup}" "-1")
  list(APPEND seen "${nm}")
endforeach()
json_len(nlab siting rank_labels)
expect_true("rank markers drawn" nlab GREATER 0)
expect_true("rank markers decluttered at city zoom (${nlab} of 10)" nlab LESS 5)
json_get(first siting rank_labels 0)
expect_eq("rank 1 kept" "${first}" "1")
json_get(hl siting highlighted)
expect_eq("top ten highlighted while the panel is open" "${hl}" "10")
