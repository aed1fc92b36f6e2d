#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "analysis/siting/demand.h"
#include "core/error.h"

using namespace ps;
using namespace ps::siting;

namespace {

// Expects parseDemand to throw naming this file and key.
void expectBad(const std::string& toml, const std::string& key, const std::string& problemPart = "") {
  const std::string path = "demands/bad.toml";
  try {
    parseDemand(toml, path);
    FAIL() << "no error for key " << key;
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), path) << e.what();
    EXPECT_EQ(e.key(), key) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    if (!problemPart.empty()) {
      EXPECT_NE(e.problem().find(problemPart), std::string::npos) << e.what();
    }
  }
}

const char* kHead = "name = \"x\"\nsector = \"digital\"\n";

}  // namespace

TEST(SitingDemand, ExampleDemandsParse) {
  int n = 0;
  for (const auto& f : std::filesystem::directory_iterator(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/demands")) {
    if (f.path().extension() != ".toml") continue;
    Demand d = loadDemand(f.path().string());
    EXPECT_FALSE(d.name.empty()) << f.path();
    EXPECT_FALSE(d.nameEn.empty()) << f.path();
    EXPECT_FALSE(d.sector.empty()) << f.path();
    ++n;
  }
  EXPECT_GE(n, 4);
}

TEST(SitingDemand, RobotDemandFields) {
  Demand d = loadDemand(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/demands/humanoid_robot_team.toml");
  EXPECT_EQ(d.sector, "digital");
  EXPECT_EQ(d.subSector, "humanoid_robots");
  EXPECT_EQ(d.candidates, CandidateKind::Buildings);
  const CriterionSpec& space = d[Criterion::Space];
  EXPECT_TRUE(space.enabled && space.hard);
  EXPECT_EQ(space.min, 2000);
  EXPECT_EQ(space.max, 4000);
  EXPECT_EQ(d[Criterion::Ring].maxDistance, 3000);
  EXPECT_EQ(d[Criterion::Zone].values, (std::vector<std::string>{"gaoxin", "tianfu"}));
  EXPECT_TRUE(d[Criterion::Ready].hard);
  EXPECT_EQ(d[Criterion::Ready].weight, 0);  // hard criteria weigh nothing unless told
  EXPECT_TRUE(d[Criterion::Agglomeration].subSector);
  EXPECT_EQ(d[Criterion::Agglomeration].weight, 3);
  EXPECT_FALSE(d[Criterion::Rent].enabled);
  PerCriterion<double> w = demandWeights(d);
  EXPECT_EQ(w[size_t(Criterion::Agglomeration)], 3);
  EXPECT_EQ(w[size_t(Criterion::Rent)], 0);
}

TEST(SitingDemand, SectorByNameAndSubSectorImpliesSector) {
  Demand d = parseDemand("sub_sector = \"光芯片\"\n[criteria.sector]\n", "x.toml");
  EXPECT_EQ(d.sector, "network");
  EXPECT_EQ(d.subSector, "optical_chips");
  EXPECT_EQ(d[Criterion::Sector].weight, 1);  // soft default
}

TEST(SitingDemand, MissingKeys) {
  expectBad("name = \"x\"\n[criteria.ready]\n", "sector", "required");
  expectBad(std::string(kHead) + "[criteria.space]\nmax_m2 = 10\n", "criteria.space.min_m2", "required");
  expectBad(std::string(kHead) + "[criteria.ring]\nhard = true\n", "criteria.ring.max_m", "required");
  expectBad(std::string(kHead) + "[criteria.near]\nmax_m = 10\n", "criteria.near.targets", "required");
  expectBad(std::string(kHead) + "[criteria.agglomeration]\nradius_m = 10\nhard = true\n",
            "criteria.agglomeration.min_count", "required");
  expectBad(kHead, "criteria", "at least one");
}

TEST(SitingDemand, WrongTypes) {
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = \"2000\"\n", "criteria.space.min_m2", "number");
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = 2000\nhard = 1\n", "criteria.space.hard", "true or false");
  expectBad(std::string(kHead) + "[criteria.zone]\nallowed = [1, 2]\n", "criteria.zone.allowed[0]", "string");
  expectBad(std::string(kHead) + "top = 2.5\n[criteria.ready]\n", "top");
  expectBad("name = 3\nsector = \"bio\"\n[criteria.ready]\n", "name", "string");
  expectBad(std::string(kHead) + "criteria = 3\n", "criteria", "table");
}

TEST(SitingDemand, ImpossibleValues) {
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = -5\n", "criteria.space.min_m2", "negative");
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = 500\nmax_m2 = 100\n", "criteria.space.max_m2", "less than");
  expectBad(std::string(kHead) + "[criteria.floors]\nmin = 5\nmax = 2\n", "criteria.floors.max", "less than");
  expectBad(std::string(kHead) + "[criteria.occupancy]\nmax = 90\n", "criteria.occupancy.max", "between 0 and 1");
  expectBad(std::string(kHead) + "[criteria.ring]\nmax_m = 0\n", "criteria.ring.max_m", "greater than 0");
  expectBad(std::string(kHead) + "[criteria.sector]\nweight = -1\n", "criteria.sector.weight", ">= 0");
  expectBad(std::string(kHead) + "[criteria.rent]\nweight = 1\n", "criteria.rent", "min, max");
}

// Hardening: values that used to slip through (null scores, a float-to-int overflow).
TEST(SitingDemand, NonFiniteAndHugeValues) {
  expectBad(std::string(kHead) + "[criteria.sector]\nweight = inf\n", "criteria.sector.weight", "finite");
  expectBad(std::string(kHead) + "[criteria.sector]\nweight = nan\n", "criteria.sector.weight", "finite");
  expectBad(std::string(kHead) + "[criteria.sector]\nweight = 1e9\n", "criteria.sector.weight", "at most 100");
  expectBad(std::string(kHead) + "[criteria.agglomeration]\nradius_m = 1e300\n", "criteria.agglomeration.radius_m",
            "at most 500000 m");
  expectBad(std::string(kHead) + "[criteria.ring]\nmax_m = inf\n", "criteria.ring.max_m", "finite");
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = 1e30\n", "criteria.space.min_m2", "at most 1e9");
}

TEST(SitingDemand, UnknownNames) {
  expectBad("sector = \"robots\"\n[criteria.ready]\n", "sector", "unknown sector \"robots\"");
  expectBad("sub_sector = \"androids\"\n[criteria.ready]\n", "sub_sector", "unknown sub-sector");
  expectBad(std::string(kHead) + "[criteria.spaec]\nmin_m2 = 1\n", "criteria.spaec", "unknown criterion");
  expectBad(std::string(kHead) + "[criteria.space]\nmin_m2 = 1\nmax = 3\n", "criteria.space.max", "unknown key");
  expectBad(std::string(kHead) + "colour = \"red\"\n[criteria.ready]\n", "colour", "unknown key");
  expectBad(std::string(kHead) + "[layers]\nroads = \"r\"\n[criteria.ready]\n", "layers.roads", "unknown layer role");
  expectBad(std::string(kHead) + "[criteria.ecosystem]\nmax_m = 5\nkinds = [\"labs\"]\n", "criteria.ecosystem.kinds",
            "unknown ecosystem kind");
  expectBad(std::string(kHead) + "candidates = \"parcels\"\n[criteria.rent]\nmax = 5\n", "criteria.rent", "buildings only");
}

TEST(SitingDemand, SyntaxErrorNamesLine) {
  try {
    parseDemand("name = \"x\"\nsector = \n", "bad.toml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "bad.toml");
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(SitingDemand, BadFilesOnDisk) {
  const std::string dir = std::string(PARKSCAPE_TEST_DATA) + "/siting/";
  for (auto [file, key] : {std::pair<const char*, const char*>{"bad_negative_area.toml", "criteria.space.min_m2"},
                           {"bad_max_below_min.toml", "criteria.space.max_m2"}}) {
    try {
      loadDemand(dir + file);
      FAIL() << file;
    } catch (const Error& e) {
      EXPECT_EQ(e.file(), dir + file);
      EXPECT_EQ(e.key(), key);
    }
  }
  EXPECT_THROW(loadDemand(dir + "no_such_file.toml"), Error);
}

TEST(SitingDemand, LandUseAndBuildingTypeErrorsNameTheKey) {
  const std::string h = kHead;
  expectBad(h + "[criteria.land_use]\nallowed = [\"industrial\"]\n", "criteria.land_use.allowed", "land-use class code");
  expectBad(h + "[criteria.land_use]\nweight = 1\n", "criteria.land_use.allowed", "required");
  expectBad(h + "[criteria.building_type]\ntypes = [\"warehouse\"]\n", "criteria.building_type.types", "unknown building type");
  expectBad(h + "[criteria.building_type]\nmin_floor_load = 0\n", "criteria.building_type.min_floor_load", "kN/m²");
  expectBad(h + "[criteria.building_type]\nmin_floor_load = 1e6\n", "criteria.building_type.min_floor_load");
  expectBad(h + "[criteria.building_type]\nweight = 1\n", "criteria.building_type", "types, min_floor_load");
  expectBad(h + "candidates = \"parcels\"\n[criteria.building_type]\ntypes = [\"plant\"]\n",
            "criteria.building_type", "buildings only");
  const Demand d = parseDemand(h + "[criteria.land_use]\nallowed = [\"M2\", \"A35\"]\nhard = true\n"
                                   "[criteria.building_type]\ntypes = \"gmp\"\nmin_floor_load = 7.5\n",
                               "ok.toml");
  EXPECT_EQ(d[Criterion::LandUse].values, (std::vector<std::string>{"M2", "A35"}));
  EXPECT_EQ(d[Criterion::BuildingType].values, (std::vector<std::string>{"gmp"}));
  EXPECT_EQ(d[Criterion::BuildingType].minLoad, 7.5);
}

TEST(SitingDemand, BundledPolicyDemandsUseTheNewCriteria) {
  const std::string dir = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/demands/";
  const Demand h = loadDemand(dir + "hydrogen_pilot_line.toml");
  EXPECT_TRUE(h[Criterion::LandUse].hard);
  EXPECT_EQ(h[Criterion::LandUse].values, (std::vector<std::string>{"M2", "M3"}));
  EXPECT_EQ(loadDemand(dir + "flying_car_team.toml").subSector, "flying_cars");
  EXPECT_EQ(loadDemand(dir + "digital_diagnosis_company.toml").subSector, "digital_diagnosis");
  EXPECT_EQ(loadDemand(dir + "metaverse_studio.toml").subSector, "metaverse");  // written "元宇宙＋"
  const Demand q = loadDemand(dir + "quantum_lab.toml");
  EXPECT_EQ(q.subSector, "quantum");
  EXPECT_EQ(q[Criterion::BuildingType].minLoad, 10);
}
