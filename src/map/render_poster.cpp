#include "map/render_poster.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/atomic_file.h"
#include "core/error.h"
#include "map/map_builder.h"
#include "render/headless_context.h"
#include "render/png_stream.h"

namespace ps::map {

namespace {

constexpr int kMaxSide = 32768;
constexpr int kDefaultTile = 4096;  // 4096^2 x 4 samples: ~0.5 GB of MSAA colour + depth at most

int tileSide(int requested) {
  int side = requested > 0 ? requested : kDefaultTile;
  if (const int lim = render::maxRenderTargetSide(); lim > 0) side = std::min(side, lim);
  return std::max(16, side);
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Copies `tile` into `band` at column x.
void blitInto(render::Image& band, const render::Image& tile, int x) {
  for (int y = 0; y < tile.height; ++y)
    std::memcpy(band.pixel(x, y), tile.pixel(0, y), static_cast<size_t>(tile.width) * 4);
}

}  // namespace

PosterResult renderPoster(const data::SceneData& data, const RenderOptions& opt, const PosterOptions& poster,
                          const std::string& path, const std::vector<std::pair<std::string, std::string>>& metadata) {
  const int W = opt.width, H = opt.height;
  if (W < 1 || H < 1 || W > kMaxSide || H > kMaxSide)
    throw Error(path, "poster size " + std::to_string(W) + "x" + std::to_string(H) + " is out of range (1.." +
                          std::to_string(kMaxSide) + " a side)", "--size");
  auto ctx = render::HeadlessContext::create();
  PosterResult result;
  render::Renderer renderer;
  const OrbitCamera cam = opt.camera ? cameraFromSpec(data, *opt.camera) : initialCamera(data);
  uploadScene(renderer, data, cam.distance);  // one camera for every tile: only what it draws
  FurnitureOptions f;
  f.lang = opt.lang;
  f.scale = furnitureScale(W, H, opt.uiScale);
  f.fullWidth = W;
  f.fullHeight = H;
  const std::vector<glm::vec4> furniture =
      opt.furniture ? exportFurnitureRects(data, cam, f, W, H) : std::vector<glm::vec4>{};
  const size_t labelCount =
      placeScaledExportLabels(renderer, data, cam, opt.lang, W, H, outputScale(W, H, opt.uiScale), furniture);
  const int T = tileSide(poster.maxTile);
  result.tileSide = T;
  result.tilesX = (W + T - 1) / T;
  result.tilesY = (H + T - 1) / T;
  const bool tiled = result.tilesX * result.tilesY > 1;
  const auto tileImage = [&](int x, int y) {
    const int tw = std::min(T, W - x), th = std::min(T, H - y);
    if (tiled) renderer.setTile(render::Renderer::Tile{W, H, x, y});
    return render::renderToImage(renderer, cam, tw, th, data.scene.background, opt.msaa);
  };
  if (tiled) {
    // Pass 1: whether the scene hides each label's anchor, as one frame would decide it.
    std::vector<uint8_t> shown(labelCount, 1);
    for (int y = 0; y < H; y += T)
      for (int x = 0; x < W; x += T) {
        (void)tileImage(x, y);
        renderer.probeLabelAnchors(shown);
      }
    renderer.setLabelsShown(std::move(shown));
  }
  writeViaTemp(path, [&](const std::string& tmp) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(tmp.c_str(), "wb"));
    if (!file) throw Error(path, std::string("cannot create file: ") + std::strerror(errno));
    render::PngRowWriter png(file.get(), path, W, H, metadata, poster.dpi);
    for (int y = 0; y < H; y += T) {
      render::Image band;
      band.width = W;
      band.height = std::min(T, H - y);
      band.rgba.assign(static_cast<size_t>(W) * static_cast<size_t>(band.height) * 4, 0);
      for (int x = 0; x < W; x += T) blitInto(band, tileImage(x, y), x);
      if (opt.furniture) {
        f.bandTop = y;
        drawExportFurniture(band, data, cam, f);
      }
      png.writeRows(band);
    }
    png.finish();
    if (std::fflush(file.get()) != 0) throw Error(path, "cannot write PNG (disk full or I/O error)");
  });
  renderer.setTile(std::nullopt);
  return result;
}

}  // namespace ps::map
