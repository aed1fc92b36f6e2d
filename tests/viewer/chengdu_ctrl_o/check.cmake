# Issue 15: Ctrl+O opens File → Open's file picker in the scene's folder (it
# did nothing before: the shortcut only showed in the menu); a name typed
# there (as an input method delivers text: characters without key events,
# after Ctrl is released, which X11 reports with Ctrl still in the mods) and
# Enter open that scene (the bundled core-city view).
json_get(scene scene)
expect_true("the scene chosen in the picker is open (${scene})" scene MATCHES "geodata/chengdu_core\\.toml$")
json_get(err last_error)
expect_eq("no error shown" "${err}" "")
