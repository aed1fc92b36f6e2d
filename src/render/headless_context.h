#pragma once
// An OpenGL 4.x core context with no window and no display server: Mesa's
// EGL "surfaceless" platform (llvmpipe on machines without a GPU). Used by the
// `render` command, the render tests and the unit tests.
//
// create() makes the context current on the calling thread and loads glad.
// There is no default framebuffer: render into an FBO (renderToImage does).
// The context is current until the object is destroyed; use it from one thread.
#include <memory>
#include <string>

namespace ps::render {

class HeadlessContext {
 public:
  // Throws ps::Error("EGL", reason) when EGL, the surfaceless platform or a
  // 4.1+ core context is unavailable (e.g. Mesa's libEGL_mesa is missing).
  static std::unique_ptr<HeadlessContext> create();
  ~HeadlessContext();
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

  std::string rendererName() const;  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
  std::string versionString() const; // GL_VERSION
  // Makes this context current again on the calling thread.
  void makeCurrent();

 private:
  HeadlessContext() = default;
  void* display_ = nullptr;  // EGLDisplay
  void* context_ = nullptr;  // EGLContext
};

}  // namespace ps::render
