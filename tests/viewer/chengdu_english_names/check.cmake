# Issue 15 item 8: English complete. A parcel selected in Chinese, then the
# language switched: the inspector names it in English (the sample data carry
# name_en for parcels as for parks and buildings), and the time panel's
# scope follows the switch instead of keeping the Chinese name.
json_get(lang language)
expect_eq("language" "${lang}" "en")
json_get(layer selection 0 layer)
expect_eq("a parcel selected" "${layer}" "parcels")
json_get(name selection 0 name)
expect_true("parcel named in English (${name})" name MATCHES "^SAMPLE .* Plot A$")
json_get(scope timeline scope_name)
expect_eq("time panel scope in English" "${scope}" "${name}")
