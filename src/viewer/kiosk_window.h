#pragma once
// The kiosk's window: full screen on the profile's monitor, locked down
// (the window manager's close, Alt+F4, does nothing), and the screen's
// pixels per millimetre for sizing touch targets.
struct GLFWwindow;

namespace ps::viewer {

// Full screen on monitor `index` (the primary one when there is no such monitor).
void kioskFullscreen(GLFWwindow* win, int index);
// Window close requests are refused; only the app's own exit closes it.
void kioskLockDown(GLFWwindow* win);
// Window pixels per mm of monitor `index` from its reported physical width and
// video mode; 0 when the monitor reports no size.
double kioskPxPerMm(int index);

}  // namespace ps::viewer
