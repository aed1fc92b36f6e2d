#include "viewer/siting.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/data_path.h"
#include "analysis/siting/demand.h"
#include "data/siting_export.h"
#include "data/siting_inputs.h"
#include "viewer/commands.h"
#include "core/error.h"

namespace ps::viewer {
namespace {

// The top k on the map: every listed candidate highlighted (flags only, no re-triangulation).
void showOnMap(ViewerState& s, SitingSession& ss) {
  std::vector<FeatureRef> refs;
  if (ss.result)
    for (size_t r = 0; r < ss.result->rows.size(); ++r)
      if (auto f = sitingRowFeature(s, r)) refs.push_back(*f);
  const bool wasShown = ss.onMap;
  ss.shown = refs;
  ss.onMap = s.panels.siting;
  if (ss.onMap) setHighlight(s, std::move(refs));
  else if (wasShown) setHighlight(s, {});
}

void clearResult(ViewerState& s, SitingSession& ss) {
  ss.result.reset();
  ss.ui.selected = -1;
  ss.shown.clear();
  ss.onMap = false;
  if (!s.highlight.empty()) setHighlight(s, {});
}

// A relative demand path is tried from the working directory, then from the
// data dir (core/data_path.h), so the default (geodata/demands/...) works from a build folder and installed.
std::string resolveDemandPath(const std::string& p) {
  namespace fs = std::filesystem;
  if (p.empty() || fs::path(p).is_absolute() || fs::exists(p)) return p;
  const fs::path alt = fs::path(ps::dataDir()) / p;
  return fs::exists(alt) ? alt.string() : p;
}

int candidateLayer(const data::SceneData& d, const siting::SitingIndex& x) {
  for (size_t li = 0; li < d.layers.size(); ++li)
    if (&d.layers[li].table == x.table) return static_cast<int>(li);
  return -1;
}

}  // namespace

SitingSession& sitingSession(ViewerState& s) {
  if (!s.siting) {
    s.siting = std::make_shared<SitingSession>();
    s.siting->ui.demandPath = kDefaultDemand;
  }
  return *s.siting;
}

void sitingSync(ViewerState& s) {
  if (!s.siting || s.siting->data == s.data) return;
  SitingSession& ss = *s.siting;
  ss.eval.reset();
  ss.index.reset();
  ss.data.reset();
  ss.layer = -1;
  clearResult(s, ss);
}

bool sitingReevaluate(ViewerState& s) {
  SitingSession& ss = sitingSession(s);
  sitingSync(s);
  ss.ui.error.clear();
  try {
    if (!s.data) throw Error(ss.ui.demandPath, s.tr("siting.no_scene"));
    if (!ss.index || ss.data != s.data || ss.index->kind != ss.ui.demand.candidates) {
      ss.eval.reset();
      ss.index = std::make_unique<siting::SitingIndex>(
          siting::buildSitingIndex(siting::sitingInputs(*s.data, ss.ui.demand.layers), ss.ui.demand.candidates));
      ss.data = s.data;
      ss.layer = candidateLayer(*s.data, *ss.index);
    }
    ss.eval = std::make_unique<siting::Evaluation>(siting::evaluate(*ss.index, ss.ui.demand));
  } catch (const std::exception& e) {
    ss.ui.error = e.what();
    ss.eval.reset();
    clearResult(s, ss);
    return false;
  }
  sitingRerank(s);
  return true;
}

bool sitingLoad(ViewerState& s) {
  SitingSession& ss = sitingSession(s);
  const auto t0 = std::chrono::steady_clock::now();
  try {
    ss.ui.demand = siting::loadDemand(resolveDemandPath(ss.ui.demandPath));
  } catch (const std::exception& e) {
    ss.ui.error = e.what();
    clearResult(s, ss);
    return false;
  }
  ss.ui.weights = siting::demandWeights(ss.ui.demand);
  ss.ui.top = ss.ui.demand.top > 0 ? ss.ui.demand.top : 10;
  ss.ui.selected = -1;
  ++ss.loads;
  const bool ok = sitingReevaluate(s);
  ss.loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return ok;
}

void sitingRerank(ViewerState& s) {
  SitingSession& ss = sitingSession(s);
  if (!ss.eval) return;
  // The current candidate stays current if it is still listed.
  std::optional<uint32_t> current;
  if (ss.result && ss.ui.selected >= 0 && static_cast<size_t>(ss.ui.selected) < ss.result->rows.size())
    current = ss.result->rows[static_cast<size_t>(ss.ui.selected)].candidate;
  ss.previousTop.clear();
  if (ss.result)
    for (const auto& r : ss.result->rows) ss.previousTop.push_back(r.id);
  ss.result = siting::runSiting(*ss.eval, ss.ui.weights, static_cast<size_t>(std::max(ss.ui.top, 1)));
  ss.ui.selected = -1;
  if (current)
    for (size_t r = 0; r < ss.result->rows.size(); ++r)
      if (ss.result->rows[r].candidate == *current) ss.ui.selected = static_cast<int>(r);
  showOnMap(s, ss);
}

bool sitingSetWeight(ViewerState& s, const std::string& criterion, double value) {
  siting::Criterion c;
  if (!siting::findCriterion(criterion, c)) return false;
  SitingSession& ss = sitingSession(s);
  ss.ui.weights[static_cast<size_t>(c)] = value;
  sitingRerank(s);
  return true;
}

std::optional<FeatureRef> sitingRowFeature(const ViewerState& s, size_t row) {
  if (!s.siting || !s.siting->result || s.siting->layer < 0 || s.siting->data != s.data) return std::nullopt;
  const auto& rows = s.siting->result->rows;
  if (row >= rows.size()) return std::nullopt;
  return FeatureRef{static_cast<uint32_t>(s.siting->layer), rows[row].candidate};
}

void sitingFlyToCurrent(ViewerState& s, glm::dvec2 viewport) {
  if (!s.siting || s.siting->ui.selected < 0) return;
  if (auto f = sitingRowFeature(s, static_cast<size_t>(s.siting->ui.selected))) {
    select(s, f, false);
    flyToFeature(s, *f, viewport);
  }
}

void sitingStep(ViewerState& s, int delta, glm::dvec2 viewport) {
  SitingSession& ss = sitingSession(s);
  if (!ss.result || ss.result->rows.empty()) return;
  const int n = static_cast<int>(ss.result->rows.size());
  // From "none", +1 goes to the first row and -1 to the last.
  int cur = ss.ui.selected < 0 ? (delta > 0 ? -1 : 0) : ss.ui.selected;
  ss.ui.selected = ((cur + delta) % n + n) % n;
  sitingFlyToCurrent(s, viewport);
}

void sitingRankLabels(const ViewerState& s, glm::dvec2 viewport, std::vector<PlacedLabel>& out, const MeasureFn& measure) {
  if (!s.panels.siting || !s.siting || !s.siting->result || !s.siting->index || s.siting->data != s.data) return;
  const SitingSession& ss = *s.siting;
  // Without fonts (the state dump): a digit of the large label font is about 11 px wide, a line 24 px.
  auto size = [&](const std::string& t, bool large) {
    return measure ? measure(t, large) : glm::vec2(11.0f * static_cast<float>(t.size()), large ? 24.0f : 18.0f);
  };
  auto boxOf = [&](const PlacedLabel& l) {
    const glm::vec2 sz = size(l.text, l.large) + glm::vec2(6, 2);
    return glm::vec4(l.pos.x - sz.x * 0.5f, l.pos.y - sz.y * 0.5f, l.pos.x + sz.x * 0.5f, l.pos.y + sz.y * 0.5f);
  };
  auto overlap = [](const glm::vec4& a, const glm::vec4& b) { return a.x < b.z && b.x < a.z && a.y < b.w && b.y < a.w; };
  // The current candidate first, then by rank: a marker that would cover a
  // better-ranked one is dropped (at city zoom the top ten stand on a few parks).
  std::vector<size_t> order;
  if (ss.ui.selected >= 0 && static_cast<size_t>(ss.ui.selected) < ss.result->rows.size())
    order.push_back(static_cast<size_t>(ss.ui.selected));
  for (size_t r = 0; r < ss.result->rows.size(); ++r)
    if (static_cast<int>(r) != ss.ui.selected) order.push_back(r);
  std::vector<glm::vec4> boxes;
  std::vector<PlacedLabel> ranks;
  for (size_t r : order) {
    auto f = sitingRowFeature(s, r);
    if (!f) continue;
    const FeatureVisual& v = s.visuals[f->layer][f->row];
    const glm::dvec2 a = ss.index->anchor[ss.result->rows[r].candidate] - s.data->frame.origin;
    auto px = s.camera.worldToScreen({a, v.base + v.height + 4.0}, viewport.x, viewport.y);
    if (!px || px->x < 0 || px->y < 0 || px->x > viewport.x || px->y > viewport.y) continue;
    PlacedLabel l;
    l.text = std::to_string(ss.result->rows[r].rank);
    l.pos = glm::vec2(*px) - glm::vec2(0, 14);
    l.large = true;
    const bool current = static_cast<int>(r) == ss.ui.selected;
    l.color = current ? 0xFF0000D5 : 0xFFB27200;  // ABGR: vermilion for the current one, blue otherwise
    l.halo = 0xF0FFFFFF;
    const glm::vec4 b = boxOf(l);
    if (std::any_of(boxes.begin(), boxes.end(), [&](const glm::vec4& o) { return overlap(b, o); })) continue;
    boxes.push_back(b);
    ranks.push_back(std::move(l));
  }
  // The markers win over the map's own labels where they meet.
  std::erase_if(out, [&](const PlacedLabel& l) {
    const glm::vec4 b = boxOf(l);
    return std::any_of(boxes.begin(), boxes.end(), [&](const glm::vec4& o) { return overlap(b, o); });
  });
  for (PlacedLabel& l : ranks) out.push_back(std::move(l));
}

void sitingMapSync(ViewerState& s) {
  if (!s.siting) return;
  SitingSession& ss = *s.siting;
  if (!s.panels.siting) {
    // Closed (or another sidebar tab): the top k leave the map with the window.
    if (ss.onMap) {
      ss.onMap = false;
      if (s.highlight == ss.shown) setHighlight(s, {});
    }
  } else if (!ss.onMap && ss.result && ss.data == s.data) {
    showOnMap(s, ss);
  }
}

SitingSession* sitingForPanel(ViewerState& s) {
  if (!s.panels.siting) return nullptr;
  SitingSession& ss = sitingSession(s);
  sitingSync(s);
  ss.ui.english = s.lang == Lang::En;
  ss.ui.strings = &s.strings;
  ss.ui.open = &s.panels.siting;
  return &ss;
}

void sitingHandle(ViewerState& s, const SitingPanelOutput& o, glm::dvec2 viewport) {
  SitingSession& ss = sitingSession(s);
  switch (o.request) {
    case SitingRequest::None: break;
    case SitingRequest::LoadDemand: sitingLoad(s); break;
    case SitingRequest::Reevaluate: sitingReevaluate(s); break;
    case SitingRequest::Rerank: sitingRerank(s); break;
    case SitingRequest::FlyTo: sitingFlyToCurrent(s, viewport); break;
    case SitingRequest::Export:
      if (ss.result && ss.index) {
        const std::string path = std::filesystem::path(ss.ui.demandPath).stem().string() + o.exportExt;
        try {
          siting::writeResult(*ss.result, *ss.index, path);
          toast(s, substitute(s.tr("siting.exported"), {{"file", path}}));
        } catch (const std::exception& e) {
          toast(s, e.what(), true, 8.0);
        }
      }
      break;
  }
}

}  // namespace ps::viewer
