#!/usr/bin/env bash
# Regenerates the owndata fixtures: small bureau-style files (synthetic SAMPLE
# data, not real buildings) with Chinese, pinyin-initial and English field
# names, a GBK Shapefile, and the CGCS2000 Gauss-Krüger CRSs of Chengdu
# (EPSG:4543/4544 and their zone-numbered twins 4522/4523). Needs python3 and
# ogr2ogr (gdal-bin). The outputs are committed; tests never run this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
rm -f bureau_pinyin.gpkg gbk_4523.* english_4544.* zone_4522_noprj.* gk_noprj.*
python3 - <<'PY'
import json
def square(lon, lat, d=0.0006):
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]]}
sectors = ["生物医药", "新能源", "人工智能", "新材料", "航空航天", "光芯片", "食品加工"]
parks = ["天府生物城", "新经济产业园"]
def buildings(keys, lon0, lat0, percent=False, with_floors=True):
    feats = []
    for i in range(14):
        gfa = 200 + i * 13800           # 200 .. 179,600 m²
        floors = 2 + (i * 5) % 30
        occ = round(0.35 + 0.045 * i, 3)
        props = {keys[0]: f"示例楼宇{i + 1}号", keys[1]: gfa, keys[2]: 1800 + 40 * i, keys[3]: floors,
                 keys[4]: sectors[i % len(sectors)], keys[5]: occ * 100 if percent else occ,
                 keys[6]: parks[i % 2], keys[7]: "双流区" if i % 2 else "高新区"}
        if not with_floors: del props[keys[3]]   # height then comes from GFA / footprint
        feats.append({"type": "Feature", "properties": props,
                      "geometry": square(lon0 + 0.002 * (i % 5), lat0 + 0.002 * (i // 5))})
    return {"type": "FeatureCollection", "features": feats}
def dump(name, fc):
    with open(name, "w", encoding="utf-8") as f: json.dump(fc, f, ensure_ascii=False)
dump("tmp_pinyin.geojson", buildings(["JZMC", "JZMJ", "ZDMJ", "CS", "CYLB", "RZL", "YQMC", "XZQ"], 104.02, 30.40))
dump("tmp_chinese.geojson", buildings(["名称", "建筑面积", "占地面积", "层数", "产业类别", "入驻率", "所属园区", "行政区"], 104.40, 30.62, with_floors=False))
dump("tmp_english.geojson", buildings(["name", "floor_area", "site_area", "storeys", "industry", "occupancy_rate", "park_name", "district"], 104.10, 30.70, percent=True))
dump("tmp_zone.geojson", buildings(["JZMC", "JZMJ", "ZDMJ", "CS", "CYLB", "RZL", "YQMC", "XZQ"], 103.80, 30.60))
parks_fc = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"YQMC": p, "ZDMJ": 250000 + 10000 * k, "YDXZ": "M1"},
     "geometry": square(104.015 + 0.012 * k, 30.395, 0.011)} for k, p in enumerate(parks)]}
dump("tmp_parks.geojson", parks_fc)
PY
# A multi-layer GeoPackage, pinyin-initial field names, EPSG:4543 (CM 102°E, no zone number).
ogr2ogr -f GPKG bureau_pinyin.gpkg tmp_pinyin.geojson -t_srs EPSG:4543 -nln JZ
ogr2ogr -f GPKG -update bureau_pinyin.gpkg tmp_parks.geojson -t_srs EPSG:4543 -nln YQ
# A GBK Shapefile (.cpg 936) with Chinese field names, EPSG:4523 (zone 35, CM 105°E).
ogr2ogr -f "ESRI Shapefile" gbk_4523.shp tmp_chinese.geojson -t_srs EPSG:4523 -lco ENCODING=CP936
printf '936' > gbk_4523.cpg
# English names, occupancy in per cent, EPSG:4544 (CM 105°E), FlatGeobuf.
ogr2ogr -f FlatGeobuf english_4544.fgb tmp_english.geojson -t_srs EPSG:4544
# Zone-numbered eastings (EPSG:4522, zone 34) without a .prj: the CRS is told from the coordinates.
ogr2ogr -f "ESRI Shapefile" zone_4522_noprj.shp tmp_zone.geojson -t_srs EPSG:4522 -lco ENCODING=UTF-8
rm zone_4522_noprj.prj
# EPSG:4544 eastings without a .prj: 4543 or 4544 cannot be told apart.
ogr2ogr -f "ESRI Shapefile" gk_noprj.shp tmp_zone.geojson -t_srs EPSG:4544 -lco ENCODING=UTF-8
rm gk_noprj.prj
rm tmp_*.geojson
