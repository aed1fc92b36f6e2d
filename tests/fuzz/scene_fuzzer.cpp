// libFuzzer target: arbitrary bytes as a scene file (scene/scene.h). A scene
// parses or throws ps::Error naming the file; whatever parses also saves and
// parses again (the viewer's Save writes what the parser accepted).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "scene/scene.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const ps::Scene s = ps::parseScene(text, "fuzz.toml");
    (void)s.layers.size();
  } catch (const ps::Error& e) {
    if (e.file() != "fuzz.toml") __builtin_trap();  // every message names the file
  }
  return 0;
}
