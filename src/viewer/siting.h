#pragma once
// The viewer's siting session: the demand, the SitingIndex built for the
// loaded scene, the last Evaluation and ranking, and what they show on the map
// (top k highlighted, rank labels, the current candidate selected). Panels and
// the replay change it only through these functions, which keep the map in step.
//
// Cost: load = loadDemand + buildSitingIndex + evaluate, on the calling (main)
// thread; the Chengdu sample scene takes well under a second (loadMs says how
// long it took). A weight change re-runs runSiting only.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/siting/engine.h"
#include "viewer/labels.h"
#include "viewer/state.h"
#include "viewer/siting_state.h"
#include "viewer/ui_frame.h"

namespace ps::viewer {

inline constexpr const char* kDefaultDemand = "geodata/demands/humanoid_robot_team.toml";

struct SitingSession {
  SitingState ui;
  std::shared_ptr<data::SceneData> data;          // the scene the index reads (kept alive with it)
  std::unique_ptr<siting::SitingIndex> index;
  std::unique_ptr<siting::Evaluation> eval;
  std::optional<siting::SitingResult> result;
  std::vector<std::string> previousTop;          // candidate ids of the ranking before the last rerank
  int layer = -1;                                // candidate layer in data->layers, -1 = none
  std::vector<FeatureRef> shown;                 // the top k as last highlighted
  bool onMap = false;                            // the top k are highlighted now (the panel is open)
  unsigned loads = 0;                            // demands loaded (the app rebuilds font glyphs after each)
  double loadMs = 0;                             // last load + index + evaluate, wall ms
};

// The session, created on first use (demand path = kDefaultDemand).
SitingSession& sitingSession(ViewerState& s);

// Loads ui.demandPath (weights from the demand), builds the index if the scene
// changed, evaluates and ranks. On error: ui.error holds the ps::Error text,
// the result is cleared, and it returns false.
bool sitingLoad(ViewerState& s);
// evaluate() + runSiting() with the demand as edited in the panel.
bool sitingReevaluate(ViewerState& s);
// runSiting() only (weights or top changed); keeps the current candidate's
// row when that candidate is still listed.
void sitingRerank(ViewerState& s);
// Sets one criterion's weight by id ("space", "ring"...) and re-ranks; false for an unknown id.
bool sitingSetWeight(ViewerState& s, const std::string& criterion, double value);
// Moves the current candidate by delta rows (wrapping), selects it and flies there.
void sitingStep(ViewerState& s, int delta, glm::dvec2 viewport);
// Selects and flies to the current row (ui.selected).
void sitingFlyToCurrent(ViewerState& s, glm::dvec2 viewport);
// Drops the result when the scene it was computed on is no longer loaded.
void sitingSync(ViewerState& s);

// The feature behind a result row, if the candidate layer is loaded.
std::optional<FeatureRef> sitingRowFeature(const ViewerState& s, size_t row);

// Rank markers ("1", "2"...) above the top-k candidates' roofs, in window
// coordinates, while the siting panel is open: decluttered like the map's
// labels (the current candidate first, then by rank; a marker overlapping one
// already placed is dropped), and the map labels already in `out` that a
// marker covers are removed. `measure` (may be empty: an estimate) sizes text.
void sitingRankLabels(const ViewerState& s, glm::dvec2 viewport, std::vector<PlacedLabel>& out,
                      const MeasureFn& measure = {});
// Once a frame: the top k are highlighted while the panel is open and leave
// the map when it closes (a story's highlight is left alone).
void sitingMapSync(ViewerState& s);

// Prepares the session for the panel this frame (language, strings, close box);
// null when the panel is closed.
SitingSession* sitingForPanel(ViewerState& s);
// Carries out what the panel asked for.
void sitingHandle(ViewerState& s, const SitingPanelOutput& o, glm::dvec2 viewport);

}  // namespace ps::viewer
