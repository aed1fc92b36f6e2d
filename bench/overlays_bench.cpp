// Hex bins and per-sector clusters (DBSCAN + GEOS hulls) for 100k buildings,
// printed beside the time to load them (reading the FeatureTable into
// BuildingFacts: centroids, GFA, sectors) and beside a plain sort of the same
// points, measured in the same run. The ratios are what to compare across
// machines; absolute times depend on the box.
//
//   ./build/bench/overlays_bench [--benchmark_filter=...]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "analysis/cluster_hulls.h"
#include "analysis/facts.h"
#include "analysis/hexbin.h"
#include "core/feature_table.h"
#include "core/sectors.h"

using namespace ps;
using namespace ps::analysis;

namespace {

constexpr int kBuildings = 100'000;

struct Lcg {
  uint64_t s = 20240103;
  double uniform(double a, double b) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return a + (b - a) * double(s >> 11) / double(1ull << 53);
  }
};

// 100k building footprints (rectangles) in EPSG:4507-like coordinates: 80% in
// 300 park-sized clumps across a 40 km square, 20% scattered.
const FeatureTable& city() {
  static FeatureTable t = [] {
    FeatureTable table;
    table.layer = "buildings";
    Column gfa{"gfa_m2", FieldType::Real, {}, {}, {}, {}};
    Column sector{"sector", FieldType::String, {}, {}, {}, {}};
    Column park{"park_id", FieldType::String, {}, {}, {}, {}};
    Lcg rng;
    std::vector<glm::dvec2> clumps;
    for (int i = 0; i < 300; ++i) clumps.push_back({35'390'000 + rng.uniform(0, 40000), 3'380'000 + rng.uniform(0, 40000)});
    auto secs = sectors();
    for (int i = 0; i < kBuildings; ++i) {
      size_t c = size_t(rng.uniform(0, 300));
      glm::dvec2 ctr = rng.uniform(0, 1) < 0.8 ? clumps[c] + glm::dvec2{rng.uniform(-600, 600), rng.uniform(-600, 600)}
                                               : glm::dvec2{35'390'000 + rng.uniform(0, 40000), 3'380'000 + rng.uniform(0, 40000)};
      double h = rng.uniform(8, 30);
      glm::dvec2 ring[4] = {ctr + glm::dvec2{-h, -h}, ctr + glm::dvec2{h, -h}, ctr + glm::dvec2{h, h}, ctr + glm::dvec2{-h, h}};
      table.geom.beginFeature(GeomKind::Polygon);
      table.geom.beginPart();
      table.geom.addRing(ring, 4);
      table.geom.endFeature();
      table.fid.push_back(i);
      gfa.reals.push_back(rng.uniform(500, 30000));
      gfa.null.push_back(0);
      sector.strings.push_back(std::string(secs[c % secs.size()].id));
      sector.null.push_back(0);
      park.strings.push_back("P" + std::to_string(c));
      park.null.push_back(0);
    }
    table.columns = {gfa, sector, park};
    return table;
  }();
  return t;
}

const BuildingFacts& facts() {
  static BuildingFacts f = [] {
    BuildingFacts out;
    readBuildingFacts(city(), {}, std::nullopt, out);
    return out;
  }();
  return f;
}

void BM_Load(benchmark::State& state) {
  const FeatureTable& t = city();
  for (auto _ : state) {
    BuildingFacts f;
    readBuildingFacts(t, {}, std::nullopt, f);
    benchmark::DoNotOptimize(f.rows.data());
  }
}

void BM_SortPoints(benchmark::State& state) {
  std::vector<glm::dvec2> pts;
  for (const BuildingFact& f : facts().rows) pts.push_back(f.centroid);
  for (auto _ : state) {
    std::vector<glm::dvec2> p = pts;
    std::sort(p.begin(), p.end(), [](const glm::dvec2& a, const glm::dvec2& b) { return a.x != b.x ? a.x < b.x : a.y < b.y; });
    benchmark::DoNotOptimize(p.data());
  }
}

void BM_Hexbin(benchmark::State& state) {
  const BuildingFacts& f = facts();
  for (auto _ : state) {
    HexBins bins;
    binBuildings(f, {double(state.range(0)), f.rows[0].centroid}, bins);
    FeatureTable table;
    hexBinsToTable(bins, {}, table);
    benchmark::DoNotOptimize(table.geom.coords.data());
    state.counters["bins"] = double(bins.bins.size());
  }
}

void BM_Dbscan(benchmark::State& state) {
  const BuildingFacts& f = facts();
  for (auto _ : state) {
    std::vector<SectorCluster> clusters;
    clusterBySector(f, {double(state.range(0)), 5}, clusters);
    benchmark::DoNotOptimize(clusters.data());
    state.counters["clusters"] = double(clusters.size());
  }
}

void BM_DbscanAndHulls(benchmark::State& state) {
  const BuildingFacts& f = facts();
  ClusterOptions opt;
  opt.dbscan = {double(state.range(0)), 5};
  opt.concave = state.range(1) != 0;
  for (auto _ : state) {
    std::vector<SectorCluster> clusters;
    clusterBySector(f, opt.dbscan, clusters);
    FeatureTable hulls;
    clusterHulls(f, clusters, opt, hulls);
    benchmark::DoNotOptimize(hulls.geom.coords.data());
  }
}

BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortPoints)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Hexbin)->Arg(250)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dbscan)->Arg(150)->Arg(400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DbscanAndHulls)->Args({400, 0})->Args({400, 1})->Unit(benchmark::kMillisecond);

// Collects each run's time per iteration so the ratios can be printed at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  std::map<std::string, double> ms;
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration) ms[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  city();
  facts();
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  double load = reporter.ms.count("BM_Load") ? reporter.ms["BM_Load"] : NAN;
  double sort = reporter.ms.count("BM_SortPoints") ? reporter.ms["BM_SortPoints"] : NAN;
  std::printf("\n%d buildings. Ratios to loading them (readBuildingFacts) and to sorting their centroids:\n", kBuildings);
  std::printf("%-32s %10s %10s %10s\n", "benchmark", "ms", "x load", "x sort");
  for (const auto& [name, t] : reporter.ms) std::printf("%-32s %10.2f %10.2f %10.2f\n", name.c_str(), t, t / load, t / sort);
  benchmark::Shutdown();
  return 0;
}
