#pragma once
// Loads a scene on a worker thread (std::jthread) so the UI stays responsive;
// progress and cancel are shared through atomics. GL uploads happen later on
// the main thread, after take() hands the data over.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "data/scene_loader.h"

namespace ps::viewer {

class SceneLoadJob {
 public:
  using Work = std::function<data::SceneData(const data::ProgressFn&, const std::atomic<bool>* cancel)>;
  // Pure CPU work on the loaded data, also on the worker (map buckets, pick index).
  using Prepare = std::function<std::shared_ptr<void>(const data::SceneData&)>;
  // `onProgress` runs on the worker after each progress report (e.g. to wake the UI loop).
  SceneLoadJob(std::string what, Work work, std::function<void()> onProgress = {}, Prepare prepare = {});
  ~SceneLoadJob();  // cancels and joins

  float progress() const { return progress_.load(); }
  std::string message() const;
  const std::string& what() const { return what_; }
  void cancel() { cancel_.store(true); }
  bool cancelled() const { return cancel_.load(); }
  bool done() const { return done_.load(); }
  // After done(): the data, or null with `error` set (cancelled loads give an empty error).
  std::shared_ptr<data::SceneData> take(std::string& error);
  // After done(): what `prepare` returned (null without one).
  std::shared_ptr<void> takePrepared();

 private:
  std::string what_;
  std::atomic<float> progress_{0};
  std::atomic<bool> cancel_{false}, done_{false};
  mutable std::mutex mu_;
  std::string message_, error_;
  std::shared_ptr<data::SceneData> result_;
  std::shared_ptr<void> prepared_;
  std::jthread thread_;
};

// Work for a scene file (TOML): parse, then load every layer.
SceneLoadJob::Work loadSceneFileWork(const std::string& path);
// Work that adds a GIS file as a new layer to `base` (a copy) and reloads.
// The layer's kind follows its geometry (polygons fill, lines, points).
SceneLoadJob::Work addGisFileWork(Scene base, const std::string& path);
// Work that adds `layers` (the import dialog's, viewer/import.h): to a copy of
// `current` (its layers kept as loaded, only the new ones read), or, without
// one, to `base` loaded afresh.
SceneLoadJob::Work addLayersWork(const data::SceneData* current, Scene base, std::vector<LayerSpec> layers);
// True when the path looks like a scene file (.toml) rather than GIS data.
bool isSceneFile(const std::string& path);

}  // namespace ps::viewer
