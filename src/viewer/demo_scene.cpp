#include "viewer/demo_scene.h"

#include <cmath>

#include "geo/lonlat_projector.h"
#include "core/sectors.h"

namespace ps::viewer {
namespace {

Column col(const char* name, FieldType t) {
  Column c;
  c.name = name;
  c.type = t;
  return c;
}
void put(Column& c, const std::string& v) {
  c.strings.push_back(v);
  c.null.push_back(0);
}
void put(Column& c, double v) {
  if (c.type == FieldType::Integer) c.ints.push_back(static_cast<int64_t>(v));
  else c.reals.push_back(v);
  c.null.push_back(0);
}

void addPolygon(FeatureTable& t, const std::vector<glm::dvec2>& ring) {
  t.geom.beginFeature(GeomKind::Polygon);
  t.geom.beginPart();
  t.geom.addRing(ring.data(), ring.size());
  t.geom.endFeature();
  t.fid.push_back(static_cast<int64_t>(t.fid.size() + 1));
}
void addPoint(FeatureTable& t, glm::dvec2 p) {
  t.geom.beginFeature(GeomKind::Point);
  t.geom.beginPart();
  t.geom.addRing(&p, 1);
  t.geom.endFeature();
  t.fid.push_back(static_cast<int64_t>(t.fid.size() + 1));
}

// The three layers: districts (fill), buildings (extrusion by sector), parks (points).
std::vector<LayerSpec> demoLayerSpecs() {
  LayerSpec dl;
  dl.id = "districts";
  dl.title = "区县";
  dl.titleEn = "Districts";
  dl.kind = LayerKind::Fill;
  dl.fields.name = "name";
  dl.fields.nameEn = "name_en";
  dl.style.color = {0.86f, 0.89f, 0.93f, 1.0f};
  dl.style.outline = Rgba{0.45f, 0.5f, 0.6f, 1.0f};
  dl.sample = true;
  LayerSpec bl;
  bl.id = "buildings";
  bl.title = "楼宇";
  bl.titleEn = "Buildings";
  bl.kind = LayerKind::Extrusion;
  bl.fields.name = "name";
  bl.fields.id = "building_id";
  bl.fields.sector = "sector";
  bl.fields.subSector = "sub_sector";
  bl.fields.gfa = "gfa";
  bl.fields.occupancy = "occupancy";
  bl.fields.floors = "floors";
  bl.fields.park = "park";
  bl.style.colorMode = ColorMode::Category;
  bl.style.colorField = "sector";
  bl.style.floorHeight = 4.0;
  bl.sample = true;
  LayerSpec pl;
  pl.id = "parks";
  pl.title = "孵化加速园";
  pl.titleEn = "Incubation parks";
  pl.kind = LayerKind::Point;
  pl.fields.name = "name";
  pl.fields.nameEn = "name_en";
  pl.fields.sector = "sector";
  pl.style.color = {0.85f, 0.2f, 0.3f, 1.0f};
  pl.style.pointSize = 12;
  pl.sample = true;
  return {dl, bl, pl};
}

// Districts: a 2 x 2 block of 4 km squares around the centre.
void fillDistricts(FeatureTable& t, glm::dvec2 centre) {
  t.columns = {col("name", FieldType::String), col("name_en", FieldType::String),
               col("pinyin_initials", FieldType::String), col("adcode", FieldType::Integer)};
  const struct { const char* zh; const char* en; const char* py; int code; double x, y; } ds[] = {
      {"青羊区", "Qingyang District", "qyq", 510105, -4000, 0}, {"锦江区", "Jinjiang District", "jjq", 510104, 0, 0},
      {"武侯区", "Wuhou District", "whq", 510107, -4000, -4000}, {"成华区", "Chenghua District", "chq", 510108, 0, -4000}};
  for (const auto& x : ds) {
    glm::dvec2 o = centre + glm::dvec2(x.x, x.y);
    addPolygon(t, {o, o + glm::dvec2(4000, 0), o + glm::dvec2(4000, 4000), o + glm::dvec2(0, 4000)});
    put(t.columns[0], x.zh);
    put(t.columns[1], x.en);
    put(t.columns[2], x.py);
    put(t.columns[3], x.code);
  }
}

// 8 x 8 buildings in 武侯区 (south-west block), 3 x 3 in 锦江区.
void fillBuildings(FeatureTable& t, glm::dvec2 centre) {
  t.columns = {col("building_id", FieldType::String), col("name", FieldType::String), col("park", FieldType::String),
               col("sector", FieldType::String), col("sub_sector", FieldType::String), col("floors", FieldType::Integer),
               col("gfa", FieldType::Real), col("occupancy", FieldType::Real)};
  auto secs = sectors();
  int n = 0;
  auto block = [&](glm::dvec2 base, int nx, int ny, const char* park) {
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i, ++n) {
        const Sector& s = secs[static_cast<size_t>(n) % secs.size()];
        const SubSector& ss = s.subSectors[static_cast<size_t>(n / 7) % s.subSectors.size()];
        const double w = 60 + 15 * ((n * 7) % 3), h = 45 + 10 * ((n * 5) % 4);
        glm::dvec2 o = centre + base + glm::dvec2(i * 140.0, j * 140.0);
        // An L-shaped footprint every third building, so walls face many ways.
        if (n % 3 == 0)
          addPolygon(t, {o, o + glm::dvec2(w, 0), o + glm::dvec2(w, h * 0.5), o + glm::dvec2(w * 0.5, h * 0.5),
                         o + glm::dvec2(w * 0.5, h), o + glm::dvec2(0, h)});
        else
          addPolygon(t, {o, o + glm::dvec2(w, 0), o + glm::dvec2(w, h), o + glm::dvec2(0, h)});
        const int floors = 3 + (n * 11) % 28;
        char id[32];
        std::snprintf(id, sizeof id, "B%03d", n + 1);
        put(t.columns[0], id);
        put(t.columns[1], std::string(park) + " " + std::to_string(n % 64 + 1) + "号楼");
        put(t.columns[2], park);
        put(t.columns[3], std::string(s.id));
        put(t.columns[4], std::string(ss.id));
        put(t.columns[5], floors);
        put(t.columns[6], w * h * 0.8 * floors);
        put(t.columns[7], 0.35 + 0.6 * std::fmod(n * 0.37, 1.0));
      }
  };
  block({-3300, -3300}, 8, 8, "武侯未来医学孵化园");
  block({1000, 1000}, 3, 3, "锦江数字智能加速园");
}

void fillParks(FeatureTable& t, glm::dvec2 centre) {
  t.columns = {col("name", FieldType::String), col("name_en", FieldType::String), col("sector", FieldType::String)};
  const struct { const char* zh; const char* en; const char* sec; double x, y; } ps[] = {
      {"武侯未来医学孵化园", "Wuhou Future Medicine Incubator", "bio", -2800, -2800},
      {"锦江数字智能加速园", "Jinjiang Digital Intelligence Accelerator", "digital", 1150, 1150},
      {"成华先进能源孵化园", "Chenghua Advanced Energy Incubator", "energy", 2000, -2000}};
  for (const auto& p : ps) {
    addPoint(t, centre + glm::dvec2(p.x, p.y));
    put(t.columns[0], p.zh);
    put(t.columns[1], p.en);
    put(t.columns[2], p.sec);
  }
}

}  // namespace

data::SceneData makeDemoScene() {
  data::SceneData d;
  Scene& sc = d.scene;
  sc.title = "成都未来产业孵化加速园（演示数据）";
  sc.titleEn = "Chengdu future-industry incubation parks (demo data)";
  sc.crs = "EPSG:4507";
  sc.attribution = {"Parkscape demo (synthetic)"};
  geo::GeoProjector geo(sc.crs);
  const glm::dvec2 centre = geo.toScene({104.06, 30.64});
  d.frame.origin = centre;
  sc.camera.center = {104.06, 30.635};
  sc.camera.distance = 9000;
  sc.camera.pitch = 50;
  sc.layers = demoLayerSpecs();
  d.layers.resize(3);
  for (size_t i = 0; i < 3; ++i) {
    d.layers[i].spec = &sc.layers[i];
    d.layers[i].table.source = "demo";
    d.layers[i].table.layer = sc.layers[i].id;
    d.layers[i].table.crs = sc.crs;
  }
  fillDistricts(d.layers[0].table, centre);
  fillBuildings(d.layers[1].table, centre);
  fillParks(d.layers[2].table, centre);
  for (auto& L : d.layers) {
    L.report.source = "demo";
    L.report.layer = L.spec->id;
    L.report.read = L.report.kept = L.table.size();
  }
  return d;
}

}  // namespace ps::viewer
