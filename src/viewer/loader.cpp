#include "viewer/loader.h"

#include <algorithm>
#include <filesystem>

#include "core/error.h"

namespace ps::viewer {

SceneLoadJob::SceneLoadJob(std::string what, Work work, std::function<void()> onProgress, Prepare prepare)
    : what_(std::move(what)) {
  thread_ = std::jthread([this, work = std::move(work), onProgress = std::move(onProgress),
                          prepare = std::move(prepare)](std::stop_token) {
    auto report = [&](float f, const std::string& msg) {
      progress_.store(std::clamp(f, 0.0f, 1.0f));
      {
        std::lock_guard<std::mutex> lock(mu_);
        message_ = msg;
      }
      if (onProgress) onProgress();
    };
    try {
      auto data = std::make_shared<data::SceneData>(work(report, &cancel_));
      std::shared_ptr<void> prepared;
      if (prepare && !cancel_.load()) {
        report(1.0f, what_);
        prepared = prepare(*data);
      }
      std::lock_guard<std::mutex> lock(mu_);
      if (!cancel_.load()) {
        result_ = std::move(data);
        prepared_ = std::move(prepared);
      }
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu_);
      if (!cancel_.load()) error_ = e.what();
    }
    done_.store(true);
    if (onProgress) onProgress();
  });
}

SceneLoadJob::~SceneLoadJob() {
  cancel_.store(true);
  // jthread joins on destruction.
}

std::string SceneLoadJob::message() const {
  std::lock_guard<std::mutex> lock(mu_);
  return message_;
}

std::shared_ptr<void> SceneLoadJob::takePrepared() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::move(prepared_);
}

std::shared_ptr<data::SceneData> SceneLoadJob::take(std::string& error) {
  std::lock_guard<std::mutex> lock(mu_);
  error = error_;
  return std::move(result_);
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
