#include "viewer/measure.h"

#include "geo/lonlat_projector.h"
#include "geo/measure.h"

namespace ps::viewer {
namespace {

void changed(MeasureState& m) { ++m.revision; }

size_t needed(MeasureMode mode) { return mode == MeasureMode::Area ? 3 : 2; }

}  // namespace

void measureSetMode(ViewerState& s, MeasureMode mode) {
  MeasureState& m = s.measure;
  if (m.active && m.mode == mode) return;
  if (!m.active) {
    m.points.clear();
    m.finished = false;
  }
  m.active = true;
  m.mode = mode;
  if (m.finished && m.points.size() < needed(mode)) m.finished = false;
  m.cursor.reset();
  changed(m);
}

void measureToggle(ViewerState& s, MeasureMode mode) {
  if (s.measure.active && s.measure.mode == mode) measureCancel(s);
  else measureSetMode(s, mode);
}

void measureAddPoint(ViewerState& s, glm::dvec2 scene) {
  MeasureState& m = s.measure;
  if (!m.active) return;
  if (m.finished) {
    m.points.clear();
    m.finished = false;
  }
  m.points.push_back(scene);
  m.cursor.reset();
  changed(m);
}

void measureRemoveLast(ViewerState& s) {
  MeasureState& m = s.measure;
  if (!m.active || m.points.empty()) return;
  m.points.pop_back();
  m.finished = false;
  changed(m);
}

bool measureFinish(ViewerState& s) {
  MeasureState& m = s.measure;
  if (!m.active || m.finished || m.points.size() < needed(m.mode)) return false;
  m.finished = true;
  m.cursor.reset();
  changed(m);
  return true;
}

void measureCancel(ViewerState& s) {
  MeasureState& m = s.measure;
  const uint64_t rev = m.revision;
  m = MeasureState{};
  m.revision = rev + 1;
}

void measureSetCursor(ViewerState& s, std::optional<glm::dvec2> scene) {
  MeasureState& m = s.measure;
  if (!m.active || m.finished || m.points.empty()) scene.reset();
  if (scene == m.cursor) return;
  m.cursor = scene;
  changed(m);
}

void measureRefresh(ViewerState& s, const geo::GeoProjector* geo) {
  MeasureState& m = s.measure;
  if (m.figuresRevision == m.revision) return;
  m.figuresRevision = m.revision;
  m.lonLat.clear();
  m.length = m.lastLeg = m.area = 0;
  m.geodesic = geo != nullptr;
  if (!geo) return;
  for (const glm::dvec2& p : m.points) m.lonLat.push_back(geo->toLonLat(p));
  const size_t n = m.lonLat.size();
  if (m.mode == MeasureMode::Area && n >= 3) {
    std::vector<glm::dvec2> ring = m.lonLat;
    ring.push_back(ring.front());
    m.length = geo::geodesicLength(ring);
    m.area = geo::geodesicArea(m.lonLat);
  } else {
    m.length = geo::geodesicLength(m.lonLat);
  }
  if (n >= 2) m.lastLeg = geo::geodesicLength({m.lonLat[n - 2], m.lonLat[n - 1]});
}

FeatureTable measureShape(const MeasureState& m) {
  FeatureTable t;
  GeometryColumn& g = t.geom;
  const bool polygon = m.mode == MeasureMode::Area && m.points.size() >= 3;
  if (m.points.size() >= 2) {
    g.beginFeature(polygon ? GeomKind::Polygon : GeomKind::Line);
    g.beginPart();
    g.addRing(m.points.data(), m.points.size());
  } else {
    g.beginFeature(GeomKind::None);
  }
  g.endFeature();
  if (m.cursor && !m.points.empty() && !m.finished) {
    std::vector<glm::dvec2> band = {m.points.back(), *m.cursor};
    if (m.mode == MeasureMode::Area && m.points.size() >= 2) band.push_back(m.points.front());
    g.beginFeature(GeomKind::Line);
    g.beginPart();
    g.addRing(band.data(), band.size());
  } else {
    g.beginFeature(GeomKind::None);
  }
  g.endFeature();
  for (const glm::dvec2& p : m.points) {
    g.beginFeature(GeomKind::Point);
    g.beginPart();
    g.addRing(&p, 1);
    g.endFeature();
  }
  t.fid.resize(g.featureCount());
  for (size_t i = 0; i < t.fid.size(); ++i) t.fid[i] = static_cast<int64_t>(i);
  return t;
}

std::string measureLengthText(const ViewerState& s) {
  return geo::formatLength(s.measure.length);
}

std::string measureAreaText(const ViewerState& s) {
  return geo::formatArea(s.measure.area, s.lang != Lang::En);
}

std::string measureLastLegText(const ViewerState& s) { return geo::formatLength(s.measure.lastLeg); }

std::string lengthText(double metres) { return geo::formatLength(metres); }

}  // namespace ps::viewer
