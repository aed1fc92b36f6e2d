#include "geo/area_of_use.h"

#include <proj.h>

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace ps::geo {

namespace {

struct ContextDeleter {
  void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjDeleter {
  void operator()(PJ* p) const { proj_destroy(p); }
};
using Pj = std::unique_ptr<PJ, PjDeleter>;

bool isGeographic(PJ_CONTEXT* ctx, PJ* crs) {
  const PJ_TYPE t = proj_get_type(crs);
  if (t == PJ_TYPE_BOUND_CRS) {
    Pj base(proj_get_source_crs(ctx, crs));
    return base && isGeographic(ctx, base.get());
  }
  return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS || t == PJ_TYPE_GEOGRAPHIC_CRS;
}

std::optional<CoordBox> computeBox(const std::string& crs, double marginDeg) {
  std::unique_ptr<PJ_CONTEXT, ContextDeleter> owner(proj_context_create());
  PJ_CONTEXT* ctx = owner.get();
  proj_log_level(ctx, PJ_LOG_NONE);
  Pj obj(proj_create(ctx, crs.c_str()));
  if (!obj) return std::nullopt;
  if (isGeographic(ctx, obj.get())) return CoordBox{{-360.0, -90.0}, {360.0, 90.0}};
  double w = 0, s = 0, e = 0, n = 0;
  if (!proj_get_area_of_use(ctx, obj.get(), &w, &s, &e, &n, nullptr) || w < -180.5 || n > 90.5) return std::nullopt;
  if (w > e) w = -180, e = 180;  // crosses the antimeridian: the whole band
  w = std::max(-180.0, w - marginDeg);
  e = std::min(180.0, e + marginDeg);
  s = std::max(-90.0, s - marginDeg);
  n = std::min(90.0, n + marginDeg);
  Pj op(proj_create_crs_to_crs(ctx, "EPSG:4326", crs.c_str(), nullptr));
  if (!op) return std::nullopt;
  Pj vis(proj_normalize_for_visualization(ctx, op.get()));
  if (!vis) return std::nullopt;
  CoordBox box;
  if (!proj_trans_bounds(ctx, vis.get(), PJ_FWD, w, s, e, n, &box.lo.x, &box.lo.y, &box.hi.x, &box.hi.y, 21))
    return std::nullopt;
  if (!(box.lo.x <= box.hi.x) || !(box.lo.y <= box.hi.y)) return std::nullopt;
  return box;
}

}  // namespace

std::optional<CoordBox> crsValidBox(const std::string& crs, double marginDeg) {
  if (crs.empty()) return std::nullopt;
  // Opening PROJ's database and searching a transformation costs ~50-100 ms;
  // a scene reads several layers in the same CRS.
  thread_local std::map<std::pair<std::string, double>, std::optional<CoordBox>> cache;
  const auto key = std::make_pair(crs, marginDeg);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, computeBox(crs, marginDeg)).first;
  return it->second;
}

}  // namespace ps::geo
