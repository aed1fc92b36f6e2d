# Runs one viewer case: parkscape view <scene> --replay events.json under
# xvfb-run, then includes the case's check.cmake with the state dump parsed
# into helpers (json_get, expect_eq, expect_true, expect_near...).
# A skip prints "SKIPPED: <why>" (see tests/viewer/CMakeLists.txt).
cmake_minimum_required(VERSION 3.25)

find_program(XVFB_RUN xvfb-run)
if(NOT XVFB_RUN)
  message("SKIPPED: xvfb-run not found")
  return()
endif()

file(REMOVE_RECURSE ${OUT_DIR})
file(MAKE_DIRECTORY ${OUT_DIR})
set(ARGS "")
set(SUBCOMMAND view)
if(CASE MATCHES "^kiosk_")
  # The exhibition kiosk on the Chengdu scene, with the case's own profile (profile.toml).
  if(NOT EXISTS ${SOURCE_DIR}/geodata/cache/sample_parks.gpkg)
    message("SKIPPED: geodata/cache not prepared (scripts/prepare_data.sh)")
    return()
  endif()
  set(SUBCOMMAND kiosk)
  list(APPEND ARGS ${CASE_DIR}/profile.toml)
elseif(CASE MATCHES "^chengdu_")
  set(SCENE ${SOURCE_DIR}/geodata/chengdu.toml)
  if(NOT EXISTS ${SCENE} OR NOT EXISTS ${SOURCE_DIR}/geodata/cache/sample_parks.gpkg)
    message("SKIPPED: geodata/chengdu.toml or geodata/cache not prepared (scripts/prepare_data.sh)")
    return()
  endif()
  list(APPEND ARGS ${SCENE})
else()
  list(APPEND ARGS --demo)
endif()
set(EXTRA "")
if(EXISTS ${CASE_DIR}/args.txt)
  file(STRINGS ${CASE_DIR}/args.txt EXTRA)
  string(REPLACE "@OUT@" "${OUT_DIR}" EXTRA "${EXTRA}")
  string(REPLACE "@DATA@" "${SOURCE_DIR}/tests/data" EXTRA "${EXTRA}")
endif()
# The X screen (the monitor's work area the window fits on first start): screen.txt, e.g. 1366x768.
set(SCREEN 1920x1080)
if(EXISTS ${CASE_DIR}/screen.txt)
  file(STRINGS ${CASE_DIR}/screen.txt SCREEN LIMIT_COUNT 1)
endif()
# A remembered layout the case starts from (--layout @OUT@/layout.json); the viewer rewrites the copy.
if(EXISTS ${CASE_DIR}/layout.json)
  file(COPY ${CASE_DIR}/layout.json DESTINATION ${OUT_DIR})
endif()
# A case may make its own input files in OUT_DIR first (prepare.cmake, e.g. a
# scene too costly to check in).
if(EXISTS ${CASE_DIR}/prepare.cmake)
  include(${CASE_DIR}/prepare.cmake)
endif()
# Cases may write files (a saved view) into OUT_DIR: events refer to it as @OUT@.
# Two cases may share one script: events_from.txt names a file in tests/viewer/.
if(EXISTS ${CASE_DIR}/events_from.txt)
  file(STRINGS ${CASE_DIR}/events_from.txt EVENTS_FILE LIMIT_COUNT 1)
  file(READ ${SOURCE_DIR}/tests/viewer/${EVENTS_FILE} EVENTS)
else()
  file(READ ${CASE_DIR}/events.json EVENTS)
endif()
string(REPLACE "@OUT@" "${OUT_DIR}" EVENTS "${EVENTS}")
string(REPLACE "@DATA@" "${SOURCE_DIR}/tests/data" EVENTS "${EVENTS}")  # test data files (dropped, opened)
file(WRITE ${OUT_DIR}/events.json "${EVENTS}")

# A case that saves into the user's folder (isolated_home.txt) gets its own $HOME under OUT_DIR.
set(ENV_PREFIX "")
if(EXISTS ${CASE_DIR}/isolated_home.txt)
  file(MAKE_DIRECTORY ${OUT_DIR}/home)
  set(ENV_PREFIX ${CMAKE_COMMAND} -E env HOME=${OUT_DIR}/home)
endif()
# The viewer's limit: 20 s under the test's own (CASE_TIMEOUT, tests/viewer/CMakeLists.txt).
set(VIEWER_TIMEOUT 280)
if(CASE_TIMEOUT)
  math(EXPR VIEWER_TIMEOUT "${CASE_TIMEOUT} - 20")
endif()
execute_process(
  COMMAND ${ENV_PREFIX} ${XVFB_RUN} -a -s "-screen 0 ${SCREEN}x24"
          ${PARKSCAPE} ${SUBCOMMAND} ${ARGS} ${EXTRA}
          --replay ${OUT_DIR}/events.json
          --screenshot ${OUT_DIR}/screenshot.png
          --state-dump ${OUT_DIR}/state.json
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  TIMEOUT ${VIEWER_TIMEOUT})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "viewer exited with ${rc}\nstdout:\n${out}\nstderr:\n${err}")
endif()
# A case that quits the viewer (no_screenshot.txt says why) ends before its screenshot.
if(NOT EXISTS ${OUT_DIR}/state.json OR (NOT EXISTS ${OUT_DIR}/screenshot.png AND NOT EXISTS ${CASE_DIR}/no_screenshot.txt))
  message(FATAL_ERROR "no state dump or screenshot written\nstderr:\n${err}")
endif()
file(READ ${OUT_DIR}/state.json STATE)

set(FAILURES 0)
# json_get(<out-var> <path...>): value at the path in the state dump.
function(json_get var)
  string(JSON v ERROR_VARIABLE e GET "${STATE}" ${ARGN})
  if(e)
    message(SEND_ERROR "state dump: ${ARGN}: ${e}")
  endif()
  set(${var} "${v}" PARENT_SCOPE)
endfunction()
function(json_len var)
  string(JSON v ERROR_VARIABLE e LENGTH "${STATE}" ${ARGN})
  if(e)
    message(SEND_ERROR "state dump: ${ARGN}: ${e}")
  endif()
  set(${var} "${v}" PARENT_SCOPE)
endfunction()

# inspector_field(<out> <i> <label>): the value the inspector shows beside
# <label> for selection i (the dump's selection[i].fields are its [label, value]
# rows); "<absent>" when it shows no such row.
function(inspector_field out i label)
  set(v "<absent>")
  json_len(n selection ${i} fields)
  math(EXPR last "${n} - 1")
  foreach(k RANGE ${last})
    json_get(l selection ${i} fields ${k} 0)
    if(l STREQUAL label)
      json_get(v selection ${i} fields ${k} 1)
    endif()
  endforeach()
  set(${out} "${v}" PARENT_SCOPE)
endfunction()
# json_strings(<out-var> <path...>): a JSON array of strings as a CMake list
# (element by element: CMake re-escapes non-ASCII text in whole arrays).
function(json_strings var)
  string(JSON n ERROR_VARIABLE e LENGTH "${STATE}" ${ARGN})
  set(out "")
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
      string(JSON v GET "${STATE}" ${ARGN} ${i})
      list(APPEND out "${v}")
    endforeach()
  endif()
  set(${var} "${out}" PARENT_SCOPE)
endfunction()
function(expect_eq what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(SEND_ERROR "${what}: expected '${expected}', got '${actual}'")
  endif()
endfunction()
function(expect_true what)
  if(NOT (${ARGN}))
    message(SEND_ERROR "${what}: condition failed: ${ARGN}")
  endif()
endfunction()
# The state dump must never report failed replay commands.
json_len(nerr command_errors)
if(nerr GREATER 0)
  json_get(e0 command_errors 0)
  message(SEND_ERROR "replay command failed: ${e0}")
endif()
include(${CASE_DIR}/check.cmake)
message(STATUS "viewer.${CASE}: screenshot ${OUT_DIR}/screenshot.png, state ${OUT_DIR}/state.json")
