# Issue 15 item 8: long English campus labels neither overlap each other nor
# run under the panels (1600x900, a park selected so the inspector is open):
# a label reaching under a window (the map buttons, the inspector, the
# search) is not placed and its space goes to the others (the central-city
# camera this case was written for: the default camera now shows the whole
# municipality). Before, "Chengdu
# University of Technology" and "Sichuan Normal University (Shizishan)" were
# drawn half under the map buttons.
json_get(lang language)
expect_eq("language" "${lang}" "en")
json_get(labels labels)
expect_true("labels placed" labels MATCHES "Wuhou District")
expect_true("a long campus label clear of every window placed" labels MATCHES "University of Electronic Science and Technology of China")
string(FIND "${labels}" "\"Chengdu University of Technology\"" a)
expect_eq("no label under the map buttons (Chengdu University of Technology)" "${a}" "-1")
string(FIND "${labels}" "Sichuan Normal University (Shizishan)" b)
expect_eq("no label under the map buttons (Sichuan Normal University (Shizishan))" "${b}" "-1")
