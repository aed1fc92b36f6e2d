# As chengdu_first_screen_1366, on a 1600x900 screen.
include(${SOURCE_DIR}/tests/viewer/first_screen_checks.cmake)
first_screen_checks(1600 900)
