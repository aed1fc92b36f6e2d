# Issue 5's siting UI on the real scene: the humanoid-robot demand loaded
# through the viewer ranks like the CLI, Next steps to candidate 2 (selected,
# flown to), and a what-if weight change re-ranks.
json_get(err siting error)
expect_eq("no siting error" "${err}" "")
json_get(n siting candidates)
expect_eq("candidates (CLI: 327)" "${n}" "327")
json_get(p siting passed)
expect_eq("passing hard constraints (CLI: 11)" "${p}" "11")
json_len(ntop siting top)
expect_eq("top k listed" "${ntop}" "10")
json_get(hl siting highlighted)
expect_eq("top k highlighted on the map" "${hl}" "10")
json_len(nlab siting rank_labels)
expect_true("rank labels drawn" nlab GREATER 0)
# After the last step and the weight change the current candidate is still P005-01-01.
json_get(cur siting current_id)
expect_eq("current candidate (CLI rank 2)" "${cur}" "P005-01-01")
json_get(selid selection 0 fid)
json_get(sellayer selection 0 layer)
expect_eq("current candidate selected" "${sellayer}" "buildings")
json_get(flying flying)
expect_eq("fly-to finished" "${flying}" "OFF")
json_get(w siting weights space)
expect_eq("space weight set by the what-if" "${w}" "0.0")

# Before the what-if: the ranking `build/parkscape site geodata/chengdu.toml
# --demand geodata/demands/humanoid_robot_team.toml --format json` prints
# (ids hard-coded from that CLI run).
set(cli P005-05-03 P005-01-01 P005-02-01 P005-05-02 P005-05-01 P027-03-02 P027-01-01 P026-04-02 P027-01-02 P027-02-02)
set(i 0)
foreach(id ${cli})
  json_get(got siting previous_top ${i})
  math(EXPR rank "${i} + 1")
  expect_eq("CLI rank ${rank} before the what-if" "${got}" "${id}")
  math(EXPR i "${i} + 1")
endforeach()

# After space weight 2 -> 0 (values observed from the engine through the
# viewer): the top two hold, P005-05-01
# climbs to rank 4 and P005-05-02 drops to rank 5.
json_get(t1 siting top 0 id)
expect_eq("rank 1 after the what-if" "${t1}" "P005-05-03")
json_get(t2 siting top 1 id)
expect_eq("rank 2 after the what-if" "${t2}" "P005-01-01")
json_get(t4 siting top 3 id)
expect_eq("rank 4 after the what-if" "${t4}" "P005-05-01")
json_get(t5 siting top 4 id)
expect_eq("rank 5 after the what-if (was 4)" "${t5}" "P005-05-02")
json_get(s1 siting top 0 score)
json_get(s2 siting top 1 score)
expect_true("scores descend" s1 GREATER_EQUAL s2)
