#pragma once
// Loads a scene on a worker thread so the UI stays responsive; progress and
// cancel are shared through atomics. GL uploads happen later on the main
// thread, after take() hands the data over.
//
// The UI never waits for a worker: abandon() (and the destructor) cancels the
// load and lets go of it. The worker runs under a CancelScope (core/cancel.h),
// so the cancel reaches GDAL reads (before every feature), GEOS operations and
// the triangulator, and it usually ends within milliseconds; if it has not
// ended by then it is detached, owning everything it touches (the work and
// prepare functions must own their inputs: no pointers into the UI), its
// result is dropped and its progress callback is never called again.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
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
  ~SceneLoadJob();  // abandon(): cancels, never waits
  SceneLoadJob(const SceneLoadJob&) = delete;
  SceneLoadJob& operator=(const SceneLoadJob&) = delete;

  float progress() const;
  std::string message() const;
  const std::string& what() const { return what_; }
  void cancel();
  bool cancelled() const;
  bool done() const;
  // After done(): the data, or null with `error` set (cancelled loads give an empty error).
  std::shared_ptr<data::SceneData> take(std::string& error);
  // After done(): what `prepare` returned (null without one).
  std::shared_ptr<void> takePrepared();

  // Cancels, waits at most `wait` for the worker to end, then lets go of it:
  // joined when it has ended, else detached (it ends on its own, its result
  // discarded). After this, onProgress is never called again and take()
  // returns nothing. Returns whether the worker had ended.
  bool abandon(std::chrono::milliseconds wait = std::chrono::milliseconds(0));

  // Workers of any job not yet ended, abandoned ones included: a process
  // should not run its static destructors (GDAL's, PROJ's) under one.
  static int runningWorkers();

 private:
  struct Shared;
  std::string what_;
  std::shared_ptr<Shared> sh_;
  std::thread thread_;
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
