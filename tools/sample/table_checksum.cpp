#include "sample/table_checksum.h"

#include <cstring>
#include <string>
#include <vector>

namespace ps::sample {
namespace {

struct Fnv {
  uint64_t h = 0xcbf29ce484222325ull;
  void bytes(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 0x100000001b3ull;
  }
  void str(const std::string& s) {
    const uint64_t n = s.size();
    bytes(&n, sizeof n);
    bytes(s.data(), s.size());
  }
  template <class T>
  void vec(const std::vector<T>& v) {
    const uint64_t n = v.size();
    bytes(&n, sizeof n);
    if (!v.empty()) bytes(v.data(), v.size() * sizeof(T));
  }
};

}  // namespace

uint64_t tableChecksum(const FeatureTable& t) {
  Fnv f;
  f.str(t.layer);
  f.str(t.crs);
  f.vec(t.geom.kind);
  f.vec(t.geom.featurePart);
  f.vec(t.geom.partRing);
  f.vec(t.geom.ringCoord);
  f.vec(t.geom.coords);  // glm::dvec2 is two tightly packed doubles
  f.vec(t.fid);
  for (const Column& c : t.columns) {
    f.str(c.name);
    f.bytes(&c.type, sizeof c.type);
    f.vec(c.ints);
    f.vec(c.reals);
    for (const std::string& s : c.strings) f.str(s);
    f.vec(c.null);
  }
  return f.h;
}

}  // namespace ps::sample
