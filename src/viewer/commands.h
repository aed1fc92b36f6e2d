#pragma once
// The only way panels, map input and the input replay change ViewerState.
// Each function keeps derived data (visuals, filter results, counts,
// revisions) consistent, so callers never patch state by hand.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "viewer/state.h"

namespace ps::geo { class GeoProjector; }

namespace ps::viewer {

// Takes over freshly loaded data: draw order, visuals, filter extents,
// camera (home = the scene's camera). Clears selection and hover.
void installScene(ViewerState& s, std::shared_ptr<data::SceneData> data, const geo::GeoProjector* geo,
                  glm::dvec2 viewport);

// After a style / visibility edit of layer `li` (or all layers when li < 0).
void restyle(ViewerState& s, int li = -1);
// After a filter, selection or hover change.
void refreshFlags(ViewerState& s);

void select(ViewerState& s, std::optional<FeatureRef> f, bool additive);
void setHover(ViewerState& s, std::optional<FeatureRef> f);
// Features an analysis points at (siting's top k): drawn highlighted, like hover.
void setHighlight(ViewerState& s, std::vector<FeatureRef> features);
void setLanguage(ViewerState& s, Lang l);

void setLayerVisible(ViewerState& s, uint32_t li, bool visible);
void setLayerOpacity(ViewerState& s, uint32_t li, float opacity);
// Moves a layer up (+1, drawn later / on top) or down (-1) in the draw order.
void moveLayer(ViewerState& s, uint32_t li, int delta);
void setColorBy(ViewerState& s, uint32_t li, ColorMode mode, const std::string& field);
void setHeightBy(ViewerState& s, uint32_t li, const std::string& field, float scale);

void setSectorVisible(ViewerState& s, const std::string& sectorId, bool visible);
void setSubSectorVisible(ViewerState& s, const std::string& subSectorId, bool visible);
// Only one sector left on (the "filter to one sector" shortcut).
void soloSector(ViewerState& s, const std::string& sectorId);
// which: "gfa", "occupancy" or "floors".
void setRange(ViewerState& s, const std::string& which, bool enabled, double lo, double hi);
void setFilterHides(ViewerState& s, bool hide);
void clearFilters(ViewerState& s);

// Time (occupancy playback). setQuarter clamps to the 12 quarters; nullopt
// = now (stops playback). setPlaying starts from 2024Q1 when at "now" or at
// the end. stepPlayback advances a running playback to s.now at
// s.time.speed quarters per second; true while it still runs.
void setQuarter(ViewerState& s, std::optional<double> quarter);
void setPlaying(ViewerState& s, bool playing);
void setPlaybackSpeed(ViewerState& s, double quartersPerSecond);
bool stepPlayback(ViewerState& s);

// Camera.
void flyTo(ViewerState& s, const OrbitCamera& target, double duration = 1.2);
void flyToFeature(ViewerState& s, FeatureRef f, glm::dvec2 viewport);
// The camera a flight to the ground box [lo, hi] ends at: pitched at least 40°,
// the box framed in the free map area of s.layout.current (the window when
// that layout is for another viewport size).
OrbitCamera framedCamera(const ViewerState& s, glm::dvec2 lo, glm::dvec2 hi, glm::dvec2 viewport);
// Advances a running fly-to to s.now; true while it still runs.
bool stepAnimation(ViewerState& s);
void resetView(ViewerState& s);
void northUp(ViewerState& s);

// Search: fills s.searchHits; pickSearchHit selects the hit and flies there.
void runSearch(ViewerState& s, const std::string& text);
void pickSearchHit(ViewerState& s, size_t index, glm::dvec2 viewport);

void toast(ViewerState& s, std::string text, bool error = false, double seconds = 4.0);
void addRecent(ViewerState& s, const std::string& path);

// The scene as it is now (camera, layer order, visibility, styles, filters,
// selection) for saving; geo converts the camera back to lon/lat.
Scene sessionScene(const ViewerState& s, const geo::GeoProjector& geo);

}  // namespace ps::viewer
