# Builds one probe target and checks the outcome: EXPECT=fail needs the
# compiler to fail and its output to mention MATCH (the refused header).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(EXPECT STREQUAL "fail")
  if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled, but its include is against the layering:\n${out}")
  endif()
  string(FIND "${out}" "${MATCH}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed, but not on ${MATCH}:\n${out}")
  endif()
  message(STATUS "${TARGET}: refused by the compiler, as it must be")
else()
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} should compile:\n${out}")
  endif()
endif()
