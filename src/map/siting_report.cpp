#include "map/siting_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "map/export_furniture.h"
#include "map/export_labels.h"
#include "core/sectors.h"
#include "render/canvas.h"
#include "render/headless_context.h"
#include "render/renderer.h"

namespace ps::map {

std::vector<std::string> wrapText(const std::string& s, float maxWidth,
                                  const std::function<float(const std::string&)>& measure) {
  std::vector<std::string> lines;
  std::string line;
  size_t breakAt = 0;  // byte offset in `line` just after the last separator
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = s.substr(i, len);
    i += len;
    if (!line.empty() && measure(line + ch) > maxWidth) {
      // Break after the last separator when it is near, else between characters.
      if (breakAt > 0 && line.size() - breakAt < 48) {
        lines.push_back(line.substr(0, breakAt));
        line = line.substr(breakAt);
      } else {
        lines.push_back(line);
        line.clear();
      }
      breakAt = 0;
      while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    }
    line += ch;
    if (ch == " " || ch == ";" || ch == "," || ch == "；" || ch == "，" || ch == "、") breakAt = line.size();
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// The map: the scene, the shortlist selected and numbered on the roofs, framed on it.
render::Image reportMap(const data::SceneData& data, const siting::SitingIndex& index, const siting::SitingResult& res,
                        Lang lang, int mapW, int H, float s) {
  auto px = [s](float v) { return static_cast<int>(std::lround(v * s)); };
  auto ctx = render::HeadlessContext::create();
  render::Renderer r;
  UploadedScene up = uploadScene(r, data);
  size_t li = 0;
  for (; li < data.layers.size(); ++li)
    if (data.layers[li].spec->id == index.layer) break;
  glm::dvec2 lo(1e300), hi(-1e300);
  std::vector<LabelCandidate> labels = exportLabelCandidates(data, lang, 4000);
  if (li < data.layers.size()) {
    const data::LoadedLayer& L = data.layers[li];
    std::vector<uint32_t> flags(L.table.size(), 0);
    for (const auto& row : res.rows) {
      if (row.candidate < flags.size()) flags[row.candidate] = render::kFeatureSelected;
      const glm::dvec2 a = index.anchor[row.candidate];
      lo = glm::min(lo, a);
      hi = glm::max(hi, a);
    }
    EvaluatedStyle st;
    evaluateStyle(*L.spec, L.table, st);
    applyLayerStyle(r, up.handles[li], L, st, flags, true);
    for (auto it = res.rows.rbegin(); it != res.rows.rend(); ++it) {
      LabelCandidate lab;
      lab.layer = static_cast<uint32_t>(li);
      lab.row = it->candidate;
      const glm::vec2 p = data.frame.toLocal(index.anchor[it->candidate]);
      // On the roof: a label anchored inside a building is hidden by it.
      lab.anchor = glm::vec3(p, (it->candidate < st.height.size() ? st.height[it->candidate] : 0.0f) + 2.0f);
      lab.text = std::to_string(it->rank);
      lab.sizePx = static_cast<float>(px(22));
      lab.color = {255, 255, 255, 255};
      lab.halo = {200, 40, 40, 255};
      lab.priority = 100000 - it->rank;
      lab.offsetPx = {0.0f, static_cast<float>(-px(18))};
      labels.push_back(lab);
    }
  }
  OrbitCamera cam = initialCamera(data);
  if (lo.x <= hi.x) {
    const glm::dvec2 c = (lo + hi) * 0.5;
    const glm::dvec2 half = glm::max((hi - lo) * 0.5 + 150.0, glm::dvec2(350.0));
    cam.pitchDeg = 45;
    cam.bearingDeg = -10;
    cam.fitBounds(glm::dvec2(data.frame.toLocal(c - half)), glm::dvec2(data.frame.toLocal(c + half)),
                  static_cast<double>(mapW) / H);
  }
  FurnitureOptions f;
  f.lang = lang;
  f.scale = s;
  f.title = false;
  f.legend = false;
  f.attribution = false;
  placeExportLabels(r, labels, cam, mapW, H, exportFurnitureRects(data, cam, f, mapW, H));
  render::Image map = render::renderToImage(r, cam, mapW, H, data.scene.background, 4);
  drawExportFurniture(map, data, cam, f);
  return map;
}

render::Image renderSitingReport(const data::SceneData& data, const siting::SitingIndex& index,
                                 const siting::SitingResult& res, Lang lang, int W, int H) {
  const bool zh = lang == Lang::Zh;
  const float s = static_cast<float>(H) / 1080.0f;
  auto px = [s](float v) { return static_cast<int>(std::lround(v * s)); };
  const int mapW = static_cast<int>(W * 0.58);

  const render::Image map = reportMap(data, index, res, lang, mapW, H, s);

  render::Image page;
  page.width = W;
  page.height = H;
  page.rgba.assign(static_cast<size_t>(W) * static_cast<size_t>(H) * 4, 255);
  for (int y = 0; y < H; ++y)
    std::copy_n(&map.rgba[static_cast<size_t>(y) * static_cast<size_t>(mapW) * 4], static_cast<size_t>(mapW) * 4,
                &page.rgba[static_cast<size_t>(y) * static_cast<size_t>(W) * 4]);

  render::Canvas cv(page);
  const glm::u8vec4 ink{34, 40, 49, 255}, muted{92, 102, 112, 255}, accent{0, 114, 178, 255}, red{190, 60, 40, 255};
  const int x0 = mapW + px(36), right = W - px(36);
  int y = px(30);
  cv.fillRect(mapW, 0, px(6), H, accent);
  cv.text(static_cast<float>(x0), static_cast<float>(y), zh ? "选址报告" : "Siting report", px(34), ink);
  y += px(50);
  const std::string demandName = zh ? res.demand.name : (res.demand.nameEn.empty() ? res.demand.name : res.demand.nameEn);
  cv.text(static_cast<float>(x0), static_cast<float>(y), demandName, px(22), ink);
  y += px(34);
  std::string sectorLine;
  if (const Sector* sec = findSector(res.demand.sector)) sectorLine = zh ? std::string(sec->zh) : std::string(sec->en);
  if (!res.demand.subSector.empty())
    if (const SubSector* sub = findSubSector(res.demand.subSector)) sectorLine += " / " + std::string(zh ? sub->zh : sub->en);
  char buf[256];
  std::snprintf(buf, sizeof buf, zh ? "%s · 候选 %zu 个，满足硬性条件 %zu 个，前 %zu 名" : "%s · %zu candidates, %zu pass the hard constraints, top %zu",
                sectorLine.c_str(), res.candidates, res.passing, res.rows.size());
  cv.text(static_cast<float>(x0), static_cast<float>(y), buf, px(16), muted);
  y += px(40);

  auto measure = [&](int size) { return [&cv, size](const std::string& t) { return cv.textWidth(t, size); }; };
  for (const auto& row : res.rows) {
    if (y > H - px(120)) break;
    // Rank badge, name, score bar.
    cv.fillCircle(static_cast<float>(x0 + px(14)), static_cast<float>(y + px(13)), static_cast<float>(px(14)), {200, 40, 40, 255});
    const std::string rk = std::to_string(row.rank);
    cv.text(x0 + px(14) - cv.textWidth(rk, px(16)) * 0.5f, static_cast<float>(y + px(2)), rk, px(16), {255, 255, 255, 255});
    const std::string name = zh ? row.nameZh : (row.nameEn.empty() ? row.nameZh : row.nameEn);
    cv.text(static_cast<float>(x0 + px(40)), static_cast<float>(y), name, px(17), ink);
    const int barX = right - px(190), barW = px(140);
    cv.fillRect(barX, y + px(6), barW, px(14), {225, 229, 233, 255});
    cv.fillRect(barX, y + px(6), static_cast<int>(barW * std::clamp(row.score / 100.0, 0.0, 1.0)), px(14), accent);
    std::snprintf(buf, sizeof buf, "%.1f", row.score);
    cv.text(static_cast<float>(barX + barW + px(8)), static_cast<float>(y + px(1)), buf, px(16), ink);
    y += px(26);
    const std::string why = zh ? row.explanationZh : row.explanationEn;
    for (const auto& line : wrapText(why, static_cast<float>(right - x0 - px(40)), measure(px(13)))) {
      if (y > H - px(100)) break;
      cv.text(static_cast<float>(x0 + px(40)), static_cast<float>(y), line, px(13), muted);
      y += px(19);
    }
    y += px(12);
  }
  if (res.rows.empty()) {
    const std::string msg = zh ? res.noneMessageZh : res.noneMessageEn;
    for (const auto& line : wrapText(msg, static_cast<float>(right - x0), measure(px(16)))) {
      cv.text(static_cast<float>(x0), static_cast<float>(y), line, px(16), red);
      y += px(24);
    }
  }

  // Footer: sources and the sample-data note.
  bool sample = false;
  for (const auto& l : data.layers) sample = sample || l.spec->sample;
  int fy = H - px(70);
  if (sample) {
    cv.text(static_cast<float>(x0), static_cast<float>(fy), zh ? "园区、楼宇、租户为示例数据(合成)，非真实数据" : "Parks, buildings and tenants are SAMPLE (synthetic) data",
            px(14), red);
    fy += px(22);
  }
  std::string src;
  for (const auto& a : data.scene.attribution) src += (src.empty() ? "" : " · ") + a;
  for (const auto& line : wrapText(src, static_cast<float>(right - x0), measure(px(11)))) {
    if (fy > H - px(10)) break;
    cv.text(static_cast<float>(x0), static_cast<float>(fy), line, px(11), muted);
    fy += px(15);
  }
  return page;
}

}  // namespace ps::map
