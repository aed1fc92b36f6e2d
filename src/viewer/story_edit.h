#pragma once
// Editing the open story from the viewer (the Stories panel): capture the
// current view as a step, insert, reorder, duplicate, delete, change captions
// and timing, save. Every edit copies the player's story, changes the copy and
// reopens it (viewer/story_session.h), so the player, the features each step
// names and the file that Save writes are always the same story.
#include <string>

#include "geo/lonlat_projector.h"
#include "story/story.h"
#include "viewer/state.h"

namespace ps::viewer {

// The view on screen as a step: camera, every layer's visibility and opacity,
// the sector and range filters, the quarter shown, the selection highlighted
// and labelled (by the layer's id role, or the FID). Caption left empty.
story::Step captureStep(const ViewerState& s, const geo::GeoProjector& geo);

// The story being edited; a new, empty one over the loaded scene when none is open.
const story::Story& editableStory(ViewerState& s);

enum class StepEdit { MoveUp, MoveDown, Duplicate, Delete };
// Applies `e` to step i (out-of-range i: nothing). The step shown follows the edited one.
void editStep(ViewerState& s, int i, StepEdit e);
// Inserts `step` at position `at` (clamped) and shows it.
void insertStep(ViewerState& s, int at, story::Step step);
// Replaces step i (captions, notes, timing edited in the panel).
void replaceStep(ViewerState& s, int i, story::Step step);
// Story-wide title (zh / en).
void setStoryTitle(ViewerState& s, const std::string& zh, const std::string& en);

// Saves the story atomically at `path` (never over a file the process read:
// a bundled story or the scene); the scene key is written relative to `path`'s
// folder when it can be. Throws ps::Error naming the file.
void saveEditedStory(ViewerState& s, const std::string& path);

// Where Save-as proposes to write: ~/Parkscape/<story or scene stem>_story.toml
// (never a bundled file).
std::string proposedStoryPath(const ViewerState& s);

}  // namespace ps::viewer
