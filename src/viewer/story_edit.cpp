#include "viewer/story_edit.h"

#include <algorithm>
#include <filesystem>

#include "core/error.h"
#include "core/sectors.h"
#include "viewer/save_target.h"
#include "viewer/story_session.h"

namespace ps::viewer {
namespace fs = std::filesystem;
namespace {

// The id a story uses for a row: the layer's `id` role, else the FID (story.h).
std::string featureId(const data::LoadedLayer& L, uint32_t row) {
  const Column* col = L.spec->fields.id.empty() ? nullptr : L.table.column(L.spec->fields.id);
  if (col) return col->asString(row);
  return row < L.table.fid.size() ? std::to_string(L.table.fid[row]) : std::to_string(row);
}

std::optional<story::RangeSpec> rangeOf(const RangeFilter& r) {
  if (!r.enabled) return std::nullopt;
  return story::RangeSpec{r.lo, r.hi};
}

// Reopens the edited copy and shows step `show` (settled, not presenting). A
// story needs a step: with none left, nothing is open (the panel starts afresh).
void reopen(ViewerState& s, story::Story st, int show) {
  const bool wasPresenting = presenting(s);
  if (st.steps.empty()) {
    s.story.reset();
    return;
  }
  openStory(s, std::move(st));
  if (!s.story || s.story->player->stepCount() == 0) return;
  goToStep(s, std::clamp(show, 0, s.story->player->stepCount() - 1));
  if (wasPresenting) startPresenting(s, s.story->step);
}

story::Story current(ViewerState& s) { return editableStory(s); }

// A new story over the loaded scene (no step yet: the player needs one, so it
// opens with the first step).
story::Story newStory(const ViewerState& s) {
  story::Story st;
  st.scenePath = s.scenePath;
  if (s.data) {
    st.title = s.data->scene.title;
    st.titleEn = s.data->scene.titleEn;
  }
  return st;
}

}  // namespace

story::Step captureStep(const ViewerState& s, const geo::GeoProjector& geo) {
  story::Step st;
  if (!s.data) return st;
  st.camera = s.camera.toSpec(geo.toLonLat(s.camera.center + s.data->frame.origin));
  st.fly = -1;
  st.hold = -1;
  for (const auto& spec : s.data->scene.layers)
    st.layers.push_back({spec.id, spec.visible, spec.style.opacity});
  if (!s.filter.hiddenSectors.empty())
    for (const Sector& sec : sectors())
      if (!s.filter.hiddenSectors.count(std::string(sec.id))) st.filter.sectors.emplace_back(sec.id);
  st.filter.gfa = rangeOf(s.filter.gfa);
  st.filter.occupancy = rangeOf(s.filter.occupancy);
  st.filter.floors = rangeOf(s.filter.floors);
  st.filter.hide = s.filter.hide;
  st.quarter = s.time.quarter;
  for (const FeatureRef& f : s.selection) {
    const data::LoadedLayer& L = s.data->layers[f.layer];
    auto it = std::find_if(st.highlight.begin(), st.highlight.end(),
                           [&](const story::FeatureList& fl) { return fl.layer == L.spec->id; });
    if (it == st.highlight.end()) it = st.highlight.insert(st.highlight.end(), {L.spec->id, {}, true});
    it->ids.push_back(featureId(L, f.row));
  }
  return st;
}

const story::Story& editableStory(ViewerState& s) {
  if (s.story) return s.story->player->story();
  static thread_local story::Story draft;  // what the panel shows before the first step
  draft = newStory(s);
  return draft;
}

void editStep(ViewerState& s, int i, StepEdit e) {
  story::Story st = current(s);
  const int n = static_cast<int>(st.steps.size());
  if (i < 0 || i >= n) return;
  int show = i;
  switch (e) {
    case StepEdit::MoveUp:
      if (i == 0) return;
      std::swap(st.steps[i], st.steps[i - 1]);
      show = i - 1;
      break;
    case StepEdit::MoveDown:
      if (i + 1 >= n) return;
      std::swap(st.steps[i], st.steps[i + 1]);
      show = i + 1;
      break;
    case StepEdit::Duplicate:
      if (n >= static_cast<int>(story::StoryLimits::kMaxSteps)) return;
      st.steps.insert(st.steps.begin() + i + 1, st.steps[i]);
      show = i + 1;
      break;
    case StepEdit::Delete:
      st.steps.erase(st.steps.begin() + i);
      show = std::min(i, n - 2);
      break;
  }
  reopen(s, std::move(st), show);
}

void insertStep(ViewerState& s, int at, story::Step step) {
  story::Story st = current(s);
  if (st.steps.size() >= story::StoryLimits::kMaxSteps) return;
  at = std::clamp(at, 0, static_cast<int>(st.steps.size()));
  st.steps.insert(st.steps.begin() + at, std::move(step));
  reopen(s, std::move(st), at);
}

void replaceStep(ViewerState& s, int i, story::Step step) {
  story::Story st = current(s);
  if (i < 0 || i >= static_cast<int>(st.steps.size())) return;
  st.steps[i] = std::move(step);
  reopen(s, std::move(st), i);
}

void setStoryTitle(ViewerState& s, const std::string& zh, const std::string& en) {
  story::Story st = current(s);
  st.title = zh;
  st.titleEn = en;
  reopen(s, std::move(st), s.story ? s.story->step : 0);
}

void saveEditedStory(ViewerState& s, const std::string& path) {
  if (!s.story) throw Error(path, "no story is open");
  story::Story st = s.story->player->story();
  // The scene key, as scenes store their data (docs/SCENE.md): relative when the
  // scene lies in the story's folder or below (they move together), else absolute.
  std::error_code ec;
  const fs::path scene = fs::absolute(st.scenePath.empty() ? s.scenePath : st.scenePath, ec).lexically_normal();
  const fs::path rel = scene.lexically_relative(fs::absolute(path, ec).parent_path().lexically_normal());
  const std::string sceneKey = rel.empty() || *rel.begin() == ".." ? scene.string() : rel.generic_string();
  fs::create_directories(fs::absolute(path, ec).parent_path(), ec);
  story::saveStory(st, path, sceneKey);
  st.path = path;
  const int step = s.story->step;
  reopen(s, std::move(st), step);
}

std::string proposedStoryPath(const ViewerState& s) {
  std::string stem = "parkscape";
  if (s.story && !s.story->path.empty())
    stem = fs::path(s.story->path).stem().string();
  else if (!s.scenePath.empty())
    stem = fs::path(s.scenePath).stem().string();
  if (s.story && !s.story->path.empty() && !isBundledScene(s.story->path)) return s.story->path;
  return newUserFile(stem, "_story");
}

}  // namespace ps::viewer
