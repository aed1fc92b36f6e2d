#include "viewer/glyph_texts.h"

#include <algorithm>

#include "core/sectors.h"
#include "map/label_candidates.h"
#include "viewer/import.h"
#include "viewer/siting.h"
#include "viewer/story_session.h"

namespace ps::viewer {

const char* const kCodeGlyphs = "°±²·×–—“”…←↑→↓≈≤≥▲▼✓、。万上业个中为主产件似位体使例侯候先公六内凸凹分前加包化北区医半华占县取叠号合同名告园地址块字学孵宇实宽导少层已序建形径得心性成户报按据排数无明智期未条来析柱栋楼次武比求江源满演率环用画界真硬示租积称空等筑米级编置羊能至色表读足距边近进远选透速都配里锦间除需青非面颜高（），：；划协承研营规设跟踪运预亩策顷不政领域状强链";

std::vector<std::string> fontTexts(const ViewerState& s) {
  std::vector<std::string> t;
  s.strings.forEachText([&](const std::string& x) { t.push_back(x); });
  for (const Sector& sec : sectors()) {
    t.emplace_back(sec.zh);
    for (const SubSector& ss : sec.subSectors) t.emplace_back(ss.zh);
  }
  t.emplace_back("近期中远期");
  // The seed's timing and the mark of approximate outlines' labels (exports and map labels).
  t.emplace_back(horizonYearsZh(Horizon::Near));
  t.emplace_back(horizonYearsZh(Horizon::MediumLong));
  LayerSpec approximateOutline;
  approximateOutline.kind = LayerKind::Fill;
  approximateOutline.approximate = true;
  t.push_back(map::approximateLabelMark(approximateOutline, Lang::Zh));
  for (size_t c = 0; c < siting::kCriterionCount; ++c) t.emplace_back(siting::criterionZh(siting::criterionAt(c)));
  if (s.siting) {
    const SitingSession& ss = *s.siting;
    t.push_back(ss.ui.demand.name);
    t.push_back(ss.ui.error);
    if (ss.result) {
      t.push_back(ss.result->noneMessageZh);
      for (const auto& r : ss.result->rows) t.push_back(r.explanationZh);
    }
  }
  if (s.story) {  // the open story's title, captions, notes and callouts
    t.push_back(s.story->player->story().title);
    t.push_back(s.story->player->story().titleEn);
  }
  if (s.story)
    for (const story::Step& st : s.story->player->story().steps) {
      for (const std::string* x : {&st.caption.title, &st.caption.titleEn, &st.notes}) t.push_back(*x);
      for (const auto* v : {&st.caption.lines, &st.caption.linesEn})
        for (const std::string& x : *v) t.push_back(x);
      if (st.callout) t.push_back(st.callout->text + st.callout->textEn);
    }
  if (s.import) importFontTexts(*s.import, t);  // the import dialog's field names and values
  if (s.data) {
    t.push_back(s.data->scene.title);
    t.push_back(s.data->scene.titleEn);
    for (const auto& a : s.data->scene.attribution) t.push_back(a);
    for (const auto& L : s.data->layers) {
      t.push_back(L.spec->title);
      t.push_back(L.spec->titleEn);
      t.push_back(L.spec->attribution);
      t.push_back(L.spec->legendNote);  // the legend's groups: notes, category labels, load-time entries
      for (const auto& [k, v] : L.spec->style.categoryLabels) t.push_back(v.first);
      for (const auto& [k, v] : L.spec->style.symbolLabels) t.push_back(v.first);
      for (const LegendItem& li : L.spec->legend) t.push_back(li.label);
      for (const Column& c : L.table.columns) {
        t.push_back(c.name);  // field names show in the inspector and the table
        if (c.type == FieldType::String) {
          // Every string value: names, parks, tenants. The glyph builder dedups.
          std::string joined;
          for (const auto& v : c.strings) joined += v;
          t.push_back(std::move(joined));
        }
      }
    }
  }
  return t;
}

std::vector<uint32_t> utf8Codepoints(const std::string& t) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < t.size()) {
    const auto b = static_cast<unsigned char>(t[i]);
    const int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + static_cast<size_t>(n) > t.size()) {
      ++i;  // not UTF-8: skipped
      continue;
    }
    uint32_t cp = n == 1 ? b : b & (0xFFu >> (n + 1));
    bool ok = true;
    for (int k = 1; k < n; ++k) {
      const auto c = static_cast<unsigned char>(t[i + static_cast<size_t>(k)]);
      ok = ok && (c & 0xC0) == 0x80;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    i += ok ? static_cast<size_t>(n) : 1;
    if (ok) out.push_back(cp);
  }
  return out;
}

std::vector<uint32_t> glyphCodepoints(const std::vector<std::string>& texts) {
  std::vector<uint32_t> cps;
  for (uint32_t c = 0x20; c <= 0xFF; ++c) cps.push_back(c);
  auto add = [&](const std::string& t) {
    for (uint32_t cp : utf8Codepoints(t))
      if (cp >= 0x20 && cp <= 0xFFFF) cps.push_back(cp);
  };
  for (const std::string& t : texts) add(t);
  add(kCodeGlyphs);
  std::sort(cps.begin(), cps.end());
  cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
  return cps;
}

}  // namespace ps::viewer
