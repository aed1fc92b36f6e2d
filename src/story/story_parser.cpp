// Story file parsing (TOML via toml++), strict like scenes: every unknown key,
// wrong type or impossible value is an error naming the file and the dotted
// key ("steps[3].camera.pitch").
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "analysis/quarters.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/sectors.h"
#include "core/toml_reader.h"
#include "story/story.h"

namespace ps::story {
namespace fs = std::filesystem;

namespace {

// The strict reader of core/toml_reader.h with the story's text limit and ranges.
class Reader : public TomlSection {
 public:
  using TomlSection::TomlSection;
  std::string str(std::string_view k, const std::string& def = {}) {
    return TomlSection::str(k, def, StoryLimits::kMaxText);
  }
  std::string requiredStr(std::string_view k) { return TomlSection::requiredStr(k, StoryLimits::kMaxText); }
  std::vector<std::string> strings(std::string_view k, size_t maxCount) {
    return TomlSection::strings(k, maxCount, StoryLimits::kMaxText);
  }
  static bool number(const toml::node& n, double& v) { return tomlNumber(n, v); }
  // [lo, hi], two numbers with lo <= hi inside [min, max].
  std::optional<RangeSpec> range(std::string_view k, double min, double max) {
    const toml::array* a = array(k);
    if (!a) return std::nullopt;
    RangeSpec r;
    if (a->size() != 2 || !number(*a->get(0), r.lo) || !number(*a->get(1), r.hi))
      fail(k, "expected two numbers [low, high]");
    checkRange(k, r.lo, min, max);
    checkRange(k, r.hi, min, max);
    if (r.lo > r.hi) fail(k, "low is above high");
    return r;
  }
};

// A quarter: "2025Q2" or a fractional index 0..11.
double quarterValue(const Reader& r, std::string_view k, const toml::node& n) {
  double v = 0;
  if (Reader::number(n, v)) {
    r.checkRange(k, v, 0, analysis::kQuarterCount - 1);
    return v;
  }
  if (n.is_string())
    if (auto q = analysis::parseQuarter(**n.as_string())) return *q;
  r.fail(k, "expected a quarter 2024Q1 .. 2026Q4 or an index 0 .. 11");
}

void parseCamera(Reader& step, CameraSpec& cam) {
  const toml::table* t = step.table("camera");
  if (!t) return;
  Reader r(*t, step.key("camera"), step.file());
  if (const toml::array* c = r.array("center")) {
    double lon = 0, lat = 0;
    if (c->size() != 2 || !Reader::number(*c->get(0), lon) || !Reader::number(*c->get(1), lat))
      r.fail("center", "expected [longitude, latitude]");
    r.checkRange("center", lon, -180, 180);
    r.checkRange("center", lat, -85, 85);
    cam.center = {lon, lat};
  }
  if (auto v = r.num("distance", 1, 5e6)) cam.distance = *v;
  if (auto v = r.num("pitch", 0, 85)) cam.pitch = *v;
  if (auto v = r.num("bearing", -360, 360)) cam.bearing = *v;
  r.rejectUnknown();
}

void parseLayers(Reader& step, Step& s) {
  const toml::table* t = step.table("layers");
  if (!t) return;
  for (const auto& [id, v] : *t) {
    const std::string k = step.key("layers") + "." + std::string(id.str());
    if (!v.is_table()) throw Error(step.file(), "expected a table { visible = ..., opacity = ... }", k);
    Reader r(*v.as_table(), k, step.file());
    LayerOverride o;
    o.layer = std::string(id.str());
    o.visible = r.boolean("visible");
    if (auto op = r.num("opacity", 0, 1)) o.opacity = static_cast<float>(*op);
    r.rejectUnknown();
    s.layers.push_back(std::move(o));
  }
}

void parseFilter(Reader& step, Step& s) {
  const toml::table* t = step.table("filter");
  if (!t) return;
  Reader r(*t, step.key("filter"), step.file());
  for (const std::string& name : r.strings("sectors", 16)) {
    const Sector* sec = findSector(name);
    if (!sec) r.fail("sectors", "unknown sector \"" + name + "\" (ids: bio, energy, mobility, digital, network, materials, frontier)");
    s.filter.sectors.emplace_back(sec->id);
  }
  s.filter.gfa = r.range("gfa", 0, 1e9);
  s.filter.occupancy = r.range("occupancy", 0, 1);
  s.filter.floors = r.range("floors", 0, 500);
  s.filter.hide = r.boolean("hide").value_or(false);
  r.rejectUnknown();
}

void parseTime(Reader& step, Step& s) {
  const toml::table* t = step.table("time");
  if (!t) return;
  Reader r(*t, step.key("time"), step.file());
  if (const toml::node* q = r.node("quarter")) s.quarter = quarterValue(r, "quarter", *q);
  if (const toml::array* p = r.array("play")) {
    if (p->size() != 2) r.fail("play", "expected [from, to], two quarters");
    s.play = RangeSpec{quarterValue(r, "play", *p->get(0)), quarterValue(r, "play", *p->get(1))};
    if (s.play->lo >= s.play->hi) r.fail("play", "the first quarter must come before the second");
    if (s.quarter) r.fail("play", "give either quarter or play, not both");
  }
  r.rejectUnknown();
}

void parseHighlight(Reader& step, Step& s) {
  const toml::array* a = step.array("highlight");
  if (!a) return;
  if (a->size() > 16) step.fail("highlight", "has more than 16 entries");
  for (size_t i = 0; i < a->size(); ++i) {
    const std::string k = step.key("highlight") + "[" + std::to_string(i) + "]";
    if (!a->get(i)->is_table()) throw Error(step.file(), "expected a table { layer = ..., ids = [...] }", k);
    Reader r(*a->get(i)->as_table(), k, step.file());
    FeatureList f;
    f.layer = r.requiredStr("layer");
    f.ids = r.strings("ids", StoryLimits::kMaxIds);
    if (f.ids.empty()) r.fail("ids", "is required: the features' ids");
    f.label = r.boolean("label").value_or(false);
    r.rejectUnknown();
    s.highlight.push_back(std::move(f));
  }
}

void parseCallout(Reader& step, Step& s) {
  const toml::table* t = step.table("callout");
  if (!t) return;
  Reader r(*t, step.key("callout"), step.file());
  Callout c;
  c.layer = r.requiredStr("layer");
  c.id = r.requiredStr("id");
  c.text = r.requiredStr("text");
  c.textEn = r.str("text_en");
  r.rejectUnknown();
  s.callout = std::move(c);
}

void parseOverlays(Reader& step, Step& s) {
  const toml::table* t = step.table("overlay");
  if (!t) return;
  for (const auto& [id, node] : *t) {
    const std::string k = step.key("overlay") + "." + std::string(id.str());
    if (!node.is_table()) throw Error(step.file(), "expected a table of overlay parameters", k);
    Reader r(*node.as_table(), k, step.file());
    OverlayOverride o;
    o.layer = std::string(id.str());
    o.hexSize = r.num("hex_size", DerivedLimits::kHexMin, DerivedLimits::kHexMax);
    o.heightScale = r.num("height_scale", 0, 1e6);
    o.eps = r.num("eps", DerivedLimits::kEpsMin, DerivedLimits::kEpsMax);
    if (auto v = r.num("min_points", DerivedLimits::kMinPointsMin, DerivedLimits::kMinPointsMax))
      o.minPoints = static_cast<int>(*v);
    if (auto v = r.num("classes", DerivedLimits::kClassesMin, DerivedLimits::kClassesMax))
      o.classes = static_cast<int>(*v);
    auto choice = [&](std::string_view key, std::initializer_list<std::string_view> allowed) -> std::optional<std::string> {
      if (!r.has(key)) return std::nullopt;
      std::string v = r.str(key);
      for (std::string_view a : allowed)
        if (v == a) return v;
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      r.fail(key, "must be one of " + list + ", got \"" + v + "\"");
    };
    o.heightBy = choice("height_by", {"gfa", "count"});
    o.hull = choice("hull", {"concave", "convex"});
    o.method = choice("method", {"quantile", "equal_interval"});
    if (r.has("share_of")) {
      o.shareOf = r.str("share_of");
      if (!o.shareOf->empty() && !findSector(*o.shareOf)) r.fail("share_of", "unknown sector \"" + *o.shareOf + "\"");
    }
    if (r.has("metric")) {
      o.metric = r.str("metric");
      static const std::set<std::string> kMetrics{"gfa", "vacant", "vacancy", "parks", "buildings"};
      const bool share = o.metric->rfind("share:", 0) == 0 && findSector(o.metric->substr(6));
      if (!kMetrics.count(*o.metric) && !share)
        r.fail("metric", "must be gfa, vacant, vacancy, parks, buildings or share:<sector>, got \"" + *o.metric + "\"");
    }
    r.rejectUnknown();
    s.overlays.push_back(std::move(o));
  }
}

Easing parseEasing(Reader& r) {
  if (!r.has("easing")) return Easing::Smooth;
  const std::string e = r.str("easing");
  if (e == "smooth") return Easing::Smooth;
  if (e == "linear") return Easing::Linear;
  if (e == "cut") return Easing::Cut;
  r.fail("easing", "must be smooth, linear or cut, got \"" + e + "\"");
}

Step parseStep(const toml::table& t, const std::string& prefix, const std::string& file, const CameraSpec& prevCamera) {
  Reader r(t, prefix, file);
  Step s;
  s.caption.title = r.requiredStr("title");
  s.caption.titleEn = r.str("title_en");
  s.caption.lines = r.strings("text", StoryLimits::kMaxLines);
  s.caption.linesEn = r.strings("text_en", StoryLimits::kMaxLines);
  s.notes = r.str("notes");
  s.fly = r.num("fly", 0, StoryLimits::kMaxSeconds).value_or(-1);
  s.hold = r.num("hold", 0, StoryLimits::kMaxSeconds).value_or(-1);
  s.easing = parseEasing(r);
  s.camera = prevCamera;
  parseCamera(r, s.camera);
  parseLayers(r, s);
  parseFilter(r, s);
  parseTime(r, s);
  parseHighlight(r, s);
  parseCallout(r, s);
  parseOverlays(r, s);
  r.rejectUnknown();
  return s;
}

}  // namespace

Story parseStory(const std::string& text, const std::string& path, const CameraSpec& sceneCamera) {
  const toml::table root = parseTomlText(text, path);
  Reader top(root, "", path);
  Story st;
  st.path = path;
  const toml::table* head = top.table("story");
  if (!head) top.fail("story", "is required: [story] with title and scene");
  {
    Reader r(*head, "story", path);
    st.title = r.requiredStr("title");
    st.titleEn = r.str("title_en");
    const std::string scene = r.requiredStr("scene");
    const fs::path sp(scene);
    st.scenePath = sp.is_absolute() ? scene : (fs::path(path).parent_path() / sp).lexically_normal().string();
    st.fly = r.num("fly", 0, StoryLimits::kMaxSeconds).value_or(st.fly);
    st.hold = r.num("hold", 0, StoryLimits::kMaxSeconds).value_or(st.hold);
    st.sampleNote = r.boolean("sample_note").value_or(true);
    r.rejectUnknown();
  }
  const toml::array* steps = top.array("steps");
  if (!steps || steps->empty()) top.fail("steps", "is required: at least one [[steps]]");
  if (steps->size() > StoryLimits::kMaxSteps)
    top.fail("steps", "has more than " + std::to_string(StoryLimits::kMaxSteps) + " steps");
  CameraSpec cam = sceneCamera;
  for (size_t i = 0; i < steps->size(); ++i) {
    const std::string k = "steps[" + std::to_string(i) + "]";
    if (!steps->get(i)->is_table()) throw Error(path, "expected a table ([[steps]])", k);
    st.steps.push_back(parseStep(*steps->get(i)->as_table(), k, path, cam));
    cam = st.steps.back().camera;
  }
  top.rejectUnknown();
  return st;
}

Story loadStory(const std::string& path) {
  const std::string text = readFile(path, TomlLimits{}.maxBytes + 1);
  // The scene's camera seeds the first step; the scene path is the story's own key.
  Story probe = parseStory(text, path);
  const Scene scene = loadScene(probe.scenePath);
  return parseStory(text, path, scene.camera);
}

const char* easingName(Easing e) {
  switch (e) {
    case Easing::Smooth: return "smooth";
    case Easing::Linear: return "linear";
    case Easing::Cut: return "cut";
  }
  return "smooth";
}

}  // namespace ps::story
