# ctest bench.load_bench_reports_spread: runs load_bench on 3000 parcels, two
# runs, and checks what it prints (the figures themselves are the machine's).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${BENCH} --n 3000 --formats gpkg --runs 2 --keep ${WORK} --parkscape ${PARKSCAPE}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "load_bench exited with ${rc}")
endif()
foreach(expect
    "2 runs, each a fresh process; load average [0-9.]+ [0-9.]+ [0-9.]+ before"
    "min +median +max +x GDAL raw read, median \\(min-max\\)"
    "GDAL raw read \\(baseline\\) +[0-9.]+ +[0-9.]+ +[0-9.]+ ms"
    "read \\(io::readSource\\) +[0-9.]+ +[0-9.]+ +[0-9.]+ ms +[0-9.]+x \\([0-9.]+-[0-9.]+\\)"
    "= file to first frame +[0-9.]+ +[0-9.]+ +[0-9.]+ ms +[0-9.]+x"
    "peak RSS, whole run +[0-9.]+ +[0-9.]+ +[0-9.]+ MB"
    "`parkscape render parcels_3000.toml --size 1280x720` \\(whole process, 2 runs"
    "user CPU +[0-9.]+ +[0-9.]+ +[0-9.]+ ms")
  if(NOT out MATCHES "${expect}")
    message(FATAL_ERROR "load_bench output lacks: ${expect}")
  endif()
endforeach()
# Each figure's min <= median <= max (the file-to-first-frame row).
string(REGEX MATCH "= file to first frame +([0-9.]+) +([0-9.]+) +([0-9.]+)" row "${out}")
if(CMAKE_MATCH_1 GREATER CMAKE_MATCH_2 OR CMAKE_MATCH_2 GREATER CMAKE_MATCH_3)
  message(FATAL_ERROR "spread out of order: ${row}")
endif()
if(NOT EXISTS ${WORK}/parcels_3000.toml OR NOT EXISTS ${WORK}/parcels_3000_render.png)
  message(FATAL_ERROR "no scene or render written in ${WORK}")
endif()
