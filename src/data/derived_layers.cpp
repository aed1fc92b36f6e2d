#include "data/derived_layers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/cluster_hulls.h"
#include "analysis/district_stats.h"
#include "analysis/facts.h"
#include "analysis/hexbin.h"
#include "analysis/hexbin_quarters.h"
#include "analysis/ring_stats.h"
#include "data/overlay_format.h"
#include "data/quarter_option.h"
#include "core/error.h"
#include "core/sectors.h"
#include "scene/style_eval.h"

namespace ps::data {

namespace {

Rgba rgbaOf(uint32_t rgb) {
  return Rgba(((rgb >> 16) & 0xff) / 255.0f, ((rgb >> 8) & 0xff) / 255.0f, (rgb & 0xff) / 255.0f, 1.0f);
}

std::vector<LegendItem> itemsOf(const std::vector<LegendEntry>& entries) {
  std::vector<LegendItem> out;
  for (const LegendEntry& e : entries)
    out.push_back({e.label, e.labelEn, Rgba(e.color.r / 255.0f, e.color.g / 255.0f, e.color.b / 255.0f, 1.0f)});
  return out;
}

const FeatureTable& need(const FeatureTable* t, const LayerSpec& layer, const char* what) {
  if (!t) throw Error("", std::string("derived layer '") + layer.id + "' has no " + what + " layer loaded", layer.id);
  return *t;
}

void addStringColumn(FeatureTable& t, const std::string& name, std::vector<std::string> values) {
  Column c;
  c.name = name;
  c.type = FieldType::String;
  c.null.assign(values.size(), 0);
  c.strings = std::move(values);
  t.columns.push_back(std::move(c));
}

void addRealColumn(FeatureTable& t, const std::string& name, const std::vector<double>& values) {
  Column c;
  c.name = name;
  c.type = FieldType::Real;
  c.reals = values;
  for (double v : values) c.null.push_back(std::isnan(v) ? 1 : 0);
  t.columns.push_back(std::move(c));
}

std::string timeSuffix(std::optional<double> quarter, bool zh) {
  if (!quarter) return "";
  return (zh ? "," : ", ") + quarterText(*quarter);
}

}  // namespace

void hexbinLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out) {
  const DerivedSpec& d = layer.derived;
  analysis::BuildingFacts facts;
  analysis::readBuildingFacts(need(in.from, layer, "'from'"), in.fromRoles, in.quarter, facts);
  analysis::HexBins bins;
  analysis::binBuildings(facts, {d.hexSize, in.origin}, bins);
  analysis::HexTableOptions opt;
  opt.heightBy = d.heightByCount ? analysis::HexHeight::Count : analysis::HexHeight::Gfa;
  opt.heightScale = d.hexHeightScale;
  if (!d.shareOf.empty()) opt.shareSector = analysis::sectorIndex(d.shareOf);
  analysis::hexBinsToTable(bins, opt, out.table);
  // Quarterly occupancy per column: filled hex columns play like the buildings.
  analysis::addHexQuarterOccupancy(*in.from, in.fromRoles, bins, out.table);
  out.table.crs = in.from->crs;
  out.table.source = in.from->source;

  // What 100 m of column stands for: the reader cannot guess a scale.
  const double per100 = d.hexHeightScale > 0 ? 100.0 / d.hexHeightScale : 0;
  char size[32];
  std::snprintf(size, sizeof size, "%.0f", d.hexSize * std::sqrt(3.0));
  if (d.heightByCount) {
    out.note = "高100米=" + formatMetric(per100, "buildings", true) + "栋楼, 宽" + size + "米";
    out.noteEn = "100 m tall = " + formatMetric(per100, "buildings", false) + " buildings, " + size + " m wide";
  } else {
    out.note = "高100米=" + formatArea(per100, true) + "建筑面积, 宽" + size + "米";
    out.noteEn = "100 m tall = " + formatArea(per100, false) + " GFA, " + size + " m wide";
  }
  if (layer.style.colorMode == ColorMode::Ramp && !d.shareOf.empty()) {
    const Sector* sec = findSector(d.shareOf);
    for (int i = 0; i <= 4; ++i) {
      const double v = layer.style.rampMin + (layer.style.rampMax - layer.style.rampMin) * i / 4.0;
      const Rgba c = rampColor(layer.style.ramp, i / 4.0);
      out.legend.push_back({std::string(sec->zh) + "占比 " + formatPercent(v),
                            std::string(sec->en) + " share " + formatPercent(v), c});
    }
  } else {
    out.legend = itemsOf(legendFor(layer, out.table));
    out.note = "颜色=主导产业, " + out.note;
    out.noteEn = "colour = dominant sector, " + out.noteEn;
  }
  if (layer.style.occupancyFilled) {
    // Solid = occupied share of the column's GFA, translucent = vacant share.
    std::vector<LegendItem> parts =
        occupancyLegend(Rgba(0.55f, 0.58f, 0.62f, 1.0f), layer.style.vacantOpacity, in.quarter);
    const std::string t = in.quarter ? " (" + quarterText(*in.quarter) + ")" : "";
    parts[0].label = "已使用建筑面积(实体)" + t;
    parts[0].labelEn = "Occupied GFA (solid)" + t;
    parts[1].label = "空置建筑面积(半透明)" + t;
    parts[1].labelEn = "Vacant GFA (translucent)" + t;
    out.legend.insert(out.legend.end(), parts.begin(), parts.end());  // they say solid = occupied
  }
}

void clusterLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out) {
  const DerivedSpec& d = layer.derived;
  analysis::BuildingFacts facts;
  analysis::readBuildingFacts(need(in.from, layer, "'from'"), in.fromRoles, in.quarter, facts);
  std::vector<analysis::SectorCluster> clusters;
  const analysis::DbscanParams params{d.eps, static_cast<uint32_t>(d.minPoints)};
  analysis::clusterBySector(facts, params, clusters);
  analysis::ClusterOptions opt;
  opt.dbscan = params;
  opt.concave = d.concave;
  opt.buffer = d.hullBuffer;
  analysis::clusterHulls(facts, clusters, opt, out.table);
  out.table.crs = in.from->crs;
  out.table.source = in.from->source;

  const Column* zh = out.table.column("sector_zh");
  const Column* en = out.table.column("sector_en");
  const Column* parks = out.table.column("parks");
  const Column* gfa = out.table.column("gfa_m2");
  std::vector<std::string> lz, le;
  for (size_t i = 0; i < out.table.size(); ++i) {
    const long long p = parks ? std::llround(parks->asReal(i)) : 0;
    const double g = gfa ? gfa->asReal(i) : std::nan("");
    lz.push_back((zh ? zh->asString(i) : "") + " · " + std::to_string(p) + " 个园区 · " + formatArea(g, true));
    le.push_back((en ? en->asString(i) : "") + " · " + std::to_string(p) + (p == 1 ? " park · " : " parks · ") +
                 formatArea(g, false));
  }
  addStringColumn(out.table, "label", std::move(lz));
  addStringColumn(out.table, "label_en", std::move(le));

  out.legend = itemsOf(legendFor(layer, out.table));
  char buf[96];
  std::snprintf(buf, sizeof buf, "%g 米, 至少 %d 栋", d.eps, d.minPoints);
  out.note = std::string("按产业 DBSCAN ") + buf + (d.concave ? ", 凹包" : ", 凸包");
  std::snprintf(buf, sizeof buf, "%g m, at least %d buildings", d.eps, d.minPoints);
  out.noteEn = std::string("DBSCAN per sector ") + buf + (d.concave ? ", concave hulls" : ", convex hulls");
}

void choroplethLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out) {
  const DerivedSpec& d = layer.derived;
  analysis::BuildingFacts facts;
  analysis::readBuildingFacts(need(in.from, layer, "'from'"), in.fromRoles, in.quarter, facts);
  analysis::ParkFacts parks;
  if (in.parks) analysis::readParkFacts(*in.parks, in.parkRoles, parks);
  const FeatureTable& regions = need(in.regions, layer, "'regions'");
  std::vector<analysis::Group> groups;
  analysis::districtTotals(facts, parks, regions, in.regionRoles, groups);

  analysis::ChoroplethMetric metric = analysis::ChoroplethMetric::Gfa;
  int sector = -1;
  if (d.metric == "vacant") metric = analysis::ChoroplethMetric::Vacant;
  else if (d.metric == "vacancy") metric = analysis::ChoroplethMetric::Vacancy;
  else if (d.metric == "parks") metric = analysis::ChoroplethMetric::Parks;
  else if (d.metric == "buildings") metric = analysis::ChoroplethMetric::Buildings;
  else if (d.metric.rfind("share:", 0) == 0) {
    metric = analysis::ChoroplethMetric::SectorShare;
    sector = analysis::sectorIndex(d.metric.substr(6));
  }
  std::vector<double> values;
  for (const auto& g : groups) values.push_back(analysis::metricValue(g.tally, metric, sector));
  analysis::Choropleth ch;
  analysis::choropleth(values, d.quantile ? analysis::ClassMethod::Quantile : analysis::ClassMethod::EqualInterval,
                       d.classes, ch);

  out.table = regions;
  std::vector<std::string> cls, text;
  for (size_t i = 0; i < values.size(); ++i) {
    cls.push_back(ch.classOf[i] < 0 ? "" : std::to_string(ch.classOf[i]));
    text.push_back(formatMetric(values[i], d.metric, true));
  }
  addRealColumn(out.table, "value", values);
  addStringColumn(out.table, "value_text", std::move(text));
  addStringColumn(out.table, "class", std::move(cls));

  // Class c holds (b[c-1], b[c]]; the ends are the data's min and max.
  double lo = INFINITY, hi = -INFINITY;
  bool noData = false;
  for (double v : values) {
    if (std::isnan(v)) noData = true;
    else lo = std::min(lo, v), hi = std::max(hi, v);
  }
  const size_t k = ch.colours.size();
  for (size_t c = 0; c < k && std::isfinite(lo); ++c) {
    const double a = c == 0 ? lo : ch.breaks[c - 1];
    const double b = c + 1 < k ? ch.breaks[c] : hi;
    const std::string key = std::to_string(c);
    // A class of one repeated value (quantiles over many zeros) reads as that value.
    const bool single = formatMetric(a, d.metric, false) == formatMetric(b, d.metric, false);
    const std::string zh = single ? formatMetric(a, d.metric, true)
                                  : formatMetric(a, d.metric, true) + " – " + formatMetric(b, d.metric, true);
    const std::string en = single ? formatMetric(a, d.metric, false)
                                  : formatMetric(a, d.metric, false) + " – " + formatMetric(b, d.metric, false);
    out.categories[key] = rgbaOf(ch.colours[c]);
    out.categoryLabels[key] = {zh, en};
    out.legend.push_back({zh, en, rgbaOf(ch.colours[c])});
  }
  out.categories[""] = rgbaOf(ch.noData);
  out.categoryLabels[""] = {"无数据", "no data"};
  if (noData) out.legend.push_back({"无数据", "no data", rgbaOf(ch.noData)});

  std::string mz = "建筑面积", me = "GFA";
  if (d.metric == "vacant") mz = "空置面积", me = "vacant floor area";
  else if (d.metric == "vacancy") mz = "空置率", me = "vacancy";
  else if (d.metric == "parks") mz = "园区数", me = "parks";
  else if (d.metric == "buildings") mz = "楼宇数", me = "buildings";
  else if (sector >= 0) {
    const Sector& s = sectors()[static_cast<size_t>(sector)];
    mz = std::string(s.zh) + "面积占比", me = std::string(s.en) + " share of GFA";
  }
  out.note = mz + (d.quantile ? ", 分位数 " : ", 等间距 ") + std::to_string(k) + " 级" + timeSuffix(in.quarter, true);
  out.noteEn = me + (d.quantile ? ", " : ", equal-interval ") + std::to_string(k) +
               (d.quantile ? " quantile classes" : " classes") + timeSuffix(in.quarter, false);
}

void ringStatsLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out) {
  const DerivedSpec& d = layer.derived;
  analysis::BuildingFacts facts;
  analysis::readBuildingFacts(need(in.from, layer, "'from'"), in.fromRoles, in.quarter, facts);
  analysis::ParkFacts parks;
  if (in.parks) analysis::readParkFacts(*in.parks, in.parkRoles, parks);
  analysis::RingOptions opt;
  opt.radii = layer.ringRadii;
  opt.mergeOverlapping = d.mergeRings;
  std::vector<analysis::Ring> rings;
  analysis::buildRings(need(in.regions, layer, "'campuses'"), in.regionRoles, opt, rings);
  analysis::ringTotals(facts, parks, rings);
  analysis::ringsToTable(rings, opt, out.table);
  out.table.crs = in.regions->crs;
  out.table.source = in.regions->source;
  out.legend = itemsOf(legendFor(layer, out.table));
  out.note = "环内主导产业(按建筑面积)";
  out.noteEn = "dominant sector within the ring (by GFA)";
}

void deriveLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out) {
  out = DerivedResult{};
  switch (layer.derived.kind) {
    case DerivedKind::Hexbin: hexbinLayer(layer, in, out); break;
    case DerivedKind::Clusters: clusterLayer(layer, in, out); break;
    case DerivedKind::Choropleth: choroplethLayer(layer, in, out); break;
    case DerivedKind::RingStats: ringStatsLayer(layer, in, out); break;
    case DerivedKind::None: break;
  }
}

std::vector<LegendItem> occupancyLegend(const Rgba& color, float vacantOpacity, std::optional<double> quarter) {
  // The translucent part is shown as the colour over the legend's white panel.
  const Rgba light = color * vacantOpacity + Rgba(1.0f) * (1.0f - vacantOpacity);
  const std::string t = quarter ? " (" + quarterText(*quarter) + ")" : "";
  return {{"已使用楼层(实体)" + t, "Occupied floors (solid)" + t, Rgba(glm::vec3(color), 1.0f)},
          {"空置楼层(半透明)" + t, "Vacant floors (translucent)" + t, Rgba(glm::vec3(light), 1.0f)}};
}

}  // namespace ps::data
