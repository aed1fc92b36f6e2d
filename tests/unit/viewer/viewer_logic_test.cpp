// Viewer logic on the built-in demo scene: pinyin, search, filters, picking
// on roofs and walls, commands and session round trips.
#include <algorithm>
#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>

#include "viewer/filter_eval.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "geo/lonlat_projector.h"
#include "viewer/pick.h"
#include "viewer/search.h"
#include "core/pinyin.h"
#include "core/sectors.h"
#include "scene/scene.h"

using namespace ps;
using namespace ps::viewer;

namespace {

constexpr glm::dvec2 kView{1600, 900};

struct Demo {
  ViewerState s;
  std::unique_ptr<geo::GeoProjector> geo;
  PickIndex pick;
  Demo() {
    auto data = std::make_shared<data::SceneData>(makeDemoScene());
    geo = std::make_unique<geo::GeoProjector>(data->scene.crs);
    installScene(s, data, geo.get(), kView);
    buildPickIndex(*s.data, pick);
  }
  uint32_t layer(const std::string& id) const {
    for (uint32_t i = 0; i < s.data->layers.size(); ++i)
      if (s.data->layers[i].spec->id == id) return i;
    return UINT32_MAX;
  }
};

}  // namespace

TEST(ViewerPinyin, Initials) {
  EXPECT_EQ(pinyinInitials("武侯区"), "whq");
  EXPECT_EQ(pinyinInitials("成都3号园"), "cd3hy");
  EXPECT_EQ(pinyinInitials("Tianfu 新区"), "tianfuxq");
  for (const char* d : {"锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区", "温江区",
                        "双流区", "郫都区", "新津区", "简阳市", "都江堰市", "彭州市", "邛崃市", "崇州市", "金堂县",
                        "大邑县", "蒲江县", "四川天府新区", "成都东部新区", "成都高新区"})
    EXPECT_EQ(pinyinInitials(d).find('?'), std::string::npos) << d;
  EXPECT_EQ(pinyinInitials("龙泉驿区"), "lqyq");
  EXPECT_EQ(pinyinInitials("郫都区"), "pdq");
}

TEST(ViewerSearch, ChineseEnglishAndInitials) {
  Demo d;
  for (const char* q : {"武侯区", "武侯", "whq", "WHQ", "Wuhou", "wuhou district"}) {
    auto hits = search(*d.s.data, q);
    ASSERT_FALSE(hits.empty()) << q;
    EXPECT_EQ(hits[0].name, "武侯区") << q;
    EXPECT_EQ(hits[0].kindKey, "kind.district") << q;
  }
  auto jj = search(*d.s.data, "jj");
  ASSERT_GE(jj.size(), 2u);  // 锦江区 and 锦江数字智能加速园
  EXPECT_EQ(jj[0].name, "锦江区");
  EXPECT_TRUE(search(*d.s.data, "").empty());
  EXPECT_TRUE(search(*d.s.data, "xyzzy").empty());
  // Buildings (extrusions) are not search targets.
  for (const auto& h : search(*d.s.data, "号楼")) EXPECT_NE(h.ref.layer, d.layer("buildings"));
}

TEST(ViewerFilter, SectorAndRanges) {
  Demo d;
  const auto& b = d.s.data->layers[d.layer("buildings")];
  FilterState f;
  for (const Sector& s : sectors())
    if (s.id != "bio") f.hiddenSectors.insert(std::string(s.id));
  std::vector<uint8_t> pass;
  evalFilter(b.table, b.spec->fields, f, pass);
  const Column* sec = b.table.column("sector");
  size_t bio = 0;
  for (size_t r = 0; r < pass.size(); ++r) {
    EXPECT_EQ(pass[r] != 0, sec->asString(r) == "bio") << r;
    bio += pass[r];
  }
  EXPECT_EQ(bio, 11u);
  // Districts have no sector: untouched.
  const auto& dist = d.s.data->layers[d.layer("districts")];
  evalFilter(dist.table, dist.spec->fields, f, pass);
  EXPECT_EQ(std::count(pass.begin(), pass.end(), 1), 4);

  FilterState r;
  r.floors = {true, 10, 20, 0, 0};
  evalFilter(b.table, b.spec->fields, r, pass);
  const Column* floors = b.table.column("floors");
  for (size_t i = 0; i < pass.size(); ++i) {
    const double v = floors->asReal(i);
    EXPECT_EQ(pass[i] != 0, v >= 10 && v <= 20) << i;
  }
}

TEST(ViewerFilter, CommandsFadeOrHideWithoutTouchingGeometry) {
  Demo d;
  const uint32_t bl = d.layer("buildings");
  const size_t coords = d.s.data->layers[bl].table.geom.coords.size();
  const uint64_t rev = d.s.styleRevision;
  soloSector(d.s, "energy");
  EXPECT_GT(d.s.styleRevision, rev);
  EXPECT_EQ(d.s.visibleCount[bl], 11u);
  size_t faded = std::count_if(d.s.visuals[bl].begin(), d.s.visuals[bl].end(), [](const FeatureVisual& v) { return v.flags & kFaded; });
  EXPECT_EQ(faded, 62u);
  setFilterHides(d.s, true);
  size_t hidden = std::count_if(d.s.visuals[bl].begin(), d.s.visuals[bl].end(), [](const FeatureVisual& v) { return v.flags & kHidden; });
  EXPECT_EQ(hidden, 62u);
  clearFilters(d.s);
  EXPECT_EQ(d.s.visibleCount[bl], 73u);
  EXPECT_EQ(d.s.data->layers[bl].table.geom.coords.size(), coords);
}

TEST(ViewerPick, RoofAndWallOfExtrudedBuildings) {
  Demo d;
  const uint32_t bl = d.layer("buildings");
  // Look at building row 21 from 500 m, tilted.
  glm::dvec2 lo, hi;
  ASSERT_TRUE(featureBounds(*d.s.data, {bl, 21}, lo, hi));
  d.s.camera.center = (lo + hi) * 0.5;
  d.s.camera.distance = 500;
  d.s.camera.pitchDeg = 55;
  d.s.camera.bearingDeg = 30;
  const FeatureVisual& v = d.s.visuals[bl][21];
  ASSERT_GT(v.height, 10.0f);
  // Roof: a point on the southern half of the roof, inside the rectangles and
  // the L shapes alike (the box centre is the L's inner corner, on its edge).
  const glm::dvec2 onRoof{(lo.x + hi.x) * 0.5, lo.y + (hi.y - lo.y) * 0.25};
  auto roof = d.s.camera.worldToScreen({onRoof, v.height}, kView.x, kView.y);
  ASSERT_TRUE(roof);
  auto hit = pick(d.s, d.pick, *roof, kView);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->ref, (FeatureRef{bl, 21}));
  EXPECT_FALSE(hit->wall);
  EXPECT_NEAR(hit->point.z, v.height, 0.01);
  // Wall: the south face (the eye is south-west of it) at a third of the height.
  auto wall = d.s.camera.worldToScreen({glm::dvec2((lo.x + hi.x) * 0.5, lo.y), v.height / 3}, kView.x, kView.y);
  ASSERT_TRUE(wall);
  hit = pick(d.s, d.pick, *wall, kView);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->ref, (FeatureRef{bl, 21}));
  EXPECT_TRUE(hit->wall);
  EXPECT_NEAR(hit->point.z, v.height / 3, 0.5);
  // Hidden by a filter: not pickable; the ground below picks the district.
  soloSector(d.s, "materials");
  setFilterHides(d.s, true);
  ASSERT_TRUE(d.s.visuals[bl][21].flags & kHidden);
  hit = pick(d.s, d.pick, *wall, kView);
  ASSERT_TRUE(hit);
  EXPECT_NE(hit->ref.layer, bl);
}

TEST(ViewerSelection, ShiftAddsAndTogglesOneSharedSelection) {
  Demo d;
  const uint32_t bl = d.layer("buildings");
  select(d.s, FeatureRef{bl, 1}, false);
  select(d.s, FeatureRef{bl, 2}, true);
  ASSERT_EQ(d.s.selection.size(), 2u);
  EXPECT_TRUE(d.s.visuals[bl][1].flags & kSelected);
  EXPECT_TRUE(d.s.visuals[bl][2].flags & kSelected);
  select(d.s, FeatureRef{bl, 1}, true);  // shift-click again removes
  ASSERT_EQ(d.s.selection.size(), 1u);
  EXPECT_FALSE(d.s.visuals[bl][1].flags & kSelected);
  select(d.s, std::nullopt, false);
  EXPECT_TRUE(d.s.selection.empty());
}

TEST(ViewerSession, SaveAndLoadKeepsViewFiltersSelectionLanguage) {
  Demo d;
  const uint32_t bl = d.layer("buildings");
  d.s.camera.distance = 1234;
  d.s.camera.bearingDeg = 33;
  soloSector(d.s, "bio");
  setRange(d.s, "floors", true, 5, 25);
  setFilterHides(d.s, true);
  select(d.s, FeatureRef{bl, 21}, false);
  setLanguage(d.s, Lang::En);
  setLayerOpacity(d.s, bl, 0.5f);
  moveLayer(d.s, d.layer("districts"), +1);
  Scene out = sessionScene(d.s, *d.geo);
  const std::string path = std::string(PARKSCAPE_TEST_TMP) + "/viewer_session.toml";
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  for (auto& l : out.layers) l.source.path = "demo.gpkg";  // in-memory demo layers have no file
  saveScene(out, path);
  Scene back = loadScene(path);
  EXPECT_NEAR(back.camera.distance, 1234, 1e-6);
  EXPECT_NEAR(back.camera.bearing, 33, 1e-6);
  EXPECT_EQ(back.session.hiddenSectors.size(), 6u);
  ASSERT_TRUE(back.session.floorsRange);
  EXPECT_EQ(*back.session.floorsRange, glm::dvec2(5, 25));
  EXPECT_TRUE(back.session.hideFiltered);
  ASSERT_EQ(back.session.selection.size(), 1u);
  EXPECT_EQ(back.session.selection[0].first, "buildings");
  EXPECT_EQ(back.session.selection[0].second, 22);
  EXPECT_EQ(back.session.language, "en");
  // Layer order as drawn: districts moved above buildings.
  ASSERT_EQ(back.layers.size(), 3u);
  EXPECT_EQ(back.layers[0].id, "buildings");
  EXPECT_EQ(back.layers[1].id, "districts");
  EXPECT_NEAR(back.layers[0].style.opacity, 0.5, 1e-4);

  // Installing the saved scene restores filters, selection and language.
  auto data = std::make_shared<data::SceneData>(makeDemoScene());
  data->scene.session = back.session;
  ViewerState s2;
  installScene(s2, data, d.geo.get(), kView);
  EXPECT_EQ(s2.lang, Lang::En);
  EXPECT_EQ(s2.filter.hiddenSectors.size(), 6u);
  EXPECT_TRUE(s2.filter.floors.enabled);
  ASSERT_EQ(s2.selection.size(), 1u);
  EXPECT_EQ(s2.selection[0].row, 21u);
}
