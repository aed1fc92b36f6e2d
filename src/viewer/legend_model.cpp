#include "viewer/legend_model.h"

#include "viewer/style.h"

namespace ps::viewer {

std::vector<map::LegendBlock> legendOfState(const ViewerState& s) {
  if (!s.data) return {};
  std::vector<map::LegendLayer> layers;
  for (size_t k = s.order.size(); k-- > 0;) {
    const uint32_t li = s.order[k];
    if (li >= s.data->layers.size()) continue;
    const data::LoadedLayer& l = s.data->layers[li];
    if (!l.spec->visible || l.spec->kind == LayerKind::Label || !layerInRange(*l.spec, s.camera.distance)) continue;
    layers.push_back({&l, static_cast<int>(li), nullptr});
  }
  return map::buildLegend(layers, s.lang);
}

}  // namespace ps::viewer
