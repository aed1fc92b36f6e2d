// The kiosk session: home, sectors, rings, vacant space, cards, language,
// the admin keypad. Input and the idle cycle are in kiosk_input.cpp.
#include "viewer/kiosk_session.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/scene_stats.h"
#include "core/sectors.h"
#include "kiosk/pin.h"
#include "viewer/commands.h"
#include "viewer/feature_text.h"
#include "viewer/pick.h"
#include "viewer/story_session.h"

namespace ps::viewer {
namespace {

int layerIndex(const ViewerState& s, const std::string& id) {
  if (!s.data) return -1;
  for (uint32_t li = 0; li < s.data->layers.size(); ++li)
    if (s.data->layers[li].spec->id == id) return static_cast<int>(li);
  return -1;
}

void computeSectorFigures(ViewerState& s) {
  KioskSession& k = *s.kiosk;
  k.sectorFigures.clear();
  const data::SceneData& d = *s.data;
  try {
    analysis::StatsSources src = analysis::statsSourcesFromScene(d.scene, [&d](const std::string& id) -> const FeatureTable* {
      const data::LoadedLayer* l = d.find(id);
      return l ? &l->table : nullptr;
    });
    analysis::StatsTable t;
    analysis::computeStats(src, {analysis::StatsBy::Sector, std::nullopt, false}, t);
    const int key = t.findColumn("key"), parks = t.findColumn("parks"), bld = t.findColumn("buildings");
    const int gfa = t.findColumn("gfa_m2"), vac = t.findColumn("vacant_m2");
    if (key < 0 || parks < 0 || bld < 0 || gfa < 0 || vac < 0) return;
    for (size_t r = 0; r < t.rowCount(); ++r)
      k.sectorFigures[t.columns[key].text[r]] = {t.columns[parks].number[r], t.columns[bld].number[r],
                                                 t.columns[gfa].number[r], t.columns[vac].number[r]};
  } catch (const std::exception& e) {
    k.errors.push_back(e.what());  // the scene has no buildings to count: the buttons still fly
  }
}

// Where a sector gathers: the GFA-weighted centre of its buildings and the
// box holding the nearest 60 % of them (outliers do not stretch the view).
bool sectorGathering(const ViewerState& s, const std::string& sectorId, glm::dvec2& lo, glm::dvec2& hi) {
  int li = layerIndex(s, "buildings");
  if (li < 0) return false;
  const data::LoadedLayer& L = s.data->layers[li];
  const Column* sec = L.table.column(L.spec->fields.sector);
  const Column* gfa = L.spec->fields.gfa.empty() ? nullptr : L.table.column(L.spec->fields.gfa);
  if (!sec) return false;
  std::vector<std::pair<glm::dvec2, double>> pts;
  glm::dvec2 centre{0, 0};
  double wsum = 0;
  for (uint32_t r = 0; r < L.table.size(); ++r) {
    const Sector* found = findSector(sec->asString(r));
    if (!found || found->id != sectorId) continue;
    glm::dvec2 a, b;
    if (!featureBounds(*s.data, {static_cast<uint32_t>(li), r}, a, b)) continue;
    double w = gfa && !gfa->isNull(r) ? std::max(gfa->asReal(r), 1.0) : 1.0;
    pts.push_back({0.5 * (a + b), w});
    centre += w * pts.back().first;
    wsum += w;
  }
  if (pts.empty()) return false;
  centre /= wsum;
  std::sort(pts.begin(), pts.end(), [&](const auto& x, const auto& y) {
    return glm::dot(x.first - centre, x.first - centre) < glm::dot(y.first - centre, y.first - centre);
  });
  size_t keep = std::max<size_t>(1, pts.size() * 6 / 10);
  lo = hi = centre;
  for (size_t i = 0; i < keep; ++i) {
    lo = glm::min(lo, pts[i].first);
    hi = glm::max(hi, pts[i].first);
  }
  return true;
}

}  // namespace

void kioskStart(ViewerState& s, kiosk::KioskProfile profile, double pxPerMm, double now) {
  auto k = std::make_shared<KioskSession>();
  k->idle = kiosk::IdleMachine(profile.idle, now);
  k->pxPerMm = profile.display.pxPerMm.value_or(pxPerMm);
  k->targetPx = static_cast<float>(std::ceil(profile.display.minTargetMm * k->pxPerMm));
  k->profile = std::move(profile);
  s.kiosk = std::move(k);
  s.lang = s.kiosk->profile.homeLanguage();
}

namespace {

void openAttractStory(ViewerState& s) {
  KioskSession& k = *s.kiosk;
  s.story.reset();
  if (k.profile.attractStory.empty()) return;
  try {
    // Prepared now, with the scene: the loop never waits for loading.
    openStory(s, story::loadStory(k.profile.attractStory));
  } catch (const std::exception& e) {
    k.errors.push_back(e.what());  // the admin panel shows it; the loop falls back to the orbit
    s.story.reset();
  }
}

}  // namespace

void kioskOnScene(ViewerState& s) {
  if (!s.kiosk || !s.data) return;
  KioskSession& k = *s.kiosk;
  k.homeVisible.clear();
  for (const auto& L : s.data->layers) k.homeVisible.push_back(L.spec->visible);
  computeSectorFigures(s);
  openAttractStory(s);
  k.idle = kiosk::IdleMachine(k.idle.times(), s.now);
  kioskHome(s);
  s.camera = s.home;  // after a (re)start: home at once, no flight
  s.fly.active = false;
}

void kioskHome(ViewerState& s) {
  if (!s.kiosk) return;
  KioskSession& k = *s.kiosk;
  k.note("home");
  k.card.reset();
  k.sector.clear();
  k.searchOpen = false;
  k.attract = false;
  if (presenting(s)) stopPresenting(s);
  clearFilters(s);
  select(s, std::nullopt, false);
  if (s.data)
    for (uint32_t li = 0; li < s.data->layers.size() && li < k.homeVisible.size(); ++li)
      if (s.data->layers[li].spec->visible != k.homeVisible[li]) setLayerVisible(s, li, k.homeVisible[li]);
  k.rings = k.vacant = false;
  if (s.lang != k.profile.homeLanguage()) setLanguage(s, k.profile.homeLanguage());
  if (s.data) flyTo(s, s.home, 1.0);
}

void kioskShowSector(ViewerState& s, const std::string& sectorId, glm::dvec2 vp) {
  if (!s.kiosk || !s.data || !findSector(sectorId)) return;
  KioskSession& k = *s.kiosk;
  k.card.reset();
  if (k.sector == sectorId) {  // a second tap: all sectors again
    k.sector.clear();
    clearFilters(s);
    flyTo(s, s.home, 1.2);
    return;
  }
  k.sector = sectorId;
  k.note("sector " + sectorId);
  soloSector(s, sectorId);
  glm::dvec2 lo, hi;
  if (sectorGathering(s, sectorId, lo, hi)) {
    OrbitCamera to = s.camera;
    to.bearingDeg = s.home.bearingDeg;
    to.pitchDeg = std::max(s.home.pitchDeg, 45.0);
    to.fitBounds(lo, hi, vp.x / std::max(vp.y, 1.0));
    to.distance *= 1.15;
    flyTo(s, to, 1.5);  // a visitor waits for nothing longer
  }
}

void kioskSetRings(ViewerState& s, bool on) {
  if (!s.kiosk || !s.data) return;
  s.kiosk->rings = on;
  s.kiosk->note(on ? "rings on" : "rings off");
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const LayerSpec& spec = *s.data->layers[li].spec;
    if (spec.kind == LayerKind::Ring) setLayerVisible(s, li, on || (li < s.kiosk->homeVisible.size() && s.kiosk->homeVisible[li]));
  }
}

// Vacant space: the occupancy ramp of the buildings (red: mostly vacant)
// instead of their sector colours.
void kioskSetVacant(ViewerState& s, bool on) {
  if (!s.kiosk || !s.data) return;
  const int occ = layerIndex(s, "buildings_occupancy"), bld = layerIndex(s, "buildings");
  if (occ < 0 || bld < 0) return;
  s.kiosk->vacant = on;
  s.kiosk->note(on ? "vacant on" : "vacant off");
  setLayerVisible(s, static_cast<uint32_t>(occ), on);
  setLayerVisible(s, static_cast<uint32_t>(bld), !on);
}

void kioskPickPark(ViewerState& s, FeatureRef f, glm::dvec2 vp) {
  if (!s.kiosk) return;
  s.kiosk->searchOpen = false;
  s.kiosk->card = f;
  s.kiosk->note("card " + s.data->layers[f.layer].spec->id + " " + featureName(s, f));
  select(s, f, false);
  flyToFeature(s, f, vp);
}

void kioskCloseCard(ViewerState& s) {
  if (!s.kiosk) return;
  s.kiosk->card.reset();
  select(s, std::nullopt, false);
}

void kioskSetLanguage(ViewerState& s, Lang l) {
  if (!s.kiosk) return;
  for (Lang offered : s.kiosk->profile.languages)
    if (offered == l) {
      setLanguage(s, l);
      s.kiosk->note(std::string("language ") + langCode(l));
    }
}

void kioskKeypad(ViewerState& s, char key) {
  if (!s.kiosk) return;
  KioskSession& k = *s.kiosk;
  if (k.admin != KioskSession::Admin::Keypad || s.now < k.pinLockedUntil) return;
  if (key >= '0' && key <= '9' && k.pinEntry.size() < 12) k.pinEntry += key;
  else if (key == '<' && !k.pinEntry.empty()) k.pinEntry.pop_back();
  else if (key == '=') {
    if (kiosk::verifyPin(k.profile.admin, k.pinEntry)) {
      k.note("admin");
      k.admin = KioskSession::Admin::Panel;
      k.pinFailures = 0;
    } else if (++k.pinFailures >= 3) {
      k.pinLockedUntil = s.now + 60;
      k.pinFailures = 0;
    }
    k.pinEntry.clear();
  }
}

void kioskCloseAdmin(ViewerState& s) {
  if (!s.kiosk) return;
  s.kiosk->admin = KioskSession::Admin::Closed;
  s.kiosk->pinEntry.clear();
}

KioskCard kioskCard(const ViewerState& s, FeatureRef f) {
  KioskCard c;
  if (!s.data || f.layer >= s.data->layers.size()) return c;
  const data::LoadedLayer& L = s.data->layers[f.layer];
  const FieldRoles& r = L.spec->fields;
  c.name = featureName(s, f);
  c.layerTitle = s.lang == Lang::En && !L.spec->titleEn.empty() ? L.spec->titleEn : L.spec->title;
  if (const Column* col = r.sector.empty() ? nullptr : L.table.column(r.sector); col && !col->isNull(f.row))
    if (const Sector* sec = findSector(col->asString(f.row))) c.sectorId = std::string(sec->id);
  if (const Column* col = r.gfa.empty() ? nullptr : L.table.column(r.gfa); col && !col->isNull(f.row)) c.gfa = col->asReal(f.row);
  if (const Column* col = r.vacant.empty() ? nullptr : L.table.column(r.vacant); col && !col->isNull(f.row))
    c.vacant = col->asReal(f.row);
  c.sample = L.spec->sample || (s.kiosk && s.kiosk->profile.sampleData);
  return c;
}

bool kioskCardLayer(const std::string& layerId) {
  return layerId == "parks" || layerId == "park_markers" || layerId == "buildings" || layerId == "buildings_occupancy";
}

std::vector<bool> kioskCardLayers(const ViewerState& s) {
  std::vector<bool> out;
  if (!s.data) return out;
  for (const data::LoadedLayer& L : s.data->layers) out.push_back(kioskCardLayer(L.spec->id));
  return out;
}

std::vector<std::pair<FeatureRef, std::string>> kioskParkList(const ViewerState& s) {
  std::vector<std::pair<FeatureRef, std::string>> out;
  const int li = layerIndex(s, "parks");
  if (li < 0) return out;
  for (uint32_t r = 0; r < s.data->layers[li].table.size(); ++r) {
    FeatureRef f{static_cast<uint32_t>(li), r};
    out.push_back({f, featureName(s, f)});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

std::string kioskArea(double m2, Lang l) {
  if (!std::isfinite(m2) || m2 < 0) return "—";
  char buf[64];
  if (l == Lang::Zh) {
    std::snprintf(buf, sizeof buf, "%.1f", m2 / 1e4);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.0f", std::round(m2));
  std::string digits = buf, out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace ps::viewer
