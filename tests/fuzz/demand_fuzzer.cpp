// libFuzzer target: arbitrary bytes as a siting demand (analysis/siting/demand.h).
// A demand parses or throws ps::Error naming the file; a parsed demand's
// weights are finite and non-negative (the engine divides by their sum).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/siting/demand.h"
#include "core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const ps::siting::Demand d = ps::siting::parseDemand(text, "fuzz_demand.toml");
    for (double w : ps::siting::demandWeights(d))
      if (!std::isfinite(w) || w < 0) __builtin_trap();
  } catch (const ps::Error& e) {
    if (e.file() != "fuzz_demand.toml") __builtin_trap();
  }
  return 0;
}
