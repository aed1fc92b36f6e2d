#include "render/headless_context.h"

#include <cstring>
#include <string>

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <glad/gl.h>

#include "core/error.h"

namespace ps::render {

namespace {

std::string eglErrorName(EGLint e) {
  switch (e) {
    case EGL_SUCCESS: return "EGL_SUCCESS";
    case EGL_NOT_INITIALIZED: return "EGL_NOT_INITIALIZED";
    case EGL_BAD_ACCESS: return "EGL_BAD_ACCESS";
    case EGL_BAD_ALLOC: return "EGL_BAD_ALLOC";
    case EGL_BAD_ATTRIBUTE: return "EGL_BAD_ATTRIBUTE";
    case EGL_BAD_CONFIG: return "EGL_BAD_CONFIG";
    case EGL_BAD_CONTEXT: return "EGL_BAD_CONTEXT";
    case EGL_BAD_DISPLAY: return "EGL_BAD_DISPLAY";
    case EGL_BAD_MATCH: return "EGL_BAD_MATCH";
    case EGL_BAD_PARAMETER: return "EGL_BAD_PARAMETER";
    default: return "EGL error 0x" + std::to_string(e);
  }
}

[[noreturn]] void fail(const std::string& what) {
  throw Error("EGL", what + " (" + eglErrorName(eglGetError()) +
                         "); headless rendering needs Mesa's EGL with the surfaceless platform "
                         "(Debian: libegl-mesa0, libgl1-mesa-dri)");
}

bool hasExtension(const char* list, const char* name) {
  if (!list) return false;
  const size_t n = std::strlen(name);
  for (const char* p = list; (p = std::strstr(p, name)); p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
  return false;
}

}  // namespace

std::unique_ptr<HeadlessContext> HeadlessContext::create() {
  const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  if (!hasExtension(clientExts, "EGL_MESA_platform_surfaceless"))
    fail("EGL_MESA_platform_surfaceless is not available");
  auto getPlatformDisplay =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!getPlatformDisplay) fail("eglGetPlatformDisplayEXT is missing");
  EGLDisplay dpy = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (dpy == EGL_NO_DISPLAY) fail("no surfaceless EGL display");
  EGLint major = 0, minor = 0;
  if (!eglInitialize(dpy, &major, &minor)) fail("eglInitialize failed");
  std::unique_ptr<HeadlessContext> ctx(new HeadlessContext());
  ctx->display_ = dpy;
  if (!eglBindAPI(EGL_OPENGL_API)) fail("eglBindAPI(EGL_OPENGL_API) failed");

  const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                  EGL_NONE};
  EGLConfig config = nullptr;
  EGLint numConfigs = 0;
  // Surfaceless contexts need no config; pass one when available for drivers that want it.
  if (!eglChooseConfig(dpy, configAttribs, &config, 1, &numConfigs) || numConfigs == 0) config = nullptr;

  EGLContext context = EGL_NO_CONTEXT;
  const int versions[][2] = {{4, 5}, {4, 3}, {4, 1}};
  for (const auto& v : versions) {
    const EGLint attribs[] = {EGL_CONTEXT_MAJOR_VERSION, v[0], EGL_CONTEXT_MINOR_VERSION, v[1],
                              EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                              EGL_NONE};
    context = eglCreateContext(dpy, config ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attribs);
    if (context != EGL_NO_CONTEXT) break;
  }
  if (context == EGL_NO_CONTEXT) fail("could not create an OpenGL 4.1+ core context");
  ctx->context_ = context;
  if (!eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) fail("eglMakeCurrent failed");
  const int glVersion = gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress));
  if (glVersion == 0) throw Error("EGL", "gladLoadGL failed: no OpenGL entry points");
  if (GLAD_VERSION_MAJOR(glVersion) < 4 || (GLAD_VERSION_MAJOR(glVersion) == 4 && GLAD_VERSION_MINOR(glVersion) < 1))
    throw Error("EGL", "OpenGL 4.1 core is required, got " + ctx->versionString());
  return ctx;
}

HeadlessContext::~HeadlessContext() {
  auto dpy = static_cast<EGLDisplay>(display_);
  if (!dpy) return;
  eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  if (context_) eglDestroyContext(dpy, static_cast<EGLContext>(context_));
  // The display is shared process-wide by EGL; terminating it would break a
  // second context created later in the same process (tests do that).
}

void HeadlessContext::makeCurrent() {
  eglMakeCurrent(static_cast<EGLDisplay>(display_), EGL_NO_SURFACE, EGL_NO_SURFACE,
                 static_cast<EGLContext>(context_));
}

std::string HeadlessContext::rendererName() const {
  const auto* s = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return s ? s : "";
}

std::string HeadlessContext::versionString() const {
  const auto* s = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  return s ? s : "";
}

}  // namespace ps::render
