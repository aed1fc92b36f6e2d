#pragma once
// The text of the ps::Error a call throws ("" when it throws none), for
// tests that check what a message names.
#include <functional>
#include <string>

#include "core/error.h"

namespace ps::test {

inline std::string errorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace ps::test
