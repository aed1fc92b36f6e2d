#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the repository's own files.

Usage: make_corpus.py <source-root> <corpus-dir>
Writes <corpus-dir>/<target>/ (existing files are kept: a corpus grows run
after run). Seeds: every scene and demand TOML of geodata/ and tests/data/,
the GeoJSON, GeoPackage and Shapefile fixtures under 1 MB, and the polygons
of tests/data/geometry encoded as polygon_fuzzer.cpp reads them.
"""
import glob, hashlib, json, os, struct, sys

root, out = sys.argv[1], sys.argv[2]
LIMIT = 1 << 20

def put(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)

def files(*patterns):
    for p in patterns:
        for f in sorted(glob.glob(os.path.join(root, p), recursive=True)):
            if os.path.getsize(f) <= LIMIT:
                yield f

def read(f):
    with open(f, "rb") as fh:
        return fh.read()

for f in files("geodata/*.toml", "tests/data/**/*.toml", "tests/render/*/*.toml", "assets/**/*.toml"):
    text = read(f)
    put("fuzz_demand" if b"[criteria" in text else "fuzz_scene", text)
for f in files("geodata/demands/*.toml"):
    put("fuzz_demand", read(f))
for f in files("tests/data/**/*.geojson", "tests/data/**/*.json"):
    if not f.endswith(".json") or b'"type"' in read(f):
        put("fuzz_geojson", read(f))
for f in files("tests/data/**/*.gpkg"):
    put("fuzz_gpkg", read(f))
for shp in files("tests/data/**/*.shp"):
    packed = b""
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        part = shp[:-3] + ext
        if os.path.exists(part):
            data = read(part)
            packed += ext.encode() + b"\0" + struct.pack("<I", len(data)) + data
    put("fuzz_shapefile", packed)
# Inputs that once were findings (tests/fuzz/regressions/<target>/): replayed first.
for f in files("tests/fuzz/regressions/*/*"):
    put(os.path.basename(os.path.dirname(f)), read(f))
for f in files("tests/data/geometry/*.json"):
    rings = json.loads(read(f)).get("rings", [])
    for scale in (0, 1):  # 1 mm and 1 m per unit
        data = bytes([scale])
        for r in rings:
            data += b"\0"
            for x, y in r:
                data += b"\1" + struct.pack("<hh", int(x), int(y))
        put("fuzz_polygon", data)
