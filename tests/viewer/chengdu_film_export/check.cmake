# File → Export film… on a story opened with `view --story` (the film test's
# three steps over the Chengdu scene): `parkscape film` runs as a child
# process while the viewer keeps drawing; the MP4 appears at the target whole,
# with as many frames as the child reported, and the dialog says where it went.
json_get(failed film failed)
json_get(result film result)
expect_eq("film export failed" "${failed}" "OFF")
json_get(running film running)
expect_eq("film export finished" "${running}" "OFF")
json_get(done film frames_done)
json_get(count film frame_count)
expect_eq("frames reported (three 0.5 s flights and holds at 10 fps)" "${count}" "31")
expect_eq("every frame written" "${done}" "${count}")
expect_true("the film exists" EXISTS "${OUT_DIR}/three_steps.mp4")
expect_true("the dialog names the film" result MATCHES "three_steps\\.mp4")
file(SIZE "${OUT_DIR}/three_steps.mp4" bytes)
expect_true("the film is not empty" bytes GREATER 1000)
file(GLOB leftovers "${OUT_DIR}/three_steps.mp4.*" "${OUT_DIR}/.three_steps.mp4*")
expect_eq("no temporary left beside the film" "${leftovers}" "")
find_program(FFPROBE ffprobe)
if(FFPROBE)
  execute_process(COMMAND ${FFPROBE} -v error -select_streams v:0 -count_frames
                          -show_entries stream=codec_name,width,height,nb_read_frames -of csv=p=0 ${OUT_DIR}/three_steps.mp4
                  OUTPUT_VARIABLE probe OUTPUT_STRIP_TRAILING_WHITESPACE)
  expect_eq("ffprobe: codec, size and frame count" "${probe}" "h264,320,180,${count}")
endif()
