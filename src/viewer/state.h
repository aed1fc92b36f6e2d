#pragma once
// Everything the viewer shows, in one plain struct. Panels, the map input
// handler, the input replay and session saving read it; they change it only
// through the functions of app/viewer_commands.h, which keep the derived
// parts (per-feature visuals, revision counters) consistent.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "data/scene_loader.h"
#include "camera/camera_animation.h"
#include "camera/camera_limits.h"
#include "camera/orbit_camera.h"
#include "core/i18n.h"
#include "scene/scene.h"
#include "viewer/layout.h"

namespace ps::viewer {

// One feature: a row of a loaded layer.
struct FeatureRef {
  uint32_t layer = 0;  // index into SceneData::layers
  uint32_t row = 0;    // row in that layer's FeatureTable
  auto operator<=>(const FeatureRef&) const = default;
};

// Per-feature flags, the renderer's FeatureStyle::flags bits.
enum FeatureFlag : uint8_t {
  kHidden = 1,
  kHighlighted = 2,
  kSelected = 4,
  kFaded = 8,
};

// What the GPU needs per feature; recomputed on the CPU when style, filter,
// hover or selection change (cheap: no re-triangulation).
struct FeatureVisual {
  Rgba color{0.6f, 0.6f, 0.6f, 1.0f};
  float base = 0;    // metres
  float height = 0;  // metres (extrusions)
  uint8_t flags = 0;
};

struct RangeFilter {
  bool enabled = false;
  double lo = 0, hi = 0;      // the chosen range
  double min = 0, max = 0;    // the data's extent (slider limits)
};

struct FilterState {
  std::set<std::string> hiddenSectors;     // sector ids switched off
  std::set<std::string> hiddenSubSectors;  // sub-sector ids switched off
  RangeFilter gfa, occupancy, floors;
  bool hide = false;                       // filtered-out features: hidden (true) or faded
  bool active() const {
    return !hiddenSectors.empty() || !hiddenSubSectors.empty() || gfa.enabled || occupancy.enabled ||
           floors.enabled;
  }
};

struct SearchHit {
  FeatureRef ref;
  std::string name, nameEn;
  std::string kindKey;  // i18n key of the layer kind shown beside the hit
  int score = 0;        // higher first
};

struct Toast {
  std::string text;
  bool error = false;
  double until = 0;  // app time (s)
};

// A flight in progress: the camera is flight.at(now - start), a pure
// function of the time, until the flight is done.
struct FlyTo {
  bool active = false;
  CameraAnimation flight;
  double start = 0;
};

// The time the occupancy overlays show (analysis/quarters.h): a fractional
// quarter index, 0 = 2024Q1 .. 11 = 2026Q4, or nullopt = "now" (the layers'
// current occupancy / vacant fields). Changed only through
// viewer_commands.h (setQuarter, setPlaying, stepPlayback), which bump
// timeRevision; panels that show figures at a time recompute on it.
struct TimeState {
  std::optional<double> quarter;
  bool playing = false;
  double speed = 1.0;        // quarters per second of playback
  bool loop = true;          // wrap to 2024Q1 after 2026Q4
  double lastStep = -1;      // app time of the last playback step (s)
  uint64_t revision = 0;
  // The whole quarter shown by tables and the stats CLI: playback between
  // quarters interpolates the map, figures use the quarter it has reached.
  std::optional<int> wholeQuarter() const {
    if (!quarter) return std::nullopt;
    return static_cast<int>(*quarter + 1e-9);
  }
};

// The time panel's chart (app/viewer_timeline.h): GFA-weighted occupancy
// over 2024Q1..2026Q4 of the buildings the selection stands for.
struct OccupancySeries {
  int layer = -1;                // the buildings layer (-1: the scene has no quarterly occupancy)
  std::string scopeKey;          // i18n key: time.scope_all / time.scope_filtered / time.scope_selection
  std::string scopeName;         // the selected feature's name ("" unless one is selected)
  size_t buildings = 0;          // buildings on the curve
  std::vector<double> t, occupancy;
  uint64_t selectionRevision = ~0ull, sceneRevision = ~0ull;
  Lang lang = Lang::Zh;          // the language scopeName is in
};

// The measure tool (viewer/measure.h): a polyline (distance) or polygon
// (area) drawn by clicking on the map. Points are in the scene CRS; the
// figures are geodesic, computed from their lon/lat by measureRefresh.
enum class MeasureMode : uint8_t { Distance, Area };
struct MeasureState {
  bool active = false;              // the tool is on: map clicks add points instead of selecting
  MeasureMode mode = MeasureMode::Distance;
  std::vector<glm::dvec2> points;   // scene CRS, in the order clicked
  bool finished = false;            // double-click or Enter ended the drawing
  std::optional<glm::dvec2> cursor; // scene CRS: the rubber band's free end while drawing
  uint64_t revision = 0;            // bumped on every change (the map re-uploads the shape)
  // Figures at figuresRevision (measureRefresh): metres and m², geodesic on GRS80.
  std::vector<glm::dvec2> lonLat;   // the points' (lon, lat), degrees
  double length = 0;                // along the polyline; area mode: the closed ring's perimeter
  double lastLeg = 0;               // the last segment (distance mode)
  double area = 0;                  // area mode with >= 3 points
  bool geodesic = false;            // false: no lon/lat for the scene CRS, figures are 0
  uint64_t figuresRevision = ~0ull;
};

// The inspector's "nearest" lines for the selected feature (viewer/measure.h):
// the nearest university campus, lead zone (0 inside) and named cluster.
struct NearestItem {
  std::string kindKey;              // i18n key: nearest.campus / nearest.zone / nearest.cluster
  FeatureRef target;                // the campus, zone or cluster (its name: featureName)
  double metres = 0;                // geodesic, between the two nearest points
  bool inside = false;              // the feature lies in (touches) the zone
};
struct NearestInfo {
  std::optional<FeatureRef> of;     // the feature the items are for
  std::vector<NearestItem> items;
  uint64_t selectionRevision = ~0ull, sceneRevision = ~0ull;
};

struct SitingSession;  // app/viewer_siting.h
struct StatsSession;   // app/viewer_stats.h
struct StorySession;   // viewer/story_session.h
struct KioskSession;   // viewer/kiosk_session.h
struct ImportSession;  // viewer/import.h

struct ViewerState {
  // Data (null until a scene has loaded).
  std::shared_ptr<data::SceneData> data;
  std::string scenePath;
  // Layer styles and visibility live in data->scene.layers[i] (style, visible,
  // fields.height): editing them there is what a saved session writes back.
  std::vector<uint32_t> order;                 // draw order, bottom first (layer indices)
  std::vector<std::vector<FeatureVisual>> visuals;   // per layer, per row
  std::vector<std::vector<uint8_t>> filterPass;      // per layer, per row: 1 = passes
  std::vector<size_t> visibleCount;            // per layer: features neither hidden nor filtered out

  FilterState filter;
  std::vector<FeatureRef> selection;           // shared by map, inspector and table
  std::vector<FeatureRef> highlight;           // analysis results shown on the map (siting top k)
  std::optional<FeatureRef> hover;

  TimeState time;
  OccupancySeries timeline;
  MeasureState measure;
  NearestInfo nearest;

  OrbitCamera camera;
  OrbitCamera home;                            // reset view
  CameraLimits limits;
  FlyTo fly;

  Lang lang = Lang::Zh;
  StringTable strings;

  std::string searchText;
  std::vector<SearchHit> searchHits;
  std::string tableSearch;
  int tableLayer = -1;                         // layer shown in the attribute table (-1 = first with data)

  std::vector<Toast> toasts;
  std::vector<std::string> recent;             // recent scene files, newest first
  std::string lastError;                       // also shown as a banner until dismissed

  // File → Export film… (ui/film_panel.cpp): the dialog's choices and the
  // progress of the export running as a child process (viewer/film_job.h).
  struct FilmDialog {
    bool open = false;
    int width = 1920, height = 1080;  // even, 16 .. 8192 (`parkscape film --size`)
    int fps = 30;
    std::string out;             // the MP4 to write ("" = proposed when the dialog opens)
    bool running = false;
    int framesDone = 0, frameCount = 0;
    double elapsed = 0;          // seconds since the export started
    std::string result;          // the last export's outcome, shown in the dialog
    bool failed = false;
  } film;

  bool openDialog = false;  // Ctrl+O: File → Open's file picker opens on the next frame

  struct Panels {
    bool layers = true, legend = true, inspector = true, table = false, search = true, filters = true;
    bool siting = false;
    bool stats = false;                        // statistics / ring panel (app/viewer_stats.h)
    bool time = true;
    bool overlays = false;                     // overlay settings (ui/overlay_panel.cpp)
    bool stories = false;                      // story editor (ui/stories_panel.cpp)
  } panels;

  std::shared_ptr<SitingSession> siting;       // null until the siting panel is first used
  std::shared_ptr<StatsSession> stats;         // null until the statistics panel is first used
  std::shared_ptr<StorySession> story;         // null until a story is opened (present, F5)
  std::shared_ptr<KioskSession> kiosk;         // null unless `parkscape kiosk` runs the viewer
  std::shared_ptr<ImportSession> import;       // the import dialog's files; null when it is closed

  double now = 0;              // app clock (s); virtual in replay mode
  uint64_t styleRevision = 1;  // bumped whenever visuals change
  uint64_t sceneRevision = 0;  // bumped when data is replaced
  uint64_t selectionRevision = 0;  // bumped when the selection or the filter result changes
  // Derived overlays recomputed in place (app/viewer_overlays.h): per layer,
  // bumped when that layer's table is replaced (the map, pick index and labels
  // rebuild it); and the time.revision the derived tables were computed at.
  std::vector<uint64_t> layerRevision;
  uint64_t derivedTimeRevision = 0;
  std::string derivedFilterKey;  // the filter (viewer/overlays filterKey) the derived tables were computed with
  bool fullscreen = false;
  LayoutState layout;                          // where panels sit, the user's layout (viewer/layout.h)

  const char* tr(std::string_view key) const { return strings.tr(key, lang); }
  bool hasData() const { return data != nullptr; }
};

}  // namespace ps::viewer
