#include "sample/zones.h"

#include <cmath>

#include "geometry/planar.h"
#include "sample/layout.h"
#include "sample/local_frame.h"
#include "sample/park_plan.h"

namespace ps::sample {
namespace {

glm::dvec2 centroid(const std::vector<glm::dvec2>& ring) {
  glm::dvec2 c{0, 0};
  for (const auto& p : ring) c += p;
  return c / static_cast<double>(ring.size());
}

// Scales the parts together about their joint vertex centroid (in metres) so their total area is `km2`.
void scaleTo(std::vector<std::vector<glm::dvec2>>& parts, double km2) {
  double area = 0;
  for (const auto& r : parts) area += ringAreaKm2(r);
  const double k = std::sqrt(km2 / area);
  for (auto& r : parts) {
    const LocalFrame f{centroid(r)};
    for (auto& p : r) p = f.toLonLat(f.toMetres(p) * k);
  }
}

// A water disc as a clockwise 32-gon whose edges stay outside the disc (hole rings).
std::vector<glm::dvec2> waterRing(const Exclusion& w) {
  const LocalFrame f{w.lonLat};
  std::vector<glm::dvec2> ring;
  const double r = w.radiusM / std::cos(3.14159265358979323846 / 32);
  for (int i = 0; i < 32; ++i) {
    const double a = -2 * 3.14159265358979323846 * i / 32;
    ring.push_back(f.toLonLat({r * std::cos(a), r * std::sin(a)}));
  }
  return ring;
}

std::vector<ZoneOutline> build() {
  // Sketches (lon, lat), counter-clockwise. Sources for the extents: DOMAIN.md.
  // 高新区: the south zone along the 天府大道 axis, and the west zone by UESTC Qingshuihe.
  std::vector<glm::dvec2> south = {{104.028, 30.620}, {104.030, 30.585}, {104.035, 30.545}, {104.050, 30.518},
                                   {104.082, 30.512}, {104.105, 30.530}, {104.112, 30.565}, {104.095, 30.603},
                                   {104.065, 30.625}};
  std::vector<glm::dvec2> west = {{103.905, 30.738}, {103.935, 30.718}, {103.985, 30.722}, {103.998, 30.748},
                                  {103.962, 30.772}, {103.915, 30.768}};
  // 天府新区 (成都直管区): round 兴隆湖, from the 绕城 south to 籍田/太平, east to the 龙泉山.
  // Scaled to 564 km² this sketch reaches beyond the municipality in the south-east (眉山):
  // the generator clips every outline to the district polygons (generator.cpp, buildZones).
  std::vector<glm::dvec2> tianfu = {{104.045, 30.482}, {104.040, 30.400}, {104.050, 30.290}, {104.100, 30.225},
                                    {104.200, 30.250}, {104.255, 30.360}, {104.240, 30.455}, {104.130, 30.488}};
  // 东部新区: 简阳's western towns, round 三岔湖 and 天府国际机场.
  std::vector<glm::dvec2> dongbu = {{104.270, 30.440}, {104.250, 30.340}, {104.275, 30.215}, {104.380, 30.160},
                                    {104.520, 30.185}, {104.595, 30.300}, {104.575, 30.415}, {104.450, 30.475}};
  std::vector<ZoneOutline> z;
  // Public: 高新区 south + west about 130 km² (the south zone roughly twice the west).
  ZoneOutline g{"gaoxin", "成都高新区", "Chengdu High-tech Zone (south + west)", "高新区", 130, {south, west}};
  {
    std::vector<std::vector<glm::dvec2>> s{south}, w{west};
    scaleTo(s, 87), scaleTo(w, 43);
    g.parts = {s[0], w[0]};
  }
  z.push_back(g);
  ZoneOutline t{"tianfu", "四川天府新区(成都直管区)", "Sichuan Tianfu New Area (Chengdu directly-managed part)", "天府新区", 564, {tianfu}};
  scaleTo(t.parts, 564);
  z.push_back(t);
  ZoneOutline d{"dongbu", "成都东部新区", "Chengdu Eastern New Area", "东部新区", 729, {dongbu}};
  scaleTo(d.parts, 729);
  z.push_back(d);
  // The mapped water (park_plan.h) is cut out of the zone that holds it: nothing is drawn over a lake.
  for (auto& zo : z)
    for (const Exclusion& w : mappedWater())
      for (const auto& r : zo.parts)
        if (geometry::pointInRing(r.data(), r.size(), w.lonLat)) zo.holes.push_back(waterRing(w));
  for (auto& zo : z) {
    zo.drawnKm2 = 0;
    for (const auto& r : zo.parts) zo.drawnKm2 += ringAreaKm2(r);
    for (const auto& h : zo.holes) zo.drawnKm2 -= ringAreaKm2(h);
  }
  return z;
}

}  // namespace

double ringAreaKm2(const std::vector<glm::dvec2>& ring) {
  const LocalFrame f{centroid(ring)};
  std::vector<glm::dvec2> m;
  m.reserve(ring.size());
  for (const auto& p : ring) m.push_back(f.toMetres(p));
  return std::abs(geometry::ringSignedArea(m.data(), m.size())) / 1e6;
}

const std::vector<ZoneOutline>& zoneOutlines() {
  static const std::vector<ZoneOutline> z = build();
  return z;
}

const ZoneOutline* zoneAt(glm::dvec2 p) {
  for (const auto& z : zoneOutlines()) {
    bool in = false;
    for (const auto& r : z.parts) in = in || geometry::pointInRing(r.data(), r.size(), p);
    for (const auto& h : z.holes) in = in && !geometry::pointInRing(h.data(), h.size(), p);
    if (in) return &z;
  }
  return nullptr;
}

}  // namespace ps::sample
