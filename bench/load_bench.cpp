// Load-to-first-frame benchmark (issues 2 and 12).
//
// For N synthetic parcels (default 10k and 100k; --n to choose) written as
// GeoPackage and GeoJSON, times each phase of Parkscape's path from file to
// pixels beside GDAL's own raw read of the same file, measured in the same
// process run (the baseline), as a ratio:
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
// Each of --runs repetitions (default 3) is a fresh process (this program
// again, with --child), so each run's peak RSS is its own and no run inherits
// another's heap or caches but the operating system's file cache; the summary
// gives min / median / max over the runs and the load average, because on a
// shared machine one figure says little.
//
// Beside the GeoPackage it writes a scene (parcels_N.toml: the parcels
// extruded by height, coloured by sector) and, unless --no-render, times the
// whole `parkscape render <scene> --size 1280x720` process the same number of
// times: wall, user + sys CPU and peak RSS (the binary: --parkscape PATH, by
// default ../parkscape beside this one).
//
// Usage: load_bench [--n 10000,100000] [--formats gpkg,geojson] [--runs 3]
//                   [--keep DIR] [--parkscape PATH | --no-render]
// Runs headless (EGL surfaceless).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gdal.h>
#include <glad/gl.h>
#include <ogr_api.h>

#include "core/feature_table.h"
#include "core/process_memory.h"
#include "core/sectors.h"
#include "geo/reproject.h"
#include "io/gdal_source.h"
#include "io/gdal_writer.h"
#include "map/map_builder.h"
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

// One run, in this (child) process: prints "key<TAB>value" lines, phases in order.
int childRun(const fs::path& file) {
  GDALAllRegister();
  auto out = [](const std::string& k, double v) { std::printf("%s\t%.6f\n", k.c_str(), v); };
  size_t rawFeatures = 0;
  const double baseline = gdalRawRead(file.string(), rawFeatures);
  out("raw_ms", baseline);
  out("raw_features", static_cast<double>(rawFeatures));
  out("raw_peak_kb", static_cast<double>(ps::peakResidentKb()));
  const auto total0 = Clock::now();
  // Each phase's time, and the resident set after it (where the memory goes).
  auto phase = [&](const char* name, Clock::time_point t0) {
    out(std::string("phase\t") + name, msSince(t0));
    out(std::string("rss\t") + name, static_cast<double>(ps::residentKb()));
  };

  auto t0 = Clock::now();
  ps::SourceSpec spec;
  spec.path = file.string();
  ps::LoadReport report;
  ps::FeatureTable table = ps::io::readSource(spec, file.string(), &report);
  phase("read (io::readSource)", t0);

  t0 = Clock::now();
  ps::geo::reprojectTable(table, "EPSG:4507");
  phase("reproject to EPSG:4507", t0);

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
  phase("triangulate + extrude + outlines", t0);

  t0 = Clock::now();
  ps::EvaluatedStyle style;
  ps::evaluateStyle(layer, loaded.table, style);
  phase("style (per-feature colour, height)", t0);

  t0 = Clock::now();
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
  glFinish();
  phase("GL context (EGL, shaders, 1920x1080)", t0);

  t0 = Clock::now();
  out("triangles", static_cast<double>(buckets.extrusion.indices.size() / 3));
  out("lod_triangles", static_cast<double>(buckets.fill.indices.size() / 3));
  // Each CPU part freed as soon as the GPU has its copy (map::uploadLayer(&&)).
  const ps::map::LayerHandles handles = ps::map::uploadLayer(r, std::move(buckets), 0);
  ps::map::applyLayerStyle(r, handles, loaded, style, {}, true);
  glFinish();
  phase("upload (GL buffers + styles)", t0);

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
  phase("first frame (1920x1080)", t0);
  out("first_frame_ms", msSince(total0));
  out("first_frame_peak_kb", static_cast<double>(ps::peakResidentKb()));

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
  out("full_ms", meanFrame(cam));
  out("full_draw_calls", r.stats().drawCalls);
  out("full_triangles", static_cast<double>(r.stats().triangles));
  layer.lodDistance = ps::LayerSpec{}.lodDistance;
  ps::map::applyLayerStyle(r, handles, loaded, style, {}, true);
  ps::OrbitCamera city = cam;
  city.distance = 60000;
  out("city_ms", meanFrame(city));
  out("city_triangles", static_cast<double>(r.stats().triangles));
  out("read_features", static_cast<double>(report.read));
  out("repaired", static_cast<double>(report.repaired));
  glDeleteFramebuffers(1, &fbo);
  glDeleteRenderbuffers(2, rb);
  std::fflush(stdout);
  return 0;
}

// A finished child process: what it printed, its exit status and the
// kernel's accounting of it (wait4).
struct Child {
  std::string out;
  int status = -1;
  double wallMs = 0, userMs = 0, sysMs = 0;
  long maxRssKb = 0;
  bool ok() const { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }
};

Child spawn(const std::vector<std::string>& args, bool captureStdout) {
  Child c;
  int fd[2] = {-1, -1};
  if (captureStdout && pipe(fd) != 0) {
    std::perror("pipe");
    std::exit(1);
  }
  std::fflush(stdout);
  const auto t0 = Clock::now();
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("fork");
    std::exit(1);
  }
  if (pid == 0) {
    if (captureStdout) {
      dup2(fd[1], STDOUT_FILENO);
      close(fd[0]);
      close(fd[1]);
    } else if (FILE* devnull = std::fopen("/dev/null", "w")) {
      dup2(fileno(devnull), STDOUT_FILENO);
    }
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    std::perror(argv[0]);
    _exit(127);
  }
  if (captureStdout) {
    close(fd[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fd[0], buf, sizeof buf)) > 0) c.out.append(buf, static_cast<size_t>(n));
    close(fd[0]);
  }
  struct rusage ru {};
  while (wait4(pid, &c.status, 0, &ru) < 0 && errno == EINTR) {
  }
  c.wallMs = msSince(t0);
  c.userMs = static_cast<double>(ru.ru_utime.tv_sec) * 1e3 + static_cast<double>(ru.ru_utime.tv_usec) / 1e3;
  c.sysMs = static_cast<double>(ru.ru_stime.tv_sec) * 1e3 + static_cast<double>(ru.ru_stime.tv_usec) / 1e3;
  c.maxRssKb = ru.ru_maxrss;
  return c;
}

// min, median, max of a non-empty sample.
struct Spread {
  double min = 0, med = 0, max = 0;
};
Spread spread(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return {};
  const size_t n = v.size();
  const double med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return {v.front(), med, v.back()};
}

std::string loadAverage() {
  std::ifstream in("/proc/loadavg");
  double a = 0, b = 0, c = 0;
  if (!(in >> a >> b >> c)) return "unknown";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f", a, b, c);
  return buf;
}

// One run's results, parsed from the child's "key<TAB>value" lines.
struct RunResult {
  std::map<std::string, double> v;
  std::vector<std::pair<std::string, double>> phases;  // in order
  std::vector<std::pair<std::string, double>> rss;     // resident KiB after each phase, in order
};

RunResult parseRun(const std::string& text) {
  RunResult r;
  size_t p = 0;
  while (p < text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string::npos) e = text.size();
    const std::string line = text.substr(p, e - p);
    p = e + 1;
    const size_t tab = line.rfind('\t');
    if (tab == std::string::npos) continue;
    const double value = std::atof(line.c_str() + tab + 1);
    const std::string key = line.substr(0, tab);
    if (key.rfind("phase\t", 0) == 0) r.phases.emplace_back(key.substr(6), value);
    else if (key.rfind("rss\t", 0) == 0) r.rss.emplace_back(key.substr(4), value);
    else r.v[key] = value;
  }
  return r;
}

void printSpread(const char* label, const Spread& s, const char* unit, const std::string& tail) {
  std::printf("  %-38s %9.1f %9.1f %9.1f %s%s\n", label, s.min, s.med, s.max, unit, tail.c_str());
}

std::string ratioText(const Spread& r) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "   %6.2fx (%.2f-%.2f)", r.med, r.min, r.max);
  return buf;
}

// A scene over the bench's GeoPackage, for `parkscape render` (and the viewer).
fs::path writeScene(const fs::path& gpkg, size_t n) {
  const fs::path scene = gpkg.parent_path() / (gpkg.stem().string() + ".toml");
  const double side = std::ceil(std::sqrt(static_cast<double>(n))) * 120.0;  // metres, as makeParcels
  std::ofstream out(scene);
  out << "# Written by load_bench: " << n << " synthetic parcels (SAMPLE), extruded by height, coloured by sector.\n"
      << "[scene]\ntitle = \"地块基准(示例)\"\ntitle_en = \"Parcel benchmark (sample)\"\ncrs = \"EPSG:4507\"\n"
      << "background = \"#eef0f2\"\nattribution = [\"Parcels: SAMPLE (synthetic) data made by load_bench\"]\n\n"
      << "[camera]\ncenter = [104.06, 30.62]\ndistance = " << std::max(1500.0, std::round(side * 1.3))
      << "\npitch = 50\nbearing = -15\nfov_y = 35\n\n"
      << "[[layers]]\nid = \"parcels\"\ntitle = \"地块(示例)\"\ntitle_en = \"Parcels (sample)\"\nkind = \"extrusion\"\n"
      << "sample = true\nsource = { path = \"" << gpkg.filename().string() << "\", layer = \"parcels\" }\n"
      << "fields = { sector = \"sector\", height = \"height_m\", gfa = \"gfa_m2\", occupancy = \"occupancy\" }\n"
      << "style = { color_mode = \"category\", color_field = \"sector\", outline = \"#ffffff\" }\n"
      << "attribution = \"SAMPLE (synthetic) data\"\n";
  return scene;
}

void runOne(size_t n, const std::string& format, const fs::path& dir, int runs, const std::string& parkscape) {
  const std::string ext = format == "gpkg" ? ".gpkg" : ".geojson";
  const fs::path file = dir / ("parcels_" + std::to_string(n) + ext);
  if (!fs::exists(file)) {
    const auto t0 = Clock::now();
    ps::io::writeTable(makeParcels(n), file.string(), format == "gpkg" ? "GPKG" : "GeoJSON", "parcels");
    std::printf("  (generated %s in %.0f ms, %.1f MB)\n", file.filename().c_str(), msSince(t0),
                static_cast<double>(fs::file_size(file)) / 1e6);
  }
  const std::string loadBefore = loadAverage();
  std::vector<RunResult> results;
  for (int k = 0; k < runs; ++k) {
    const Child c = spawn({"/proc/self/exe", "--child", file.string()}, true);
    if (!c.ok()) {
      std::fprintf(stderr, "load_bench: run %d on %s failed (status %d)\n", k + 1, file.c_str(), c.status);
      std::exit(1);
    }
    RunResult r = parseRun(c.out);
    r.v["peak_kb"] = static_cast<double>(c.maxRssKb);
    results.push_back(std::move(r));
  }
  auto col = [&](auto get) {
    std::vector<double> v;
    for (const RunResult& r : results) v.push_back(get(r));
    return spread(std::move(v));
  };
  auto val = [&](const char* key) { return col([key](const RunResult& r) { return r.v.at(key); }); };
  auto ratio = [&](auto get) { return col([&](const RunResult& r) { return get(r) / r.v.at("raw_ms"); }); };
  const RunResult& r0 = results.front();
  std::printf("\n%zu parcels, %s (%s): %.0f features read, %.0f repaired, %.0f triangles (%.0f as far footprints)\n", n,
              format.c_str(), file.filename().c_str(), r0.v.at("read_features"), r0.v.at("repaired"),
              r0.v.at("triangles"), r0.v.at("lod_triangles"));
  std::printf("  %d runs, each a fresh process; load average %s before, %s after\n", runs, loadBefore.c_str(),
              loadAverage().c_str());
  std::printf("  %-38s %9s %9s %9s    %s\n", "", "min", "median", "max", "x GDAL raw read, median (min-max)");
  printSpread("GDAL raw read (baseline)", val("raw_ms"), "ms", "");
  for (size_t i = 0; i < r0.phases.size(); ++i) {
    auto get = [i](const RunResult& r) { return r.phases.at(i).second; };
    printSpread(r0.phases[i].first.c_str(), col(get), "ms", ratioText(ratio(get)));
  }
  const char* target = n >= 1000000 ? "   [target <= 5000 ms at 1M]" : n >= 100000 ? "   [target <= 600 ms at 100k]" : "";
  auto first = [](const RunResult& r) { return r.v.at("first_frame_ms"); };
  printSpread("= file to first frame", col(first), "ms", ratioText(ratio(first)) + target);
  char buf[160];
  std::snprintf(buf, sizeof buf, "   (%.0f draw calls, %.0f triangles)", r0.v.at("full_draw_calls"),
                r0.v.at("full_triangles"));
  printSpread("frame, full detail (mean of 5)", val("full_ms"), "ms", buf);
  std::snprintf(buf, sizeof buf, "   (%.0f triangles)   [target <= 100 ms]", r0.v.at("city_triangles"));
  printSpread("frame, city view 60 km (mean of 5)", val("city_ms"), "ms", buf);
  auto mb = [&](const char* key) { return col([key](const RunResult& r) { return r.v.at(key) / 1024.0; }); };
  const char* rssTarget = n >= 1000000 ? "   [target <= 1536 MB at 1M]" : "";
  printSpread("peak RSS, GDAL raw read alone", mb("raw_peak_kb"), "MB", "");
  printSpread("peak RSS at the first frame", mb("first_frame_peak_kb"), "MB", "");
  printSpread("peak RSS, whole run", mb("peak_kb"), "MB", rssTarget);
  for (size_t i = 0; i < r0.rss.size(); ++i) {
    const std::string label = "  resident after: " + r0.rss[i].first;
    printSpread(label.c_str(), col([i](const RunResult& r) { return r.rss.at(i).second / 1024.0; }), "MB", "");
  }

  if (parkscape.empty() || format != "gpkg") return;
  const fs::path scene = writeScene(file, n);
  const fs::path png = dir / (file.stem().string() + "_render.png");
  std::vector<double> wall, user, sys, rss;
  for (int k = 0; k < runs; ++k) {
    const Child c = spawn({parkscape, "render", scene.string(), "--size", "1280x720", "--out", png.string()}, false);
    if (!c.ok()) {
      std::fprintf(stderr, "load_bench: %s render %s failed (status %d)\n", parkscape.c_str(), scene.c_str(), c.status);
      std::exit(1);
    }
    wall.push_back(c.wallMs);
    user.push_back(c.userMs);
    sys.push_back(c.sysMs);
    rss.push_back(static_cast<double>(c.maxRssKb) / 1024.0);
  }
  std::vector<double> raw;
  for (const RunResult& r : results) raw.push_back(r.v.at("raw_ms"));
  const double rawMed = spread(raw).med;
  std::printf("  `parkscape render %s --size 1280x720` (whole process, %d runs; load average %s after)\n",
              scene.filename().c_str(), runs, loadAverage().c_str());
  const Spread w = spread(wall);
  std::snprintf(buf, sizeof buf, "   %6.2fx median GDAL raw read%s", w.med / rawMed,
                n >= 100000 && n < 1000000 ? "   [target <= 1000 ms at 100k]" : "");
  printSpread("wall", w, "ms", buf);
  printSpread("user CPU", spread(user), "ms", "");
  printSpread("sys CPU", spread(sys), "ms", "");
  printSpread("peak RSS", spread(rss), "MB", "");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--child") == 0) return childRun(argv[2]);
  std::vector<size_t> sizes = {10000, 100000};
  std::vector<std::string> formats = {"gpkg", "geojson"};
  fs::path dir = fs::temp_directory_path() / "parkscape-bench";
  int runs = 3;
  std::string parkscape = (fs::path(argv[0]).parent_path() / ".." / "parkscape").lexically_normal().string();
  const char* usage =
      "usage: load_bench [--n 10000,100000] [--formats gpkg,geojson] [--runs 3] [--keep DIR] "
      "[--parkscape PATH | --no-render]\n";
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
    else if (a == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
    else if (a == "--parkscape" && i + 1 < argc) parkscape = argv[++i];
    else if (a == "--no-render") parkscape.clear();
    else {
      std::fputs(usage, stderr);
      return 2;
    }
  }
  if (runs < 1 || runs > 100) {
    std::fprintf(stderr, "load_bench: --runs must be 1 .. 100\n%s", usage);
    return 2;
  }
  for (size_t n : sizes)
    if (n == 0) {
      std::fprintf(stderr, "load_bench: --n sizes must be positive\n%s", usage);
      return 2;
    }
  if (!parkscape.empty() && access(parkscape.c_str(), X_OK) != 0) {
    std::fprintf(stderr, "load_bench: no parkscape binary at %s: render timings skipped (--parkscape PATH)\n",
                 parkscape.c_str());
    parkscape.clear();
  }
  fs::create_directories(dir);
  dir = fs::absolute(dir);
  GDALAllRegister();
  std::printf("Parkscape load benchmark: file -> first frame, headless (EGL surfaceless), %d runs each\n", runs);
  for (size_t n : sizes)
    for (const auto& f : formats) runOne(n, f, dir, runs, parkscape);
  return 0;
}
