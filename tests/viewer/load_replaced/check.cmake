# Opening a file while another loads (issue 14): the slow scene's load (seconds
# of triangulation, slow_scene.cmake) is cancelled and let go, never waited
# for: the second "open" returns at once, frames keep coming while the quick
# scene loads, and only the quick scene is installed.
json_get(scene scene)
expect_true("installed scene ${scene}" scene MATCHES "quick.toml$")
json_get(abandoned loading abandoned)
expect_eq("loads abandoned" "${abandoned}" "1")
json_get(cmd longest_command name)
json_get(ms longest_command ms)
message(STATUS "longest command: ${cmd} ${ms} ms")
# The slow scene takes seconds to triangulate: a command that waited for its
# worker would take that long; 1 s leaves room for a loaded machine and ASan.
expect_true("no command waits for a worker (${cmd}: ${ms} ms)" ms LESS 1000)
json_get(frames frames)
expect_true("frames drawn (${frames})" frames GREATER 10)
