#include "viewer/loader.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>

#include "core/cancel.h"
#include "core/error.h"

namespace ps::viewer {
namespace {
std::atomic<int> gRunning{0};
}

// Everything the worker touches: it holds a reference, so an abandoned job's
// worker outlives the SceneLoadJob safely.
struct SceneLoadJob::Shared {
  std::atomic<float> progress{0};
  std::atomic<bool> cancel{false}, done{false};
  mutable std::mutex mu;  // message, error, result, prepared, done's wait
  std::condition_variable ended;
  std::string message, error;
  std::shared_ptr<data::SceneData> result;
  std::shared_ptr<void> prepared;
  std::mutex callbackMu;  // held while onProgress runs; abandon() takes it to stop the calls
  std::function<void()> onProgress;
  bool abandoned = false;  // under callbackMu

  void notify() {
    std::lock_guard<std::mutex> lock(callbackMu);
    if (!abandoned && onProgress) onProgress();
  }
};

SceneLoadJob::SceneLoadJob(std::string what, Work work, std::function<void()> onProgress, Prepare prepare)
    : what_(std::move(what)), sh_(std::make_shared<Shared>()) {
  sh_->onProgress = std::move(onProgress);
  gRunning.fetch_add(1);
  thread_ = std::thread([sh = sh_, what = what_, work = std::move(work), prepare = std::move(prepare)]() mutable {
    {
      // GEOS, the triangulator and the readers poll this thread's token.
      CancelScope scope(&sh->cancel);
      auto report = [&](float f, const std::string& msg) {
        sh->progress.store(std::clamp(f, 0.0f, 1.0f));
        {
          std::lock_guard<std::mutex> lock(sh->mu);
          sh->message = msg;
        }
        sh->notify();
      };
      std::shared_ptr<data::SceneData> data;
      std::shared_ptr<void> prepared;
      std::string error;
      try {
        data = std::make_shared<data::SceneData>(work(report, &sh->cancel));
        if (prepare && !sh->cancel.load()) {
          report(1.0f, what);
          prepared = prepare(*data);
        }
      } catch (const std::exception& e) {
        error = e.what();
      }
      {
        std::lock_guard<std::mutex> lock(sh->mu);
        if (!sh->cancel.load()) {
          sh->result = std::move(data);
          sh->prepared = std::move(prepared);
          sh->error = std::move(error);
        }
        sh->done.store(true);
        sh->ended.notify_all();
      }
      sh->notify();
      // A cancelled load's data is freed here, on the worker, not on the UI thread.
      data.reset();
      prepared.reset();
      work = nullptr;
      prepare = nullptr;
    }
    sh.reset();
    gRunning.fetch_sub(1);
  });
}

SceneLoadJob::~SceneLoadJob() { abandon(); }

bool SceneLoadJob::abandon(std::chrono::milliseconds wait) {
  if (!sh_) return true;
  sh_->cancel.store(true);
  {
    std::lock_guard<std::mutex> lock(sh_->callbackMu);  // waits for a running onProgress to return
    sh_->abandoned = true;
  }
  bool ended = false;
  {
    std::unique_lock<std::mutex> lock(sh_->mu);
    ended = sh_->ended.wait_for(lock, wait, [&] { return sh_->done.load(); });
    sh_->result.reset();
    sh_->prepared.reset();
  }
  if (thread_.joinable()) {
    if (ended) thread_.join();  // it has only its clean-up left
    else thread_.detach();
  }
  sh_.reset();
  return ended;
}

int SceneLoadJob::runningWorkers() { return gRunning.load(); }

float SceneLoadJob::progress() const { return sh_ ? sh_->progress.load() : 1.0f; }
void SceneLoadJob::cancel() {
  if (sh_) sh_->cancel.store(true);
}
bool SceneLoadJob::cancelled() const { return !sh_ || sh_->cancel.load(); }
bool SceneLoadJob::done() const { return !sh_ || sh_->done.load(); }

std::string SceneLoadJob::message() const {
  if (!sh_) return {};
  std::lock_guard<std::mutex> lock(sh_->mu);
  return sh_->message;
}

std::shared_ptr<void> SceneLoadJob::takePrepared() {
  if (!sh_) return nullptr;
  std::lock_guard<std::mutex> lock(sh_->mu);
  return std::move(sh_->prepared);
}

std::shared_ptr<data::SceneData> SceneLoadJob::take(std::string& error) {
  error.clear();
  if (!sh_) return nullptr;
  std::lock_guard<std::mutex> lock(sh_->mu);
  error = sh_->error;
  return std::move(sh_->result);
}

bool isSceneFile(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".toml";
}

SceneLoadJob::Work loadSceneFileWork(const std::string& path) {
  return [path](const data::ProgressFn& progress, const std::atomic<bool>* cancel) {
    if (progress) progress(0.0f, path);
    Scene scene = loadScene(path);
    return data::loadSceneData(std::move(scene), progress, cancel);
  };
}

namespace {
// After a load, fix the kind of layers added from GIS files by their geometry.
void kindFromGeometry(data::SceneData& d, const std::string& layerId) {
  for (size_t i = 0; i < d.layers.size(); ++i) {
    LayerSpec& spec = d.scene.layers[i];
    if (spec.id != layerId) continue;
    size_t pts = 0, lines = 0, polys = 0;
    for (GeomKind k : d.layers[i].table.geom.kind) {
      pts += k == GeomKind::Point;
      lines += k == GeomKind::Line;
      polys += k == GeomKind::Polygon;
    }
    if (pts > polys && pts >= lines) spec.kind = LayerKind::Point;
    else if (lines > polys) spec.kind = LayerKind::Line;
    else spec.kind = LayerKind::Fill;
  }
}
}  // namespace

SceneLoadJob::Work addGisFileWork(Scene base, const std::string& path) {
  return [base = std::move(base), path](const data::ProgressFn& progress, const std::atomic<bool>* cancel) mutable {
    std::error_code ec;
    std::string abs = std::filesystem::absolute(path, ec).string();
    if (!std::filesystem::exists(abs)) throw Error(path, "file not found");
    LayerSpec l;
    std::string stem = std::filesystem::path(path).stem().string();
    l.id = stem;
    for (int n = 2; std::any_of(base.layers.begin(), base.layers.end(), [&](const LayerSpec& o) { return o.id == l.id; }); ++n)
      l.id = stem + "_" + std::to_string(n);
    l.title = l.titleEn = stem;
    l.kind = LayerKind::Fill;
    l.source.path = abs;
    l.style.color = {0.25f, 0.55f, 0.85f, 0.8f};
    l.style.outline = Rgba{0.1f, 0.3f, 0.6f, 1.0f};
    base.layers.push_back(l);
    data::SceneData d = data::loadSceneData(base, progress, cancel);
    kindFromGeometry(d, l.id);
    return d;
  };
}

SceneLoadJob::Work addLayersWork(const data::SceneData* current, Scene base, std::vector<LayerSpec> layers) {
  // The layers already loaded stay as they are (a scene built in memory, such as
  // the demo, has no files to read again): only the new ones are read.
  std::shared_ptr<data::SceneData> kept = current ? std::make_shared<data::SceneData>(*current) : nullptr;
  return [kept, base = std::move(base), layers = std::move(layers)](const data::ProgressFn& progress,
                                                                      const std::atomic<bool>* cancel) mutable {
    if (!kept) {
      for (LayerSpec& l : layers) base.layers.push_back(std::move(l));
      return data::loadSceneData(base, progress, cancel);
    }
    Scene only = kept->scene;
    only.layers = std::move(layers);
    data::SceneData added = data::loadSceneData(only, progress, cancel);
    data::SceneData out = std::move(*kept);
    for (size_t i = 0; i < added.layers.size(); ++i) {
      out.scene.layers.push_back(added.scene.layers[i]);
      out.layers.push_back(std::move(added.layers[i]));
    }
    for (size_t i = 0; i < out.layers.size(); ++i) out.layers[i].spec = &out.scene.layers[i];
    return out;
  };
}

}  // namespace ps::viewer
