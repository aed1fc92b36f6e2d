#include "geo/reproject.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <utility>

#include <proj.h>

#include "core/error.h"

namespace ps::geo {

namespace {

struct CtxDeleter { void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); } };
struct PjDeleter { void operator()(PJ* p) const { proj_destroy(p); } };
using CtxPtr = std::unique_ptr<PJ_CONTEXT, CtxDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

std::string projMessage(PJ_CONTEXT* ctx) {
  int e = proj_context_errno(ctx);
  const char* m = e ? proj_context_errno_string(ctx, e) : nullptr;
  return m ? m : "not recognised";
}

// proj_create also accepts pipelines; a CRS is what we need here.
PjPtr createCrs(PJ_CONTEXT* ctx, const std::string& crs) {
  if (crs.empty()) throw Error("", "unknown CRS '': no CRS given");
  PjPtr p(proj_create(ctx, crs.c_str()));
  if (!p || !proj_is_crs(p.get()))
    throw Error("", "unknown CRS '" + crs + "': " + (p ? "not a coordinate reference system" : projMessage(ctx)));
  return p;
}

}  // namespace

Reprojector::Reprojector(const std::string& fromCrs, const std::string& toCrs) {
  CtxPtr ctx(proj_context_create());
  proj_log_level(ctx.get(), PJ_LOG_NONE);  // errors reach the user through ps::Error
  PjPtr a = createCrs(ctx.get(), fromCrs);
  PjPtr b = createCrs(ctx.get(), toCrs);
  if (fromCrs == toCrs || proj_is_equivalent_to_with_ctx(ctx.get(), a.get(), b.get(), PJ_COMP_EQUIVALENT)) {
    identity_ = true;
    ctx_ = ctx.release();
    return;
  }
  PjPtr op(proj_create_crs_to_crs_from_pj(ctx.get(), a.get(), b.get(), nullptr, nullptr));
  if (!op)
    throw Error("", "unknown CRS '" + fromCrs + "' -> '" + toCrs + "': no transformation (" + projMessage(ctx.get()) + ")");
  PjPtr norm(proj_normalize_for_visualization(ctx.get(), op.get()));
  if (!norm) throw Error("", "unknown CRS '" + fromCrs + "' -> '" + toCrs + "': " + projMessage(ctx.get()));
  pj_ = norm.release();
  ctx_ = ctx.release();
}

Reprojector::~Reprojector() {
  if (pj_) proj_destroy(pj_);
  if (ctx_) proj_context_destroy(ctx_);
}

Reprojector::Reprojector(Reprojector&& o) noexcept
    : ctx_(std::exchange(o.ctx_, nullptr)), pj_(std::exchange(o.pj_, nullptr)), identity_(o.identity_) {}

Reprojector& Reprojector::operator=(Reprojector&& o) noexcept {
  if (this != &o) {
    this->~Reprojector();
    ctx_ = std::exchange(o.ctx_, nullptr);
    pj_ = std::exchange(o.pj_, nullptr);
    identity_ = o.identity_;
  }
  return *this;
}

void Reprojector::run(int direction, glm::dvec2* pts, size_t n) const {
  if (identity_ || !pj_ || n == 0) return;
  proj_trans_generic(pj_, static_cast<PJ_DIRECTION>(direction), &pts[0].x, sizeof(glm::dvec2), n, &pts[0].y,
                     sizeof(glm::dvec2), n, nullptr, 0, 0, nullptr, 0, 0);
  proj_errno_reset(pj_);
}

void Reprojector::transform(glm::dvec2* pts, size_t n) const { run(PJ_FWD, pts, n); }
void Reprojector::inverse(glm::dvec2* pts, size_t n) const { run(PJ_INV, pts, n); }

void reprojectTable(FeatureTable& t, const std::string& toCrs) {
  if (t.crs.empty()) throw Error(t.source, "unknown CRS: the source declares none, cannot reproject to " + toCrs);
  // Creating a transformation opens PROJ's database and searches operations
  // (~50-100 ms); a scene reprojects many layers between the same CRSes, so
  // each thread keeps the ones it made. Reprojector is not shared across threads.
  thread_local std::map<std::pair<std::string, std::string>, Reprojector> cache;
  auto key = std::make_pair(t.crs, toCrs);
  auto it = cache.find(key);
  if (it == cache.end()) {
    try {
      it = cache.emplace(key, Reprojector(t.crs, toCrs)).first;
    } catch (const Error& e) {
      throw Error(t.source, e.problem());
    }
  }
  const Reprojector& r = it->second;
  r.transform(t.geom.coords.data(), t.geom.coords.size());
  size_t bad = 0;
  for (const auto& p : t.geom.coords)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) ++bad;
  if (bad)
    throw Error(t.source, std::to_string(bad) + " coordinate(s) could not be transformed from " + t.crs.substr(0, 60) +
                              " to " + toCrs + " (outside the CRS's area?)");
  t.crs = toCrs;
}

bool isGeographic(const std::string& crs) {
  CtxPtr ctx(proj_context_create());
  proj_log_level(ctx.get(), PJ_LOG_NONE);
  PjPtr p = createCrs(ctx.get(), crs);
  PJ_TYPE type = proj_get_type(p.get());
  if (type == PJ_TYPE_BOUND_CRS || type == PJ_TYPE_COMPOUND_CRS) {
    PjPtr sub(type == PJ_TYPE_BOUND_CRS ? proj_get_source_crs(ctx.get(), p.get())
                                        : proj_crs_get_sub_crs(ctx.get(), p.get(), 0));
    if (sub) type = proj_get_type(sub.get());
  }
  return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS || type == PJ_TYPE_GEOGRAPHIC_CRS;
}

std::string crsName(const std::string& crs, int* epsg) {
  CtxPtr ctx(proj_context_create());
  proj_log_level(ctx.get(), PJ_LOG_NONE);
  PjPtr p = createCrs(ctx.get(), crs);
  if (epsg) {
    *epsg = 0;
    const char* auth = proj_get_id_auth_name(p.get(), 0);
    const char* code = proj_get_id_code(p.get(), 0);
    if (auth && code && std::string(auth) == "EPSG") {
      *epsg = std::atoi(code);
    } else {
      int* confidence = nullptr;
      PJ_OBJ_LIST* matches = proj_identify(ctx.get(), p.get(), "EPSG", nullptr, &confidence);
      if (matches && proj_list_get_count(matches) >= 1 && confidence[0] >= 90) {
        PjPtr m(proj_list_get(ctx.get(), matches, 0));
        const char* c = m ? proj_get_id_code(m.get(), 0) : nullptr;
        if (c) *epsg = std::atoi(c);
      }
      proj_int_list_destroy(confidence);
      proj_list_destroy(matches);
    }
  }
  const char* name = proj_get_name(p.get());
  return name ? name : "";
}

}  // namespace ps::geo
