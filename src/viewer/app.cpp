// [SECTION] includes and helpers
// [SECTION] App: members, loading, requests
// [SECTION] ReplayHost (what the test mode sees)
// [SECTION] frame: input, hover, labels, map, panels
// [SECTION] main loop
//
// The viewer is a loop: poll input, update, draw the map, draw the panels
// (handed in by the app: ViewerOptions::drawUi), swap. The test mode (replay
// scripts, state dump, counters) lives in viewer/replay_*.h and
// viewer/state_dump.h and sees the App only through ReplayHost.
#include "viewer/app.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "core/atomic_file.h"
#include "core/build_paths.h"
#include "core/error.h"
#include "core/sectors.h"
#include "geo/lonlat_projector.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "viewer/feature_text.h"
#include "viewer/glyph_texts.h"
#include "viewer/gui_layer.h"
#include "viewer/input.h"
#include "viewer/input_replay.h"
#include "kiosk/service_notify.h"
#include "viewer/kiosk_session.h"
#include "viewer/kiosk_window.h"
#include "viewer/labels.h"
#include "viewer/import.h"
#include "viewer/layout_store.h"
#include "viewer/loader.h"
#include "viewer/map_view.h"
#include "viewer/measure.h"
#include "viewer/nearest.h"
#include "viewer/overlays.h"
#include "viewer/replay_host.h"
#include "viewer/replay_runner.h"
#include "viewer/save_target.h"
#include "viewer/screenshot.h"
#include "viewer/siting.h"
#include "viewer/state_dump.h"
#include "viewer/stats.h"
#include "viewer/film_session.h"
#include "viewer/presenter_notes.h"
#include "viewer/story_edit.h"
#include "viewer/story_session.h"
#include "viewer/timeline.h"
#include "viewer/touch_pointer_filter.h"
#include "viewer/touch_x11.h"
#include "viewer/ui_frame.h"
#include "viewer/window.h"

namespace ps::viewer {
namespace {

// [SECTION] includes and helpers ---------------------------------------------

// [SECTION] App: members, loading, requests -----------------------------------

class App final : public ReplayHost {
 public:
  explicit App(const ViewerOptions& opt)
      : opt_(opt),
        win_(opt.width > 0 ? opt.width : 1280, opt.height > 0 ? opt.height : 720, "Parkscape", true,
             opt.replay.empty() ? 4 : 0),
        gui_(win_) {
    s_.strings = StringTable::load(defaultStringsPath());
    s_.lang = opt.lang.value_or(Lang::Zh);
    if (opt.kiosk) startKiosk();
    else restoreLayout();  // a kiosk takes its monitor, never the user's layout
    map_ = makeGpuMapView();
    if (!map_) map_ = makeSketchMapView();
    rebuildFonts();
    updateTitle();
  }

  int run();

 private:
  void startKiosk() {
    kioskStart(s_, *opt_.kiosk, kioskPxPerMm(opt_.kiosk->display.monitor), s_.now);
    if (!opt_.windowed) kioskFullscreen(win_.handle(), opt_.kiosk->display.monitor);
    kioskLockDown(win_.handle());
    // The touch screen (XInput 2.2), said once in the log; without it the
    // mouse path drives the map (a touch screen then acts as a mouse).
    std::string status;
    touch_ = TouchReaderX11::open(win_.handle(), status);
    s_.kiosk->touchInput = status;
    std::fprintf(stderr, "parkscape kiosk: touch input: %s\n", status.c_str());
  }
  // Waits for input (GLFW's and the touch screen's), then takes it.
  void waitInput(double timeoutS) {
    if (touch_ && timeoutS > 0) {
      touch_->wait(timeoutS);
      win_.waitEvents(0);
    } else {
      win_.waitEvents(timeoutS);
    }
    if (touch_) touch_->drain(win_.events(), wallClock(), win_.acceptsInput());
  }
  // The user's layout and window, else the monitor's work area; an explicit --width/--height wins.
  void restoreLayout() {
    const LayoutLoad l = loadLayout(opt_.layoutPath);
    s_.layout.prefs = l.prefs;
    if (!l.warning.empty()) {
      std::fprintf(stderr, "parkscape: %s\n", l.warning.c_str());
      toast(s_, l.warning, true, 8.0);
    }
    const LayoutPrefs& p = s_.layout.prefs;
    if (opt_.width > 0 && opt_.height > 0) return;
    if (p.windowW > 0 && p.windowH > 0) win_.place(p.windowX, p.windowY, p.windowW, p.windowH);
    else win_.fitToWorkArea();
  }
  void storeLayout() {
    if (opt_.layoutPath.empty()) return;
    LayoutPrefs& p = s_.layout.prefs;
    win_.placement(p.windowX, p.windowY, p.windowW, p.windowH);
    try {
      saveLayout(opt_.layoutPath, p);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
    }
  }
  void rebuildFonts() {
    scale_ = win_.contentScale() * opt_.uiScale;
    gui_.buildFonts(fontTexts(s_), scale_);
  }
  void updateTitle() {
    std::string t = s_.tr("app.title");
    if (s_.data) {
      const std::string& st = s_.lang == Lang::En && !s_.data->scene.titleEn.empty() ? s_.data->scene.titleEn : s_.data->scene.title;
      if (!st.empty()) t = st + " — " + t;
    }
    win_.setTitle(t);
  }

  // Drops the running load, if any, without waiting for it (viewer/loader.h).
  void abandonLoad() {
    if (!job_) return;
    job_->abandon();
    job_.reset();
    ++log_.loadsAbandoned;
  }
  void startLoad(const std::string& what, SceneLoadJob::Work work) {
    abandonLoad();
    // Buckets and the pick index are built on the worker too: the main thread only uploads.
    job_ = std::make_unique<SceneLoadJob>(what, std::move(work), [] { Window::wake(); },
                                          [mapPrepare = map_->preparer()](const data::SceneData& d) -> std::shared_ptr<void> {
                                            auto p = std::make_shared<Prepared>();
                                            p->map = mapPrepare(d);
                                            buildPickIndex(d, p->pick);
                                            return p;
                                          });
  }
  void open(const std::string& path) override {
    if (isSceneFile(path)) {
      pendingScenePath_ = path;
      startLoad(path, loadSceneFileWork(path));
    } else {
      beginImport(s_, path);  // GIS data opens the import dialog (viewer/import.h)
      if (s_.import) rebuildFonts();  // field names and values may hold glyphs the atlas lacks
    }
  }
  // The import dialog's OK: its layers join the scene (or make one) and it reloads.
  void importChosen() {
    Scene base;
    if (s_.data) {
      base = s_.data->scene;
      pendingScenePath_ = s_.scenePath;
    } else {
      base.title = base.titleEn = s_.import && !s_.import->sources.empty()
                                      ? std::filesystem::path(s_.import->sources[0].path).filename().string()
                                      : std::string("Parkscape");
      pendingScenePath_.clear();
    }
    if (!s_.data && s_.import && !s_.import->sources.empty())
      base.camera = data::suggestScene(s_.import->sources.front()).camera;  // over the data
    std::vector<LayerSpec> layers = finishImport(s_, base.layers);
    if (layers.empty()) return;
    const std::string what = layers.front().source.path;  // before the layers move into the work
    startLoad(what, addLayersWork(s_.data.get(), std::move(base), std::move(layers)));
  }
  struct Prepared {
    std::shared_ptr<void> map;
    PickIndex pick;
  };

  void install(std::shared_ptr<data::SceneData> data, const std::string& scenePath,
               std::shared_ptr<void> preparedAny = nullptr) {
    auto prepared = std::static_pointer_cast<Prepared>(preparedAny);
    try {
      geo_ = std::make_unique<geo::GeoProjector>(data->scene.crs);
    } catch (const Error& e) {
      geo_.reset();
      toast(s_, e.what(), true);
    }
    installScene(s_, std::move(data), geo_.get(), win_.size());
    s_.scenePath = scenePath;
    if (!scenePath.empty()) addRecent(s_, scenePath);
    if (prepared) pick_ = std::move(prepared->pick);
    else buildPickIndex(*s_.data, pick_);
    labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
    map_->setScene(s_, prepared ? prepared->map : nullptr);
    mapSceneRev_ = s_.sceneRevision;
    // Overlays: the derived tables just loaded are the map's; they follow the time from here on.
    mapLayerRev_.clear();
    s_.derivedTimeRevision = s_.time.revision;
    map_->setStyles(s_);
    mapStyleRev_ = s_.styleRevision;
    rebuildFonts();
    updateTitle();
    kioskOnScene(s_);
  }
  void pollLoad() {
    if (!job_ || !job_->done()) return;
    std::string err;
    auto data = job_->take(err);
    auto prepared = job_->takePrepared();
    const bool cancelled = job_->cancelled();
    const std::string what = job_->what();
    job_.reset();
    if (data) {
      install(std::move(data), pendingScenePath_, std::move(prepared));
      toast(s_, substitute(s_.tr("load.done"), {{"file", std::filesystem::path(what).filename().string()}}));
    } else if (cancelled) {
      toast(s_, s_.tr("load.cancelled"));
    } else {
      toast(s_, err.empty() ? std::string(s_.tr("load.failed")) : err, true, 8.0);
    }
  }
  void save(const std::string& path) override {
    if (!s_.data || !geo_) return;
    if (path.empty()) {
      toast(s_, s_.tr("save.no_path"), true);
      return;
    }
    try {
      // Never over a bundled scene; a file that exists is kept as .bak first (viewer/save_target.h).
      const SaveTarget target = prepareSave(path);
      saveScene(sessionScene(s_, *geo_), target.path);
      s_.scenePath = std::filesystem::absolute(target.path).string();
      addRecent(s_, s_.scenePath);
      std::string msg = substitute(s_.tr(target.redirected ? "save.redirected" : "save.done"), {{"file", target.path}});
      if (!target.backup.empty()) msg += "\n" + substitute(s_.tr("save.backup"), {{"file", target.backup}});
      toast(s_, msg);
      lastSaved_ = target.path;
    } catch (const std::exception& e) {
      toast(s_, e.what(), true, 8.0);
    }
  }
  // The Stories panel's requests (viewer/story_edit.h): the view as a step, saving.
  void storyRequests(const UiRequests& r) {
    if (!s_.data || !geo_) return;
    if (r.storyCapture) {
      story::Step step = captureStep(s_, *geo_);
      if (r.storyCapture->replace) {
        const story::Story& st = editableStory(s_);
        const int i = r.storyCapture->at;
        if (i >= 0 && i < static_cast<int>(st.steps.size())) {  // keep the texts, take the view
          step.caption = st.steps[i].caption;
          step.notes = st.steps[i].notes;
          step.fly = st.steps[i].fly;
          step.hold = st.steps[i].hold;
          replaceStep(s_, i, std::move(step));
        }
      } else {
        editableStory(s_);
        insertStep(s_, r.storyCapture->at, std::move(step));
      }
    }
    if (r.saveStory) {
      try {
        saveEditedStory(s_, *r.saveStory);
        toast(s_, substitute(s_.tr("save.done"), {{"file", *r.saveStory}}));
      } catch (const std::exception& e) {
        toast(s_, e.what(), true, 8.0);
      }
    }
  }
  void handleRequests(const UiRequests& r) {
    storyRequests(r);
    if (r.open) open(*r.open);
    if (r.save) save(*r.save);
    if (r.cancelLoad && job_) {
      abandonLoad();
      toast(s_, s_.tr("load.cancelled"));
    }
    if (r.importOk) importChosen();
    if (r.toggleFullscreen) toggleFullscreen();
    if (r.quit) win_.requestClose();
    if (r.startFilm) film_.start(s_);
    if (r.cancelFilm) film_.cancel();
  }

  // [SECTION] ReplayHost (what the test mode sees) ------------------------------
  ViewerState& state() override { return s_; }
  const ViewerState& state() const override { return s_; }
  glm::dvec2 viewport() const override { return win_.size(); }
  const geo::GeoProjector* projector() const override { return geo_.get(); }
  ReplayLog& log() override { return log_; }
  const ReplayLog& log() const override { return log_; }
  std::deque<InputEvent>& inputQueue() override { return win_.events(); }
  void toggleFullscreen() override {
    win_.toggleFullscreen();
    s_.fullscreen = win_.fullscreen();
  }
  void importOk() override { importChosen(); }
  void quit() override { win_.requestClose(); }
  void waitEvents(double timeoutSeconds) override { waitInput(timeoutSeconds); }
  bool loading() const override { return job_ != nullptr; }
  bool exporting() const override { return film_.running(); }
  bool presenterWindowOpen() const override { return presenter_ != nullptr; }
  void startFilm() override { film_.start(s_); }
  void pollExport() override { film_.poll(s_); }
  bool busy() const override {
    return s_.fly.active || s_.time.playing || job_ != nullptr || input_.dragging() ||
           (presenting(s_) && storyMoving_) || kioskMoving_;
  }
  void drawFrame(bool& wantScreenshot) override {
    const auto t0 = std::chrono::steady_clock::now();
    frame(wantScreenshot);
    if (s_.kiosk) log_.frameMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  const std::string& windowTitle() const override { return win_.title(); }
  const char* mapViewName() const override { return map_->name(); }
  bool cjkFontFound() const override { return gui_.cjkFontFound(); }
  bool glyphInFont(uint32_t codepoint) const override { return gui_.hasGlyph(codepoint); }
  const std::vector<std::string>& uiStringsShown() const override { return shown_; }
  const std::optional<PickHit>& lastPick() const override { return input_.lastPick(); }
  const std::vector<PlacedLabel>& mapLabels() const override { return labels_; }
  const std::string& lastSaved() const override { return lastSaved_; }
  void stepScreenshot(const std::string& label) override {
    if (opt_.screenshot.empty()) return;
    const std::filesystem::path p(opt_.screenshot);
    stepShot_ = (p.parent_path() / (p.stem().string() + "." + label + ".png")).string();
  }

  void frame(bool& wantScreenshot);
  void openStoryFile(const std::string& path, bool present = true);
  void presentKey(int key);
  void feedInput(glm::dvec2 vp, glm::ivec2 fb);
  void updateHover(glm::dvec2 vp);
  void updateLabels(glm::dvec2 vp);
  void drawMap(glm::ivec2 fb, glm::dvec2 vp);
  void drawPanels(glm::dvec2 vp);
  void runInteractiveFrame(int& framesToDraw);
  // Seconds since the App started (the interactive loop's clock).
  double wallClock() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count(); }
  // Derived overlay layers recomputed in place (app/viewer_overlays.h): the
  // map re-uploads them, the pick index and label candidates follow.
  void syncOverlayLayers() {
    if (!s_.data) return;
    const size_t n = s_.data->layers.size();
    if (mapLayerRev_.size() != n) {
      mapLayerRev_.resize(n);
      for (uint32_t li = 0; li < n; ++li) mapLayerRev_[li] = layerRevision(s_, li);
      return;
    }
    bool changed = false;
    for (uint32_t li = 0; li < n; ++li)
      if (layerRevision(s_, li) != mapLayerRev_[li]) {
        map_->updateLayer(s_, li);
        mapLayerRev_[li] = layerRevision(s_, li);
        changed = true;
      }
    if (!changed) return;
    buildPickIndex(*s_.data, pick_);
    labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
    labelsOccluded_ = false;
  }

  ViewerOptions opt_;
  Window win_;
  ImGuiLayer gui_;
  ViewerState s_;
  std::unique_ptr<MapView> map_;
  std::unique_ptr<geo::GeoProjector> geo_;
  std::unique_ptr<SceneLoadJob> job_;
  FilmSession film_;  // File → Export film… (a child process)
  std::unique_ptr<PresenterWindow> presenter_;  // the presenter's own screen while presenting
  const void* presenterFontKey_ = nullptr;      // the story its fonts were built for
  bool presenterDismissed_ = false;             // closed by the user until presenting stops
  int presentMonitor_ = -1;                     // the monitor the story is presented on
  bool lastShot_ = false;                       // this frame wrote the replay's screenshot
  void updatePresenterWindow(bool screenshot);
  std::string pendingScenePath_;
  PickIndex pick_;
  MapInput input_;
  std::vector<map::LabelCandidate> labelCands_;
  std::vector<PlacedLabel> labels_;
  uint64_t mapStyleRev_ = 0, mapSceneRev_ = 0;
  std::vector<uint64_t> mapLayerRev_;     // per layer: the s_.layerRevision the map and pick index show
  OrbitCamera labelCamera_;
  uint64_t labelRev_ = 0;
  std::vector<LayoutRect> labelBlockers_;
  Lang labelLang_ = Lang::Zh;
  unsigned sitingFontLoads_ = 0;
  bool labelsOccluded_ = false;
  float scale_ = 1;
  double lastFrameTime_ = 0;
  std::vector<std::string> shown_;
  std::string lastSaved_;
  std::string stepShot_;  // a replay step's screenshot, written by the next frame
  std::string hoverText_;
  bool hoverDirty_ = false;
  bool storyMoving_ = false;
  bool fontsDirty_ = false;
  bool presentPending_ = false;     // opt_.present waits for its scene
  bool storyPending_ = false;       // opt_.story waits for its scene
  bool presentFullscreen_ = false;  // the presenter's mode made the window full screen
  bool kioskMoving_ = false;  // the kiosk's attract loop or countdown runs
  OrbitCamera hoverCamera_;
  uint64_t hoverStyleRev_ = 0;
  kiosk::ServiceNotifier notifier_;  // systemd: READY=1 / WATCHDOG=1 (only under a Type=notify unit)
  std::unique_ptr<TouchReaderX11> touch_;  // the kiosk's touch screen (null: none, or not the kiosk)
  TouchPointerFilter touchFilter_;         // the kiosk: no pointer events for a finger already seen as a touch
  std::vector<std::string> pendingInputs_;
  ReplayLog log_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

// [SECTION] frame: input, hover, labels, map, panels ---------------------------

void App::frame(bool& wantScreenshot) {
  const glm::dvec2 vp = win_.size();
  const glm::ivec2 fb = win_.framebufferSize();
  pollLoad();
  film_.poll(s_);
  for (const std::string& d : win_.takeDrops()) open(d);
  if (win_.contentScaleChanged() || fontsDirty_) {
    fontsDirty_ = false;
    rebuildFonts();
  }
  if (s_.siting && s_.siting->loads != sitingFontLoads_) {
    // A demand's name and its explanations may hold glyphs the atlas lacks.
    sitingFontLoads_ = s_.siting->loads;
    rebuildFonts();
  }
  if (storyPending_ && s_.data && !job_) {
    storyPending_ = false;
    openStoryFile(opt_.story, false);
  }
  if (presentPending_ && s_.data && !job_) {
    presentPending_ = false;
    openStoryFile(opt_.present);
  }
  feedInput(vp, fb);
  if (s_.kiosk) kioskMoving_ = kioskFrame(s_, vp);
  stepAnimation(s_);
  storyMoving_ = presenting(s_) && stepStory(s_);
  stepPlayback(s_);
  s_.camera.clampTo(s_.limits);
  // Derived overlays follow the time once it settles (no playback, no slider held).
  if (s_.data && !ImGui::IsAnyItemActive()) refreshDerivedForTime(s_);
  syncOverlayLayers();
  updateHover(vp);
  updateLabels(vp);
  measureRefresh(s_, geo_.get());
  nearestRefresh(s_, geo_.get());
  drawMap(fb, vp);
  drawPanels(vp);
  gui_.render();
  ++log_.framesDrawn;
  if (wantScreenshot) {
    wantScreenshot = false;
    lastShot_ = true;
    try {
      render::writePng(readFramebuffer(fb.x, fb.y), opt_.screenshot, {}, render::PngChannels::Rgb);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
    }
  }
  if (!stepShot_.empty()) {
    try {
      render::writePng(readFramebuffer(fb.x, fb.y), stepShot_, {}, render::PngChannels::Rgb);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
    }
    stepShot_.clear();
  }
  const bool shot = !opt_.screenshot.empty() && lastShot_;
  lastShot_ = false;
  win_.swap();
  updatePresenterWindow(shot);
}

// The presenter's window follows the presenter's mode: opened when presenting
// starts (on a monitor other than the big screen's, or as a window when asked),
// drawn after the main window, its keys handled as the main window's are.
void App::updatePresenterWindow(bool screenshot) {
  const bool want = presenting(s_) && !s_.kiosk && opt_.drawPresenter && !presenterDismissed_ &&
                    (Window::monitorCount() >= 2 || opt_.presenterWindow);
  if (!presenting(s_)) presenterDismissed_ = false;
  if (!want) {
    presenter_.reset();
    return;
  }
  if (!presenter_) {
    int monitor = -1;
    if (Window::monitorCount() >= 2)
      for (int i = 0; i < Window::monitorCount(); ++i)
        if (i != std::max(presentMonitor_, 0)) {
          monitor = i;
          break;
        }
    try {
      // Read from a lectern: a third larger than the main window's text.
      presenter_ = std::make_unique<PresenterWindow>(win_.handle(), monitor, s_.tr("presenter.window_title"), scale_ * 1.35f);
      presenterFontKey_ = nullptr;
    } catch (const std::exception& e) {
      presenterDismissed_ = true;
      toast(s_, e.what(), true, 8.0);
      return;
    }
  }
  if (presenter_->closeRequested()) {
    presenter_.reset();
    presenterDismissed_ = true;
    return;
  }
  if (presenterFontKey_ != s_.story.get()) {
    presenter_->setFonts(presenterFontTexts(s_));
    presenterFontKey_ = s_.story.get();
  }
  if (screenshot) {
    const std::filesystem::path p(opt_.screenshot);
    presenter_->screenshot((p.parent_path() / (p.stem().string() + ".presenter.png")).string());
  }
  presenter_->draw(presenterNotes(s_), s_, opt_.drawPresenter);
  for (int key : presenter_->takeKeys()) {
    InputEvent e;
    e.type = InputEvent::Key;
    e.key = key;
    e.press = true;
    win_.events().push_back(e);
    e.press = false;
    win_.events().push_back(e);
  }
}

// Feeds ImGui first, then lets the map have what ImGui does not want.
void App::feedInput(glm::dvec2 vp, glm::ivec2 fb) {
  std::deque<InputEvent>& q = win_.events();
  if (s_.kiosk) touchFilter_.apply(q, s_.now);
  const size_t n = gui_.feed(q);
  std::vector<InputEvent> batch(q.begin(), q.begin() + static_cast<long>(n));
  q.erase(q.begin(), q.begin() + static_cast<long>(n));
  const double dt = s_.now - lastFrameTime_;
  lastFrameTime_ = s_.now;
  gui_.newFrame(vp, fb, dt > 0 ? dt : 1.0 / 60.0);
  const ImGuiIO& io = ImGui::GetIO();
  for (const InputEvent& e : batch) {
    if (s_.kiosk) {  // the kiosk's own input: gestures, idle cycle, lock-down
      kioskInput(s_, pick_, e, vp, io.WantCaptureMouse);
      continue;
    }
    if (e.type == InputEvent::Key && e.press && (e.key == GLFW_KEY_F5 || presenting(s_))) {
      presentKey(e.key);
      continue;  // the presenter's keys never reach the map
    }
    // Shortcuts reach the map unless the user is typing or holds a widget: a
    // focused panel (ImGui's keyboard navigation) does not swallow them.
    MapInputResult r = input_.handle(e, s_, pick_, vp, io.WantCaptureMouse, io.WantTextInput || ImGui::IsAnyItemActive());
    if (r.toggleFullscreen) toggleFullscreen();
    if (r.save) save(s_.scenePath);
    if (r.open) s_.openDialog = true;
    if (r.pointerMoved) hoverDirty_ = true;
  }
}

// Hover (skipped while dragging or flying: the answer changes every frame);
// the tooltip text follows the language live.
void App::updateHover(glm::dvec2 vp) {
  const ImGuiIO& io = ImGui::GetIO();
  // What is under the cursor changes when the camera or the styles (zoom ranges) do, not only when it moves.
  if (hoverCamera_ != s_.camera || hoverStyleRev_ != s_.styleRevision) hoverDirty_ = true;
  if (hoverDirty_ && !input_.dragging() && !s_.fly.active && s_.data) {
    hoverDirty_ = false;
    hoverCamera_ = s_.camera;
    hoverStyleRev_ = s_.styleRevision;
    std::optional<FeatureRef> h;
    // No hover before the mouse has been seen in the window (a replay that never
    // moves it, a window opened under no cursor): not what lies under (0, 0).
    if (!io.WantCaptureMouse && ImGui::IsMousePosValid(&io.MousePos))
      if (auto p = pick(s_, pick_, input_.cursor(), vp)) h = p->ref;
    setHover(s_, h);
  }
  hoverText_.clear();
  if (s_.hover && s_.data) {
    const LayerSpec& spec = *s_.data->layers[s_.hover->layer].spec;
    hoverText_ = featureName(s_, *s_.hover) + "\n" + (s_.lang == Lang::En && !spec.titleEn.empty() ? spec.titleEn : spec.title);
  }
}

// Labels: placed again when the camera, style or language changed; the
// occlusion test (a ray per label) only once the camera has settled.
void App::updateLabels(glm::dvec2 vp) {
  const bool camMoved = labelCamera_ != s_.camera;
  std::vector<LayoutRect> blockers = labelBlockers(s_);  // a panel opened, closed or moved
  if (!s_.data || !(camMoved || labelRev_ != s_.styleRevision || labelLang_ != s_.lang || !labelsOccluded_ ||
                    blockers != labelBlockers_))
    return;
  labelBlockers_ = std::move(blockers);
  const bool settle = !camMoved && !busy();
  if (labelLang_ != s_.lang) labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
  const UiFonts& fonts = gui_.fonts();
  placeLabels(s_, pick_, labelCands_, vp,
              [&](const std::string& t, bool large) {
                ImFont* f = large && fonts.large ? fonts.large : ImGui::GetFont();
                ImVec2 sz = f->CalcTextSizeA(f->FontSize, 1e9f, 0, t.c_str());
                return glm::vec2(sz.x, sz.y);
              },
              settle, labels_);
  labelsOccluded_ = settle;
  labelCamera_ = s_.camera;
  labelRev_ = s_.styleRevision;
  labelLang_ = s_.lang;
}

void App::drawMap(glm::ivec2 fb, glm::dvec2 vp) {
  if (s_.data && (mapSceneRev_ != s_.sceneRevision)) {
    map_->setScene(s_, nullptr);
    mapSceneRev_ = s_.sceneRevision;
  }
  if (s_.data && mapStyleRev_ != s_.styleRevision) {
    map_->setStyles(s_);
    mapStyleRev_ = s_.styleRevision;
  }
  glViewport(0, 0, fb.x, fb.y);
  Rgba bg = s_.data ? s_.data->scene.background : Rgba(0.93f, 0.94f, 0.95f, 1.0f);
  if (presenting(s_) && s_.story->blank) {
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    return;
  }
  glClearColor(bg.r, bg.g, bg.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  if (s_.data) map_->draw(s_, fb, vp);
}

// The panels (ViewerOptions::drawUi) get this frame's UiFrame and hand back requests.
void App::drawPanels(glm::dvec2 vp) {
  const ImGuiIO& io = ImGui::GetIO();
  UiFrame ui{s_, vp};
  ui.scale = scale_;
  ui.largeFont = gui_.fonts().large;
  if (job_) ui.load = {true, job_->progress(), job_->message()};
  ui.labels = labels_;
  sitingRankLabels(s_, vp, ui.labels, [&](const std::string& t, bool large) {
    ImFont* f = large && gui_.fonts().large ? gui_.fonts().large : ImGui::GetFont();
    const ImVec2 sz = f->CalcTextSizeA(f->FontSize, 1e9f, 0, t.c_str());
    return glm::vec2(sz.x, sz.y);
  });
  ui.hoverText = hoverText_;
  if (s_.data && !io.WantCaptureMouse) {
    if (auto gp = s_.camera.screenToGround(input_.cursor().x, input_.cursor().y, vp.x, vp.y); gp && geo_) {
      ui.cursor.valid = true;
      ui.cursor.scene = *gp + s_.data->frame.origin;
      ui.cursor.lonLat = geo_->toLonLat(ui.cursor.scene);
    }
  }
  ui.metresPerPixel = s_.data ? s_.camera.metresPerPixel(vp.y) : 0;
  if (opt_.drawUi) opt_.drawUi(ui);
  gui_.windowRects(s_.layout.occupied, s_.layout.occupiedNames);
  s_.layout.mapFreeFraction = freeFraction(vp, s_.layout.occupied);
  shown_ = ui.shown;
  handleRequests(ui.req);
  updateTitle();
}

// The presenter's mode: a story on the loaded scene, full screen on the chosen
// monitor, panels hidden (ui/story_presenter.cpp). Errors show in the UI.
void App::openStoryFile(const std::string& path, bool present) {
  try {
    openStory(s_, story::loadStory(path));
    for (const std::string& w : s_.story->warnings) {
      std::fprintf(stderr, "parkscape: warning: %s\n", w.c_str());
      toast(s_, w, true, 8.0);
    }
    fontsDirty_ = true;  // the captions' glyphs, before the next frame begins
    if (!present) {
      s_.panels.stories = true;
      return;
    }
    startPresenting(s_, 0);
    // A replay script owns the window size (tests): no full screen there.
    if (!win_.fullscreen() && opt_.replay.empty()) {
      presentMonitor_ = win_.enterFullscreen(opt_.monitor);
      presentFullscreen_ = presentMonitor_ >= 0;
      s_.fullscreen = win_.fullscreen();
    }
  } catch (const std::exception& e) {
    s_.lastError = e.what();
    toast(s_, e.what(), true, 10.0);
    std::fprintf(stderr, "parkscape: %s\n", e.what());
  }
}

// F5 starts the story open (or the bundled tour when this is its scene); the
// rest are the presenter's keys (viewer/story_session.h). Esc leaves.
void App::presentKey(int key) {
  if (key == GLFW_KEY_F5 && !presenting(s_)) {
    if (s_.story) {
      startPresenting(s_, 0);
      if (!win_.fullscreen() && opt_.replay.empty()) {
        presentMonitor_ = win_.enterFullscreen(opt_.monitor);
        presentFullscreen_ = presentMonitor_ >= 0;
      }
      s_.fullscreen = win_.fullscreen();
      return;
    }
    const std::string tour = std::string(sourceDir()) + "/geodata/stories/future_industries_tour.toml";
    std::error_code ec;
    const bool tourScene = !s_.scenePath.empty() &&
                           std::filesystem::equivalent(s_.scenePath, std::string(sourceDir()) + "/geodata/chengdu.toml", ec);
    if (tourScene) openStoryFile(tour);
    else toast(s_, s_.tr("story.none"), true);
    return;
  }
  if (!storyKey(s_, key) || presenting(s_)) return;
  // Left the presenter's mode: the window as it was.
  if (presentFullscreen_ && win_.fullscreen()) toggleFullscreen();
  presentFullscreen_ = false;
}

// [SECTION] main loop ------------------------------------------------------------

// Interactive: redraw only when something changed or moves; otherwise sleep
// until input or the next toast expiry.
void App::runInteractiveFrame(int& framesToDraw) {
  const bool animating = busy() || !win_.events().empty();
  double soonestToast = 1e9;
  for (const Toast& t : s_.toasts)
    if (t.until > s_.now) soonestToast = std::min(soonestToast, t.until - s_.now);
  if (animating || framesToDraw > 0) waitInput(0);
  else if (film_.running() || presenter_) waitInput(0.5);  // the export's progress bar, the presenter's clocks
  else waitInput(std::min(soonestToast + 0.05, s_.kiosk ? 0.5 : 30.0));  // the kiosk's idle clock ticks
  s_.now = wallClock();
  if (!win_.events().empty()) framesToDraw = 3;  // ImGui settles hover states over a few frames
  bool noShot = false;
  frame(noShot);
  if (s_.kiosk) notifier_.frameShown(s_.data != nullptr && !job_, s_.now);
  if (framesToDraw > 0) --framesToDraw;
}

int App::run() {
  presentPending_ = !opt_.present.empty();
  storyPending_ = !opt_.story.empty();
  // Initial data.
  if (opt_.demo) {
    install(std::make_shared<data::SceneData>(makeDemoScene()), "");
  } else {
    for (const std::string& in : opt_.inputs) {
      // Several inputs: the first scene loads, later files are added once it is in.
      if (!job_) open(in);
      else pendingInputs_.push_back(in);
    }
  }
  std::optional<ReplayRunner> replay;
  if (!opt_.replay.empty()) {
    ReplayScript script = loadReplay(opt_.replay);
    if (script.width > 0) glfwSetWindowSize(win_.handle(), script.width, script.height);
    win_.acceptInput(false);  // the script owns the input; stray X events are dropped
    replay.emplace(std::move(script), !opt_.screenshot.empty());
  }
  int framesToDraw = 3;
  while (!win_.shouldClose()) {
    if (!job_ && !pendingInputs_.empty()) {
      std::string in = pendingInputs_.front();
      pendingInputs_.erase(pendingInputs_.begin());
      open(in);
    }
    if (replay) {
      if (!replay->step(*this)) break;
      continue;
    }
    runInteractiveFrame(framesToDraw);
  }
  if (s_.kiosk) notifier_.stopping();
  if (job_) {
    // Quitting while a load runs: cancel it and give it a moment to end (the
    // cancel reaches GDAL, GEOS and GLU work), never more than a second.
    const auto t0 = std::chrono::steady_clock::now();
    log_.exitWorkerEnded = job_->abandon(std::chrono::milliseconds(1000));
    log_.exitWaitMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    job_.reset();
  }
  if (replay && opt_.measureIdle > 0) measureIdle(*this, opt_.measureIdle, replay->clock());
  storeLayout();
  if (!opt_.stateDump.empty()) {
    try {
      writeFileAtomic(opt_.stateDump, stateDump(*this).dump(2) + "\n");
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
      return 1;
    }
  }
  return 0;
}

}  // namespace

int runViewer(const ViewerOptions& opt) {
  int rc = 0;
  {
    App app(opt);
    rc = app.run();
  }
  if (SceneLoadJob::runningWorkers() > 0) {
    // A load abandoned on the way out has not ended yet (a single GDAL or PROJ
    // call that polls nothing): it owns what it touches, but the libraries'
    // static destructors would pull GDAL's drivers from under it. Everything of
    // ours is written (layout, state dump), so leave without them.
    std::fflush(nullptr);
    std::_Exit(rc);
  }
  return rc;
}

}  // namespace ps::viewer
