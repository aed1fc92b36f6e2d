# Quitting while a scene loads (issue 14): the load (seconds of triangulation
# in GLU, slow_scene.cmake) is cancelled; the cancel reaches the worker inside
# the triangulator, so it ends well within the viewer's one-second bound and
# the viewer exits 0 without a crash; the slow scene is never installed.
json_get(wait loading exit_wait_ms)
json_get(ended loading exit_worker_ended)
message(STATUS "exit wait ${wait} ms, worker ended: ${ended}")
expect_true("the worker was still loading at quit (${wait})" wait GREATER_EQUAL 0)
expect_true("the worker ended within the wait" ended)
expect_true("exit wait ${wait} ms < 1000 ms" wait LESS 1000)
json_get(scene scene)
expect_true("slow scene not installed (${scene})" NOT scene MATCHES "slow.toml$")
