#pragma once
// Force-included into every unit test (tests/CMakeLists.txt). CTest runs each
// TEST in its own process, several at once (-j): a scratch folder per process
// keeps suites that write fixtures in SetUpTestSuite from writing the same file.
// The folders come from a file CMake generates (build/generated/test_paths.cpp).
#include <string>

#include <unistd.h>

#include "core/build_paths.h"

const char* parkscapeTestData();     // tests/data of the source tree
const char* parkscapeTestTmpBase();  // build/test-tmp

#define PARKSCAPE_SOURCE_DIR (::ps::sourceDir())
#define PARKSCAPE_TEST_DATA (::parkscapeTestData())
#define PARKSCAPE_TEST_TMP (::parkscapeTestTmp())

inline const char* parkscapeTestTmp() {
  static const std::string dir = std::string(parkscapeTestTmpBase()) + "/p" + std::to_string(::getpid());
  return dir.c_str();
}
