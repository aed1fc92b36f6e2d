#include "geo/lonlat_projector.h"

#include <proj.h>

#include "core/error.h"

namespace ps::geo {

struct GeoProjector::Impl {
  PJ_CONTEXT* ctx = nullptr;
  PJ* pj = nullptr;
};

GeoProjector::GeoProjector(const std::string& sceneCrs) : impl_(std::make_unique<Impl>()) {
  impl_->ctx = proj_context_create();
  PJ* raw = proj_create_crs_to_crs(impl_->ctx, "EPSG:4326", sceneCrs.c_str(), nullptr);
  if (raw) {
    impl_->pj = proj_normalize_for_visualization(impl_->ctx, raw);
    proj_destroy(raw);
  }
  if (!impl_->pj) {
    proj_context_destroy(impl_->ctx);
    throw Error("", "PROJ cannot transform WGS84 to the scene CRS \"" + sceneCrs + "\"", "crs");
  }
}

GeoProjector::~GeoProjector() {
  if (impl_) {
    proj_destroy(impl_->pj);
    proj_context_destroy(impl_->ctx);
  }
}

glm::dvec2 GeoProjector::toScene(glm::dvec2 ll) const {
  PJ_COORD c = proj_trans(impl_->pj, PJ_FWD, proj_coord(ll.x, ll.y, 0, 0));
  return {c.xy.x, c.xy.y};
}

glm::dvec2 GeoProjector::toLonLat(glm::dvec2 p) const {
  PJ_COORD c = proj_trans(impl_->pj, PJ_INV, proj_coord(p.x, p.y, 0, 0));
  return {c.lp.lam, c.lp.phi};
}

}  // namespace ps::geo
