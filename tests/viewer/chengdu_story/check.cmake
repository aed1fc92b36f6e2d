# The real Chengdu scene: 武侯区 found by typing, flown to and selected; the
# UI switched to English; the view saved.
json_get(hit0 search_hits 0 name)
expect_eq("first search hit" "${hit0}" "武侯区")
json_get(name selection 0 name)
expect_eq("selected district (English UI)" "${name}" "Wuhou District")
json_get(lang language)
expect_eq("language" "${lang}" "en")
json_get(saved last_saved)
expect_true("view saved" EXISTS "${saved}")
json_get(err last_error)
expect_eq("no error shown" "${err}" "")
