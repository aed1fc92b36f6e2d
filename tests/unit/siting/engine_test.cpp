#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "analysis/siting/demand.h"
#include "analysis/siting/engine.h"
#include "analysis/siting/siting_index.h"
#include "core/error.h"
#include "siting_fixture.h"

using namespace ps;
using namespace ps::siting;
using ps::siting::test::TestScene;

namespace {

const std::string kDemandPath = std::string(PARKSCAPE_TEST_DATA) + "/siting/robots_small.toml";

// The known-ranking scene of docs/SITING.md's worked example.
TestScene rankingScene() {
  TestScene s;
  s.building("A", {1500, 1100}, 4000);     // inside the ring, 10 robot tenants close: best
  s.building("B", {2500, 1000}, 3000);     // 500 m outside the ring, tenants within 1 km
  s.building("C", {4000, 1000}, 2000);     // 2 km from the ring, tenants 2.5 km away
  s.building("D", {6000, 1000}, 5000);     // 4 km from the ring: excluded by ring
  s.building("E", {1200, 1200}, 1000);     // too small: excluded by space
  s.building("F", {1300, 900}, 3000, 0);   // not ready: excluded by ready
  s.building("G", {21000, 1000}, 5000);    // 东部新区, far from the ring: ring comes first
  s.building("H", {12000, 1000}, 5000);    // no zone, far: ring
  return s;
}

std::vector<std::string> ids(const SitingResult& r) {
  std::vector<std::string> v;
  for (const auto& row : r.rows) v.push_back(row.id);
  return v;
}

}  // namespace

TEST(SitingEngine, KnownRanking) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  SitingResult r = runSiting(ev, demandWeights(d), 10);
  EXPECT_EQ(ids(r), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(r.candidates, 8u);
  EXPECT_EQ(r.passing, 3u);
  EXPECT_EQ(r.excludedFirst[size_t(Criterion::Space)], 1u);
  EXPECT_EQ(r.excludedFirst[size_t(Criterion::Ring)], 3u);
  EXPECT_EQ(r.excludedFirst[size_t(Criterion::Ready)], 1u);
  EXPECT_EQ(r.failing[size_t(Criterion::Zone)], 2u);  // G and H, counted first under ring

  // Scores by the documented formulas: weights space 2, ring 2, agglomeration 3.
  EXPECT_NEAR(r.rows[0].score, 100.0, 1e-6);
  double b = (2 * 0.75 + 2 * (1 - 500.0 / 3000) + 3 * 1.0) / 7 * 100;
  EXPECT_NEAR(r.rows[1].score, b, 0.05);  // the ring is a 64-gon: its edge is within 1 m of the circle
  double c = (2 * 0.5 + 2 * (1 - 2000.0 / 3000) + 0) / 7 * 100;
  EXPECT_NEAR(r.rows[2].score, c, 0.05);
  for (const ResultRow& row : r.rows) {
    double sum = 0;
    for (double v : row.contribution) sum += v;
    EXPECT_NEAR(sum, row.score, 1e-9);
  }
  EXPECT_NEAR(r.rows[1].raw[size_t(Criterion::Ring)], 500.0, 1.0);
  EXPECT_EQ(r.rows[0].raw[size_t(Criterion::Agglomeration)], 10.0);
  EXPECT_EQ(r.rows[0].zone, "高新区");
  EXPECT_EQ(r.rows[0].district, "成华区");

  // Explanations say why, in both languages.
  EXPECT_NE(r.rows[0].explanationEn.find("10 Humanoid robots tenants within 2.0 km"), std::string::npos)
      << r.rows[0].explanationEn;
  EXPECT_NE(r.rows[0].explanationEn.find("inside the UESTC (沙河) ring"), std::string::npos) << r.rows[0].explanationEn;
  EXPECT_NE(r.rows[0].explanationEn.find("4,000 m² vacant and ready"), std::string::npos) << r.rows[0].explanationEn;
  EXPECT_NE(r.rows[1].explanationZh.find("距电子科技大学 (沙河)知识经济圈 500 m"), std::string::npos)
      << r.rows[1].explanationZh;
  EXPECT_FALSE(r.rows[0].tie);

  // Each excluded candidate carries its reason.
  auto row = [&](const std::string& id) { return uint32_t(std::find(x.id.begin(), x.id.end(), id) - x.id.begin()); };
  EXPECT_EQ(exclusionReasonEn(ev, row("A")), "");
  EXPECT_EQ(exclusionReasonEn(ev, row("E")), "Available space: 1,000 m² vacant and ready (needs ≥ 2,000 m²)");
  EXPECT_NE(exclusionReasonEn(ev, row("D")).find("University knowledge ring: 4.0 km from the UESTC"), std::string::npos)
      << exclusionReasonEn(ev, row("D"));
  EXPECT_NE(exclusionReasonZh(ev, row("F")).find("即租即用"), std::string::npos);
}

TEST(SitingEngine, ReweightingReorders) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  PerCriterion<double> w{};
  w[size_t(Criterion::Space)] = 1;  // only space counts: A (4,000) > B (3,000) > C (2,000) still
  EXPECT_EQ(ids(runSiting(ev, w, 0)), (std::vector<std::string>{"A", "B", "C"}));
  // Top-k cuts the list; k = 0 is all.
  EXPECT_EQ(runSiting(ev, demandWeights(d), 2).rows.size(), 2u);
  // All-zero weights: every score 0, a tie broken by id.
  SitingResult z = runSiting(ev, PerCriterion<double>{}, 0);
  EXPECT_EQ(ids(z), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_TRUE(z.rows[0].tie && z.rows[2].tie);
  EXPECT_EQ(z.ties, 3u);
}

TEST(SitingEngine, NoCandidatePassesSaysWhichConstraintExcludedHowMany) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  d[Criterion::Space].min = 3500;        // B, C, E, F too small
  d[Criterion::Ring].maxDistance = 100;  // D, G, H too far
  d[Criterion::Zone].values = {"tianfu"};  // A in 高新区
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  SitingResult r = runSiting(ev, demandWeights(d), 10);
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(r.passing, 0u);
  EXPECT_NE(r.noneMessageEn.find("No candidate passes"), std::string::npos);
  EXPECT_NE(r.noneMessageEn.find("space excluded 4"), std::string::npos) << r.noneMessageEn;
  EXPECT_NE(r.noneMessageEn.find("ring excluded 3"), std::string::npos) << r.noneMessageEn;
  EXPECT_NE(r.noneMessageEn.find("zone excluded 1"), std::string::npos) << r.noneMessageEn;
  EXPECT_NE(r.noneMessageZh.find("可用面积 排除 4"), std::string::npos) << r.noneMessageZh;
}

TEST(SitingEngine, TiesAreOrderedByIdAndReported) {
  TestScene s;
  s.building("T2", {1000, 1500}, 3000);  // mirror images about the campus: equal scores
  s.building("T1", {1000, 500}, 3000);
  s.building("T0", {4000, 1000}, 2000);  // worse
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  SitingResult r = runSiting(evaluate(x, d), demandWeights(d), 10);
  ASSERT_EQ(ids(r), (std::vector<std::string>{"T1", "T2", "T0"}));
  EXPECT_EQ(r.rows[0].score, r.rows[1].score);
  EXPECT_TRUE(r.rows[0].tie);
  EXPECT_TRUE(r.rows[1].tie);
  EXPECT_FALSE(r.rows[2].tie);
  EXPECT_EQ(r.ties, 2u);
  EXPECT_NE(r.rows[0].explanationEn.find("tied"), std::string::npos);
  // A tie across the cut is still flagged.
  SitingResult one = runSiting(evaluate(x, d), demandWeights(d), 1);
  ASSERT_EQ(one.rows.size(), 1u);
  EXPECT_EQ(one.rows[0].id, "T1");
  EXPECT_TRUE(one.rows[0].tie);
}

TEST(SitingEngine, DeterministicAcrossRuns) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  SitingIndex x1 = buildSitingIndex(s.inputs(), d.candidates), x2 = buildSitingIndex(s.inputs(), d.candidates);
  SitingResult a = runSiting(evaluate(x1, d), demandWeights(d), 0), b = runSiting(evaluate(x2, d), demandWeights(d), 0);
  ASSERT_EQ(a.rows.size(), b.rows.size());
  for (size_t i = 0; i < a.rows.size(); ++i) {
    EXPECT_EQ(a.rows[i].id, b.rows[i].id);
    EXPECT_EQ(a.rows[i].score, b.rows[i].score);
    EXPECT_EQ(a.rows[i].explanationZh, b.rows[i].explanationZh);
  }
}

TEST(SitingEngine, MissingFieldNamesLayerFieldAndFiles) {
  TestScene s = rankingScene();
  auto& cols = s.buildings.columns;
  cols.erase(std::remove_if(cols.begin(), cols.end(), [](const Column& c) { return c.name == "vacant_m2"; }), cols.end());
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  try {
    evaluate(x, d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "test/buildings.gpkg");
    EXPECT_EQ(e.key(), "vacant_m2");
    std::string m = e.what();
    EXPECT_NE(m.find("layer 'buildings' has no field 'vacant_m2'"), std::string::npos) << m;
    EXPECT_NE(m.find("criteria.space"), std::string::npos) << m;
    EXPECT_NE(m.find(kDemandPath), std::string::npos) << m;
  }
}

TEST(SitingEngine, MissingValuesExcludeOrScoreZero) {
  TestScene s = rankingScene();
  ps::siting::test::addSquare(s.buildings, {1400, 1000}, 10, {{"building_id", "N"}, {"ready_now", int64_t(1)}});
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  uint32_t n = uint32_t(x.size() - 1);
  EXPECT_EQ(ev.firstFail[n], int8_t(Criterion::Space));
  EXPECT_NE(exclusionReasonEn(ev, n).find("? m² vacant"), std::string::npos) << exclusionReasonEn(ev, n);
  d[Criterion::Space].hard = false;  // soft: no value scores 0 and the candidate stays
  Evaluation ev2 = evaluate(x, d);
  EXPECT_EQ(ev2.firstFail[n], -1);
  EXPECT_EQ(ev2.norm[size_t(Criterion::Space)][n], 0.0f);
}

TEST(SitingEngine, MissingLayerAndUnknownNames) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  SitingInputs in = s.inputs();
  in.rings.table = nullptr;
  SitingIndex x = buildSitingIndex(in, d.candidates);
  try {
    evaluate(x, d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), kDemandPath);
    EXPECT_EQ(e.key(), "criteria.ring");
    EXPECT_NE(e.problem().find("'rings'"), std::string::npos);
  }
  SitingIndex full = buildSitingIndex(s.inputs(), d.candidates);
  Demand z = d;
  z[Criterion::Zone].values = {"mars"};
  try {
    evaluate(full, z);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.key(), "criteria.zone.allowed");
    EXPECT_NE(e.problem().find("\"mars\""), std::string::npos);
  }
  Demand n = d;
  n[Criterion::Near] = CriterionSpec{};
  n[Criterion::Near].enabled = true;
  n[Criterion::Near].maxDistance = 1000;
  n[Criterion::Near].values = {"nowhere_university"};
  EXPECT_THROW(evaluate(full, n), Error);
  SitingInputs noBuildings = s.inputs();
  noBuildings.buildings.table = nullptr;
  EXPECT_THROW(buildSitingIndex(noBuildings, CandidateKind::Buildings), Error);
}

TEST(SitingEngine, NamedTargetsAndEcosystem) {
  TestScene s = rankingScene();
  Demand d = loadDemand(kDemandPath);
  d[Criterion::Near].enabled = true;
  d[Criterion::Near].maxDistance = 2000;
  d[Criterion::Near].weight = 1;
  d[Criterion::Near].values = {"电子科技大学"};  // by Chinese name: matches the campus
  d[Criterion::Ecosystem].enabled = true;
  d[Criterion::Ecosystem].maxDistance = 5000;
  d[Criterion::Ecosystem].weight = 1;
  d[Criterion::Ecosystem].values = {"pilot_platform"};
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  SitingResult r = runSiting(ev, demandWeights(d), 10);
  ASSERT_FALSE(r.rows.empty());
  const ResultRow& a = r.rows[0];
  EXPECT_NEAR(a.raw[size_t(Criterion::Near)], std::hypot(500.0, 100.0), 1e-6);
  EXPECT_NEAR(a.raw[size_t(Criterion::Ecosystem)], std::hypot(1500.0, 100.0), 1e-6);
  EXPECT_NE(a.explanationEn.find("from pilot platform Robot pilot platform"), std::string::npos) << a.explanationEn;
  EXPECT_NE(a.explanationZh.find("距中试平台机器人中试平台"), std::string::npos) << a.explanationZh;
}

TEST(SitingEngine, ParcelsUseAreaTimesFar) {
  TestScene s;
  FeatureTable parcels;
  parcels.source = "test/parcels";
  ps::siting::test::addRect(parcels, {1000, 1000}, {1100, 1100}, {{"parcel_id", "L1"}, {"park_id", "P1"}, {"far", 2.0}});
  ps::siting::test::addRect(parcels, {1200, 1000}, {1300, 1100},
                            {{"parcel_id", "L2"}, {"park_id", "P1"}, {"far", 1.0}, {"area_m2", 50000.0}});
  SitingInputs in = s.inputs();
  in.parcels = {&parcels, "parcels", nullptr};
  Demand d = parseDemand("sector = \"energy\"\ncandidates = \"parcels\"\n[criteria.space]\nmin_m2 = 15000\nhard = true\n",
                         "p.toml");
  SitingIndex x = buildSitingIndex(in, d.candidates);
  EXPECT_NEAR(x.space[0], 20000.0, 1e-6);  // geometry area 10,000 m² x FAR 2
  EXPECT_NEAR(x.space[1], 50000.0, 1e-6);  // area_m2 field wins over geometry
  SitingResult r = runSiting(evaluate(x, d), demandWeights(d), 10);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_NE(r.rows[0].explanationEn.find("buildable"), std::string::npos);
}

// Land use comes from the building's parcel (parcel_id); building type and floor load from the
// building. The hydrogen line of geodata/demands: only M2/M3 land and a heavy plant qualify.
TEST(SitingEngine, LandUseAndBuildingTypeFilterAndExplain) {
  TestScene s;
  FeatureTable buildings, parcels;
  buildings.source = "test/buildings";
  parcels.source = "test/parcels";
  using ps::siting::test::addRect;
  using ps::siting::test::addSquare;
  addRect(parcels, {0, 0}, {400, 400}, {{"parcel_id", "L1"}, {"land_use", "M1 一类工业用地"}});
  addRect(parcels, {500, 0}, {900, 400}, {{"parcel_id", "L2"}, {"land_use", "M2 二类工业用地"}});
  addRect(parcels, {1000, 0}, {1400, 400}, {{"parcel_id", "L3"}, {"land_use", "M3 三类工业用地"}});
  auto bld = [&](const char* id, const char* parcel, glm::dvec2 c, const char* type, double load) {
    addSquare(buildings, c, 20,
              {{"building_id", id}, {"parcel_id", parcel}, {"sector", "energy"}, {"vacant_m2", 5000.0},
               {"building_type", type}, {"floor_load_kn_m2", load}});
  };
  bld("B1", "L1", {200, 200}, "plant", 15);       // M1 land: excluded by land use
  bld("B2", "L2", {700, 200}, "office", 4);       // M2, but an office: excluded by building type
  bld("B3", "L2", {750, 300}, "plant", 8);        // M2 plant, floor too light: excluded
  bld("B4", "L3", {1200, 200}, "pilot_plant", 12); // M3 pilot plant: the one that fits
  SitingInputs in = s.inputs();
  in.buildings = {&buildings, "buildings", nullptr};
  in.parcels = {&parcels, "parcels", nullptr};
  const Demand d = parseDemand(
      "sector = \"energy\"\n[criteria.land_use]\nallowed = [\"M2\", \"M3\"]\nhard = true\n"
      "[criteria.building_type]\ntypes = [\"plant\", \"pilot_plant\"]\nmin_floor_load = 10\nhard = true\n",
      "h.toml");
  const SitingIndex x = buildSitingIndex(in, d.candidates);
  EXPECT_EQ(x.landUse, (std::vector<std::string>{"M1", "M2", "M2", "M3"}));
  const Evaluation ev = evaluate(x, d);
  SitingResult r = runSiting(ev, demandWeights(d), 10);
  EXPECT_EQ(ids(r), (std::vector<std::string>{"B4"}));
  EXPECT_NE(exclusionReasonEn(ev, 0).find("land use M1"), std::string::npos) << exclusionReasonEn(ev, 0);
  EXPECT_NE(exclusionReasonEn(ev, 1).find("office"), std::string::npos) << exclusionReasonEn(ev, 1);
  EXPECT_NE(exclusionReasonZh(ev, 2).find("荷载 ≥ 10"), std::string::npos) << exclusionReasonZh(ev, 2);

  // Without the parcels layer the land use is unknown: the demand names the missing field.
  in.parcels = {};
  const SitingIndex y = buildSitingIndex(in, d.candidates);
  try {
    evaluate(y, d);
    FAIL() << "no error without land use";
  } catch (const Error& e) {
    EXPECT_EQ(e.key(), "land_use") << e.what();
  }
}
