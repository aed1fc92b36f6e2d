include(${CASE_DIR}/../slow_scene.cmake)
