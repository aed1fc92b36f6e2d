#!/usr/bin/env bash
# Regenerates the io/ unit-test fixtures from mixed.geojson / parcels.geojson
# with ogr2ogr (gdal-bin). The outputs are committed; tests never run this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
rm -f parcels.gpkg parcels.fgb parcels.kml parcels.gml parcels.xsd parcels.gfs parcels_4544.* gbk_cpg.*

# Two simple parcels, WGS84, CW shell on purpose (must come out CCW).
cat > parcels.geojson <<'JSON'
{"type":"FeatureCollection","name":"parcels","features":[
{"type":"Feature","properties":{"id":1,"name":"高新区A地块","area":1234.5},"geometry":{"type":"Polygon","coordinates":[[[104.06,30.55],[104.07,30.55],[104.07,30.56],[104.06,30.56],[104.06,30.55]]]}},
{"type":"Feature","properties":{"id":2,"name":"Tianfu B","area":99.0},"geometry":{"type":"Polygon","coordinates":[[[104.08,30.57],[104.08,30.58],[104.09,30.58],[104.09,30.57],[104.08,30.57]]]}}
]}
JSON
ogr2ogr -f GPKG parcels.gpkg parcels.geojson -nln parcels
ogr2ogr -f FlatGeobuf parcels.fgb parcels.geojson -nln parcels
ogr2ogr -f KML parcels.kml parcels.geojson -nln parcels
ogr2ogr -f GML parcels.gml parcels.geojson -nln parcels -dsco FORMAT=GML3
rm -f parcels.xsd parcels.gfs   # without a schema GDAL would normally write a .gfs
# A bureau's CGCS2000 3-degree GK data (EPSG:4544), as a shapefile.
ogr2ogr -f "ESRI Shapefile" parcels_4544.shp parcels.geojson -t_srs EPSG:4544 -lco ENCODING=UTF-8
# GBK attribute text declared by a .cpg containing "936".
ogr2ogr -f "ESRI Shapefile" gbk_cpg.shp parcels.geojson -lco ENCODING=CP936
printf '936' > gbk_cpg.cpg
