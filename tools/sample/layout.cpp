#include "sample/layout.h"

#include <algorithm>
#include <cmath>

#include "geometry/planar.h"

namespace ps::sample {
namespace {

struct Style {
  double parkKm2Min, parkKm2Max;
  int parcelsMin, parcelsMax;
  double roadMin, roadMax;        // street width between parcels, metres
  double setbackMin, setbackMax;  // building line behind the parcel edge
  double gap;                     // minimum distance between buildings of a parcel (fire spacing)
  double maxLen, maxDepth;        // largest building length / depth
  double cellMin;                 // smallest side of a building's cell
  double parcelMaxM2;             // larger parks get more parcels rather than huge ones
  double maxFar;                  // plot-ratio ceiling of a parcel (planning control)
};

Style styleFor(Setting s) {
  switch (s) {
    // 小而精: parks of about 1-15万 m² of floor area (成府发〔2024〕2号 三(一)).
    case Setting::SiliconAlley: return {0.012, 0.032, 2, 4, 12, 20, 5, 8, 12, 70, 36, 24, 0.01e6, 4.0};
    case Setting::Urban: return {0.02, 0.05, 2, 5, 16, 28, 8, 12, 15, 90, 50, 30, 0.015e6, 2.8};
    case Setting::Outer: return {0.03, 0.075, 2, 4, 18, 30, 10, 15, 18, 110, 60, 36, 0.025e6, 1.6};
  }
  return styleFor(Setting::Urban);
}

// Axis-aligned rectangle in the park's grid frame (before rotation).
struct Box {
  double x0, y0, x1, y1;
  double w() const { return x1 - x0; }
  double h() const { return y1 - y0; }
};

struct Rotation {
  double c, s;
  glm::dvec2 operator()(glm::dvec2 p) const { return {c * p.x - s * p.y, s * p.x + c * p.y}; }
};

std::array<glm::dvec2, 4> corners(const Box& b, const Rotation& rot) {
  return {rot({b.x0, b.y0}), rot({b.x1, b.y0}), rot({b.x1, b.y1}), rot({b.x0, b.y1})};
}

// Splits [lo, hi] into n pieces separated by `gap`, piece sizes weighted randomly in [1-j, 1+j].
std::vector<std::pair<double, double>> split(double lo, double hi, int n, double gap, double jitter, Rng& rng) {
  std::vector<double> w(static_cast<size_t>(n));
  double sum = 0;
  for (double& v : w) sum += (v = rng.range(1 - jitter, 1 + jitter));
  const double usable = hi - lo - gap * (n - 1);
  std::vector<std::pair<double, double>> out;
  double x = lo;
  for (int i = 0; i < n; ++i) {
    const double len = usable * w[static_cast<size_t>(i)] / sum;
    out.emplace_back(x, x + len);
    x += len + gap;
  }
  out.back().second = hi;  // no rounding drift at the far edge
  return out;
}

int floorsFor(Setting s, double footprintM2, bool courtyard, Rng& rng) {
  switch (s) {
    case Setting::SiliconAlley:
      if (courtyard) return rng.intRange(5, 10);
      return footprintM2 < 1500 ? rng.intRange(12, 30) : rng.intRange(6, 16);
    case Setting::Urban:
      if (courtyard) return rng.intRange(4, 8);
      return footprintM2 < 1500 ? rng.intRange(10, 24) : footprintM2 < 3500 ? rng.intRange(5, 14) : rng.intRange(3, 6);
    case Setting::Outer:
      return footprintM2 > 3000 ? rng.intRange(3, 4) : rng.intRange(3, 8);
  }
  return 3;
}

double heightFor(int floors, double parapet) {
  const double storey = floors <= 6 ? 4.5 : 3.9;  // labs and plants are taller per storey than offices
  return std::round((floors * storey + parapet) * 10.0) / 10.0;
}

// One building in its cell: a rectangle, an L, or a rectangle with a courtyard.
Footprint building(Setting setting, const Style& st, const Box& cell, const Rotation& rot, Rng& rng) {
  const double w = std::min(cell.w() * rng.range(0.62, 0.95), st.maxLen);
  const double h = std::min(cell.h() * rng.range(0.55, 0.95), st.maxDepth);
  // Buildings front the street: flush to one side of the cell, random along the other.
  const double x0 = cell.x0 + (cell.w() - w) * rng.uniform();
  const double y0 = rng.chance(0.5) ? cell.y0 : cell.y1 - h;
  const double x1 = x0 + w, y1 = y0 + h;

  Footprint f;
  std::vector<glm::dvec2> shell, hole;
  const double shape = rng.uniform();
  if (shape < 0.25 && w >= 40 && h >= 40) {
    // L: the rectangle less one corner; both arms at least 14 m deep.
    const double cw = std::clamp(w * rng.range(0.4, 0.65), 10.0, w - 14), ch = std::clamp(h * rng.range(0.4, 0.65), 10.0, h - 14);
    const int corner = rng.intRange(0, 3);
    const glm::dvec2 p[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    for (int k = 0; k < 4; ++k) {
      const int i = (corner + k) % 4;
      if (k != 0) { shell.push_back(p[i]); continue; }
      // Replace corner i by the notch (three vertices), keeping counter-clockwise order.
      const glm::dvec2 c = p[i];
      const double sx = (i == 0 || i == 3) ? cw : -cw;
      const double sy = (i == 0 || i == 1) ? ch : -ch;
      const bool xFirst = (i == 0 || i == 2);  // direction the CCW walk arrives from
      if (xFirst) shell.insert(shell.end(), {{c.x, c.y + sy}, {c.x + sx, c.y + sy}, {c.x + sx, c.y}});
      else shell.insert(shell.end(), {{c.x + sx, c.y}, {c.x + sx, c.y + sy}, {c.x, c.y + sy}});
    }
    f.solidPoint = p[(corner + 2) % 4] + glm::dvec2((corner + 2) % 4 == 0 || (corner + 2) % 4 == 3 ? 5 : -5,
                                                    (corner + 2) % 4 <= 1 ? 5 : -5);
  } else {
    shell = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    f.solidPoint = {x0 + 0.5 * w, y0 + std::min(6.0, 0.5 * h)};
    if (shape > 0.8 && w >= 46 && h >= 46) {
      const double t = rng.range(14, std::min(w, h) / 3.2);  // wing depth, daylight needs >= 14 m
      hole = {{x0 + t, y0 + t}, {x0 + t, y1 - t}, {x1 - t, y1 - t}, {x1 - t, y0 + t}};  // clockwise
      f.solidPoint = {x0 + 0.5 * w, y0 + 0.5 * t};
    }
  }
  // Some L rings start with a notch vertex that duplicates nothing; make sure orientation is CCW.
  if (geometry::ringSignedArea(shell.data(), shell.size()) < 0) std::reverse(shell.begin(), shell.end());
  for (auto& p : shell) p = rot(p);
  for (auto& p : hole) p = rot(p);
  f.solidPoint = rot(f.solidPoint);
  f.areaM2 = geometry::ringSignedArea(shell.data(), shell.size()) + geometry::ringSignedArea(hole.data(), hole.size());  // hole is clockwise: negative
  f.floors = floorsFor(setting, f.areaM2, !hole.empty(), rng);
  f.heightM = heightFor(f.floors, rng.range(1.0, 3.0));
  f.shell = std::move(shell);
  f.hole = std::move(hole);
  return f;
}

void fillParcel(Setting setting, const Style& st, const Box& parcel, const Rotation& rot, Rng& rng, ParcelLayout& out) {
  const double sb = rng.range(st.setbackMin, st.setbackMax);
  const Box inner{parcel.x0 + sb, parcel.y0 + sb, parcel.x1 - sb, parcel.y1 - sb};
  // How many buildings fit: cells no smaller than cellMin on a side.
  const bool wide = inner.w() >= inner.h();
  const double longSide = wide ? inner.w() : inner.h(), shortSide = wide ? inner.h() : inner.w();
  const int perRowMax = std::max(1, static_cast<int>((longSide + st.gap) / (st.cellMin + st.gap)));
  const int rowsMax = std::clamp(static_cast<int>((shortSide + st.gap) / (st.cellMin + st.gap)), 1, 2);
  const int cap = std::min(6, perRowMax * rowsMax);
  const int m = rng.intRange(std::min(cap, 1 + cap / 3), cap);
  const int rows = (m >= 4 && rowsMax == 2) ? 2 : 1;
  const int first = std::min(perRowMax, (m + rows - 1) / rows);
  const int counts[2] = {first, m - first};

  auto rowSpans = split(wide ? inner.y0 : inner.x0, wide ? inner.y1 : inner.x1, rows, st.gap, 0.15, rng);
  for (int r = 0; r < rows; ++r) {
    const int k = counts[r];
    if (k <= 0) continue;
    auto spans = split(wide ? inner.x0 : inner.y0, wide ? inner.x1 : inner.y1, k, st.gap, 0.25, rng);
    for (const auto& [a, b] : spans) {
      const auto& rs = rowSpans[static_cast<size_t>(r)];
      const Box cell = wide ? Box{a, rs.first, b, rs.second} : Box{rs.first, a, rs.second, b};
      out.buildings.push_back(building(setting, st, cell, rot, rng));
    }
  }
  // Keep the parcel under its plot-ratio ceiling by taking storeys off (never below 3).
  double gfa = 0;
  for (const Footprint& f : out.buildings) gfa += f.areaM2 * f.floors;
  const double k = st.maxFar * parcel.w() * parcel.h() / gfa;
  if (k < 1)
    for (Footprint& f : out.buildings) {
      const double parapet = f.heightM - (f.floors <= 6 ? 4.5 : 3.9) * f.floors;
      f.floors = std::max(3, static_cast<int>(f.floors * k));
      f.heightM = heightFor(f.floors, std::clamp(parapet, 1.0, 3.0));
    }
}

}  // namespace

void layoutPark(Setting setting, Rng& rng, ParkLayout& out) {
  const Style st = styleFor(setting);
  out = ParkLayout{};
  out.angleRad = rng.range(-0.45, 0.45);  // grids follow roads, rarely exactly north-south
  const Rotation rot{std::cos(out.angleRad), std::sin(out.angleRad)};

  const double targetM2 = rng.range(st.parkKm2Min, st.parkKm2Max) * 1e6;
  const int n = std::clamp(std::max(rng.intRange(st.parcelsMin, st.parcelsMax),
                                    static_cast<int>(std::ceil(0.8 * targetM2 / st.parcelMaxM2))),
                           2, 8);
  const double road = rng.range(st.roadMin, st.roadMax);
  const double margin = 0.5 * road;  // park boundary runs along the centre line of its edge streets

  // Size the grid so the whole park (parcels + streets + margin) meets the target area,
  // with as many columns as keep the parcels roughly square.
  const double aspect = rng.range(0.6, 1.6);
  double W = std::sqrt(targetM2 * aspect), H = targetM2 / W;
  const int cols = std::clamp(static_cast<int>(std::lround(std::sqrt(n * W / H))), 1, n);
  const int rows = (n + cols - 1) / cols;
  const double minW = cols * (2 * st.setbackMax + st.cellMin) + (cols - 1) * road + 2 * margin;
  const double minH = rows * (2 * st.setbackMax + st.cellMin) + (rows - 1) * road + 2 * margin;
  if (W < minW) W = minW, H = std::max(targetM2 / W, minH);
  if (H < minH) H = minH, W = std::max(targetM2 / H, minW);
  const Box park{-W / 2, -H / 2, W / 2, H / 2};
  out.boundary = corners(park, rot);
  out.areaM2 = W * H;

  auto rowSpans = split(park.y0 + margin, park.y1 - margin, rows, road, 0.2, rng);
  int left = n;
  for (int r = 0; r < rows; ++r) {
    const int k = std::min(cols, left);
    left -= k;
    // A short last row spreads its parcels over the full width (the streets jog there).
    auto colSpans = split(park.x0 + margin, park.x1 - margin, k, road, 0.2, rng);
    for (const auto& [x0, x1] : colSpans) {
      const auto& rs = rowSpans[static_cast<size_t>(r)];
      const Box b{x0, rs.first, x1, rs.second};
      ParcelLayout pl;
      pl.corners = corners(b, rot);
      pl.areaM2 = b.w() * b.h();
      fillParcel(setting, st, b, rot, rng, pl);
      out.parcels.push_back(std::move(pl));
    }
  }
}

}  // namespace ps::sample
