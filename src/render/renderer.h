#pragma once
// The map renderer: uploads buckets once, restyles them per feature through a
// texture, and draws them in fixed passes into the bound framebuffer.
//
// Requires a current OpenGL 4.1+ core context with glad loaded (a GLFW window
// or render::HeadlessContext) for its whole life, destructor included. Not
// thread-safe: call from the context's thread only.
//
// Passes of draw(), in order:
//   1. opaque fills (opacity 1), by `order`: painter's order on the ground,
//      writing ground depth (pushed back by polygon offset);
//   2. opaque extrusions: depth tested, lit by a sun and a hemisphere ambient,
//      darker towards their base;
//   3. translucent fills and extrusions (opacity < 1), by `order`, no depth
//      write (extrusions get a depth pre-pass so only their front faces blend);
//   4. lines (screen-space width, round caps, antialiased), by `order`;
//   5. points (screen-space symbols with a light outline: discs or the shapes
//      of scene/point_shape.h, chosen per feature by its flags), by `order`;
//   6. labels (setLabels), already placed (map/label_placement.h): glyph
//      quads with a halo, hidden when the 3D scene is nearer than their anchor.
// A layer is skipped when invisible, fully transparent or outside the view
// frustum (layer bounds). No allocation per frame once sizes settle.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>
#include <glm/gtc/type_precision.hpp>

#include "camera/orbit_camera.h"
#include "geometry/buckets.h"
#include "render/image.h"
#include "scene/scene.h"

namespace ps::render {

using LayerId = uint32_t;  // 0 is never a layer

enum FeatureFlags : uint32_t {
  kFeatureHidden = 1u << 0,
  kFeatureHighlighted = 1u << 1,
  kFeatureSelected = 1u << 2,
  kFeatureFaded = 1u << 3,
};

// Bits 8..11 of FeatureStyle::flags: the point symbol (scene/point_shape.h),
// read by the point shader only; 0 = disc.
constexpr uint32_t kFeatureShapeShift = 8;
constexpr uint32_t kFeatureShapeMask = 0xFu << kFeatureShapeShift;
static_assert(kPointShapeCount <= 16, "a PointShape must fit the 4 flag bits");
constexpr uint32_t shapeFlags(PointShape s) { return (static_cast<uint32_t>(s) << kFeatureShapeShift) & kFeatureShapeMask; }

// Bits 12..13: the symbol's fill (scene/point_shape.h PointFill); 0 = solid.
constexpr uint32_t kFeatureFillShift = 12;
constexpr uint32_t kFeatureFillMask = 0x3u << kFeatureFillShift;
static_assert(static_cast<int>(PointFill::Count) <= 4, "a PointFill must fit the 2 flag bits");
constexpr uint32_t fillFlags(PointFill f) { return (static_cast<uint32_t>(f) << kFeatureFillShift) & kFeatureFillMask; }

// Per-feature style; the layout is also the GPU texel (16 bytes).
struct FeatureStyle {
  glm::u8vec4 color{153, 153, 153, 255};  // sRGB, straight alpha
  float base = 0;                         // metres: bottom of extrusions; z of points and lines
  float height = 0;                       // metres: extrusions; lines with top = 1 sit at base + height
  uint32_t flags = 0;                     // FeatureFlags | shapeFlags(symbol) | fillFlags(fill)
};

struct LayerParams {
  bool visible = true;
  float opacity = 1.0f;       // < 1: drawn in the translucent pass
  float lineWidthPx = 1.5f;   // lines
  glm::vec2 dashPx{0.0f};     // lines: dash and gap lengths in pixels along the line; 0 = solid
  float pointSizePx = 8.0f;   // points: symbol diameter (the unit box of scene/point_shape.h)
  int order = 0;              // lower first, within a pass; ties by LayerId
  float heightScale = 1.0f;   // multiplies every feature's height
  // Level of detail (like MapLibre's minzoom/maxzoom): drawn only while
  // minDistance <= camera distance < maxDistance (metres; maxDistance 0 = no limit).
  double minDistance = 0.0;
  double maxDistance = 0.0;
};

// Halo width around label glyphs, pixels; placement keeps halos apart too.
constexpr float kLabelHaloPx = 2.0f;

struct LabelText {
  std::string_view text;  // UTF-8; '\n' breaks lines
  float sizePx = 16.0f;   // rounded to whole pixels
};

// Pixels: the widest line, and the ink's vertical extent from the top of the
// first line box.
struct TextMetrics {
  float width = 0;
  float inkTop = 0, inkBottom = 0;
};

// A label already placed: drawn where it is, nothing moved or dropped.
struct Label {
  std::string text;                     // UTF-8 (Chinese welcome); '\n' breaks lines
  float sizePx = 16.0f;                 // rounded to whole pixels
  glm::vec2 origin{0.0f};               // top-left of the first line box, window pixels (whole pixels stay crisp)
  glm::vec3 anchor{0.0f};               // window pixels and window depth 0..1: hidden where the scene is nearer
  glm::u8vec4 color{30, 30, 30, 255};
  glm::u8vec4 halo{255, 255, 255, 220};
};

struct FrameStats {
  int drawCalls = 0;
  uint64_t triangles = 0;
  int layersDrawn = 0;
  int layersCulled = 0;
  int labelsPlaced = 0;  // labels drawn (may still be hidden by depth)
};

class Renderer {
 public:
  Renderer();   // compiles the shaders; throws ps::Error("shaders", log) on failure
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Upload once; every feature starts with the default FeatureStyle. The
  // layer's feature count is max(bucket.featureCount, largest index + 1).
  LayerId addFill(const FillBucket& bucket);
  LayerId addExtrusion(const ExtrusionBucket& bucket);
  LayerId addLines(const LineBucket& bucket);
  LayerId addPoints(const PointBucket& bucket);
  void removeLayer(LayerId id);
  void clear();  // every layer and label

  // Styles for features [0, styles.size()); extra entries beyond the layer's
  // feature count are ignored. Cheap: one texture update, no geometry upload.
  void setFeatureStyle(LayerId id, std::span<const FeatureStyle> styles);
  void setLayerParams(LayerId id, const LayerParams& params);
  LayerParams layerParams(LayerId id) const;
  size_t featureCount(LayerId id) const;
  bool hasLayer(LayerId id) const;

  // Text extents as setLabels() would draw them; nullopt for text without ink.
  // Rebuilds the glyph atlas when new characters or sizes appear. Font: Noto
  // Sans CJK SC (NotoSansCJK-Regular.ttc, face 2), else WenQuanYi Micro Hei;
  // throws ps::Error naming the font when neither loads.
  std::vector<std::optional<TextMetrics>> measureLabels(std::span<const LabelText> texts);

  // Replaces all labels (see measureLabels for the glyph atlas).
  void setLabels(std::vector<Label> labels);

  // Clears to `background` and draws everything into the currently bound
  // framebuffer (viewport 0,0,width,height). Leaves depth test, blending and
  // culling disabled, program and VAO unbound.
  void draw(const OrbitCamera& camera, int width, int height, const Rgba& background);

  const FrameStats& stats() const;  // of the last draw()

  // Output scale (posters): line widths and point sizes are multiplied by it
  // (label sizes are the caller's). 1 = as specified.
  void setPixelScale(float scale);

  // Tiles of a larger picture (posters beyond the framebuffer limit): while a
  // tile is set, draw(camera, width, height) renders the width x height part
  // of a fullWidth x fullHeight picture whose top-left pixel is (x, y), through
  // the same camera (a sub-frustum): lines, points and labels keep the full
  // picture's pixel sizes and positions, so stitched tiles equal one big frame.
  struct Tile {
    int fullWidth = 0, fullHeight = 0, x = 0, y = 0;
  };
  void setTile(std::optional<Tile> tile);

  // Labels hidden by the scene, decided once for the whole picture: with a
  // non-empty `shown` (one entry per label of setLabels), labels are drawn
  // without the depth test and those with 0 are left out. Empty: the depth test.
  void setLabelsShown(std::vector<uint8_t> shown);
  // After a draw() with the depth test: for each label whose anchor lies in
  // the frame (tile) just drawn, shown[i] = whether the scene leaves it visible,
  // the depth test's own rule. Others are left as they are.
  void probeLabelAnchors(std::vector<uint8_t>& shown);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Draws into a multisampled FBO (msaaSamples, capped by the driver; <= 1: no
// MSAA), resolves, reads back and flips to top-row-first. Needs the same
// current context as `renderer`.
Image renderToImage(Renderer& renderer, const OrbitCamera& camera, int width, int height, const Rgba& background,
                    int msaaSamples = 4);

// The largest render target side the current context allows (renderbuffer
// and viewport limits); 0 when the driver does not say.
int maxRenderTargetSide();

}  // namespace ps::render
