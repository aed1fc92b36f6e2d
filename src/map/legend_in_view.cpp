#include "map/legend_in_view.h"

#include <algorithm>
#include <limits>

#include "scene/style_eval.h"

namespace ps::map {

void featuresInView(const data::LoadedLayer& layer, const LocalFrame& frame, const OrbitCamera& camera, int w, int h,
                    std::vector<uint8_t>& out) {
  const GeometryColumn& g = layer.table.geom;
  const size_t n = g.featureCount();
  out.assign(n, 0);
  // The ground the picture shows, as a box: rays through points along the
  // frame's edges (those above the horizon miss and are skipped), widened a
  // little. A feature whose box misses it is out, whatever its projection.
  glm::dvec2 glo(std::numeric_limits<double>::max()), ghi(-std::numeric_limits<double>::max());
  for (int k = 0; k <= 16; ++k) {
    const double a = k / 16.0;
    for (const glm::dvec2 sp : {glm::dvec2(a * w, 0), glm::dvec2(a * w, h), glm::dvec2(0, a * h), glm::dvec2(w, a * h)})
      if (const auto gp = camera.screenToGround(sp.x, sp.y, w, h)) {
        glo = glm::min(glo, *gp + frame.origin);
        ghi = glm::max(ghi, *gp + frame.origin);
      }
  }
  if (glo.x > ghi.x) return;  // looking at the sky
  const glm::dvec2 grow = (ghi - glo) * 0.1;
  glo -= grow;
  ghi += grow;
  const glm::dmat4 viewProj = camera.projD(double(w) / double(h)) * camera.viewD();
  for (size_t f = 0; f < n; ++f) {
    if (g.kind[f] == GeomKind::None) continue;
    const uint32_t r0 = g.partRing[g.featurePart[f]], r1 = g.partRing[g.featurePart[f + 1]];
    const uint32_t c0 = g.ringCoord[r0], c1 = g.ringCoord[r1];
    if (c0 == c1) continue;
    glm::dvec2 lo(std::numeric_limits<double>::max()), hi(-std::numeric_limits<double>::max());
    for (uint32_t c = c0; c < c1; ++c) {
      lo = glm::min(lo, g.coords[c]);
      hi = glm::max(hi, g.coords[c]);
    }
    if (hi.x < glo.x || hi.y < glo.y || lo.x > ghi.x || lo.y > ghi.y) continue;
    // A line's box says little (a province outline's spans the picture it
    // goes round): a line is in view when one of its vertices is.
    if (g.kind[f] == GeomKind::Line &&
        std::none_of(g.coords.begin() + c0, g.coords.begin() + c1, [&](const glm::dvec2& p) {
          return p.x >= glo.x && p.y >= glo.y && p.x <= ghi.x && p.y <= ghi.y;
        }))
      continue;
    glm::dvec2 slo(std::numeric_limits<double>::max()), shi(-std::numeric_limits<double>::max());
    bool behind = false;
    for (const glm::dvec2 p : {lo, hi, glm::dvec2(lo.x, hi.y), glm::dvec2(hi.x, lo.y)}) {
      const auto sp = OrbitCamera::worldToScreen(viewProj, glm::dvec3(glm::dvec2(frame.toLocal(p)), 0.0), w, h);
      if (!sp) {
        behind = true;
        break;
      }
      slo = glm::min(slo, *sp);
      shi = glm::max(shi, *sp);
    }
    // Polygons and lines smaller than a pixel or two (far parks near the
    // horizon) are in the frame but not in the picture.
    // A point layer draws any geometry (park polygons) as a symbol of a fixed size.
    const bool seen = g.kind[f] == GeomKind::Point || layer.spec->kind == LayerKind::Point ||
                      std::max(shi.x - slo.x, shi.y - slo.y) >= 2.0;
    out[f] = behind || (seen && shi.x >= 0 && shi.y >= 0 && slo.x <= w && slo.y <= h);
  }
}

std::set<uint32_t> coloursInView(const data::LoadedLayer& layer, const std::vector<uint8_t>& inView) {
  EvaluatedStyle style;
  evaluateStyle(*layer.spec, layer.table, style);
  std::set<uint32_t> out;
  for (size_t f = 0; f < inView.size() && f < style.color.size(); ++f)
    if (inView[f]) out.insert(uint32_t(style.color[f].r) << 16 | uint32_t(style.color[f].g) << 8 | style.color[f].b);
  return out;
}

}  // namespace ps::map
