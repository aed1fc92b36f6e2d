# Nothing moving: after the first frames settle the loop blocks in
# glfwWaitEventsTimeout, so 5 s idle costs almost no CPU and draws no frames.
json_get(sec idle seconds)
json_get(cpu idle cpu_seconds)
json_get(frames idle frames)
message(STATUS "idle: ${cpu} s CPU over ${sec} s, ${frames} frames")
json_get(cpu_ms idle cpu_ms)
expect_true("idle CPU ${cpu_ms} ms over 5 s < 250 ms (5 %)" cpu_ms LESS 250)
expect_true("at most 4 idle frames (got ${frames})" frames LESS_EQUAL 4)
