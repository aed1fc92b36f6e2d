# Issue 15 item 4: the demand is chosen with the file picker, not by typing a
# path into the panel: "选择需求…" (1366x768) opens the picker in the current
# demand's folder, the file name typed and Enter load that demand and rank it.
json_get(err siting error)
expect_eq("no siting error" "${err}" "")
json_get(demand siting demand)
expect_true("demand chosen in the picker (${demand})" demand MATCHES "geodata/demands/quantum_lab.toml$")
json_get(name siting demand_name)
expect_true("the quantum lab demand loaded (${name})" name MATCHES "量子")
json_len(ntop siting top)
expect_true("ranked" ntop GREATER 0)
