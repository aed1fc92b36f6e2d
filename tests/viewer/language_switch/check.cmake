# Language menu -> English, by real clicks: every visible panel title and the
# window title change.
json_get(lang language)
expect_eq("language" "${lang}" "en")
json_strings(strings ui_strings)
expect_true("English layers panel" strings MATCHES "Layers")
expect_true("English legend panel" strings MATCHES "Legend")
expect_true("English filters panel" strings MATCHES "Filters")
expect_true("no Chinese panel titles" NOT strings MATCHES "图层")
json_get(title window_title)
expect_true("English window title" title MATCHES "demo data")
json_get(label0 labels 0)
expect_true("district labels in English" label0 MATCHES "District")
