#!/usr/bin/env bash
# Walks issue 14's reproducers ("Hardening") against a built parkscape: makes
# each hostile input in a fresh temp folder, runs the command (120 s timeout),
# and prints one Markdown table row per case: exit code, seconds, whether the
# case's inputs are unchanged (every file of its folder hashed before and after,
# the folder listing compared), and the first line of stderr.
# Usage: tests/fuzz/walk_reproducers.sh build/parkscape   (from the source tree,
# with geodata/cache prepared). Results: tests/fuzz/REPRODUCERS.md.
set -uo pipefail
PS="$(realpath "$1")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
T="$(mktemp -d /tmp/ps_reproducers.XXXXXX)"
OUT="$T/_out"; mkdir -p "$OUT"
export PARKSCAPE_HEADLESS=1
DATA="$ROOT/tests/data/cli"

snapshot() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum; find . | sort) 2>/dev/null | sha256sum; }

# case <name> <folder> <command...>
case_() {
  local name="$1" dir="$2"; shift 2
  local before after t0 t1 rc msg
  before="$(snapshot "$dir")"
  t0="$(date +%s.%N)"
  timeout 120 "$PS" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr"; rc=$?
  t1="$(date +%s.%N)"
  after="$(snapshot "$dir")"
  msg="$(grep -v '^\s*$' "$OUT/$name.stderr" | grep -v '^\[parkscape\]' | head -1 | sed "s#$T/##g; s#$ROOT/##g; s/|/\\\\|/g" | cut -c1-220)"
  printf '| %s | %s | %.1f | %s | %s |\n' "$name" "$rc" "$(echo "$t1 - $t0" | bc)" \
    "$([[ "$before" == "$after" ]] && echo yes || echo CHANGED)" "$msg"
}

scene() {  # scene <file> <layer source path> [extra [scene] lines] [extra layer lines]
  printf '[scene]\ntitle = "hostile"\n%s\n\n[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "%s" }\n%s\n' "${3:-}" "$2" "${4:-}" >"$1"
}
new() { mkdir -p "$T/$1"; echo "$T/$1"; }

echo "| case | exit | s | inputs unchanged | message (first line of stderr) |"
echo "|---|---|---|---|---|"

# 1. A 50 km x 1 mm axis-aligned sliver, labelled (label-anchor search).
d=$(new sliver)
echo '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"sliver"},"geometry":{"type":"Polygon","coordinates":[[[104.0,30.6],[104.52,30.6],[104.52,30.60000001],[104.0,30.60000001],[104.0,30.6]]]}}]}' >"$d/s.geojson"
scene "$d/scene.toml" s.geojson "" 'label_field = "name"'
case_ sliver_50km_by_1mm "$d" render "$d/scene.toml" --size 256x256 --out "$OUT/sliver.png"

# 2. Coordinates near 1e308.
d=$(new huge_coords)
echo '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"far"},"geometry":{"type":"Polygon","coordinates":[[[1e308,30.6],[1.1e308,30.6],[1.1e308,31],[1e308,30.6]]]}},{"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Polygon","coordinates":[[[104,30.6],[104.01,30.6],[104.01,30.61],[104,30.6]]]}}]}' >"$d/f.geojson"
scene "$d/scene.toml" f.geojson "" 'label_field = "name"'
case_ coords_1e308 "$d" render "$d/scene.toml" --size 256x256 --out "$OUT/far.png"

# 3. A dotted key of 40,000 parts; 4. a table header 60,000 deep.
d=$(new toml_dotted)
python3 -c "print('[scene]\ntitle = \"x\"\n' + 'a' + '.a' * 40000 + ' = 1')" >"$d/scene.toml"
case_ toml_40k_dotted_key "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/x.png"
d=$(new toml_header)
python3 -c "print('[' + 'a.' * 60000 + 'a]\nb = 1')" >"$d/scene.toml"
case_ toml_60k_deep_header "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/x.png"
d=$(new demand_dotted)
python3 -c "print('name = \"x\"\n' + 'a' + '.a' * 40000 + ' = 1')" >"$d/demand.toml"
case_ demand_40k_dotted_key "$d" site "$DATA/site_scene.toml" --demand "$d/demand.toml" --out "$OUT/site.csv"

# 5. render --out onto its own scene; 6. site --out onto the source GeoPackage.
d=$(new render_onto_scene)
cp "$DATA/good.geojson" "$d/"; scene "$d/scene.toml" good.geojson
case_ render_out_is_the_scene "$d" render "$d/scene.toml" --size 64x64 --out "$d/scene.toml"
d=$(new site_onto_source)
cp -r "$ROOT/geodata/." "$d/"
case_ site_out_is_the_source_gpkg "$d" site "$d/chengdu.toml" --demand "$d/demands/quantum_lab.toml" --out "$d/cache/sample_parks.gpkg"
case_ stats_out_is_the_source_gpkg "$d" stats "$d/chengdu.toml" --out "$d/cache/sample_parks.gpkg"

# 7. One polygon with 60,000 holes.
d=$(new holes_60k)
python3 - "$d/h.geojson" <<'PY'
import json, sys
sq = lambda x, y, s: [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]
holes = [sq(104.0001 + 0.0003 * (i % 250), 30.5001 + 0.0003 * (i // 250), 0.0001) for i in range(60000)]
json.dump({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [sq(104.0, 30.5, 0.08)] + holes}}]}, open(sys.argv[1], "w"))
PY
scene "$d/scene.toml" h.geojson
case_ polygon_60k_holes "$d" render "$d/scene.toml" --size 256x256 --out "$OUT/holes.png"

# 8. 10,000 layers.
d=$(new layers_10k)
cp "$DATA/good.geojson" "$d/"
{ printf '[scene]\ntitle = "x"\n'; for i in $(seq 10000); do printf '\n[[layers]]\nid = "l%d"\nkind = "fill"\nsource = { path = "good.geojson" }\n' "$i"; done; } >"$d/scene.toml"
case_ scene_10000_layers "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/x.png"

# 9. Overlay parameters beyond the UI's: eps = 100000, hex_size = 1.
d=$(new overlay_limits)
cp -r "$ROOT/geodata/." "$d/"
sed 's/^eps = 800/eps = 100000/' "$d/chengdu_overlays.toml" >"$d/eps.toml"
sed 's/^hex_size = 1200/hex_size = 1/' "$d/chengdu_overlays.toml" >"$d/hex.toml"
case_ clusters_eps_100000 "$d" render "$d/eps.toml" --size 256x256 --out "$OUT/eps.png"
case_ hexbin_hex_size_1 "$d" render "$d/hex.toml" --size 256x256 --out "$OUT/hex.png"

# 10. MultiPatch (ArcGIS 3D buildings), MultiSurface and GeometryCollection inputs.
d=$(new multipatch)
echo '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"h":10},"geometry":{"type":"Polygon","coordinates":[[[104.06,30.55,10],[104.07,30.55,10],[104.07,30.56,10],[104.06,30.56,10],[104.06,30.55,10]]]}}]}' >"$T/_polyz.geojson"
ogr2ogr -q -f "ESRI Shapefile" -lco SHPT=MULTIPATCH "$d/mp.shp" "$T/_polyz.geojson"
scene "$d/scene.toml" mp.shp
case_ multipatch_render "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/mp.png"
case_ multipatch_info "$d" info "$d/mp.shp"
d=$(new multisurface)
printf 'id,WKT\n1,"MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE((104.06 30.55,104.07 30.55,104.07 30.56),(104.07 30.56,104.06 30.55))))"\n' >"$T/_ms.csv"
ogr2ogr -q -f GPKG "$d/ms.gpkg" "$T/_ms.csv" -oo GEOM_POSSIBLE_NAMES=WKT -a_srs EPSG:4326 -nlt MULTISURFACE
scene "$d/scene.toml" ms.gpkg
case_ multisurface_render "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/ms.png"
d=$(new geometrycollection)
echo '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Polygon","coordinates":[[[104.06,30.55],[104.07,30.55],[104.07,30.56],[104.06,30.55]]]},{"type":"Point","coordinates":[104.06,30.55]}]}}]}' >"$d/gc.geojson"
scene "$d/scene.toml" gc.geojson
case_ geometrycollection_render "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/gc.png"

# 11. A Shapefile whose name is GBK-encoded (a zip made on a Windows machine).
d=$(new gbk_name)
n=$(printf '\xb8\xdf\xd0\xc2')   # 高新 in GBK
for e in shp shx dbf prj cpg; do cp "$DATA/gbk_cpg.$e" "$d/$n.$e"; done
case_ shapefile_gbk_name_info "$d" info "$d/$n.shp"

# 12. weight = inf; 13. radius_m = 1e300 (demands).
d=$(new demand_values)
sed 's/^weight = 2$/weight = inf/' "$ROOT/geodata/demands/digital_diagnosis_company.toml" >"$d/inf.toml"
sed 's/^radius_m = 3000$/radius_m = 1e300/' "$ROOT/geodata/demands/digital_diagnosis_company.toml" >"$d/radius.toml"
case_ demand_weight_inf "$d" site "$ROOT/geodata/chengdu.toml" --demand "$d/inf.toml" --out "$OUT/inf.csv"
case_ demand_radius_1e300 "$d" site "$ROOT/geodata/chengdu.toml" --demand "$d/radius.toml" --out "$OUT/radius.csv"

# 14. A NaN camera centre (scene and command line).
d=$(new nan_camera)
cp "$DATA/good.geojson" "$d/"; scene "$d/scene.toml" good.geojson $'\n[camera]\ncenter = [nan, 30.6]\ndistance = 5000'
case_ scene_camera_nan "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/nan.png"
scene "$d/ok.toml" good.geojson
case_ cli_center_nan "$d" render "$d/ok.toml" --center nan 30.6 --size 64x64 --out "$OUT/nan2.png"

# 15. --size 16384x16384 and "16384x16384x".
case_ size_16384 "$d" render "$d/ok.toml" --size 16384x16384 --out "$OUT/big.png"
case_ size_trailing_x "$d" render "$d/ok.toml" --size 16384x16384x --out "$OUT/big2.png"

# 16. Network sources without the opt-in; a CRS fetched from a URL or a file; a hostile `where`.
d=$(new policy)
cp "$DATA/good.geojson" "$d/"
scene "$d/vsicurl.toml" "/vsicurl/http://127.0.0.1:9/x.geojson"
scene "$d/pg.toml" "PG:host=127.0.0.1 dbname=x password=secret"
printf '[scene]\ntitle = "x"\n\n[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "good.geojson", crs = "http://127.0.0.1:9/crs.json" }\n' >"$d/crs_url.toml"
printf '[scene]\ntitle = "x"\n\n[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "good.geojson", crs = "/etc/passwd" }\n' >"$d/crs_file.toml"
printf '[scene]\ntitle = "x"\n\n[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "good.geojson", where = "length(randomblob(1000000000)) > 0" }\n' >"$d/where.toml"
printf '[scene]\ntitle = "x"\n\n[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "good.geojson", where = "floors > 3; DROP TABLE good" }\n' >"$d/where2.toml"
case_ source_vsicurl_no_optin "$d" render "$d/vsicurl.toml" --size 64x64 --out "$OUT/x.png"
case_ source_pg_no_optin "$d" render "$d/pg.toml" --size 64x64 --out "$OUT/x.png"
case_ source_crs_url "$d" render "$d/crs_url.toml" --size 64x64 --out "$OUT/x.png"
case_ source_crs_file "$d" render "$d/crs_file.toml" --size 64x64 --out "$OUT/x.png"
case_ where_randomblob "$d" render "$d/where.toml" --size 64x64 --out "$OUT/x.png"
case_ where_sql_injection "$d" render "$d/where2.toml" --size 64x64 --out "$OUT/x.png"

# 17. A bad [scene].crs.
d=$(new scene_crs)
cp "$DATA/good.geojson" "$d/"; scene "$d/scene.toml" good.geojson 'crs = "EPSG:999999"'
case_ scene_crs_bad "$d" render "$d/scene.toml" --size 64x64 --out "$OUT/x.png"
case_ scene_crs_bad_stats "$d" stats "$d/scene.toml" --out "$OUT/x.csv"

echo
echo "(outputs and stderr in $OUT)"
