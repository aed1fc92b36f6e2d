#include "map/render_scene.h"

#include "map/export_labels.h"
#include "map/map_builder.h"
#include "render/headless_context.h"
#include "render/renderer.h"

namespace ps::map {

render::Image renderScene(const data::SceneData& data, const RenderOptions& opt) {
  auto ctx = render::HeadlessContext::create();
  render::Image img;
  {
    render::Renderer renderer;
    const OrbitCamera cam = opt.camera ? cameraFromSpec(data, *opt.camera) : initialCamera(data);
    uploadScene(renderer, data);
    placeExportLabels(renderer, exportLabelCandidates(data, opt.lang, cam.distance), cam, opt.width, opt.height);
    img = render::renderToImage(renderer, cam, opt.width, opt.height, data.scene.background, opt.msaa);
    if (opt.furniture) {
      FurnitureOptions f;
      f.lang = opt.lang;
      f.scale = opt.uiScale > 0 ? opt.uiScale : std::max(0.75f, static_cast<float>(opt.height) / 1080.0f);
      drawExportFurniture(img, data, cam, f);
    }
  }
  return img;
}

render::Image renderSceneImage(const std::string& scenePath, int w, int h,
                               const std::optional<CameraSpec>& cameraOverride) {
  data::SceneData data = data::loadSceneData(loadScene(scenePath));
  RenderOptions opt;
  opt.width = w;
  opt.height = h;
  opt.camera = cameraOverride;
  return renderScene(data, opt);
}

std::vector<std::pair<std::string, std::string>> pngMetadata(const data::SceneData& data) {
  std::vector<std::pair<std::string, std::string>> md;
  md.emplace_back("Title", data.scene.title + " / " + data.scene.titleEn);
  md.emplace_back("Software", std::string("Parkscape ") + PARKSCAPE_VERSION);
  std::string src;
  for (const auto& a : data.scene.attribution) src += (src.empty() ? "" : "; ") + a;
  if (!src.empty()) md.emplace_back("Source", src);
  for (const auto& l : data.layers)
    if (l.spec->sample) {
      md.emplace_back("Comment", "Contains SAMPLE (synthetic) data: parks, parcels, buildings and tenants are not real.");
      break;
    }
  return md;
}

}  // namespace ps::map
