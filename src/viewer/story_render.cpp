#include "viewer/story_render.h"

#include <algorithm>

#include "map/export_furniture.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "map/export_labels.h"
#include "map/story_card.h"
#include "render/renderer.h"
#include "story/story.h"
#include "viewer/commands.h"
#include "viewer/state_styles.h"

namespace ps::viewer {

std::unique_ptr<StoryStage> stageStory(const std::string& storyPath, Lang lang, std::vector<std::string>* warnings) {
  story::Story st = story::loadStory(storyPath);
  auto data = std::make_shared<data::SceneData>(data::loadSceneData(loadScene(st.scenePath)));
  if (warnings)
    for (const std::string& w : data::loadWarnings(*data)) warnings->push_back(w);
  auto stage = std::make_unique<StoryStage>();
  ViewerState& s = stage->state;
  s.lang = lang;
  s.strings = StringTable::load(defaultStringsPath());
  {
    const geo::GeoProjector geo(data->scene.crs);
    installScene(s, data, &geo, {1920, 1080});
  }
  stage->player = std::make_unique<story::StoryPlayer>(std::move(st), s.data->scene, storyToLocal(s));
  // Everything each step needs, before the first frame: its features resolved.
  for (int i = 0; i < stage->player->stepCount(); ++i) {
    stage->marks.push_back(resolveStoryMarks(s, stage->player->settled(i)));
    if (warnings)
      for (const std::string& m : stage->marks.back().missing)
        warnings->push_back(storyPath + ": 'steps[" + std::to_string(i) + "]': no feature " + m + " in the data");
  }
  return stage;
}

StoryRenderer::StoryRenderer(const ViewerState& s) : ctx_(render::HeadlessContext::create()) {
  r_ = std::make_unique<render::Renderer>();
  sync(s);
}

StoryRenderer::~StoryRenderer() { r_.reset(); }

// Uploads every layer the first time, then re-uploads those whose table was
// replaced (an overlay recomputed for a step's parameters or time).
void StoryRenderer::sync(const ViewerState& s) {
  const size_t n = s.data->layers.size();
  if (handles_.size() != n) {
    r_->clear();
    handles_.assign(n, {});
    layerRevisions_.assign(n, ~0ull);
  }
  for (uint32_t li = 0; li < n; ++li) {
    const uint64_t rev = li < s.layerRevision.size() ? s.layerRevision[li] : 0;
    if (rev == layerRevisions_[li]) continue;
    map::LayerHandles& h = handles_[li];
    for (render::LayerId id : {h.body, h.outline, h.lod, h.vacant})
      if (id) r_->removeLayer(id);
    h = map::uploadLayer(*r_, map::buildLayerBuckets(s.data->layers[li], s.data->frame), static_cast<int>(li));
    layerRevisions_[li] = rev;
  }
}

map::StoryCard storyCard(const ViewerState& s, const story::Story& st, const story::Frame& f) {
  const bool en = s.lang == Lang::En;
  map::StoryCard card;
  card.title = en && !f.caption.titleEn.empty() ? f.caption.titleEn : f.caption.title;
  card.lines = en && !f.caption.linesEn.empty() ? f.caption.linesEn : f.caption.lines;
  if (f.quarter) card.lines.push_back(std::string(s.tr("story.time")) + " " + data::quarterText(*f.quarter));
  card.step = f.step;
  card.stepCount = f.stepCount;
  const bool sample = std::any_of(s.data->layers.begin(), s.data->layers.end(),
                                  [](const data::LoadedLayer& l) { return l.spec->sample; });
  if (st.sampleNote && sample) card.sampleNote = s.tr("story.sample_note");
  return card;
}

render::Image StoryRenderer::render(StoryStage& stage, const story::Frame& f, const StoryRenderOptions& opt) {
  ViewerState& s = stage.state;
  const StoryMarks& marks = stage.marks.at(static_cast<size_t>(f.step));
  applyStoryFrame(s, f, marks);
  sync(s);
  applyStateStyles(*r_, handles_, s);
  const float scale = opt.uiScale > 0 ? opt.uiScale : std::max(0.4f, static_cast<float>(opt.height) / 1080.0f);
  map::FurnitureOptions fo;
  fo.lang = s.lang;
  fo.scale = scale;
  fo.title = false;   // the caption card says what this is
  fo.legend = false;  // a presenter's frame: the card, not an atlas legend
  map::placeExportLabels(*r_, map::exportLabelCandidates(*s.data, s.lang, s.camera.distance), s.camera, opt.width,
                         opt.height, map::exportFurnitureRects(*s.data, s.camera, fo, opt.width, opt.height));
  render::Image img = render::renderToImage(*r_, s.camera, opt.width, opt.height, s.data->scene.background, opt.msaa);
  map::drawExportFurniture(img, *s.data, s.camera, fo);
  if (opt.card) {
    std::vector<map::PinnedText> pins;
    for (const StoryNote& n : marks.notes)
      if (auto p = s.camera.worldToScreen(glm::dvec3(n.anchor, 0.0), opt.width, opt.height))
        pins.push_back({glm::vec2(*p), n.text, n.callout});
    map::drawPinnedTexts(img, pins, scale);
    map::drawStoryCard(img, storyCard(s, stage.player->story(), f), scale);
  }
  return img;
}

}  // namespace ps::viewer
