#include "data/siting_inputs.h"

#include <algorithm>

namespace ps::siting {

SitingInputs sitingInputs(const data::SceneData& data, const LayerRoles& roles) {
  SitingInputs in;
  in.crs = data.scene.crs;
  in.scenePath = data.scene.path;
  auto bind = [&](LayerInput& slot, const std::string& id) {
    slot.id = id;
    for (const data::LoadedLayer& L : data.layers)
      if (L.spec && L.spec->id == id) {
        slot.table = &L.table;
        slot.fields = &L.spec->fields;
        return L.spec;
      }
    return static_cast<const LayerSpec*>(nullptr);
  };
  bind(in.buildings, roles.buildings);
  bind(in.parcels, roles.parcels);
  bind(in.parks, roles.parks);
  bind(in.zones, roles.zones);
  bind(in.districts, roles.districts);
  const LayerSpec* rs = bind(in.rings, roles.rings);
  if (!rs && roles.rings == LayerRoles{}.rings)
    // The default id is absent: the scene's first ring layer plays the role.
    for (const data::LoadedLayer& L : data.layers)
      if (L.spec && L.spec->kind == LayerKind::Ring) {
        rs = bind(in.rings, L.spec->id);
        break;
      }
  if (rs && !rs->ringRadii.empty())
    in.ringRadius = *std::max_element(rs->ringRadii.begin(), rs->ringRadii.end());
  bind(in.universities, roles.universities);
  bind(in.ecosystem, roles.ecosystem);
  bind(in.tenants, roles.tenants);
  return in;
}

}  // namespace ps::siting
