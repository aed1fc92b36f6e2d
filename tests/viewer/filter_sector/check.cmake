# Only 先进能源 left, filtered features hidden: 11 of the 73 demo buildings
# (every 7th from the second) and one of three parks stay; districts, which
# have no sector, are untouched.
json_get(id layers 1 id)
expect_eq("layer 1" "${id}" "buildings")
json_get(shown layers 1 shown)
json_get(hidden layers 1 hidden)
expect_eq("buildings shown" "${shown}" "11")
expect_eq("buildings hidden" "${hidden}" "62")
json_get(f0 layers 1 filtered_fids 0)
expect_eq("first hidden building" "${f0}" "1")
json_get(pshown layers 2 shown)
expect_eq("parks shown" "${pshown}" "1")
json_get(dhidden layers 0 hidden)
expect_eq("districts hidden" "${dhidden}" "0")
