# Issue 15 "Done means": the first-time planner's session, scripted once
# (tests/viewer/planner_walk.events.json) and asserted step by step
# (tests/viewer/planner_walk_checks.cmake), here on a 1600x900 screen.
include(${SOURCE_DIR}/tests/viewer/planner_walk_checks.cmake)
planner_walk_checks(1600 900)
