#pragma once
// The furniture of an exported map image, drawn on the CPU over the rendered
// pixels so a PNG reads as an atlas page: title, legend (with sample-data and
// approximate-position marks), scale bar, north arrow, attribution.
#include "map/map_builder.h"
#include <string>
#include <vector>

#include <glm/vec4.hpp>

#include "render/image.h"

namespace ps::map {

struct FurnitureOptions {
  Lang lang = Lang::Zh;
  float scale = 1.0f;  // UI scale (2 for 4K exports)
  bool title = true, legend = true, scaleBar = true, northArrow = true, attribution = true;
  // Posters drawn in bands: the image is the band of a fullWidth x fullHeight
  // picture starting at row bandTop; the furniture is laid out for the whole
  // picture and each band gets its part. 0 = the image is the whole picture.
  int fullWidth = 0, fullHeight = 0, bandTop = 0;
};

// Where each piece of the furniture is: rectangles (x0, y0, x1, y1, picture
// pixels), all zero for a piece not drawn; and the legend's groups (block titles).
struct FurnitureLayout {
  glm::vec4 title{0.0f}, legend{0.0f}, scaleBar{0.0f}, northArrow{0.0f}, attribution{0.0f};
  std::vector<std::string> legendGroups;
  std::vector<glm::vec4> rects() const;  // the pieces drawn, in that order
};

// Returns the rectangles (x0, y0, x1, y1, picture pixels) of the pieces drawn.
std::vector<glm::vec4> drawExportFurniture(render::Image& img, const data::SceneData& data, const OrbitCamera& camera,
                                           const FurnitureOptions& opt);

// Where the furniture of a width x height picture will be (the rectangles
// drawExportFurniture returns), without drawing it: obstacles for the label
// placer, so no label sits under the title, legend, scale bar, north arrow or
// attribution.
std::vector<glm::vec4> exportFurnitureRects(const data::SceneData& data, const OrbitCamera& camera,
                                            const FurnitureOptions& opt, int width, int height);

// The layout of exportFurnitureRects, piece by piece (tests measure the legend).
FurnitureLayout exportFurnitureLayout(const data::SceneData& data, const OrbitCamera& camera,
                                      const FurnitureOptions& opt, int width, int height);

// A "nice" scale-bar length (1, 2 or 5 x 10^n metres) no longer than maxMetres.
double niceScaleLength(double maxMetres);

}  // namespace ps::map
