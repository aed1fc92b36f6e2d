#!/usr/bin/env bash
# The main job: set up (packages, build, data) and open the viewer on the Chengdu
# scene; with no display, render it headless to out/chengdu.png.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_packages
configure_build build
prepare_data
SCENE="${1:-$ROOT/geodata/chengdu.toml}"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$ROOT/build/parkscape" view "$SCENE"
else
  mkdir -p "$ROOT/out"
  "$ROOT/build/parkscape" render "$SCENE" --out "$ROOT/out/chengdu.png" --size 1920x1080
fi
