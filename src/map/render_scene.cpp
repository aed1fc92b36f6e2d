#include "map/render_scene.h"

#include <algorithm>
#include <cmath>

#include "map/export_furniture.h"
#include "map/export_labels.h"
#include "map/map_builder.h"
#include "render/headless_context.h"
#include "render/renderer.h"

namespace ps::map {

float outputScale(int width, int height, float uiScale) {
  if (uiScale > 0) return uiScale;
  const double area = double(width) * double(height), ref = 1920.0 * 1080.0;
  return area <= ref ? 1.0f : static_cast<float>(std::sqrt(area / ref));
}

float furnitureScale(int width, int height, float uiScale) {
  if (uiScale > 0) return uiScale;
  if (double(width) * double(height) > 1920.0 * 1080.0) return outputScale(width, height);
  return std::max(0.75f, static_cast<float>(height) / 1080.0f);
}

size_t placeScaledExportLabels(render::Renderer& renderer, const data::SceneData& data, const OrbitCamera& cam,
                               Lang lang, int width, int height, float scale,
                               std::span<const glm::vec4> obstacles) {
  std::vector<LabelCandidate> cands = exportLabelCandidates(data, lang, cam.distance);
  if (scale != 1.0f)
    for (LabelCandidate& c : cands) {
      c.sizePx *= scale;
      c.offsetPx *= scale;
    }
  renderer.setPixelScale(scale);
  return placeExportLabels(renderer, cands, cam, width, height, obstacles);
}

render::Image renderScene(const data::SceneData& data, const RenderOptions& opt) {
  auto ctx = render::HeadlessContext::create();
  render::Image img;
  {
    render::Renderer renderer;
    const OrbitCamera cam = opt.camera ? cameraFromSpec(data, *opt.camera) : initialCamera(data);
    uploadScene(renderer, data, cam.distance);  // one frame: only what it draws
    FurnitureOptions f;
    f.lang = opt.lang;
    f.scale = furnitureScale(opt.width, opt.height, opt.uiScale);
    const std::vector<glm::vec4> furniture =
        opt.furniture ? exportFurnitureRects(data, cam, f, opt.width, opt.height) : std::vector<glm::vec4>{};
    placeScaledExportLabels(renderer, data, cam, opt.lang, opt.width, opt.height,
                            outputScale(opt.width, opt.height, opt.uiScale), furniture);
    img = render::renderToImage(renderer, cam, opt.width, opt.height, data.scene.background, opt.msaa);
    if (opt.furniture) drawExportFurniture(img, data, cam, f);
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
