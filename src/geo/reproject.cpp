#include "geo/reproject.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include <proj.h>

#include "core/crs_text.h"
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
  if (auto problem = crsTextProblem(crs)) throw Error("", "unknown CRS '" + crs + "': " + *problem);
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

Reprojector Reprojector::clone() const {
  Reprojector r;
  r.identity_ = identity_;
  CtxPtr ctx(proj_context_create());
  proj_log_level(ctx.get(), PJ_LOG_NONE);
  if (pj_) {
    PjPtr copy(proj_clone(ctx.get(), pj_));
    if (!copy) throw Error("", "cannot copy the PROJ transformation: " + projMessage(ctx.get()));
    r.pj_ = copy.release();
  }
  r.ctx_ = ctx.release();
  return r;
}

void Reprojector::transform(glm::dvec2* pts, size_t n) const { run(PJ_FWD, pts, n); }
void Reprojector::inverse(glm::dvec2* pts, size_t n) const { run(PJ_INV, pts, n); }

namespace {

// Transforms pts in blocks that stay in cache for the finiteness count.
size_t transformCountingBad(const Reprojector& r, glm::dvec2* pts, size_t n) {
  constexpr size_t kBlock = 16384;
  size_t bad = 0;
  for (size_t i = 0; i < n; i += kBlock) {
    const size_t m = std::min(kBlock, n - i);
    r.transform(pts + i, m);
    for (size_t k = i; k < i + m; ++k)
      if (!std::isfinite(pts[k].x) || !std::isfinite(pts[k].y)) ++bad;
  }
  return bad;
}

// Below this many points a second thread costs more than it saves.
constexpr size_t kParallelPoints = 65536;

// Creating a transformation opens PROJ's database and searches operations
// (~50-100 ms); a scene reprojects many layers between the same CRSes, so
// each thread keeps the ones it made (and a clone for its helper thread).
// Reprojector is not shared across threads.
struct Cached {
  Reprojector main;
  std::unique_ptr<Reprojector> helper;
};

Cached& cachedFor(const std::string& fromCrs, const std::string& toCrs) {
  thread_local std::map<std::pair<std::string, std::string>, Cached> cache;
  auto key = std::make_pair(fromCrs, toCrs);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, Cached{Reprojector(fromCrs, toCrs), nullptr}).first;
  return it->second;
}

}  // namespace

const Reprojector& threadReprojector(const std::string& fromCrs, const std::string& toCrs) {
  return cachedFor(fromCrs, toCrs).main;
}

void reprojectTable(FeatureTable& t, const std::string& toCrs, unsigned threads) {
  if (t.crs.empty()) throw Error(t.source, "unknown CRS: the source declares none, cannot reproject to " + toCrs);
  Cached* cached = nullptr;
  try {
    cached = &cachedFor(t.crs, toCrs);
  } catch (const Error& e) {
    throw Error(t.source, e.problem());
  }
  Cached& c = *cached;
  std::vector<glm::dvec2>& pts = t.geom.coords;
  const size_t n = pts.size();
  size_t bad = 0;
  {
    // An identity transform still counts non-finite input, as it always has.
    if (c.main.identity()) threads = 1;
    if (threads == 0) threads = n >= kParallelPoints && std::thread::hardware_concurrency() > 1 ? 2 : 1;
    if (threads >= 2 && n >= 2) {
      if (!c.helper) c.helper = std::make_unique<Reprojector>(c.main.clone());
      const size_t half = n / 2;
      size_t badHelper = 0;
      std::thread helper([&] { badHelper = transformCountingBad(*c.helper, pts.data() + half, n - half); });
      bad = transformCountingBad(c.main, pts.data(), half);
      helper.join();
      bad += badHelper;
    } else {
      bad = transformCountingBad(c.main, pts.data(), n);
    }
  }
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
