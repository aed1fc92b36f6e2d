// Loading on a worker thread: the caller's thread keeps running (polls many
// times while a large GeoJSON loads), progress arrives, cancel stops it, and
// a missing file becomes an error message rather than an exception; abandon()
// never waits for a worker and silences it.
#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "core/cancel.h"
#include "viewer/loader.h"

using namespace ps;
using namespace ps::viewer;

namespace {

// n small square parcels around Chengdu, WGS84.
std::string writeParcels(size_t n) {
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  const std::string path = std::string(PARKSCAPE_TEST_TMP) + "/viewer_parcels_" + std::to_string(n) + ".geojson";
  if (std::filesystem::exists(path)) return path;
  std::ofstream f(path);
  f << "{\"type\":\"FeatureCollection\",\"features\":[\n";
  const size_t side = 1 + static_cast<size_t>(std::sqrt(static_cast<double>(n)));
  for (size_t i = 0; i < n; ++i) {
    const double x = 103.9 + 0.0012 * static_cast<double>(i % side), y = 30.5 + 0.0012 * static_cast<double>(i / side);
    const double d = 0.001;
    f << (i ? ",\n" : "") << "{\"type\":\"Feature\",\"properties\":{\"id\":" << i << ",\"sector\":\"bio\",\"gfa\":"
      << 1000 + i % 5000 << "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" << x << "," << y << "],["
      << x + d << "," << y << "],[" << x + d << "," << y + d << "],[" << x << "," << y + d << "],[" << x << "," << y
      << "]]]}}";
  }
  f << "\n]}\n";
  return path;
}

Scene emptyScene() {
  Scene s;
  s.title = "test";
  s.path = std::string(PARKSCAPE_TEST_TMP) + "/scene.toml";
  s.dir = PARKSCAPE_TEST_TMP;
  return s;
}

}  // namespace

TEST(ViewerLoader, LoadsOffTheCallingThreadWithProgress) {
  const std::string path = writeParcels(20000);
  SceneLoadJob job(path, addGisFileWork(emptyScene(), path));
  size_t polls = 0;
  while (!job.done()) {
    ++polls;  // the "UI thread" keeps running
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  std::string err;
  auto data = job.take(err);
  ASSERT_TRUE(data) << err;
  EXPECT_GT(polls, 3u);
  ASSERT_EQ(data->layers.size(), 1u);
  EXPECT_EQ(data->layers[0].table.size(), 20000u);
  EXPECT_EQ(data->scene.layers[0].kind, LayerKind::Fill);  // from its geometry
  EXPECT_FLOAT_EQ(job.progress(), 1.0f);
}

TEST(ViewerLoader, CancelStopsWithoutResultOrError) {
  const std::string path = writeParcels(20000);
  SceneLoadJob job(path, addGisFileWork(emptyScene(), path));
  job.cancel();
  while (!job.done()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::string err;
  EXPECT_FALSE(job.take(err));
  EXPECT_TRUE(err.empty()) << err;
  EXPECT_TRUE(job.cancelled());
}

TEST(ViewerLoader, MissingFileIsAMessageNamingIt) {
  SceneLoadJob job("x", loadSceneFileWork("/nonexistent/scene.toml"));
  while (!job.done()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::string err;
  EXPECT_FALSE(job.take(err));
  EXPECT_NE(err.find("/nonexistent/scene.toml"), std::string::npos) << err;
  EXPECT_TRUE(isSceneFile("a/b.TOML"));
  EXPECT_FALSE(isSceneFile("a/b.gpkg"));
}

TEST(ViewerLoader, AbandonNeverWaitsAndSilencesTheWorker) {
  // A worker that ignores its token for 300 ms (a single long library call):
  // abandon() returns at once, the worker's progress no longer reaches the
  // caller, and the worker ends on its own afterwards.
  const int before = SceneLoadJob::runningWorkers();
  std::atomic<int> callsAfterAbandon{0};
  std::atomic<bool> abandoned{false};
  auto job = std::make_unique<SceneLoadJob>(
      "stubborn",
      [](const data::ProgressFn& progress, const std::atomic<bool>*) {
        for (int i = 0; i < 150; ++i) {
          progress(static_cast<float>(i) / 150.0f, "working");
          std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return data::SceneData{};
      },
      [&] {
        if (abandoned.load()) ++callsAfterAbandon;
      });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_FALSE(job->abandon());  // it had not ended
  abandoned.store(true);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(ms, 1000.0);  // it did not wait for the 1.5 s the worker still has to run
  std::string err;
  EXPECT_FALSE(job->take(err));
  job.reset();  // the worker still runs, detached
  EXPECT_GT(SceneLoadJob::runningWorkers(), before);
  for (int i = 0; i < 500 && SceneLoadJob::runningWorkers() > before; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(SceneLoadJob::runningWorkers(), before);
  EXPECT_EQ(callsAfterAbandon.load(), 0);
}

TEST(ViewerLoader, AbandonWaitsBrieflyForAWorkerThatHeedsTheCancel) {
  // The quit path: abandon(1 s) on a worker that polls its token ends it in milliseconds.
  SceneLoadJob job("polite", [](const data::ProgressFn&, const std::atomic<bool>* cancel) {
    while (!cancel->load()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    throw Cancelled("polite");
    return data::SceneData{};
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_TRUE(job.abandon(std::chrono::milliseconds(1000)));  // true: it ended within the wait
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("a polite worker ended %.1f ms after abandon(1 s)\n", ms);
  std::string err;
  EXPECT_FALSE(job.take(err));
  EXPECT_TRUE(err.empty()) << err;
}
