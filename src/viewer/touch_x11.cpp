// XInput 2.2 touches for the GLFW window, on an X connection of our own.
//
// Why a second connection, and not GLFW's:
//  * GLFW 3.3 owns the event loop of its connection: glfwPollEvents reads
//    everything pending (XPending) and drops the GenericEvents it does not
//    know. Taking ours out of its queue first (XCheckIfEvent before
//    glfwPollEvents) races with that read: a touch arriving in between is
//    read and dropped by GLFW, and a lost XI_TouchEnd leaves a finger down.
//  * The XInput version is negotiated once per connection (XIQueryVersion):
//    GLFW asks for 2.0 on its own; touches need 2.2.
//  * Touch selections are exclusive: only one client may select touch events
//    on a window for a device (the server answers BadAccess to a second).
//    GLFW selects no touch events (3.3 selects only XI_RawMotion, on the root
//    window), so this connection is the window's one touch client: the server
//    sends it every touch on the window, and, since a client takes them as
//    touches, does not emulate pointer events for them to GLFW. Should some
//    still arrive (a grab), viewer/touch_pointer_filter.h drops them.
// Any client may select events on another client's window; the selection
// goes with the window and the connection. This connection's events do not
// wake GLFW's wait, so the loop waits on both connections (wait()).
#include "viewer/touch_x11.h"

#include <poll.h>

#include "kiosk/touch_translate.h"
#include "viewer/window.h"

// Last: Xlib's macros (None, Bool, Status, True...) must not reach our headers.
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

// GLFW's native X11 access (libglfw exports it). Declared here rather than
// through <GLFW/glfw3native.h>, whose X11 part also pulls in Xrandr's headers
// (libxrandr-dev) for functions this file does not use.
extern "C" {
Display* glfwGetX11Display(void);
::Window glfwGetX11Window(GLFWwindow* window);
}

namespace ps::viewer {

struct TouchReaderX11::Impl {
  Display* glfwDisplay = nullptr;  // GLFW's connection (only waited on, never read here)
  Display* dpy = nullptr;          // ours
  ::Window window = 0;
  int xiOpcode = 0;
  kiosk::TouchTranslator translator;
  ~Impl() {
    if (dpy) XCloseDisplay(dpy);
  }
};

namespace {

bool selectFailed = false;
int noteError(Display*, XErrorEvent*) {
  selectFailed = true;
  return 0;
}

// Direct-touch devices (touch screens) the server knows now.
int touchDevices(Display* dpy) {
  int n = 0, touch = 0;
  XIDeviceInfo* info = XIQueryDevice(dpy, XIAllDevices, &n);
  for (int i = 0; info && i < n; ++i)
    for (int c = 0; c < info[i].num_classes; ++c)
      if (info[i].classes[c]->type == XITouchClass &&
          reinterpret_cast<XITouchClassInfo*>(info[i].classes[c])->mode == XIDirectTouch) {
        ++touch;
        break;
      }
  if (info) XIFreeDeviceInfo(info);
  return touch;
}

}  // namespace

TouchReaderX11::TouchReaderX11(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TouchReaderX11::~TouchReaderX11() = default;

std::unique_ptr<TouchReaderX11> TouchReaderX11::open(GLFWwindow* win, std::string& status) {
  auto impl = std::make_unique<Impl>();
  impl->glfwDisplay = glfwGetX11Display();
  impl->window = win ? glfwGetX11Window(win) : 0;
  if (!impl->glfwDisplay || !impl->window) {
    status = "mouse (not an X11 window)";
    return nullptr;
  }
  impl->dpy = XOpenDisplay(DisplayString(impl->glfwDisplay));
  if (!impl->dpy) {
    status = "mouse (no second connection to the X server)";
    return nullptr;
  }
  int event = 0, error = 0;
  if (!XQueryExtension(impl->dpy, "XInputExtension", &impl->xiOpcode, &event, &error)) {
    status = "mouse (no XInput extension)";
    return nullptr;
  }
  int major = 2, minor = 2;
  if (XIQueryVersion(impl->dpy, &major, &minor) != Success || major < 2 || (major == 2 && minor < 2)) {
    status = "mouse (no XInput 2.2: the server has " + std::to_string(major) + "." + std::to_string(minor) + ")";
    return nullptr;
  }
  // The three touch events must be selected together; XI_TouchOwnership is
  // for touch grabs, which this client does not make.
  unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
  XISetMask(bits, XI_TouchBegin);
  XISetMask(bits, XI_TouchUpdate);
  XISetMask(bits, XI_TouchEnd);
  XIEventMask mask{XIAllMasterDevices, static_cast<int>(sizeof bits), bits};
  // A refused selection (BadAccess: another client has the window's touches)
  // must not end the process through Xlib's default error handler.
  XSync(impl->dpy, False);
  selectFailed = false;
  XErrorHandler previous = XSetErrorHandler(noteError);
  XISelectEvents(impl->dpy, impl->window, &mask, 1);
  XSync(impl->dpy, False);
  XSetErrorHandler(previous);
  if (selectFailed) {
    status = "mouse (the window's touch events are taken by another client)";
    return nullptr;
  }
  const int n = touchDevices(impl->dpy);
  // A screen plugged in later works too: the selection covers every master device.
  status = n > 0 ? "xi2.2 (" + std::to_string(n) + " touch device" + (n > 1 ? "s)" : ")") : "xi2.2 (no touch device yet)";
  return std::unique_ptr<TouchReaderX11>(new TouchReaderX11(std::move(impl)));
}

void TouchReaderX11::drain(std::deque<InputEvent>& q, double now, bool keep) {
  Impl& m = *impl_;
  while (XPending(m.dpy) > 0) {
    XEvent ev;
    XNextEvent(m.dpy, &ev);
    XGenericEventCookie& cookie = ev.xcookie;
    if (cookie.type != GenericEvent || cookie.extension != m.xiOpcode || !XGetEventData(m.dpy, &cookie)) continue;
    const auto* de = static_cast<const XIDeviceEvent*>(cookie.data);
    kiosk::RawTouch raw;
    bool touch = true;
    switch (cookie.evtype) {
      case XI_TouchBegin: raw.phase = kiosk::RawTouch::Begin; break;
      case XI_TouchUpdate: raw.phase = kiosk::RawTouch::Update; break;
      case XI_TouchEnd: raw.phase = kiosk::RawTouch::End; break;
      default: touch = false;
    }
    if (touch && de->event == m.window) {
      raw.touchId = static_cast<uint32_t>(de->detail);
      raw.x = de->event_x;
      raw.y = de->event_y;
      raw.timeMs = static_cast<uint32_t>(de->time);
      // Translated even when dropped, so the ids stay paired when a replay ends.
      if (const auto t = m.translator.translate(raw, now); t && keep) {
        InputEvent e;
        e.type = InputEvent::Touch;
        e.touch = *t;
        e.pos = t->pos;
        q.push_back(e);
      }
    }
    XFreeEventData(m.dpy, &cookie);
  }
}

void TouchReaderX11::wait(double timeoutS) {
  Impl& m = *impl_;
  // Events already read into either queue do not show on the sockets.
  if (XPending(m.glfwDisplay) > 0 || XPending(m.dpy) > 0) return;
  pollfd fds[2] = {{ConnectionNumber(m.glfwDisplay), POLLIN, 0}, {ConnectionNumber(m.dpy), POLLIN, 0}};
  const int ms = timeoutS <= 0 ? 0 : static_cast<int>(timeoutS * 1000.0 + 0.5);
  poll(fds, 2, ms);
}

}  // namespace ps::viewer
