#pragma once
// The measure tool (issue 13): distance along a polyline or area of a polygon
// drawn by clicking on the map. M (Shift+M: area) or View → 测量 turns it on;
// a click adds a point, a double-click or Enter finishes, Backspace removes the
// last point, Esc cancels and leaves the tool; a click after a finished
// measurement starts a new one.
//
// Points are kept in the scene CRS (where the map's ground picks land) and
// taken to lon/lat by the scene's projector (geo::GeoProjector: scene CRS ->
// EPSG:4326, the CRS's own datum; GCJ-02 sources were already corrected to
// WGS84 when the scene loaded, so the map holds no GCJ-02 coordinates). The
// figures are geodesic on GRS80 (geo/measure.h: PROJ's geod_inverse and
// geodesic polygon area), never planar map metres.
#include <optional>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "viewer/state.h"

namespace ps::geo { class GeoProjector; }

namespace ps::viewer {

// Turns the tool on in `mode` (an empty drawing), or off when it is already
// on in that mode; on in the other mode: switches mode, keeping the points.
void measureToggle(ViewerState& s, MeasureMode mode);
void measureSetMode(ViewerState& s, MeasureMode mode);
// Adds a point (scene CRS); after a finished measurement, starts a new one.
void measureAddPoint(ViewerState& s, glm::dvec2 scene);
void measureRemoveLast(ViewerState& s);
// Ends the drawing: needs 2 points (distance) or 3 (area); false otherwise.
bool measureFinish(ViewerState& s);
// Clears the drawing and leaves the tool.
void measureCancel(ViewerState& s);
// The rubber band's free end (scene CRS; nullopt: none).
void measureSetCursor(ViewerState& s, std::optional<glm::dvec2> scene);

// Recomputes the geodesic figures when the drawing changed (once per frame;
// geo null: the scene CRS has no lon/lat, the figures stay 0).
void measureRefresh(ViewerState& s, const geo::GeoProjector* geo);

// What the map draws, scene CRS: feature 0 the drawing (Line, or Polygon once
// an area has 3 points), feature 1 the rubber band to the cursor (Line, or
// None), then one Point feature per vertex.
FeatureTable measureShape(const MeasureState& m);

// The result box's lines in the UI language ("总长 12.35 km", "面积 8,500 m² · ...").
std::string measureLengthText(const ViewerState& s);
std::string measureAreaText(const ViewerState& s);
std::string measureLastLegText(const ViewerState& s);
// A nearest line's distance ("850 m", "12.35 km").
std::string lengthText(double metres);

}  // namespace ps::viewer
