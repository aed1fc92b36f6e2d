#include "sample/park_plan.h"

namespace ps::sample {
namespace {

constexpr AnchorKind U = AnchorKind::University, C = AnchorKind::Cluster, Z = AnchorKind::Zone,
                     D = AnchorKind::District;

// Order matters only for --scale < 1 (a prefix is used): the first 14 cover every sector.
// Which sub-sector goes where is an assumption unless docs/DATA.md quotes the seed for it.
constexpr ParkSlot kSlots[] = {
    // One park per sector first, at its most obvious home.
    {"uestc_shahe", U, "optical_chips"},
    {"tianfu_bio_city", C, "gene_cell_therapy"},
    {"new_materials_zone", C, "green_hydrogen"},   // the seed: 四川最大氢源制备基地
    {"uav_test_base", C, "drones"},                // the seed: 建强无人机试飞基地
    {"gaoxin_south_a", Z, "humanoid_robots"},
    {"scu_wangjiang", U, "hp_fibres"},             // 高分子材料工程国家重点实验室 (the seed) is at SCU
    {"chengdu_science_city", C, "cognitive_ai"},
    {"scu_huaxi", U, "digital_diagnosis"},
    {"hl3_tokamak", C, "advanced_nuclear"},
    {"swjtu_jiuli", U, "hyperloop"},
    {"uestc_qingshuihe", U, "satellite_internet"},
    {"tianfu_newenergy_materials", C, "advanced_carbon"},
    {"swpu_chengdu", U, "deep_earth_sea_space"},
    {"dongbu_airport", Z, "commercial_space"},
    // 全域竞相培育: a park in each district that has no other anchor (places: district seats).
    {"qingbaijiang", D, "hp_fibres"},
    {"xinjin", D, "drones"},
    {"jintang", D, "energy_storage"},
    {"dayi", D, "advanced_carbon"},
    {"pujiang", D, "synthetic_biology"},
    {"dujiangyan", D, "digital_diagnosis"},
    {"chongzhou", D, "flexible_electronics"},
    {"huaxi_medbeauty_city", C, "synthetic_biology"},
    // 环高校知识经济圈: the rest of the university rings.
    {"uestc_jiulidi", U, "advanced_computing"},    // 电子科技大学金牛未来产业科技园
    {"uestc_shahe", U, "6g"},
    {"uestc_shahe", U, "metaverse"},
    {"uestc_qingshuihe", U, "brain_inspired"},
    {"uestc_qingshuihe", U, "flexible_electronics"},
    {"swjtu_jiuli", U, "advanced_computing"},
    {"swjtu_xipu", U, "hyperloop"},
    {"swjtu_xipu", U, "energy_storage"},
    {"cdut", U, "nuclear_medicine"},
    {"xhu", U, "flying_cars"},
    {"xhu", U, "energy_storage"},
    {"scu_huaxi", U, "gene_cell_therapy"},
    {"scu_jiangan", U, "synthetic_biology"},
    {"scu_jiangan", U, "quantum"},
    {"swufe_guanghua", U, "advanced_computing"},
    {"sicau_wenjiang", U, "bio_breeding"},
    {"cdutcm_shierqiao", U, "synthetic_biology"},
    {"cuit", U, "satellite_internet"},
    {"sicnu_shizishan", U, "metaverse"},
    {"cdu", U, "humanoid_robots"},
    {"sicnu_chenglong", U, "green_hydrogen"},
    {"cmc", U, "gene_cell_therapy"},
    {"swjtu_east", U, "aerospace_propulsion"},
    // Named clusters with matching sectors.
    {"tianfu_bio_city", C, "synthetic_biology"},
    {"tianfu_bio_city", C, "nuclear_medicine"},
    {"chengdu_medical_city", C, "gene_cell_therapy"},
    {"chengdu_medical_city", C, "digital_diagnosis"},
    {"future_medical_city", C, "digital_diagnosis"},
    {"future_medical_city", C, "nuclear_medicine"},
    {"tianfu_tcm_city", C, "synthetic_biology"},
    {"tianfu_seed_park", C, "bio_breeding"},
    {"new_materials_zone", C, "green_hydrogen"},
    {"tianfu_newenergy_materials", C, "energy_storage"},
    {"uav_test_base", C, "flying_cars"},
    {"kechuang_island", C, "brain_inspired"},
    {"chengdu_science_city", C, "quantum"},
    {"chengdu_science_city", C, "superconductivity"},
    {"chengdu_science_city", C, "advanced_nuclear"},  // SWIP's fusion base by 兴隆湖
    {"supercomputer", C, "advanced_computing"},
    {"maglev_test_platform", C, "hyperloop"},
    // Inside the lead zones.
    {"gaoxin_south_a", Z, "metaverse"},
    {"gaoxin_south_b", Z, "6g"},
    {"gaoxin_west", Z, "optical_chips"},
    {"dongbu_airport", Z, "aerospace_propulsion"},
};

constexpr ZoneSite kZoneSites[] = {
    {"gaoxin_south_a", "gaoxin", "高新南区", "High-tech Zone south", "武侯区", {104.062, 30.560}},
    {"gaoxin_south_b", "gaoxin", "新川", "Xinchuan", "双流区", {104.092, 30.548}},
    {"gaoxin_west", "gaoxin", "高新西区", "High-tech Zone west", "郫都区", {103.965, 30.742}},
    {"dongbu_airport", "dongbu", "空港新城", "Airport New City", "简阳市", {104.470, 30.400}},
    // District seats (approximate, ±2 km) of the districts no other anchor reaches.
    {"qingbaijiang", "", "青白江", "Qingbaijiang", "青白江区", {104.240, 30.870}},
    {"xinjin", "", "新津", "Xinjin", "新津区", {103.820, 30.420}},
    {"jintang", "", "金堂", "Jintang", "金堂县", {104.420, 30.850}},
    {"dayi", "", "大邑", "Dayi", "大邑县", {103.520, 30.590}},
    {"pujiang", "", "蒲江", "Pujiang", "蒲江县", {103.510, 30.200}},
    {"dujiangyan", "", "都江堰", "Dujiangyan", "都江堰市", {103.640, 30.980}},
    {"chongzhou", "", "崇州", "Chongzhou", "崇州市", {103.680, 30.630}},
};

// Radii cover the water or runways plus a margin; the 三岔湖 disc is generous because the
// reservoir is dendritic and its position here is approximate.
constexpr Exclusion kExclusions[] = {
    {"兴隆湖 Xinglong Lake", {104.082, 30.403}, 1500},
    {"三岔湖 Sancha Lake", {104.335, 30.245}, 3500},
    {"双流国际机场 Shuangliu airport", {103.947, 30.578}, 2600},
    {"天府国际机场 Tianfu airport", {104.445, 30.320}, 4500},
};

// The water the sample maps (holes in the zone outlines; nothing is drawn in it): 兴隆湖 about
// 3 km² of water (a 1 km disc), 三岔湖 drawn as generously as its exclusion.
constexpr Exclusion kWater[] = {
    {"兴隆湖 Xinglong Lake", {104.082, 30.403}, 1000},
    {"三岔湖 Sancha Lake", {104.335, 30.245}, 3500},
};

struct Place {
  std::string_view prefix, zh, en;
};
constexpr Place kCampusPlaces[] = {
    {"uestc_jiulidi", "电子科大金牛", "UESTC Jinniu"}, {"uestc_", "环电子科大", "UESTC ring"},   {"scu_", "环川大", "SCU ring"},
    {"swjtu_", "环西南交大", "SWJTU ring"},   {"swufe_", "环西南财大", "SWUFE ring"},
    {"cdutcm_", "环成中医", "CDUTCM ring"},   {"cdut", "环成都理工", "CDUT ring"},
    {"swun_", "环西南民大", "SWUN ring"},     {"sicau_", "环川农大", "SICAU ring"},
    {"xhu", "环西华大学", "XHU ring"},        {"cuit", "环成信大", "CUIT ring"},
    {"sicnu_", "环川师大", "SICNU ring"},     {"cdu", "环成都大学", "CDU ring"},
    {"swpu_", "环西南石大", "SWPU ring"},     {"cmc", "环成都医学院", "CMC ring"},
};
constexpr Place kClusterPlaces[] = {
    {"future_medical_city", "未来医学城", "Future Medical City"},
    {"tianfu_bio_city", "天府国际生物城", "Tianfu Bio-Town"},
    {"chengdu_medical_city", "成都医学城", "Chengdu Medical City"},
    {"huaxi_medbeauty_city", "华西医美健康城", "Huaxi Med-Aesthetics City"},
    {"tianfu_tcm_city", "天府中药城", "Tianfu TCM City"},
    {"tianfu_seed_park", "天府现代种业园", "Tianfu Seed Park"},
    {"new_materials_zone", "彭州新材料", "Pengzhou New Materials"},
    {"tianfu_newenergy_materials", "羊安新能源", "Yang'an New Energy"},
    {"uav_test_base", "彭州试飞基地", "Pengzhou UAV test base"},
    {"kechuang_island", "科创生态岛", "Innovation Island"},
    {"chengdu_science_city", "成都科学城", "Chengdu Science City"},
    {"hl3_tokamak", "双流聚变", "Shuangliu Fusion"},
    {"vector_light_field", "成都科学城", "Chengdu Science City"},
    {"maglev_test_platform", "成都科学城", "Chengdu Science City"},
    {"supercomputer", "超算中心", "Supercomputing Centre"},
};

}  // namespace

std::span<const ParkSlot> parkSlots() { return kSlots; }
std::span<const ZoneSite> zoneSites() { return kZoneSites; }
std::span<const Exclusion> exclusions() { return kExclusions; }
std::span<const Exclusion> mappedWater() { return kWater; }

const ZoneSite* findZoneSite(std::string_view id) {
  for (const ZoneSite& z : kZoneSites)
    if (z.id == id) return &z;
  return nullptr;
}

std::string_view placeZh(std::string_view id, AnchorKind kind) {
  if (kind == AnchorKind::Zone || kind == AnchorKind::District) {
    const ZoneSite* z = findZoneSite(id);
    return z ? z->nameZh : std::string_view{};
  }
  if (kind == AnchorKind::University) {
    for (const Place& p : kCampusPlaces)
      if (id.substr(0, p.prefix.size()) == p.prefix) return p.zh;
    return {};
  }
  for (const Place& p : kClusterPlaces)
    if (id == p.prefix) return p.zh;
  return {};
}

std::string_view placeEn(std::string_view id, AnchorKind kind) {
  if (kind == AnchorKind::Zone || kind == AnchorKind::District) {
    const ZoneSite* z = findZoneSite(id);
    return z ? z->nameEn : std::string_view{};
  }
  if (kind == AnchorKind::University) {
    for (const Place& p : kCampusPlaces)
      if (id.substr(0, p.prefix.size()) == p.prefix) return p.en;
    return {};
  }
  for (const Place& p : kClusterPlaces)
    if (id == p.prefix) return p.en;
  return {};
}

}  // namespace ps::sample
