#include "analysis/siting/engine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

#include <glm/geometric.hpp>

#include "analysis/siting/planar.h"
#include "geometry/planar.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::siting {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string key(Criterion c) { return "criteria." + std::string(criterionId(c)); }

[[noreturn]] void missingLayer(const Demand& d, Criterion c, const std::string& layer) {
  throw Error(d.path,
              "needs the scene layer '" + layer + "', which the scene does not have (map another with [layers])",
              key(c));
}
[[noreturn]] void missingField(const Demand& d, Criterion c, const std::string& layer, const std::string& source,
                               const std::string& field) {
  throw Error(source.empty() ? d.path : source,
              "layer '" + layer + "' has no field '" + field + "', needed by " + key(c) + " in " + d.path, field);
}

// Soft normalisations, each 0..1 and monotone in the "better" direction (docs/SITING.md).
double spaceScore(double v, double lo, double hi) {
  if (!(v >= 0)) return 0;
  if (v < lo) return 0.5 * v / lo;
  if (std::isnan(hi) || hi <= lo) return 1;
  return v >= hi ? 1.0 : 0.5 + 0.5 * (v - lo) / (hi - lo);
}
double distanceScore(double d, double maxD) { return std::isfinite(d) ? std::max(0.0, 1.0 - d / maxD) : 0.0; }
double rangeGap(double v, double lo, double hi) {
  if (!std::isnan(lo) && v < lo) return lo - v;
  if (!std::isnan(hi) && v > hi) return v - hi;
  return 0;
}
double defaultFalloff(Criterion c) {
  return c == Criterion::Floors ? 3.0 : c == Criterion::Occupancy ? 0.2 : 20.0;
}
double countScore(double n, double saturation) {
  if (!(n > 0)) return 0;
  return std::min(1.0, std::log1p(n) / std::log1p(saturation));
}

bool matchesName(const std::string& v, const std::string& id, const std::string& zh, const std::string& en) {
  auto base = [](const std::string& s) { return s.substr(0, s.find(" (")); };
  return v == id || v == zh || v == en || (!zh.empty() && v == base(zh)) || (!en.empty() && v == base(en));
}

// Allowed-region mask from the demand's names; every name must match some region.
std::vector<uint8_t> allowedRegions(const Demand& d, Criterion c, const Regions& r) {
  std::vector<uint8_t> ok(r.id.size(), 0);
  for (const std::string& v : d[c].values) {
    bool found = false;
    for (size_t f = 0; f < r.id.size(); ++f)
      if (matchesName(v, r.id[f], r.nameZh[f], r.nameEn[f])) ok[f] = 1, found = true;
    if (!found) {
      std::string known;
      for (size_t f = 0; f < r.id.size() && f < 30; ++f) known += (f ? ", " : "") + r.id[f] + " " + r.nameZh[f];
      throw Error(d.path, "no " + std::string(criterionId(c)) + " named \"" + v + "\" in layer '" + r.layer +
                              "' (" + r.source + "); known: " + known,
                  key(c) + ".allowed");
    }
  }
  return ok;
}

std::string fmt(const char* f, double v) {
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

std::string regionNames(const Regions& r, uint32_t i, bool zh) {
  std::string s;
  for (uint32_t k = r.memberStart[i]; k < r.memberStart[i + 1]; ++k) {
    uint32_t f = r.members[k];
    const std::string& nm = zh ? r.nameZh[f] : (r.nameEn[f].empty() ? r.nameZh[f] : r.nameEn[f]);
    s += (s.empty() ? "" : zh ? "、" : ", ") + (nm.empty() ? r.id[f] : nm);
  }
  return s;
}

std::string_view kindZh(const std::string& k) {
  if (k == "university_science_park") return "大学科技园";
  if (k == "proof_of_concept") return "概念验证中心";
  if (k == "pilot_platform") return "中试平台";
  if (k == "new_rd_institution") return "新型研发机构";
  if (k == "science_facility") return "大科学装置";
  if (k == "named_cluster") return "产业园区";
  if (k == "innovation_island") return "科创生态岛";
  if (k == "scenario") return "应用场景";
  return "";
}
std::string kindEn(const std::string& k) {
  std::string s = k;
  std::replace(s.begin(), s.end(), '_', ' ');
  return s == "proof of concept" ? "proof-of-concept centre" : s == "new rd institution" ? "new R&D institution" : s;
}

std::string sectorLabel(const std::string& sector, const std::string& sub, bool zh) {
  if (!sub.empty())
    if (const SubSector* s = findSubSector(sub)) return std::string(zh ? s->zh : s->en);
  if (const Sector* s = findSector(sector)) return std::string(zh ? s->zh : s->en);
  return sector;
}

}  // namespace

std::string formatArea(double m2) {
  if (!std::isfinite(m2)) return "?";
  long long v = std::llround(m2);
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

std::string formatDistance(double m) {
  if (!std::isfinite(m)) return "?";
  return m < 1000 ? fmt("%.0f m", m) : fmt("%.1f km", m / 1000);
}

namespace {

// One criterion's scores for every candidate: the raw value, the 0..1 score
// and whether the hard threshold passes.
struct Scores {
  std::vector<double>& raw;
  std::vector<float>& norm;
  std::vector<uint8_t> pass;
};

void needField(const SitingIndex& x, const Demand& d, Criterion c, const std::string& field, const char* name) {
  if (field.empty()) missingField(d, c, x.layer, x.source, name);
}

void scoreSector(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  needField(x, d, c, x.sectorField, "sector");
  bool bySub = s.subSector && !d.subSector.empty();
  if (bySub) needField(x, d, c, x.subSectorField, "sub_sector");
  for (size_t i = 0; i < n; ++i) {
    if (x.sector[i].empty()) continue;
    bool sameSec = x.sector[i] == d.sector;
    bool sameSub = sameSec && !d.subSector.empty() && x.subSector[i] == d.subSector;
    raw[i] = sameSub ? 2 : sameSec ? 1 : 0;
    norm[i] = static_cast<float>(sameSub ? 1.0 : sameSec ? (d.subSector.empty() ? 1.0 : 0.6) : 0.0);
    pass[i] = bySub ? sameSub : sameSec;
  }
}

void scoreSpace(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  needField(x, d, c, x.spaceField, x.kind == CandidateKind::Buildings ? "vacant_m2" : "far");
  for (size_t i = 0; i < n; ++i) {
    raw[i] = x.space[i];
    norm[i] = static_cast<float>(spaceScore(raw[i], s.min, s.max));
    pass[i] = raw[i] >= s.min;
  }
}

void scoreRing(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& ev, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  if (!x.ringsPresent) missingLayer(d, c, d.layers.rings);
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec2 p = x.anchor[i];
    if (!std::isfinite(p.x)) continue;
    auto hit = x.ringGrid.nearest(p, [&](uint32_t f) {
      double dist = geometry::distanceToFeature(x.rings->geom, f, p);
      return x.rings->geom.kind[f] == GeomKind::Point ? std::max(0.0, dist - x.ringRadius) : dist;
    });
    if (hit.item < 0) continue;
    raw[i] = hit.distance;
    ev.nearestRing[i] = static_cast<int32_t>(hit.item);
    norm[i] = static_cast<float>(distanceScore(raw[i], s.maxDistance));
    pass[i] = raw[i] <= s.maxDistance;
  }
}

void scoreNear(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& ev, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  // Targets: campuses (universities layer) first, then ecosystem sites (clusters).
  std::vector<glm::dvec2> tp;
  std::vector<int32_t> tref;  // >= 0: university row; < 0: -(ecosystem row) - 1
  for (const std::string& v : s.values) {
    bool found = false;
    const PointSet* sets[] = {&x.universities, &x.ecosystem};
    for (int k = 0; k < 2; ++k) {
      const PointSet& ps = *sets[k];
      for (size_t f = 0; f < ps.id.size(); ++f)
        if (matchesName(v, ps.id[f], ps.nameZh[f], ps.nameEn[f]) && std::isfinite(ps.pos[f].x)) {
          tp.push_back(ps.pos[f]);
          tref.push_back(k == 0 ? int32_t(f) : -int32_t(f) - 1);
          found = true;
        }
    }
    if (!found)
      throw Error(d.path,
                  "no campus or cluster with id or name \"" + v + "\" in the layers '" + d.layers.universities +
                      "'" + (x.universities.present ? "" : " (absent)") + " or '" + d.layers.ecosystem + "'" +
                      (x.ecosystem.present ? "" : " (absent)"),
                  key(c) + ".targets");
  }
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec2 p = x.anchor[i];
    if (!std::isfinite(p.x)) continue;
    double best = std::numeric_limits<double>::infinity();
    for (size_t t = 0; t < tp.size(); ++t) {
      double dist = glm::length(tp[t] - p);
      if (dist < best) best = dist, ev.nearestTarget[i] = tref[t];
    }
    raw[i] = best;
    norm[i] = static_cast<float>(distanceScore(best, s.maxDistance));
    pass[i] = best <= s.maxDistance;
  }
}

void scoreZoneDistrict(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& /*s*/, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  const Regions& r = c == Criterion::Zone ? x.zones : x.districts;
  if (!r.present) missingLayer(d, c, c == Criterion::Zone ? d.layers.zones : d.layers.districts);
  std::vector<uint8_t> ok = allowedRegions(d, c, r);
  for (size_t i = 0; i < n; ++i) {
    bool in = false;
    for (uint32_t k = r.memberStart[i]; k < r.memberStart[i + 1]; ++k) in |= ok[r.members[k]] != 0;
    raw[i] = in ? 1 : 0;
    norm[i] = in ? 1.0f : 0.0f;
    pass[i] = in;
  }
}

void scoreAgglomeration(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  if (!x.agglomeration.present) missingLayer(d, c, d.layers.tenants);
  if (s.subSector && d.subSector.empty())
    throw Error(d.path, "match = \"sub_sector\" needs the demand's sub_sector", key(c) + ".match");
  const PointSet& a = x.agglomeration;
  double sat = std::isnan(s.saturation) ? 20.0 : s.saturation;
  double minCount = std::isnan(s.minCount) ? 0.0 : s.minCount;
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec2 p = x.anchor[i];
    if (!std::isfinite(p.x)) continue;
    geometry::Box q;
    q.add(p - glm::dvec2(s.radius));
    q.add(p + glm::dvec2(s.radius));
    double count = 0;
    a.grid.query(q, [&](uint32_t f) {
      bool same = s.subSector ? a.subSector[f] == d.subSector : a.sector[f] == d.sector;
      if (same && glm::length(a.pos[f] - p) <= s.radius) count += a.weight[f];
    });
    raw[i] = count;
    norm[i] = static_cast<float>(countScore(count, sat));
    pass[i] = count >= minCount;
  }
}

void scoreEcosystem(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& ev, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  if (!x.ecosystem.present) missingLayer(d, c, d.layers.ecosystem);
  const PointSet& e = x.ecosystem;
  auto accept = [&](uint32_t f) {
    if (!s.values.empty() && std::find(s.values.begin(), s.values.end(), e.kind[f]) == s.values.end())
      return false;
    return !s.sectorOnly || e.sector[f].empty() || e.sector[f] == d.sector;
  };
  bool any = false;
  for (uint32_t f = 0; f < e.id.size() && !any; ++f) any = accept(f);
  if (!any)
    throw Error(d.path,
                "layer '" + e.layer + "' (" + e.source + ") has no ecosystem site of the kinds asked for" +
                    (s.sectorOnly ? " in sector " + d.sector : std::string()),
                key(c) + ".kinds");
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec2 p = x.anchor[i];
    if (!std::isfinite(p.x)) continue;
    auto hit = e.grid.nearest(p, [&](uint32_t f) { return glm::length(e.pos[f] - p); }, accept);
    if (hit.item < 0) continue;
    raw[i] = hit.distance;
    ev.nearestSite[i] = static_cast<int32_t>(hit.item);
    norm[i] = static_cast<float>(distanceScore(raw[i], s.maxDistance));
    pass[i] = raw[i] <= s.maxDistance;
  }
}

void scoreFloorsOccupancyRent(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  const std::vector<double>& v = c == Criterion::Floors ? x.floors : c == Criterion::Occupancy ? x.occupancy : x.rent;
  const std::string& field = c == Criterion::Floors ? x.floorsField : c == Criterion::Occupancy ? x.occupancyField : x.rentField;
  needField(x, d, c, field, c == Criterion::Floors ? "floors" : c == Criterion::Occupancy ? "occupancy" : "rent_cny_m2_month");
  double falloff = std::isnan(s.falloff) ? defaultFalloff(c) : s.falloff;
  for (size_t i = 0; i < n; ++i) {
    raw[i] = v[i];
    if (std::isnan(v[i])) continue;
    double gap = rangeGap(v[i], s.min, s.max);
    norm[i] = static_cast<float>(std::max(0.0, 1.0 - gap / falloff));
    pass[i] = gap == 0;
  }
}

void scoreReady(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& /*s*/, Evaluation& /*ev*/, Scores& o) {
  const size_t n = x.size();
  std::vector<double>& raw = o.raw;
  std::vector<float>& norm = o.norm;
  std::vector<uint8_t>& pass = o.pass;
  needField(x, d, c, x.readyField, "ready_now");
  for (size_t i = 0; i < n; ++i) {
    raw[i] = x.ready[i];
    pass[i] = x.ready[i] >= 0.5;
    norm[i] = pass[i] ? 1.0f : 0.0f;
  }
}

// Land use: the candidate's (or its parcel's) class code is in the allowed list.
void scoreLandUse(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  needField(x, d, c, x.landUseField, "land_use");
  for (size_t i = 0; i < x.size(); ++i) {
    const bool in = std::find(s.values.begin(), s.values.end(), x.landUse[i]) != s.values.end();
    o.raw[i] = in ? 1 : 0;
    o.norm[i] = in ? 1.0f : 0.0f;
    o.pass[i] = in;
  }
}

// Building type in the wanted list and floor load at least the minimum; soft: half for each part
// (the load part grows linearly to the minimum). Raw value: the floor load.
void scoreBuildingType(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& /*ev*/, Scores& o) {
  if (!s.values.empty()) needField(x, d, c, x.buildingTypeField, "building_type");
  if (!std::isnan(s.minLoad)) needField(x, d, c, x.floorLoadField, "floor_load_kn_m2");
  for (size_t i = 0; i < x.size(); ++i) {
    const bool typeOk = s.values.empty() || std::find(s.values.begin(), s.values.end(), x.buildingType[i]) != s.values.end();
    const double load = x.floorLoad[i];
    const bool loadOk = std::isnan(s.minLoad) || load >= s.minLoad;
    const double loadScore = std::isnan(s.minLoad) ? 1.0 : std::isfinite(load) ? std::clamp(load / s.minLoad, 0.0, 1.0) : 0.0;
    o.raw[i] = load;
    o.norm[i] = static_cast<float>(0.5 * (typeOk ? 1.0 : 0.0) + 0.5 * loadScore);
    o.pass[i] = typeOk && loadOk;
  }
}

// The scorer of each criterion (one function each, above).
void scoreCriterion(const SitingIndex& x, const Demand& d, Criterion c, const CriterionSpec& s, Evaluation& ev, Scores& o) {
  switch (c) {
    case Criterion::Sector:
      scoreSector(x, d, c, s, ev, o);
      return;
    case Criterion::Space:
      scoreSpace(x, d, c, s, ev, o);
      return;
    case Criterion::Ring:
      scoreRing(x, d, c, s, ev, o);
      return;
    case Criterion::Near:
      scoreNear(x, d, c, s, ev, o);
      return;
    case Criterion::Zone:
    case Criterion::District:
      scoreZoneDistrict(x, d, c, s, ev, o);
      return;
    case Criterion::Agglomeration:
      scoreAgglomeration(x, d, c, s, ev, o);
      return;
    case Criterion::Ecosystem:
      scoreEcosystem(x, d, c, s, ev, o);
      return;
    case Criterion::Floors:
    case Criterion::Occupancy:
    case Criterion::Rent:
      scoreFloorsOccupancyRent(x, d, c, s, ev, o);
      return;
    case Criterion::Ready:
      scoreReady(x, d, c, s, ev, o);
      return;
    case Criterion::LandUse:
      scoreLandUse(x, d, c, s, ev, o);
      return;
    case Criterion::BuildingType:
      scoreBuildingType(x, d, c, s, ev, o);
      return;
  }
}

}  // namespace

Evaluation evaluate(const SitingIndex& x, const Demand& d) {
  Evaluation ev;
  ev.index = &x;
  ev.demand = d;
  const size_t n = x.size();
  ev.firstFail.assign(n, -1);
  ev.nearestRing.assign(n, -1);
  ev.nearestTarget.assign(n, -1);
  ev.nearestSite.assign(n, -1);

  for (size_t ci = 0; ci < kCriterionCount; ++ci) {
    const Criterion c = criterionAt(ci);
    const CriterionSpec& s = d[c];
    if (!s.enabled) continue;
    Scores o{ev.raw[ci], ev.norm[ci], std::vector<uint8_t>(n, 0)};
    o.raw.assign(n, kNaN);
    o.norm.assign(n, 0.0f);
    scoreCriterion(x, d, c, s, ev, o);
    const std::vector<uint8_t>& pass = o.pass;
    if (!s.hard) continue;
    for (size_t i = 0; i < n; ++i) {
      if (pass[i]) continue;
      ++ev.failing[ci];
      if (ev.firstFail[i] < 0) {
        ev.firstFail[i] = static_cast<int8_t>(ci);
        ++ev.excludedFirst[ci];
      }
    }
  }
  for (uint32_t i = 0; i < n; ++i)
    if (ev.firstFail[i] < 0) ev.passing.push_back(i);
  return ev;
}

std::vector<Ranked> rank(const Evaluation& ev, const PerCriterion<double>& weights, size_t k) {
  const SitingIndex& x = *ev.index;
  std::vector<std::pair<size_t, double>> active;
  double total = 0;
  for (size_t c = 0; c < kCriterionCount; ++c)
    if (ev.demand.criteria[c].enabled && weights[c] > 0 && !ev.norm[c].empty()) {
      active.emplace_back(c, weights[c]);
      total += weights[c];
    }
  const size_t m = ev.passing.size();
  // Criterion-major accumulation: each pass streams one contiguous float array.
  std::vector<double> score(m, 0.0);
  for (auto [c, w] : active) {
    const float* nv = ev.norm[c].data();
    for (size_t j = 0; j < m; ++j) score[j] += w * nv[ev.passing[j]];
  }
  if (total > 0)
    for (double& s : score) s = 100.0 * s / total;

  std::vector<uint32_t> order(m);
  std::iota(order.begin(), order.end(), 0u);
  auto better = [&](uint32_t a, uint32_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return x.idOrder[ev.passing[a]] < x.idOrder[ev.passing[b]];
  };
  size_t want = k == 0 ? m : std::min(m, k);
  size_t sorted = std::min(m, want + 1);  // one more, to see a tie across the cut
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(sorted), order.end(), better);

  std::vector<Ranked> out(want);
  for (size_t r = 0; r < want; ++r) {
    uint32_t j = order[r];
    Ranked& o = out[r];
    o.candidate = ev.passing[j];
    o.score = score[j];
    for (auto [c, w] : active) o.contribution[c] = 100.0 * w * ev.norm[c][o.candidate] / total;
    o.tie = (r > 0 && score[order[r - 1]] == score[j]) || (r + 1 < sorted && score[order[r + 1]] == score[j]);
  }
  return out;
}

namespace {

std::string phrase(const Evaluation& ev, Criterion c, uint32_t i, bool zh) {
  const SitingIndex& x = *ev.index;
  const Demand& d = ev.demand;
  double v = ev.raw[static_cast<size_t>(c)][i];
  switch (c) {
    case Criterion::Sector: {
      std::string lab = sectorLabel(x.sector[i], x.subSector[i], zh);
      if (std::isnan(v)) return zh ? "产业方向未知" : "sector unknown";
      if (v >= 2) return zh ? "同细分赛道（" + lab + "）" : "same sub-sector (" + lab + ")";
      if (v >= 1) return zh ? "同领域（" + lab + "）" : "same sector (" + lab + ")";
      return zh ? "其他方向（" + lab + "）" : "other sector (" + lab + ")";
    }
    case Criterion::Space: {
      bool ready = !x.ready.empty() && x.ready[i] >= 0.5;
      if (x.kind == CandidateKind::Parcels)
        return zh ? "可建面积 " + formatArea(v) + " m²" : formatArea(v) + " m² buildable";
      return zh ? "空置 " + formatArea(v) + " m²" + (ready ? "，即可入驻" : "")
                : formatArea(v) + " m² vacant" + (ready ? " and ready" : "");
    }
    case Criterion::Ring: {
      int32_t f = ev.nearestRing[i];
      if (f < 0) return zh ? "无知识经济圈" : "no ring";
      std::string nm = zh ? x.ringNameZh[size_t(f)] : x.ringNameEn[size_t(f)];
      if (v <= 0) return zh ? "位于" + nm + "知识经济圈内" : "inside the " + nm + " ring";
      return zh ? "距" + nm + "知识经济圈 " + formatDistance(v) : formatDistance(v) + " from the " + nm + " ring";
    }
    case Criterion::Near: {
      int32_t t = ev.nearestTarget[i];
      if (t == -1 && std::isnan(v)) return zh ? "无位置" : "no location";
      const PointSet& ps = t >= 0 ? x.universities : x.ecosystem;
      size_t f = t >= 0 ? size_t(t) : size_t(-t - 1);
      std::string nm = zh ? ps.nameZh[f] : ps.nameEn[f];
      return zh ? "距" + nm + " " + formatDistance(v) : formatDistance(v) + " from " + nm;
    }
    case Criterion::Zone:
    case Criterion::District: {
      std::string names = regionNames(c == Criterion::Zone ? x.zones : x.districts, i, zh);
      if (names.empty()) return zh ? (c == Criterion::Zone ? "不在功能区内" : "区县未知") : (c == Criterion::Zone ? "outside every zone" : "district unknown");
      return zh ? "位于" + names : "in " + names;
    }
    case Criterion::Agglomeration: {
      std::string lab = sectorLabel(d.sector, d[c].subSector ? d.subSector : "", zh);
      std::string what = x.agglomerationFromTenants ? (zh ? "家" : " tenants") : (zh ? "家(按楼宇统计)" : " tenants (by building)");
      return zh ? formatDistance(d[c].radius) + "内" + lab + "企业 " + formatArea(v) + what
                : formatArea(v) + " " + lab + what + " within " + formatDistance(d[c].radius);
    }
    case Criterion::Ecosystem: {
      int32_t f = ev.nearestSite[i];
      if (f < 0) return zh ? "附近无创新生态站点" : "no ecosystem site";
      const PointSet& e = x.ecosystem;
      const std::string& k = e.kind[size_t(f)];
      return zh ? "距" + std::string(kindZh(k)) + e.nameZh[size_t(f)] + " " + formatDistance(v)
                : formatDistance(v) + " from " + kindEn(k) + " " + e.nameEn[size_t(f)];
    }
    case Criterion::Floors:
      return std::isnan(v) ? (zh ? "楼层未知" : "floors unknown") : zh ? fmt("%.0f 层", v) : fmt("%.0f floors", v);
    case Criterion::Occupancy:
      return std::isnan(v) ? (zh ? "出租率未知" : "occupancy unknown") : zh ? fmt("出租率 %.0f%%", v * 100) : fmt("%.0f%% occupied", v * 100);
    case Criterion::Ready:
      return std::isnan(v) ? (zh ? "交付状态未知" : "readiness unknown") : v >= 0.5 ? (zh ? "即可入驻" : "ready now") : (zh ? "暂不可入驻" : "not ready now");
    case Criterion::Rent:
      return std::isnan(v) ? (zh ? "租金未知" : "rent unknown") : zh ? fmt("租金 %.0f 元/m²/月", v) : fmt("rent %.0f CNY/m²/month", v);
    case Criterion::LandUse:
      return x.landUse[i].empty() ? (zh ? "用地性质未知" : "land use unknown")
                                  : (zh ? "用地 " : "land use ") + x.landUse[i];
    case Criterion::BuildingType: {
      const std::string t = x.buildingType[i].empty() ? (zh ? "类型未知" : "type unknown") : x.buildingType[i];
      return std::isnan(v) ? t : t + (zh ? fmt("，楼面荷载 %g kN/m²", v) : fmt(", floor load %g kN/m²", v));
    }
  }
  return {};
}

std::string limit(const Evaluation& ev, Criterion c, bool zh) {
  const CriterionSpec& s = ev.demand[c];
  auto range = [&](const char* unit, double scale) {
    std::string lo = std::isnan(s.min) ? "" : fmt("%g", s.min * scale), hi = std::isnan(s.max) ? "" : fmt("%g", s.max * scale);
    if (lo.empty()) return (zh ? "要求 ≤ " : "needs ≤ ") + hi + unit;
    if (hi.empty()) return (zh ? "要求 ≥ " : "needs ≥ ") + lo + unit;
    return (zh ? "要求 " : "needs ") + lo + "–" + hi + unit;
  };
  auto join = [](const std::vector<std::string>& v) {
    std::string o;
    for (const auto& e : v) o += (o.empty() ? "" : ", ") + e;
    return o;
  };
  switch (c) {
    case Criterion::Sector: return zh ? "要求" + sectorLabel(ev.demand.sector, s.subSector ? ev.demand.subSector : "", true)
                                      : "needs " + sectorLabel(ev.demand.sector, s.subSector ? ev.demand.subSector : "", false);
    case Criterion::Space: return (zh ? "要求 ≥ " : "needs ≥ ") + formatArea(s.min) + " m²";
    case Criterion::Ring:
    case Criterion::Near:
    case Criterion::Ecosystem: return (zh ? "要求 ≤ " : "needs ≤ ") + formatDistance(s.maxDistance);
    case Criterion::Zone:
    case Criterion::District: return (zh ? "允许：" : "allowed: ") + join(s.values);
    case Criterion::Agglomeration: return (zh ? "要求 ≥ " : "needs ≥ ") + fmt("%g", s.minCount);
    case Criterion::Floors: return range(zh ? " 层" : " floors", 1);
    case Criterion::Occupancy: return range("%", 100);
    case Criterion::Rent: return range(zh ? " 元" : " CNY", 1);
    case Criterion::Ready: return zh ? "要求即可入驻" : "must be ready now";
    case Criterion::LandUse: return (zh ? "允许：" : "allowed: ") + join(s.values);
    case Criterion::BuildingType: {
      std::string t = s.values.empty() ? "" : (zh ? "类型：" : "types: ") + join(s.values);
      if (!std::isnan(s.minLoad)) t += std::string(t.empty() ? "" : zh ? "；" : "; ") + (zh ? "荷载 ≥ " : "load ≥ ") + fmt("%g kN/m²", s.minLoad);
      return (zh ? "要求 " : "needs ") + t;
    }
  }
  return {};
}

std::string exclusionReason(const Evaluation& ev, uint32_t i, bool zh) {
  if (ev.firstFail[i] < 0) return {};
  Criterion c = criterionAt(static_cast<size_t>(ev.firstFail[i]));
  std::string name(zh ? criterionZh(c) : criterionEn(c));
  return name + (zh ? "：" : ": ") + phrase(ev, c, i, zh) + (zh ? "（" : " (") + limit(ev, c, zh) + (zh ? "）" : ")");
}

std::string noneMessage(const Evaluation& ev, bool zh) {
  if (!ev.passing.empty()) return {};
  const char* what = ev.index->kind == CandidateKind::Buildings ? (zh ? "栋楼宇" : " buildings") : (zh ? "个地块" : " parcels");
  std::string s = zh ? "没有候选满足全部硬性条件（共 " + formatArea(double(ev.size())) + what + "）："
                     : "No candidate passes every hard constraint (" + formatArea(double(ev.size())) + what + "): ";
  bool first = true;
  for (size_t c = 0; c < kCriterionCount; ++c) {
    if (!ev.excludedFirst[c]) continue;
    Criterion cr = criterionAt(c);
    s += std::string(first ? "" : zh ? "；" : "; ") + std::string(zh ? criterionZh(cr) : criterionId(cr)) +
         (zh ? " 排除 " : " excluded ") + formatArea(double(ev.excludedFirst[c])) +
         (zh ? "（" : " (") + limit(ev, cr, zh) + (zh ? "）" : ")");
    first = false;
  }
  if (ev.size() == 0) s += zh ? "图层为空" : "the layer is empty";
  s += zh ? "。计数按每个候选第一个不满足的条件。" : ". Each candidate is counted under its first failing constraint.";
  return s;
}

}  // namespace

std::string exclusionReasonEn(const Evaluation& ev, uint32_t i) { return exclusionReason(ev, i, false); }
std::string exclusionReasonZh(const Evaluation& ev, uint32_t i) { return exclusionReason(ev, i, true); }
std::string noneMessageEn(const Evaluation& ev) { return noneMessage(ev, false); }
std::string noneMessageZh(const Evaluation& ev) { return noneMessage(ev, true); }

ResultRow resultRow(const Evaluation& ev, const Ranked& r, int rankNo) {
  const SitingIndex& x = *ev.index;
  ResultRow row;
  uint32_t i = r.candidate;
  row.rank = rankNo;
  row.candidate = i;
  row.id = x.id[i];
  row.nameZh = x.nameZh[i];
  row.nameEn = x.nameEn[i];
  row.park = x.parkName[i];
  if (x.zones.present) row.zone = regionNames(x.zones, i, true);
  if (x.districts.present) row.district = regionNames(x.districts, i, true);
  row.score = r.score;
  row.contribution = r.contribution;
  row.tie = r.tie;
  for (size_t c = 0; c < kCriterionCount; ++c) row.raw[c] = ev.raw[c].empty() ? kNaN : ev.raw[c][i];
  // Explanation: criteria by contribution, the biggest first, then the hard-only ones.
  std::vector<size_t> order;
  for (size_t c = 0; c < kCriterionCount; ++c)
    if (ev.demand.criteria[c].enabled && !(c == size_t(Criterion::Ready) && ev.demand[Criterion::Space].enabled &&
                                           x.ready[i] >= 0.5))
      order.push_back(c);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return r.contribution[a] > r.contribution[b]; });
  for (size_t c : order) {
    row.explanationZh += (row.explanationZh.empty() ? "" : "；") + phrase(ev, criterionAt(c), i, true);
    row.explanationEn += (row.explanationEn.empty() ? "" : "; ") + phrase(ev, criterionAt(c), i, false);
  }
  if (r.tie) {
    row.explanationZh += "；与相邻名次同分（按编号排序）";
    row.explanationEn += "; tied with a neighbour (ordered by id)";
  }
  return row;
}

SitingResult runSiting(const Evaluation& ev, const PerCriterion<double>& weights, size_t top) {
  SitingResult res;
  res.demand = ev.demand;
  res.weights = weights;
  res.candidates = ev.size();
  res.passing = ev.passing.size();
  res.excludedFirst = ev.excludedFirst;
  res.failing = ev.failing;
  std::vector<Ranked> ranked = rank(ev, weights, top);
  for (size_t r = 0; r < ranked.size(); ++r) {
    res.rows.push_back(resultRow(ev, ranked[r], int(r + 1)));
    res.ties += ranked[r].tie;
  }
  res.noneMessageZh = noneMessageZh(ev);
  res.noneMessageEn = noneMessageEn(ev);
  return res;
}

}  // namespace ps::siting
