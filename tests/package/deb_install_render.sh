#!/usr/bin/env bash
# Usage: deb_install_render.sh BUILD_DIR SOURCE_DIR WORK_DIR PREFIX  (tests/package/CMakeLists.txt)
# PREFIX: the build's CMAKE_INSTALL_PREFIX (/usr unless configured otherwise).
set -euo pipefail
B="$1"; S="$2"; W="$3"; P="${4#/}"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
[[ -f "$S/geodata/cache/sample_parks.gpkg" && -f "$S/geodata/cache/chengdu_districts.gpkg" ]] || {
  echo "SKIP: geodata/cache not prepared (scripts/prepare_data.sh)"; exit 77; }
rm -rf "$W"; mkdir -p "$W/out" "$W/root"

(cd "$B" && cpack -G DEB -B "$W/out" >"$W/cpack.log" 2>&1) || { cat "$W/cpack.log"; fail "cpack -G DEB"; }
DEB="$(ls "$W"/out/parkscape_*_amd64.deb)"
echo "package: $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb -I "$DEB" >"$W/info.txt"
grep '^ Depends:' "$W/info.txt"
for dep in fonts-noto-cjk libegl-mesa0 libgl1-mesa-dri libglfw3 libgdal libsystemd0; do
  grep -q "^ Depends:.*$dep" "$W/info.txt" || fail "Depends lacks $dep"
done
dpkg-deb -c "$DEB" >"$W/contents.txt"
for f in $P/bin/parkscape $P/sbin/parkscape-setup-districts \
         $P/share/parkscape/assets/i18n/strings.toml \
         $P/share/parkscape/geodata/chengdu.toml $P/share/parkscape/geodata/kiosk/rongyao.toml \
         $P/share/parkscape/geodata/cache/sample_parks.gpkg \
         $P/lib/systemd/user/parkscape-kiosk.service $P/share/applications/parkscape.desktop; do
  grep -q " \./$f\$" "$W/contents.txt" || fail "the package lacks /$f"
done
! grep -q "chengdu_districts\|si4_chuan1" "$W/contents.txt" || fail "the package holds AMap-derived districts"

dpkg -x "$DEB" "$W/root"
DATA="$W/root/$P/share/parkscape"
# What postinst does on the exhibition PC (parkscape-setup-districts): here
# from the build's prepared cache, the same file that script writes.
cp "$S/geodata/cache/chengdu_districts.gpkg" "$DATA/geodata/cache/"
export PARKSCAPE_DATA_DIR="$DATA" PARKSCAPE_HEADLESS=1
cd "$W"  # not the source tree
"$W/root/$P/bin/parkscape" render "$DATA/geodata/chengdu.toml" --out "$W/installed_render.png" --size 960x540 \
  || fail "the installed binary did not render the installed scene"
[[ $(stat -c %s "$W/installed_render.png") -gt 20000 ]] || fail "installed_render.png is (nearly) empty"
file "$W/installed_render.png" | grep -q "PNG image data, 960 x 540" || fail "installed_render.png is not a 960x540 PNG"
"$W/root/$P/bin/parkscape" kiosk --hash-pin 1357 >"$W/pin.txt" || fail "kiosk --hash-pin"
grep -Eq '^pin_hash = "[0-9a-f]{64}"$' "$W/pin.txt" || fail "kiosk --hash-pin printed no hash"
# Without PARKSCAPE_DATA_DIR the installed binary looks in /$P/share/parkscape.
grep -aq "/$P/share/parkscape" "$W/root/$P/bin/parkscape" || fail "the binary does not know /$P/share/parkscape"
# The unit parses (system-mode verify: no user manager here), its ExecStart
# pointed at the extracted binary.
if command -v systemd-analyze >/dev/null; then
  sed "s|/$P/bin/parkscape|$W/root/$P/bin/parkscape|" "$W/root/$P/lib/systemd/user/parkscape-kiosk.service" \
    >"$W/parkscape-kiosk.service"
  systemd-analyze verify "$W/parkscape-kiosk.service" >"$W/verify.log" 2>&1 || { cat "$W/verify.log"; fail "systemd-analyze verify"; }
  ! grep -q . "$W/verify.log" || { cat "$W/verify.log"; fail "systemd-analyze verify warned"; }
fi
# `parkscape kiosk` with no profile opens the installed 蓉耀未来 profile: the
# visitor replay of tests/viewer/kiosk_visitor, from the installed tree.
if command -v xvfb-run >/dev/null; then
  unset PARKSCAPE_HEADLESS
  xvfb-run -a -s "-screen 0 1280x720x24" "$W/root/$P/bin/parkscape" kiosk \
    --replay "$S/tests/viewer/kiosk_visitor/events.json" --state-dump "$W/kiosk_state.json" \
    --screenshot "$W/installed_kiosk.png" >"$W/kiosk.log" 2>&1 || { cat "$W/kiosk.log"; fail "the installed kiosk"; }
  grep -q "\"profile\": \"$DATA/geodata/kiosk/rongyao.toml\"" "$W/kiosk_state.json" \
    || { grep -n profile "$W/kiosk_state.json"; fail "the installed kiosk did not open the installed profile"; }
fi
echo "OK: installed from $DEB, rendered $W/installed_render.png"
