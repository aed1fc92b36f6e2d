#pragma once
// Posters: the headless scene render of map/render_scene.h at any size up to
// 32768 pixels a side, beyond the GPU's framebuffer limit. The picture is
// drawn in tiles (one camera, a sub-frustum per tile: render::Renderer::setTile)
// and streamed to the PNG one band of tile rows at a time, so memory holds one
// band, never the whole picture. Labels are placed, and their visibility
// behind buildings decided, once for the whole picture (a first pass over the
// tiles probes each label's anchor); the legend, title, scale bar and north
// arrow are laid out for the whole picture and each band gets its part. The
// result equals one untiled frame of the same size (tests/unit/map/poster_test).
#include <string>
#include <utility>
#include <vector>

#include "map/render_scene.h"

namespace ps::map {

struct PosterOptions {
  int maxTile = 0;   // largest tile side in pixels; 0 = min(4096, the driver's limit)
  double dpi = 0;    // > 0: written into the PNG (pHYs)
};

struct PosterResult {
  int tilesX = 1, tilesY = 1, tileSide = 0;
};

// Renders `data` as `opt` says and writes the PNG at `path` atomically
// (core/atomic_file: nothing is left behind on failure). Throws ps::Error.
PosterResult renderPoster(const data::SceneData& data, const RenderOptions& opt, const PosterOptions& poster,
                          const std::string& path, const std::vector<std::pair<std::string, std::string>>& metadata);

}  // namespace ps::map
