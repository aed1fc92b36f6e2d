#pragma once
// Camera flights for the viewer, stories and the kiosk attract loop.
//
// Center and distance follow van Wijk & Nuij's optimal smooth zoom-and-pan
// path ("Smooth and efficient zooming and panning", InfoVis 2003), which
// zooms out on long hops so the viewer keeps context, then back in. Pitch,
// bearing (shortest way round) and fov ease in and out. Pure function of t.
#include "camera/orbit_camera.h"

namespace ps {

struct CameraAnimation {
  OrbitCamera from, to;
  double duration = 2.0;  // seconds (<= 0: jump)
  double rho = 1.42;      // zoom-out eagerness; van Wijk & Nuij's recommended value

  // The camera at time t seconds since the start: exactly `from` at t <= 0 and
  // exactly `to` at t >= duration.
  OrbitCamera at(double t) const;
  bool done(double t) const { return t >= duration; }
};

// A flight over `duration` seconds; pass 0 for a van Wijk & Nuij duration
// proportional to the path length (0.8 s per unit of their S, 0.6..6 s).
CameraAnimation flyTo(const OrbitCamera& from, const OrbitCamera& to, double duration = 0);

}  // namespace ps
