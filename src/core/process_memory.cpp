#include "core/process_memory.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace ps {
namespace {

long statusField(const char* key) {
  std::ifstream f("/proc/self/status");
  const std::string k(key);
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(k, 0) == 0) return std::atol(line.c_str() + k.size());
  return -1;
}

}  // namespace

long residentKb() { return statusField("VmRSS:"); }
long peakResidentKb() { return statusField("VmHWM:"); }

}  // namespace ps
