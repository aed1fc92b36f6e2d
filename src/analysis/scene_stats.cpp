#include "analysis/scene_stats.h"

#include "analysis/district_stats.h"
#include "analysis/facts.h"
#include "analysis/occupancy.h"
#include "analysis/park_groups.h"
#include "analysis/quarters.h"
#include "analysis/ring_stats.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::analysis {

std::optional<StatsBy> parseStatsBy(std::string_view s) {
  if (s == "district") return StatsBy::District;
  if (s == "zone") return StatsBy::Zone;
  if (s == "ring") return StatsBy::Ring;
  if (s == "park") return StatsBy::Park;
  if (s == "sector") return StatsBy::Sector;
  if (s == "subsector" || s == "sub_sector") return StatsBy::SubSector;
  if (s == "status") return StatsBy::Status;
  if (s == "carrier_role" || s == "carrier-role") return StatsBy::CarrierRole;
  return std::nullopt;
}

const char* statsByName(StatsBy by) {
  switch (by) {
    case StatsBy::District: return "district";
    case StatsBy::Zone: return "zone";
    case StatsBy::Ring: return "ring";
    case StatsBy::Park: return "park";
    case StatsBy::Sector: return "sector";
    case StatsBy::SubSector: return "subsector";
    case StatsBy::Status: return "status";
    case StatsBy::CarrierRole: return "carrier_role";
  }
  return "?";
}

namespace {

const FeatureTable& need(const StatsSources& src, const FeatureTable* t, const char* layer, const char* why) {
  if (!t)
    throw Error(src.scenePath,
                std::string("no layer '") + layer + "' in the scene (or it failed to load)" +
                    (std::string_view(layer) == "buildings" ? " and no extrusion layer with a gfa field" : "") + ": " + why,
                std::string("layers.") + layer);
  return *t;
}

std::string firstColumn(const FeatureTable& t, const std::string& role, std::initializer_list<const char*> names) {
  if (!role.empty()) return t.column(role) ? t.column(role)->name : std::string();
  for (const char* n : names)
    if (t.column(n)) return t.column(n)->name;
  return {};
}

const char* horizonId(Horizon h) {
  switch (h) {
    case Horizon::Near: return "near";
    case Horizon::MediumLong: return "medium_long";
    case Horizon::Unspecified: return "unspecified";
  }
  return "";
}

// The seed's timing in words (三(三) 发展愿景 and each sector's 近期 / 中远期
// lists): a sub-sector's horizon and years; a sector's count of sub-sectors in
// each. Sectors the policy does not phase say so; the frontier tracks are
// watched (跟踪预研), not phased.
std::string subSectorTiming(const Sector& sec, const SubSector& sub, bool zh) {
  if (sec.id == "frontier") return zh ? "跟踪预研(不分期)" : "watch: tracked, not phased";
  if (sub.horizon == Horizon::Unspecified) return zh ? "政策未分近期/中远期" : "not phased by the policy";
  return zh ? std::string(horizonZh(sub.horizon)) + " · " + std::string(horizonYearsZh(sub.horizon))
            : std::string(horizonEn(sub.horizon)) + " · " + std::string(horizonYearsEn(sub.horizon));
}

std::string sectorTiming(const Sector& sec, bool zh) {
  size_t near = 0, later = 0;
  for (const SubSector& sub : sec.subSectors) {
    near += sub.horizon == Horizon::Near;
    later += sub.horizon == Horizon::MediumLong;
  }
  if (sec.id == "frontier" || near + later == 0) return subSectorTiming(sec, sec.subSectors.front(), zh);
  std::string out;
  auto part = [&](Horizon h, size_t n) {
    if (n == 0) return;
    if (!out.empty()) out += zh ? "；" : "; ";
    out += zh ? std::string(horizonZh(h)) + " " + std::to_string(n) + " 个细分领域(" + std::string(horizonYearsZh(h)) + ")"
              : std::string(horizonEn(h)) + ": " + std::to_string(n) + (n == 1 ? " sub-sector (" : " sub-sectors (") +
                    std::string(horizonYearsEn(h)) + ")";
  };
  part(Horizon::Near, near);
  part(Horizon::MediumLong, later);
  return out;
}

void fill(const std::vector<Group>& groups, const std::vector<Ring>* rings, StatsBy by, StatsTable& out) {
  size_t n = rings ? rings->size() : groups.size();
  auto group = [&](size_t i) -> const Tally& { return rings ? (*rings)[i].tally : groups[i].tally; };
  auto sectorList = sectors();

  // Each column is filled right after add(): add() may reallocate and move the others.
  auto textColumn = [&](const char* name, auto value) {
    StatsColumn& c = out.add(name, CellKind::Text);
    for (size_t i = 0; i < n; ++i) c.text.push_back(value(i));
  };
  textColumn("key", [&](size_t i) { return rings ? (*rings)[i].key : groups[i].key; });
  textColumn("name_zh", [&](size_t i) { return rings ? (*rings)[i].university : groups[i].nameZh; });
  textColumn("name_en", [&](size_t i) { return rings ? (*rings)[i].universityEn : groups[i].nameEn; });
  if (by == StatsBy::SubSector) {
    auto parentOf = [&](size_t i) {
      const Sector* parent = nullptr;
      const SubSector* sub = groups[i].key.empty() ? nullptr : findSubSector(groups[i].key, &parent);
      return std::make_pair(sub ? parent : nullptr, sub);
    };
    textColumn("sector", [&](size_t i) { return parentOf(i).first ? std::string(parentOf(i).first->id) : std::string(); });
    textColumn("horizon", [&](size_t i) { return std::string(parentOf(i).second ? horizonId(parentOf(i).second->horizon) : ""); });
    // The seed's timing: 3-5 years for 近期 sub-sectors, 5-10 for 中远期.
    textColumn("timeframe", [&](size_t i) {
      const Horizon h = parentOf(i).second ? parentOf(i).second->horizon : Horizon::Unspecified;
      return std::string(h == Horizon::Near ? "3-5" : h == Horizon::MediumLong ? "5-10" : "");
    });
    for (bool zh : {true, false})
      textColumn(zh ? "timing_zh" : "timing_en", [&](size_t i) {
        const auto [sec, sub] = parentOf(i);
        return sec && sub ? subSectorTiming(*sec, *sub, zh) : std::string();
      });
  }
  if (by == StatsBy::Sector)
    for (bool zh : {true, false})
      textColumn(zh ? "timing_zh" : "timing_en", [&](size_t i) {
        const Sector* sec = groups[i].key.empty() ? nullptr : findSector(groups[i].key);
        return sec ? sectorTiming(*sec, zh) : std::string();
      });
  if (rings) {
    textColumn("university", [&](size_t i) { return (*rings)[i].university; });
    textColumn("campus", [&](size_t i) { return (*rings)[i].campus; });
    StatsColumn& radius = out.add("radius_m", CellKind::Length);
    for (const Ring& r : *rings) radius.number.push_back(r.radius);
  }
  auto numeric = [&](const char* name, CellKind kind, auto value) {
    StatsColumn& c = out.add(name, kind);
    for (size_t i = 0; i < n; ++i) c.number.push_back(value(group(i)));
  };
  numeric("parks", CellKind::Count, [](const Tally& t) { return double(t.parks); });
  numeric("buildings", CellKind::Count, [](const Tally& t) { return double(t.buildings); });
  numeric("gfa_m2", CellKind::Area, [](const Tally& t) { return t.gfa; });
  numeric("vacant_m2", CellKind::Area, [](const Tally& t) { return t.vacant; });
  numeric("occupied_m2", CellKind::Area, [](const Tally& t) { return t.occupied(); });
  numeric("occupancy", CellKind::Rate, [](const Tally& t) { return t.occupancy(); });
  numeric("vacancy", CellKind::Rate, [](const Tally& t) { return t.vacancy(); });
  textColumn("dominant_sector", [&](size_t i) {
    int d = group(i).dominantSector();
    return d >= 0 ? std::string(sectorList[size_t(d)].id) : std::string();
  });
  for (int s = 0; s < kSectorCount; ++s) {
    StatsColumn& c = out.add("share_" + std::string(sectorList[size_t(s)].id), CellKind::Rate);
    for (size_t i = 0; i < n; ++i) c.number.push_back(group(i).sectorShare(s));
  }
}

}  // namespace

void computeStats(const StatsSources& src, const StatsRequest& req, StatsTable& out) {
  out = StatsTable{};
  const FeatureTable& buildingsTable =
      need(src, src.buildings, "buildings", "every statistic is a sum over buildings");
  if (req.quarter && (*req.quarter < 0 || *req.quarter >= kQuarterCount))
    throw Error(src.scenePath, "quarter index out of range", "quarter");

  BuildingFacts b;
  readBuildingFacts(buildingsTable, src.buildingRoles,
                    req.quarter ? std::optional<double>(double(*req.quarter)) : std::nullopt, b);
  ParkFacts parks;
  if (src.parks) readParkFacts(*src.parks, src.parkRoles, parks);

  out.meta.push_back({"by", statsByName(req.by)});
  out.meta.push_back({"quarter", req.quarter ? quarterLabel(*req.quarter) : std::string("current")});
  out.meta.push_back({"buildings_source", buildingsTable.source});
  if (req.by == StatsBy::Ring) out.meta.push_back({"merge_rings", req.mergeRings ? "true" : "false"});

  std::vector<Group> groups;
  std::vector<Ring> rings;
  switch (req.by) {
    case StatsBy::District:
      districtTotals(b, parks, need(src, src.districts, "districts", "--by district needs district polygons"),
                     src.districtRoles, groups);
      break;
    case StatsBy::Zone: {
      const FeatureTable& z = need(src, src.zones, "zones", "--by zone needs zone polygons");
      // Zones overlap districts and may overlap each other: a building counts in every zone it lies in.
      totalsByRegion(b, parks, z, firstColumn(z, src.zoneRoles.id, {"zone_id", "code", "id"}),
                     firstColumn(z, src.zoneRoles.name, {"name_zh", "name"}),
                     firstColumn(z, src.zoneRoles.nameEn, {"name_en"}), false, groups);
      break;
    }
    case StatsBy::Ring: {
      const FeatureTable& c = need(src, src.campuses, "universities", "--by ring needs the campus points");
      if (src.ringRadii.empty())
        throw Error(src.scenePath, "the rings layer has no ring_radii: --by ring needs at least one radius",
                    "layers.rings.ring_radii");
      RingOptions opt;
      opt.radii = src.ringRadii;
      opt.mergeOverlapping = req.mergeRings;
      buildRings(c, src.campusRoles, opt, rings);
      ringTotals(b, parks, rings);
      break;
    }
    case StatsBy::Park: totalsByPark(b, parks, groups); break;
    case StatsBy::Sector: totalsBySector(b, parks, groups); break;
    case StatsBy::SubSector: totalsBySubSector(b, parks, groups); break;
    case StatsBy::Status: totalsByParkStatus(b, parks, groups); break;
    case StatsBy::CarrierRole: totalsByCarrierRole(b, parks, groups); break;
  }
  fill(groups, req.by == StatsBy::Ring ? &rings : nullptr, req.by, out);
}

StatsSources statsSourcesFromScene(const Scene& scene, const LayerLookup& lookup) {
  StatsSources s;
  s.scenePath = scene.path;
  auto spec = [&](const char* id) -> const LayerSpec* {
    for (const LayerSpec& l : scene.layers)
      if (l.id == id) return &l;
    return nullptr;
  };
  auto bind = [&](const char* id, const FeatureTable*& table, FieldRoles& roles) {
    const LayerSpec* l = spec(id);
    table = l ? lookup(id) : nullptr;
    if (l) roles = l->fields;
  };
  bind("buildings", s.buildings, s.buildingRoles);
  // A planner's own scene (the import dialog, `info --suggest`) names its
  // layers after the file: its buildings are the first extrusion layer read
  // from a source with a floor-area field.
  if (!spec("buildings"))
    for (const LayerSpec& l : scene.layers)
      if (l.kind == LayerKind::Extrusion && l.derived.kind == DerivedKind::None && !l.fields.gfa.empty()) {
        s.buildings = lookup(l.id);
        s.buildingRoles = l.fields;
        break;
      }
  bind("parks", s.parks, s.parkRoles);
  bind("districts", s.districts, s.districtRoles);
  bind("zones", s.zones, s.zoneRoles);
  // The ring layer: id "rings", else the first layer of kind ring (geodata/chengdu.toml: "university_rings").
  const LayerSpec* ringSpec = spec("rings");
  for (const LayerSpec& l : scene.layers)
    if (!ringSpec && l.kind == LayerKind::Ring) ringSpec = &l;
  if (const LayerSpec* rings = ringSpec) {
    s.ringRadii = rings->ringRadii;
    const FeatureTable* t = lookup(rings->id);
    bool points = t && t->size() > 0;
    for (size_t i = 0; points && i < t->size(); ++i) points = t->geom.kind[i] == GeomKind::Point;
    if (points) {
      s.campuses = t;
      s.campusRoles = rings->fields;
    }
  }
  if (!s.campuses) bind("universities", s.campuses, s.campusRoles);
  return s;
}

}  // namespace ps::analysis
