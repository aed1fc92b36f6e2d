#pragma once
// Force-included into every unit test (tests/CMakeLists.txt). CTest runs each
// TEST in its own process, several at once (-j): a scratch folder per process
// keeps suites that write fixtures in SetUpTestSuite from writing the same file.
#include <string>

#include <unistd.h>

inline const char* parkscapeTestTmp() {
  static const std::string dir = std::string(PARKSCAPE_TEST_TMP_BASE) + "/p" + std::to_string(::getpid());
  return dir.c_str();
}
