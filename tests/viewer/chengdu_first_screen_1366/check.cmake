# Issue 15 item 1 / issue 13 "first screen" at the bureau laptop's 1366x768:
# the window fits the screen's work area (no --width, no remembered layout),
# the map keeps at least 70 % of it, and only the first-screen furniture shows
# (search, the sidebar's tab strip, a slim time bar, a compact legend), every
# window inside the screen.
include(${SOURCE_DIR}/tests/viewer/first_screen_checks.cmake)
first_screen_checks(1366 768)
