// Load-to-first-frame benchmark (issue 2, "Speed we are after").
//
// For N synthetic parcels (default 10k and 100k; --n to choose) written as
// GeoPackage and GeoJSON, times each phase of Parkscape's path from file to
// pixels, and prints it beside GDAL's own raw read of the same file measured
// in the same run (the baseline), as a ratio:
//
//   gdal raw read   OGR_L_GetNextFeature + geometry WKB + every field (baseline)
//   read            io::readSource (typed columns, validity, repair, counts;
//                   from 200k features GDAL reads ahead on a second thread)
//   reproject       geo::reprojectTable to EPSG:4507 (two threads from 64k points)
//   extrude         geometry::buildExtrusion (GLU tessellator; two threads from
//                   32k coordinates) + outlines (a thread of their own) + LOD roofs
//   style           scene::evaluateStyle
//   upload          render::Renderer::addExtrusion/addLines + per-feature styles (glFinish)
//   first frame     one draw at 1920x1080 (glFinish)
//   frame (full)    mean of 5 draws, camera on all parcels
//   frame (city)    mean of 5 draws from 60 km away, the city view
//
// Usage: load_bench [--n 10000,100000] [--formats gpkg,geojson] [--keep DIR]
// Runs headless (EGL surfaceless). Prints peak RSS at the end.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <gdal.h>
#include <glad/gl.h>
#include <ogr_api.h>

#include "core/process_memory.h"
#include "core/feature_table.h"
#include "core/sectors.h"
#include "geo/reproject.h"
#include "map/map_builder.h"
#include "io/gdal_source.h"
#include "render/headless_context.h"
#include "render/renderer.h"
#include "scene/style_eval.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Deterministic parcels on a jittered grid around the central city: 40-90 m
// pentagons (some with a courtyard hole), sector, height, GFA, occupancy.
ps::FeatureTable makeParcels(size_t n) {
  ps::FeatureTable t;
  t.crs = "EPSG:4326";
  t.layer = "parcels";
  uint64_t s = 0x9E3779B97F4A7C15ull;
  auto rnd = [&s] {  // splitmix64 -> [0,1)
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
  };
  const size_t side = static_cast<size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
  const double step = 120.0;                             // metres between parcel centres
  const double mLat = 1.0 / 110900.0, mLon = 1.0 / 95800.0;  // degrees per metre at 30.6°N
  const glm::dvec2 origin(104.06 - side * step * mLon / 2, 30.62 - side * step * mLat / 2);
  ps::Column sector{"sector", ps::FieldType::String, {}, {}, {}, {}};
  ps::Column height{"height_m", ps::FieldType::Real, {}, {}, {}, {}};
  ps::Column gfa{"gfa_m2", ps::FieldType::Real, {}, {}, {}, {}};
  ps::Column occ{"occupancy", ps::FieldType::Real, {}, {}, {}, {}};
  auto secs = ps::sectors();
  for (size_t i = 0; i < n; ++i) {
    const double cx = (i % side) * step + rnd() * 20, cy = (i / side) * step + rnd() * 20;
    const double w = 40 + rnd() * 50, h = 40 + rnd() * 50;
    glm::dvec2 ring[5] = {{cx, cy}, {cx + w, cy}, {cx + w, cy + h * 0.8}, {cx + w * 0.5, cy + h}, {cx, cy + h}};
    for (auto& p : ring) p = origin + glm::dvec2(p.x * mLon, p.y * mLat);
    t.geom.beginFeature(ps::GeomKind::Polygon);
    t.geom.beginPart();
    t.geom.addRing(ring, 5);
    if (i % 10 == 0) {  // a courtyard
      glm::dvec2 hole[4] = {{cx + w * 0.3, cy + h * 0.3}, {cx + w * 0.3, cy + h * 0.6}, {cx + w * 0.6, cy + h * 0.6}, {cx + w * 0.6, cy + h * 0.3}};
      for (auto& p : hole) p = origin + glm::dvec2(p.x * mLon, p.y * mLat);
      t.geom.addRing(hole, 4);
    }
    t.geom.endFeature();
    t.fid.push_back(static_cast<int64_t>(i));
    const double floors = 2 + std::floor(rnd() * 25);
    sector.strings.emplace_back(secs[i % secs.size()].id);
    height.reals.push_back(floors * 4);
    gfa.reals.push_back(w * h * 0.5 * floors);
    occ.reals.push_back(rnd());
    for (ps::Column* c : {&sector, &height, &gfa, &occ}) c->null.push_back(0);
  }
  t.columns = {sector, height, gfa, occ};
  return t;
}

// GDAL's own read of every feature: geometry as WKB and every field, no
// conversion into our structures. What any GDAL-based viewer pays at least.
double gdalRawRead(const std::string& path, size_t& features) {
  const auto t0 = Clock::now();
  GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
  if (!ds) {
    std::fprintf(stderr, "cannot open %s\n", path.c_str());
    std::exit(1);
  }
  OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
  std::vector<unsigned char> wkb;
  features = 0;
  double sink = 0;
  while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
      wkb.resize(static_cast<size_t>(OGR_G_WkbSize(g)));
      OGR_G_ExportToWkb(g, wkbNDR, wkb.data());
    }
    for (int i = 0; i < OGR_F_GetFieldCount(f); ++i) sink += OGR_F_GetFieldAsDouble(f, i);
    OGR_F_Destroy(f);
    ++features;
  }
  GDALClose(ds);
  (void)sink;
  return msSince(t0);
}

struct Row {
  std::string phase;
  double ms;
};

void printRows(const std::vector<Row>& rows, double baseline) {
  for (const Row& r : rows)
    std::printf("  %-34s %10.1f ms   %7.2fx GDAL raw read\n", r.phase.c_str(), r.ms, r.ms / baseline);
}

void runOne(size_t n, const std::string& format, const fs::path& dir) {
  const std::string ext = format == "gpkg" ? ".gpkg" : ".geojson";
  const fs::path file = dir / ("parcels_" + std::to_string(n) + ext);
  if (!fs::exists(file)) {
    const auto t0 = Clock::now();
    ps::io::writeTable(makeParcels(n), file.string(), format == "gpkg" ? "GPKG" : "GeoJSON", "parcels");
    std::printf("  (generated %s in %.0f ms, %.1f MB)\n", file.filename().c_str(), msSince(t0),
                static_cast<double>(fs::file_size(file)) / 1e6);
  }
  size_t rawFeatures = 0;
  const double baseline = gdalRawRead(file.string(), rawFeatures);
  std::vector<Row> rows;
  const auto total0 = Clock::now();

  auto t0 = Clock::now();
  ps::SourceSpec spec;
  spec.path = file.string();
  ps::LoadReport report;
  ps::FeatureTable table = ps::io::readSource(spec, file.string(), &report);
  rows.push_back({"read (io::readSource)", msSince(t0)});

  t0 = Clock::now();
  ps::geo::reprojectTable(table, "EPSG:4507");
  rows.push_back({"reproject to EPSG:4507", msSince(t0)});

  glm::dvec2 lo(1e300), hi(-1e300);
  for (const auto& c : table.geom.coords) {
    lo = glm::min(lo, c);
    hi = glm::max(hi, c);
  }
  ps::LocalFrame frame;
  frame.origin = glm::round((lo + hi) * 0.5);
  // The same path as the viewer and `parkscape render` (map/map_builder.h).
  ps::LayerSpec layer;
  layer.id = "parcels";
  layer.kind = ps::LayerKind::Extrusion;
  layer.fields.sector = "sector";
  layer.fields.height = "height_m";
  layer.style.colorMode = ps::ColorMode::Category;
  layer.style.colorField = "sector";
  layer.style.outline = ps::Rgba(1.0f);
  ps::data::LoadedLayer loaded;
  loaded.spec = &layer;
  loaded.table = std::move(table);
  t0 = Clock::now();
  ps::map::LayerBuckets buckets = ps::map::buildLayerBuckets(loaded, frame);
  rows.push_back({"triangulate + extrude + outlines", msSince(t0)});

  t0 = Clock::now();
  ps::EvaluatedStyle style;
  ps::evaluateStyle(layer, loaded.table, style);
  rows.push_back({"style (per-feature colour, height)", msSince(t0)});

  auto ctx = ps::render::HeadlessContext::create();
  ps::render::Renderer r;
  const int W = 1920, H = 1080;
  GLuint fbo = 0, rb[2] = {0, 0};
  glGenFramebuffers(1, &fbo);
  glGenRenderbuffers(2, rb);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[0]);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, W, H);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[1]);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, W, H);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[0]);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, rb[1]);

  t0 = Clock::now();
  const ps::map::LayerHandles handles = ps::map::uploadLayer(r, buckets, 0);
  ps::map::applyLayerStyle(r, handles, loaded, style, {}, true);
  glFinish();
  rows.push_back({"upload (GL buffers + styles)", msSince(t0)});
  const size_t tris = buckets.extrusion.indices.size() / 3, lodTris = buckets.fill.indices.size() / 3;
  buckets = {};  // the GPU has it now

  ps::OrbitCamera cam;
  cam.center = (hi + lo) * 0.5 - frame.origin;
  cam.pitchDeg = 50;
  cam.bearingDeg = -15;
  cam.fovYDeg = 35;
  cam.fitBounds(lo - frame.origin, hi - frame.origin, double(W) / H);
  const ps::Rgba bg(0.93f, 0.94f, 0.95f, 1.0f);
  t0 = Clock::now();
  r.draw(cam, W, H, bg);
  glFinish();
  rows.push_back({"first frame (1920x1080)", msSince(t0)});
  const double toFirst = msSince(total0);

  auto meanFrame = [&](const ps::OrbitCamera& c) {
    const auto f0 = Clock::now();
    for (int k = 0; k < 5; ++k) {
      r.draw(c, W, H, bg);
      glFinish();
    }
    return msSince(f0) / 5;
  };
  // Full detail: every parcel as a prism, whatever the distance (no LOD).
  layer.lodDistance = 1e12;
  ps::map::applyLayerStyle(r, handles, loaded, style, {}, true);
  const double full = meanFrame(cam);
  const int drawCalls = r.stats().drawCalls;
  const uint64_t fullTris = r.stats().triangles;
  layer.lodDistance = ps::LayerSpec{}.lodDistance;
  ps::map::applyLayerStyle(r, handles, loaded, style, {}, true);
  ps::OrbitCamera city = cam;
  city.distance = 60000;
  const double cityMs = meanFrame(city);
  const uint64_t cityTris = r.stats().triangles;

  std::printf("\n%zu parcels, %s (%s): %zu features read, %zu repaired, %zu triangles (%zu as far footprints)\n", n,
              format.c_str(), file.filename().c_str(), report.read, report.repaired, tris, lodTris);
  std::printf("  %-34s %10.1f ms   (baseline, %zu features)\n", "GDAL raw read", baseline, rawFeatures);
  printRows(rows, baseline);
  std::printf("  %-34s %10.1f ms   %7.2fx GDAL raw read   [target <= 1000 ms at 100k]\n", "= file to first frame", toFirst,
              toFirst / baseline);
  std::printf("  %-34s %10.1f ms   (%d draw calls, %llu triangles)   [target <= 800 ms]\n", "frame, full detail (mean of 5)",
              full, drawCalls, static_cast<unsigned long long>(fullTris));
  std::printf("  %-34s %10.1f ms   (%llu triangles)   [target <= 100 ms]\n", "frame, city view 60 km (mean of 5)", cityMs,
              static_cast<unsigned long long>(cityTris));
  glDeleteFramebuffers(1, &fbo);
  glDeleteRenderbuffers(2, rb);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {10000, 100000};
  std::vector<std::string> formats = {"gpkg", "geojson"};
  fs::path dir = fs::temp_directory_path() / "parkscape-bench";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto list = [&](auto& out, auto conv) {
      out.clear();
      std::string v = i + 1 < argc ? argv[++i] : "";
      size_t p = 0;
      while (p <= v.size()) {
        size_t q = v.find(',', p);
        if (q == std::string::npos) q = v.size();
        if (q > p) out.push_back(conv(v.substr(p, q - p)));
        p = q + 1;
      }
    };
    if (a == "--n") list(sizes, [](const std::string& s) { return static_cast<size_t>(std::stod(s)); });
    else if (a == "--formats") list(formats, [](const std::string& s) { return s; });
    else if (a == "--keep" && i + 1 < argc) dir = argv[++i];
    else {
      std::fprintf(stderr, "usage: load_bench [--n 10000,100000] [--formats gpkg,geojson] [--keep DIR]\n");
      return 2;
    }
  }
  fs::create_directories(dir);
  GDALAllRegister();
  std::printf("Parkscape load benchmark: file -> first frame, headless (EGL surfaceless)\n");
  for (size_t n : sizes)
    for (const auto& f : formats) runOne(n, f, dir);
  std::printf("\npeak RSS: %.0f MB\n", ps::peakResidentKb() / 1024.0);
  return 0;
}
