#!/usr/bin/env bash
# Regenerates the CLI test fixtures (committed; tests never run this).
# Needs gdal-bin (ogr2ogr) and python3 (standard library only).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
rm -f echarts_like.geojson garbage.* bad_prj.* bad_crs.geojson gbk_cpg.* gbk_nocpg.* lonlat.csv good.geojson broken_scene.toml

# Corrupt files: right extension, wrong bytes.
printf 'SQLite format 2\000 this is not a GeoPackage, just garbage bytes\n' > garbage.gpkg
for ext in shp shx dbf; do printf 'garbage %s: not a shapefile at all, nothing here parses\n' "$ext" > "garbage.$ext"; done

cat > good.geojson <<'JSON'
{"type":"FeatureCollection","name":"good","features":[
{"type":"Feature","properties":{"名称":"高新区孵化园","floors":12},"geometry":{"type":"Polygon","coordinates":[[[104.06,30.55],[104.07,30.55],[104.07,30.56],[104.06,30.56],[104.06,30.55]]]}},
{"type":"Feature","properties":{"名称":"天府新区地块","floors":5},"geometry":{"type":"Polygon","coordinates":[[[104.08,30.40],[104.09,30.40],[104.09,30.41],[104.08,30.41],[104.08,30.40]]]}}
]}
JSON

# A GeoJSON whose "crs" member names a CRS that does not exist.
cat > bad_crs.geojson <<'JSON'
{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}},"features":[
{"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":[104.06,30.66]}}]}
JSON

# A shapefile whose .prj is nonsense.
ogr2ogr -f "ESRI Shapefile" bad_prj.shp good.geojson -lco ENCODING=UTF-8
printf 'PROJCS["made up",GEOGCS[nonsense' > bad_prj.prj

# GBK text: with a .cpg saying 936, and without (and with LDID 0 in the .dbf).
ogr2ogr -f "ESRI Shapefile" gbk_cpg.shp good.geojson -lco ENCODING=CP936
printf '936' > gbk_cpg.cpg
for ext in shp shx dbf prj; do cp "gbk_cpg.$ext" "gbk_nocpg.$ext"; done
python3 - <<'PY'
b = bytearray(open('gbk_nocpg.dbf', 'rb').read()); b[29] = 0; open('gbk_nocpg.dbf', 'wb').write(b)
PY

cat > lonlat.csv <<'CSV'
name,longitude_e,latitude_n
四川大学,104.0837,30.6302
CSV

cat > broken_scene.toml <<'TOML'
title = "broken scene
[[layers]
id = 3
TOML

# Two features shaped like the echarts Chengdu file (GCJ-02, string ids, an
# outdated code, a self-intersecting ring, a repeated vertex): synthetic.
cat > echarts_like.geojson <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","id":"510104","properties":{"name":"锦江区","cp":[104.117022,30.598158],"childNum":1},"geometry":{"type":"Polygon","coordinates":[[[104.08984375,30.640625],[104.08984375,30.640625],[104.1,30.64],[104.1,30.6],[104.08,30.6],[104.08984375,30.640625]]]}},
{"type":"Feature","id":"510124","properties":{"name":"郫都区","cp":[103.901091,30.795854],"childNum":1},"geometry":{"type":"Polygon","coordinates":[[[103.8,30.7],[103.9,30.8],[103.9,30.7],[103.8,30.8],[103.8,30.7]]]}}
]}
JSON
