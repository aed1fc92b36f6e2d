#include "viewer/pick.h"

#include "viewer/style.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::viewer {
namespace {

// Even-odd point-in-polygon over all rings of one part (shell and holes).
bool insidePart(const GeometryColumn& g, uint32_t part, glm::dvec2 p, glm::dvec2 origin) {
  bool inside = false;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    if (e - b < 3) continue;
    for (uint32_t i = b, j = e - 1; i < e; j = i++) {
      glm::dvec2 a = g.coords[i] - origin, c = g.coords[j] - origin;
      if ((a.y > p.y) != (c.y > p.y) && p.x < (c.x - a.x) * (p.y - a.y) / (c.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

bool insideFeature(const GeometryColumn& g, uint32_t f, glm::dvec2 p, glm::dvec2 origin) {
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
    if (insidePart(g, part, p, origin)) return true;
  return false;
}

// Slab test of the ray against the feature's box extruded to [z0, z1].
bool rayHitsBox(const Ray& ray, const glm::dvec4& box, double z0, double z1) {
  double tmin = 0, tmax = std::numeric_limits<double>::max();
  const double lo[3] = {box.x, box.y, z0}, hi[3] = {box.z, box.w, z1};
  for (int k = 0; k < 3; ++k) {
    double o = ray.origin[k], d = ray.dir[k];
    if (std::fabs(d) < 1e-15) {
      if (o < lo[k] || o > hi[k]) return false;
      continue;
    }
    double t1 = (lo[k] - o) / d, t2 = (hi[k] - o) / d;
    if (t1 > t2) std::swap(t1, t2);
    tmin = std::max(tmin, t1);
    tmax = std::min(tmax, t2);
    if (tmin > tmax) return false;
  }
  return true;
}

// Nearest hit of the ray with the prism of feature f between z0 and z1.
std::optional<std::pair<double, bool>> hitPrism(const GeometryColumn& g, uint32_t f, glm::dvec2 origin,
                                                const Ray& ray, double z0, double z1) {
  std::optional<std::pair<double, bool>> best;
  auto consider = [&](double t, bool wall) {
    if (t > 0 && (!best || t < best->first)) best = std::make_pair(t, wall);
  };
  if (std::fabs(ray.dir.z) > 1e-12) {
    double t = (z1 - ray.origin.z) / ray.dir.z;
    glm::dvec3 p = ray.origin + ray.dir * t;
    if (t > 0 && insideFeature(g, f, {p.x, p.y}, origin)) consider(t, false);
  }
  const glm::dvec2 o{ray.origin.x, ray.origin.y}, d{ray.dir.x, ray.dir.y};
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
      uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      for (uint32_t i = b, j = e - 1; i < e; j = i++) {
        glm::dvec2 a = g.coords[j] - origin, c = g.coords[i] - origin;
        glm::dvec2 edge = c - a;
        double den = d.x * edge.y - d.y * edge.x;
        if (std::fabs(den) < 1e-15) continue;
        glm::dvec2 ao = a - o;
        double t = (ao.x * edge.y - ao.y * edge.x) / den;
        double s = (ao.x * d.y - ao.y * d.x) / den;
        if (s < 0 || s > 1 || t <= 0) continue;
        double z = ray.origin.z + ray.dir.z * t;
        if (z >= z0 && z <= z1) consider(t, true);
      }
    }
  return best;
}

double segDist(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
  glm::dvec2 ab = b - a;
  double l2 = glm::dot(ab, ab);
  double t = l2 > 0 ? std::clamp(glm::dot(p - a, ab) / l2, 0.0, 1.0) : 0.0;
  return glm::length(p - (a + ab * t));
}

bool layerPickable(const ViewerState& s, uint32_t li) {
  if (!s.data || li >= s.data->layers.size()) return false;
  const auto& L = s.data->layers[li];
  return L.spec && L.spec->visible && L.spec->kind != LayerKind::Label && layerInRange(*L.spec, s.camera.distance);
}

bool rowHidden(const ViewerState& s, uint32_t li, size_t row) {
  return li < s.visuals.size() && row < s.visuals[li].size() && (s.visuals[li][row].flags & kHidden);
}

}  // namespace

void buildPickIndex(const data::SceneData& data, PickIndex& out) {
  out.boxes.assign(data.layers.size(), {});
  for (size_t li = 0; li < data.layers.size(); ++li) {
    const GeometryColumn& g = data.layers[li].table.geom;
    auto& boxes = out.boxes[li];
    boxes.resize(g.featureCount());
    for (size_t f = 0; f < g.featureCount(); ++f) {
      glm::dvec4 bx{1e300, 1e300, -1e300, -1e300};
      uint32_t c0 = g.ringCoord[g.partRing[g.featurePart[f]]];
      uint32_t c1 = g.ringCoord[g.partRing[g.featurePart[f + 1]]];
      for (uint32_t c = c0; c < c1; ++c) {
        glm::dvec2 p = g.coords[c] - data.frame.origin;
        bx = {std::min(bx.x, p.x), std::min(bx.y, p.y), std::max(bx.z, p.x), std::max(bx.w, p.y)};
      }
      boxes[f] = bx;
    }
  }
}

bool featureBounds(const data::SceneData& data, FeatureRef f, glm::dvec2& lo, glm::dvec2& hi) {
  if (f.layer >= data.layers.size()) return false;
  const GeometryColumn& g = data.layers[f.layer].table.geom;
  if (f.row >= g.featureCount()) return false;
  uint32_t c0 = g.ringCoord[g.partRing[g.featurePart[f.row]]];
  uint32_t c1 = g.ringCoord[g.partRing[g.featurePart[f.row + 1]]];
  if (c0 == c1) return false;
  lo = glm::dvec2(1e300);
  hi = glm::dvec2(-1e300);
  for (uint32_t c = c0; c < c1; ++c) {
    glm::dvec2 p = g.coords[c] - data.frame.origin;
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  return true;
}

std::optional<PickHit> pick(const ViewerState& s, const PickIndex& index, glm::dvec2 px, glm::dvec2 size,
                            double pointRadiusPx, const std::vector<bool>* onlyLayers) {
  if (!s.data || index.boxes.size() != s.data->layers.size()) return std::nullopt;
  const Ray ray = s.camera.screenRay(px.x, px.y, size.x, size.y);
  const auto ground = groundHit(ray);
  const double mpp = s.camera.metresPerPixel(size.y);
  const glm::dvec2 origin = s.data->frame.origin;
  std::optional<PickHit> best;
  int bestOrder = -1;
  double bestPointDist = 1e300;

  for (size_t oi = 0; oi < s.order.size(); ++oi) {
    const uint32_t li = s.order[oi];
    if (!layerPickable(s, li) || (onlyLayers && (li >= onlyLayers->size() || !(*onlyLayers)[li]))) continue;
    const auto& L = s.data->layers[li];
    const GeometryColumn& g = L.table.geom;
    const auto& boxes = index.boxes[li];
    const int order = static_cast<int>(oi);
    auto offer = [&](PickHit h) {
      if (!best || h.t < best->t - 1e-6 || (std::fabs(h.t - best->t) <= 1e-6 && order > bestOrder)) {
        best = h;
        bestOrder = order;
      }
    };
    switch (L.spec->kind) {
      case LayerKind::Point:
        for (size_t row = 0; row < g.featureCount(); ++row) {
          if (rowHidden(s, li, row) || g.kind[row] != GeomKind::Point) continue;
          glm::dvec2 p = g.coords[g.ringCoord[g.partRing[g.featurePart[row]]]] - origin;
          auto sp = s.camera.worldToScreen({p, 0.0}, size.x, size.y);
          if (!sp) continue;
          double d = glm::length(*sp - px);
          if (d <= pointRadiusPx && (d < bestPointDist || (d == bestPointDist && (!best || order > bestOrder)))) {
            bestPointDist = d;
            best = PickHit{{li, static_cast<uint32_t>(row)}, {p, 0.0}, 0.0, false};
            bestOrder = order;
          }
        }
        break;
      case LayerKind::Extrusion: {
        if (bestPointDist < 1e300) break;
        for (size_t row = 0; row < g.featureCount(); ++row) {
          if (rowHidden(s, li, row)) continue;
          const FeatureVisual* v = li < s.visuals.size() && row < s.visuals[li].size() ? &s.visuals[li][row] : nullptr;
          double z0 = v ? v->base : 0.0, z1 = v ? v->base + v->height : 10.0;
          if (!rayHitsBox(ray, boxes[row], z0, z1)) continue;
          if (auto h = hitPrism(g, static_cast<uint32_t>(row), origin, ray, z0, z1))
            offer({{li, static_cast<uint32_t>(row)}, ray.origin + ray.dir * h->first, h->first, h->second});
        }
        break;
      }
      case LayerKind::Fill:
      case LayerKind::Ring:  // buffer polygons after loading
        if (bestPointDist < 1e300 || !ground) break;
        for (size_t row = 0; row < g.featureCount(); ++row) {
          const glm::dvec4& b = boxes[row];
          if (ground->x < b.x || ground->x > b.z || ground->y < b.y || ground->y > b.w) continue;
          if (rowHidden(s, li, row)) continue;
          if (insideFeature(g, static_cast<uint32_t>(row), *ground, origin)) {
            double t = glm::length(glm::dvec3(*ground, 0.0) - ray.origin);
            offer({{li, static_cast<uint32_t>(row)}, {*ground, 0.0}, t, false});
          }
        }
        break;
      case LayerKind::Line: {
        if (bestPointDist < 1e300 || !ground) break;
        const double tol = 5.0 * mpp;
        for (size_t row = 0; row < g.featureCount(); ++row) {
          const glm::dvec4& b = boxes[row];
          if (ground->x < b.x - tol || ground->x > b.z + tol || ground->y < b.y - tol || ground->y > b.w + tol) continue;
          if (rowHidden(s, li, row)) continue;
          bool near = false;
          for (uint32_t part = g.featurePart[row]; part < g.featurePart[row + 1] && !near; ++part)
            for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1] && !near; ++r)
              for (uint32_t c = g.ringCoord[r] + 1; c < g.ringCoord[r + 1] && !near; ++c)
                near = segDist(*ground, g.coords[c - 1] - origin, g.coords[c] - origin) <= tol;
          if (near) offer({{li, static_cast<uint32_t>(row)}, {*ground, 0.0}, glm::length(glm::dvec3(*ground, 0.0) - ray.origin), false});
        }
        break;
      }
      case LayerKind::Label: break;
    }
  }
  return best;
}

std::optional<double> firstExtrusionHit(const ViewerState& s, const PickIndex& index, const Ray& ray, double maxT) {
  if (!s.data || index.boxes.size() != s.data->layers.size()) return std::nullopt;
  std::optional<double> best;
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    if (!layerPickable(s, li) || s.data->layers[li].spec->kind != LayerKind::Extrusion) continue;
    const GeometryColumn& g = s.data->layers[li].table.geom;
    for (size_t row = 0; row < g.featureCount(); ++row) {
      if (rowHidden(s, li, row)) continue;
      const FeatureVisual* v = li < s.visuals.size() && row < s.visuals[li].size() ? &s.visuals[li][row] : nullptr;
      double z0 = v ? v->base : 0.0, z1 = v ? v->base + v->height : 10.0;
      if (!rayHitsBox(ray, index.boxes[li][row], z0, z1)) continue;
      if (auto h = hitPrism(g, static_cast<uint32_t>(row), s.data->frame.origin, ray, z0, z1))
        if (h->first < maxT && (!best || h->first < *best)) best = h->first;
    }
  }
  return best;
}

}  // namespace ps::viewer
