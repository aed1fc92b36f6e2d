#!/usr/bin/env bash
# One PostGIS test case against the real server that the pg fixture started
# (scripts/pg_server.sh, loaded with the Chengdu sample layers):
#   run_pg_case.sh CASE PARKSCAPE SOURCE_DIR STATE_DIR TMP_DIR
# Each case prints what it checks and exits non-zero with the reason on failure.
set -uo pipefail
case_name="$1"; ps="$2"; src="$3"; state="$4"; tmp="$5"
rm -rf "$tmp"; mkdir -p "$tmp"
fail() { echo "FAIL ($case_name): $*" >&2; exit 1; }
conn="$("$src/scripts/pg_server.sh" conn "$state")" || fail "no server (pg fixture not started?)"
# shellcheck disable=SC1091
source "$state/env"

# The default scene with every sample layer read from PostGIS instead of the GeoPackage.
pg_scene() {  # pg_scene OUT [CONNECTION]
  local c="${2:-$conn}"
  sed -e "s|path = \"cache/sample_parks.gpkg\"|path = \"$c\"|" \
      -e "s|path = \"cache/chengdu_districts.gpkg\"|path = \"$src/geodata/cache/chengdu_districts.gpkg\"|" \
      -e "s|path = \"cache/context.gpkg\"|path = \"$src/geodata/cache/context.gpkg\"|" \
      -e "s|path = \"landmarks_chengdu.csv\"|path = \"$src/geodata/landmarks_chengdu.csv\"|" \
      "$src/geodata/chengdu.toml" > "$1"
  grep -q "PG:" "$1" || fail "could not rewrite geodata/chengdu.toml's sources"
}

# expect_error SCENE TEXT...: the command fails, in time, naming the scene, the
# layer key and each TEXT, and never printing the password.
expect_error() {
  local scene="$1"; shift
  local out rc
  out="$(timeout 60 "$ps" --allow-network stats "$scene" --by district --format csv 2>&1 >/dev/null)"; rc=$?
  echo "$out"
  [[ $rc -ne 0 ]] || fail "exit 0 for a source that cannot be read"
  [[ $rc -ne 124 ]] || fail "no answer within 60 s"
  [[ "$out" == *"$scene"* ]] || fail "the message does not name the scene $scene"
  [[ "$out" == *"'layers["* ]] || fail "the message does not name the layer key"
  [[ "$out" != *"parkscape-test"* ]] || fail "the message shows the password"
  local t; for t in "$@"; do [[ "$out" == *"$t"* ]] || fail "the message lacks \"$t\""; done
}

case "$case_name" in
  stats_match_gpkg)
    # The same statistics, to the last digit, whether the layers come from PostGIS or the GeoPackage.
    pg_scene "$tmp/pg.toml"
    for by in district park sector ring; do
      "$ps" --allow-network stats "$tmp/pg.toml" --by "$by" --format csv > "$tmp/pg_$by.csv" || fail "stats --by $by from PostGIS"
      "$ps" stats "$src/geodata/chengdu.toml" --by "$by" --format csv > "$tmp/gpkg_$by.csv" || fail "stats --by $by from GeoPackage"
      cmp -s "$tmp/pg_$by.csv" "$tmp/gpkg_$by.csv" || { diff "$tmp/pg_$by.csv" "$tmp/gpkg_$by.csv" | head; fail "--by $by differs"; }
      echo "stats --by $by: $(($(wc -l < "$tmp/pg_$by.csv") - 1)) rows, identical"
    done ;;
  render_matches_gpkg)
    # The same picture from PostGIS as from the GeoPackage.
    pg_scene "$tmp/pg.toml"
    "$ps" --allow-network render "$tmp/pg.toml" --size 640x360 --out "$tmp/pg.png" || fail "render from PostGIS"
    "$ps" render "$src/geodata/chengdu.toml" --size 640x360 --out "$tmp/gpkg.png" || fail "render from GeoPackage"
    cmp -s "$tmp/pg.png" "$tmp/gpkg.png" || fail "the PNGs differ ($tmp/pg.png, $tmp/gpkg.png)"
    echo "render 640x360: identical PNGs" ;;
  info_lists_tables)
    out="$("$ps" --allow-network info "$conn" 2>&1)" || { echo "$out"; fail "info on the connection"; }
    for t in parks parcels buildings universities; do [[ "$out" == *"$t"* ]] || fail "info does not list $t"; done
    [[ "$out" != *"parkscape-test"* ]] || fail "info shows the password"
    echo "info lists the sample tables" ;;
  where_pushed_to_server)
    # A layer's `where` reaches the server as SQL (the server log shows it), and filters.
    pg_scene "$tmp/pg.toml"
    awk '/^source = .*layer = "buildings" \}/ && !done { sub(/ \}$/, ", where = \"gfa_m2 > 20000\" }"); done=1 } { print }' \
      "$tmp/pg.toml" > "$tmp/where.toml"
    grep -q 'gfa_m2 > 20000' "$tmp/where.toml" || fail "could not add the where clause"
    "$ps" --allow-network stats "$tmp/where.toml" --by sector --format csv > "$tmp/where.csv" || fail "stats with where"
    "$ps" --allow-network stats "$tmp/pg.toml" --by sector --format csv > "$tmp/all.csv" || fail "stats without where"
    cmp -s "$tmp/where.csv" "$tmp/all.csv" && fail "the filter changed nothing"
    grep -q 'WHERE.*gfa_m2 > 20000' "$PS_PG_LOG" || fail "the server never saw the filter (log: $PS_PG_LOG)"
    echo "server log: $(grep -m1 -o 'WHERE.*gfa_m2 > 20000[^;]*' "$PS_PG_LOG" | cut -c1-120)" ;;
  server_down)
    pg_scene "$tmp/down.toml" "${conn/port=$PS_PG_PORT/port=1}"
    expect_error "$tmp/down.toml" "cannot connect" ;;
  wrong_password)
    pg_scene "$tmp/pw.toml" "${conn/password=parkscape-test/password=wrong-password}"
    expect_error "$tmp/pw.toml" "password authentication failed" ;;
  table_missing)
    pg_scene "$tmp/missing.toml"
    sed -i '0,/layer = "parks"/s//layer = "parks_2019"/' "$tmp/missing.toml"
    expect_error "$tmp/missing.toml" "parks_2019" "layer not found" ;;
  refused_without_allow_network)
    pg_scene "$tmp/pg.toml"
    out="$(env -u PARKSCAPE_ALLOW_NETWORK "$ps" stats "$tmp/pg.toml" --by district 2>&1 >/dev/null)" && fail "opened a database without --allow-network"
    echo "$out"
    [[ "$out" == *"--allow-network"* ]] || fail "the message does not say how to allow it"
    [[ "$out" != *"parkscape-test"* ]] || fail "the message shows the password" ;;
  *) fail "unknown case" ;;
esac
echo "PASS $case_name"
