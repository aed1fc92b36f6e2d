// Story files written back (the story editor's Save): every step in full
// (camera included), so the file reads back to the same story. Atomic through
// core/atomic_file; never over a file the process read (refuseInputTarget).
#include <sstream>

#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "story/story.h"

namespace ps::story {
namespace {

toml::array strings(const std::vector<std::string>& v) {
  toml::array a;
  for (const std::string& s : v) a.push_back(s);
  return a;
}

toml::array pair(double a, double b) { return toml::array{a, b}; }

toml::table stepTable(const Story& st, const Step& s) {
  toml::table t;
  t.insert("title", s.caption.title);
  if (!s.caption.titleEn.empty()) t.insert("title_en", s.caption.titleEn);
  if (!s.caption.lines.empty()) t.insert("text", strings(s.caption.lines));
  if (!s.caption.linesEn.empty()) t.insert("text_en", strings(s.caption.linesEn));
  if (!s.notes.empty()) t.insert("notes", s.notes);
  if (s.fly >= 0) t.insert("fly", s.fly);
  if (s.hold >= 0) t.insert("hold", s.hold);
  if (s.easing != Easing::Smooth) t.insert("easing", easingName(s.easing));
  t.insert("camera", toml::table{{"center", pair(s.camera.center.x, s.camera.center.y)},
                                 {"distance", s.camera.distance},
                                 {"pitch", s.camera.pitch},
                                 {"bearing", s.camera.bearing}});
  if (!s.layers.empty()) {
    toml::table layers;
    for (const LayerOverride& o : s.layers) {
      toml::table l;
      if (o.visible) l.insert("visible", *o.visible);
      if (o.opacity) l.insert("opacity", static_cast<double>(*o.opacity));
      layers.insert(o.layer, std::move(l));
    }
    t.insert("layers", std::move(layers));
  }
  const StoryFilter& f = s.filter;
  if (!f.sectors.empty() || f.gfa || f.occupancy || f.floors || f.hide) {
    toml::table ft;
    if (!f.sectors.empty()) ft.insert("sectors", strings(f.sectors));
    if (f.gfa) ft.insert("gfa", pair(f.gfa->lo, f.gfa->hi));
    if (f.occupancy) ft.insert("occupancy", pair(f.occupancy->lo, f.occupancy->hi));
    if (f.floors) ft.insert("floors", pair(f.floors->lo, f.floors->hi));
    if (f.hide) ft.insert("hide", true);
    t.insert("filter", std::move(ft));
  }
  if (s.quarter) t.insert("time", toml::table{{"quarter", *s.quarter}});
  if (s.play) t.insert("time", toml::table{{"play", pair(s.play->lo, s.play->hi)}});
  if (!s.highlight.empty()) {
    toml::array hl;
    for (const FeatureList& h : s.highlight) {
      toml::table e{{"layer", h.layer}, {"ids", strings(h.ids)}};
      if (h.label) e.insert("label", true);
      hl.push_back(std::move(e));
    }
    t.insert("highlight", std::move(hl));
  }
  if (s.callout) {
    toml::table c{{"layer", s.callout->layer}, {"id", s.callout->id}, {"text", s.callout->text}};
    if (!s.callout->textEn.empty()) c.insert("text_en", s.callout->textEn);
    t.insert("callout", std::move(c));
  }
  if (!s.overlays.empty()) {
    toml::table ov;
    for (const OverlayOverride& o : s.overlays) {
      toml::table p;
      if (o.hexSize) p.insert("hex_size", *o.hexSize);
      if (o.heightScale) p.insert("height_scale", *o.heightScale);
      if (o.eps) p.insert("eps", *o.eps);
      if (o.minPoints) p.insert("min_points", *o.minPoints);
      if (o.classes) p.insert("classes", *o.classes);
      if (o.heightBy) p.insert("height_by", *o.heightBy);
      if (o.shareOf) p.insert("share_of", *o.shareOf);
      if (o.hull) p.insert("hull", *o.hull);
      if (o.metric) p.insert("metric", *o.metric);
      if (o.method) p.insert("method", *o.method);
      ov.insert(o.layer, std::move(p));
    }
    t.insert("overlay", std::move(ov));
  }
  (void)st;
  return t;
}

}  // namespace

std::string storyToToml(const Story& st, const std::string& scenePath) {
  toml::table head{{"title", st.title}, {"scene", scenePath}, {"fly", st.fly}, {"hold", st.hold}};
  if (!st.titleEn.empty()) head.insert("title_en", st.titleEn);
  if (!st.sampleNote) head.insert("sample_note", false);
  toml::array steps;
  for (const Step& s : st.steps) steps.push_back(stepTable(st, s));
  toml::table root{{"story", std::move(head)}, {"steps", std::move(steps)}};
  std::ostringstream ss;
  ss << "# Parkscape story (docs/STORY.md)\n" << root << "\n";
  return ss.str();
}

void saveStory(const Story& st, const std::string& path, const std::string& scenePath) {
  refuseInputTarget(path);
  writeFileAtomic(path, storyToToml(st, scenePath));
}

}  // namespace ps::story
