#!/usr/bin/env python3
"""Regenerates the hardening CLI fixtures (committed; tests never run this).

many_holes.geojson   one polygon with 1,200 holes (beyond the tessellator's
                     budget of 1,000) and one plain polygon;
far_coords.geojson   a point at longitude 1e308 and one in Chengdu;
*_scene.toml         scenes around them; too_many_layers_scene.toml has 300
                     layers (a scene may have 256);
multi_layer_bad.gpkg two layers, the second without the field 'floors' and
                     in a CRS that does not exist (ogr2ogr and sqlite3).
All of it is synthetic test data, not real places.
"""
import json, os, subprocess

os.chdir(os.path.dirname(os.path.abspath(__file__)))

def square(x, y, s):
    return [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]

shell = square(104.0, 30.5, 0.12)
holes = [list(reversed(square(104.001 + 0.003 * (i % 40), 30.501 + 0.003 * (i // 40), 0.001))) for i in range(1200)]
many = {"type": "FeatureCollection", "name": "many_holes", "features": [
    {"type": "Feature", "properties": {"name": "sample: 1200 holes"}, "geometry": {"type": "Polygon", "coordinates": [shell] + holes}},
    {"type": "Feature", "properties": {"name": "sample: plain"}, "geometry": {"type": "Polygon", "coordinates": [square(104.2, 30.5, 0.01)]}}]}
with open("many_holes.geojson", "w") as f:
    json.dump(many, f, separators=(",", ":"))

with open("far_coords.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","name":"far_coords","features":[\n'
            '{"type":"Feature","properties":{"name":"sample: far"},"geometry":{"type":"Point","coordinates":[1e308,30.6]}},\n'
            '{"type":"Feature","properties":{"name":"sample: Chengdu"},"geometry":{"type":"Point","coordinates":[104.06,30.66]}}]}\n')

def scene(name, title, layers):
    with open(name, "w") as f:
        f.write("# Synthetic hardening fixture (make_hardening_fixtures.py).\n[scene]\ntitle = \"%s\"\n" % title)
        for (lid, kind, path) in layers:
            f.write('\n[[layers]]\nid = "%s"\nkind = "%s"\nsample = true\nsource = { path = "%s" }\n' % (lid, kind, path))

scene("many_holes_scene.toml", "Too complex to triangulate", [("parcels", "fill", "many_holes.geojson")])
scene("far_coords_scene.toml", "Coordinates out of range", [("points", "point", "far_coords.geojson")])
scene("too_many_layers_scene.toml", "Too many layers", [("l%d" % i, "fill", "good.geojson") for i in range(300)])

if os.path.exists("multi_layer_bad.gpkg"):
    os.remove("multi_layer_bad.gpkg")
subprocess.run(["ogr2ogr", "-f", "GPKG", "multi_layer_bad.gpkg", "good.geojson", "-nln", "good"], check=True)
# "bad" has no field 'floors': `info --where "floors > 3"` fails on it alone.
subprocess.run(["ogr2ogr", "-update", "multi_layer_bad.gpkg", "far_coords.geojson", "-nln", "bad"], check=True)
subprocess.run(["sqlite3", "multi_layer_bad.gpkg",
                "INSERT INTO gpkg_spatial_ref_sys VALUES ('broken', 990001, 'NONE', 990001, 'this is not a CRS', 'sample');"
                "UPDATE gpkg_geometry_columns SET srs_id = 990001 WHERE table_name = 'bad';"
                "UPDATE gpkg_contents SET srs_id = 990001 WHERE table_name = 'bad';"], check=True)

# --- The rest of issue 14's reproducers (tests/fuzz/REPRODUCERS.md) ---
# A 50 km x 1 mm axis-aligned sliver, labelled: the label-anchor search ran away with memory.
with open("sliver.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","name":"sliver","features":[\n'
            '{"type":"Feature","properties":{"name":"sample: sliver"},"geometry":{"type":"Polygon","coordinates":'
            '[[[104.0,30.6],[104.52,30.6],[104.52,30.60000001],[104.0,30.60000001],[104.0,30.6]]]}}]}\n')
with open("sliver_scene.toml", "w") as f:
    f.write('# Synthetic hardening fixture (make_hardening_fixtures.py).\n[scene]\ntitle = "Sliver"\n\n'
            '[[layers]]\nid = "sliver"\nkind = "fill"\nsample = true\nlabel_field = "name"\nsource = { path = "sliver.geojson" }\n')
# TOML nesting that overflowed toml++'s stack: a dotted key of 40,000 parts, a header 60,000 deep.
with open("toml_dotted_key.toml", "w") as f:
    f.write('[scene]\ntitle = "x"\n' + "a" + ".a" * 40000 + " = 1\n")
with open("toml_deep_header.toml", "w") as f:
    f.write("[" + "a." * 60000 + "a]\nb = 1\n")
with open("demand_dotted_key.toml", "w") as f:
    f.write('name = "x"\n' + "a" + ".a" * 40000 + " = 1\n")
# Overlay parameters beyond the UI's bounds.
def overlay(name, kind, key, value):
    with open(name, "w") as f:
        f.write('# Synthetic hardening fixture (make_hardening_fixtures.py).\n[scene]\ntitle = "x"\n\n'
                '[[layers]]\nid = "buildings"\nkind = "extrusion"\nsource = { path = "site_buildings.geojson" }\n\n'
                '[[layers]]\nid = "o"\nkind = "%s"\nfrom = "buildings"\n%s = %s\n' % (kind, key, value))
overlay("overlay_eps_scene.toml", "clusters", "eps", "100000")
overlay("overlay_hex_size_scene.toml", "hexbin", "hex_size", "1")
# Values that slipped through: radius_m = 1e300 (a float->int cast), a NaN camera centre.
with open("demand_huge_radius.toml", "w") as f:
    f.write('# A demand whose radius overflows an int (hardening test).\nname = "x"\nsector = "digital"\n\n'
            '[criteria.agglomeration]\nradius_m = 1e300\nweight = 1\n')
with open("camera_nan_scene.toml", "w") as f:
    f.write('# Synthetic hardening fixture (make_hardening_fixtures.py).\n[scene]\ntitle = "x"\n\n'
            '[camera]\ncenter = [nan, 30.6]\ndistance = 5000\n\n'
            '[[layers]]\nid = "l"\nkind = "fill"\nsource = { path = "good.geojson" }\n')
# Untrusted scenes reaching the network, PROJ's file/URL reader or SQL.
def source_scene(name, source):
    with open(name, "w") as f:
        f.write('# Synthetic hardening fixture (make_hardening_fixtures.py).\n[scene]\ntitle = "x"\n\n'
                '[[layers]]\nid = "l"\nkind = "fill"\nsource = %s\n' % source)
source_scene("net_vsicurl_scene.toml", '{ path = "/vsicurl/http://127.0.0.1:9/x.geojson" }')
source_scene("net_pg_scene.toml", '{ path = "PG:host=127.0.0.1 dbname=x password=secret" }')
source_scene("crs_url_scene.toml", '{ path = "good.geojson", crs = "http://127.0.0.1:9/crs.json" }')
source_scene("crs_file_scene.toml", '{ path = "good.geojson", crs = "/etc/passwd" }')
source_scene("where_function_scene.toml", '{ path = "good.geojson", where = "length(randomblob(1000000000)) > 0" }')
source_scene("where_semicolon_scene.toml", '{ path = "good.geojson", where = "floors > 3; DROP TABLE good" }')
# Geometry types that were read as zero features: ESRI MultiPatch, GeometryCollection.
with open("geometry_collection.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","name":"geometry_collection","features":[\n'
            '{"type":"Feature","properties":{"name":"sample"},"geometry":{"type":"GeometryCollection","geometries":['
            '{"type":"Polygon","coordinates":[[[104.06,30.55],[104.07,30.55],[104.07,30.56],[104.06,30.55]]]},'
            '{"type":"Point","coordinates":[104.06,30.55]}]}}]}\n')
with open("_polyz.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"h":10},"geometry":{"type":"Polygon",'
            '"coordinates":[[[104.06,30.55,10],[104.07,30.55,10],[104.07,30.56,10],[104.06,30.56,10],[104.06,30.55,10]]]}}]}\n')
for ext in ("shp", "shx", "dbf", "prj", "cpg"):
    if os.path.exists("multipatch." + ext):
        os.remove("multipatch." + ext)
subprocess.run(["ogr2ogr", "-q", "-f", "ESRI Shapefile", "-lco", "SHPT=MULTIPATCH", "multipatch.shp", "_polyz.geojson"], check=True)
os.remove("_polyz.geojson")
