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
