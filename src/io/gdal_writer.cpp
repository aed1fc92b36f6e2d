#include "io/gdal_writer.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "io/gdal_env.h"

namespace ps::io {

namespace {

OGRwkbGeometryType layerType(const FeatureTable& t, bool singlePart) {
  bool poly = false, line = false, point = false, multiPoint = false, multiPart = false;
  for (size_t f = 0; f < t.size(); ++f) {
    if (t.geom.featurePart[f + 1] - t.geom.featurePart[f] > 1) multiPart = true;
    switch (t.geom.kind[f]) {
      case GeomKind::Polygon: poly = true; break;
      case GeomKind::Line: line = true; break;
      case GeomKind::Point:
        point = true;
        if (t.geom.featurePart[f + 1] - t.geom.featurePart[f] > 1) multiPoint = true;
        break;
      case GeomKind::None: break;
    }
  }
  if (poly + line + point > 1) return wkbUnknown;
  if (poly) return singlePart && !multiPart ? wkbPolygon : wkbMultiPolygon;
  if (line) return singlePart && !multiPart ? wkbLineString : wkbMultiLineString;
  if (point) return multiPoint ? wkbMultiPoint : wkbPoint;
  return wkbNone;
}

std::unique_ptr<OGRGeometry> buildGeometry(const FeatureTable& t, size_t f, OGRwkbGeometryType type) {
  const GeometryColumn& g = t.geom;
  auto ring = [&](uint32_t r, OGRSimpleCurve& c, bool close) {
    for (uint32_t i = g.ringCoord[r]; i < g.ringCoord[r + 1]; ++i) c.addPoint(g.coords[i].x, g.coords[i].y);
    if (close && g.ringCoord[r + 1] > g.ringCoord[r]) c.addPoint(g.coords[g.ringCoord[r]].x, g.coords[g.ringCoord[r]].y);
  };
  GeomKind kind = g.kind[f];
  uint32_t p0 = g.featurePart[f], p1 = g.featurePart[f + 1];
  auto polygon = [&](uint32_t p) {
    auto poly = std::make_unique<OGRPolygon>();
    for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r) {
      auto lr = std::make_unique<OGRLinearRing>();
      ring(r, *lr, true);
      poly->addRingDirectly(lr.release());
    }
    return poly;
  };
  if (kind == GeomKind::Polygon && type == wkbPolygon && p1 - p0 == 1) return polygon(p0);
  if (kind == GeomKind::Line && type == wkbLineString && p1 - p0 == 1) {
    auto ls = std::make_unique<OGRLineString>();
    ring(g.partRing[p0], *ls, false);
    return ls;
  }
  if (kind == GeomKind::Polygon) {
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (uint32_t p = p0; p < p1; ++p) mp->addGeometryDirectly(polygon(p).release());
    return mp;
  }
  if (kind == GeomKind::Line) {
    auto ml = std::make_unique<OGRMultiLineString>();
    for (uint32_t p = p0; p < p1; ++p) {
      auto ls = std::make_unique<OGRLineString>();
      ring(g.partRing[p], *ls, false);
      ml->addGeometryDirectly(ls.release());
    }
    return ml;
  }
  if (kind == GeomKind::Point) {
    if (type == wkbPoint && p1 - p0 == 1) {
      const auto& c = g.coords[g.ringCoord[g.partRing[p0]]];
      return std::make_unique<OGRPoint>(c.x, c.y);
    }
    auto mp = std::make_unique<OGRMultiPoint>();
    for (uint32_t p = p0; p < p1; ++p) {
      const auto& c = g.coords[g.ringCoord[g.partRing[p]]];
      mp->addGeometryDirectly(new OGRPoint(c.x, c.y));
    }
    return mp;
  }
  return nullptr;
}

using FailFn = std::function<void(const std::string&)>;

bool fitsInt32(const Column& c) {
  return std::all_of(c.ints.begin(), c.ints.end(), [](int64_t v) {
    return v >= std::numeric_limits<int32_t>::min() && v <= std::numeric_limits<int32_t>::max();
  });
}

void writeLayer(GDALDataset& ds, const LayerOut& out, const std::string& driverName, const WriteOptions& o,
                const FailFn& fail) {
  const FeatureTable& t = *out.table;
  std::unique_ptr<OGRSpatialReference> srs;
  const std::string& crs = t.crs.empty() ? o.defaultCrs : t.crs;
  if (!crs.empty()) {
    srs = std::make_unique<OGRSpatialReference>();
    if (srs->SetFromUserInput(crs.c_str()) != OGRERR_NONE) fail("unknown CRS '" + crs + "'");
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  }
  OGRwkbGeometryType type = layerType(t, o.singlePartWhenPossible);
  CPLStringList lco;
  if (driverName == "CSV") lco.SetNameValue("GEOMETRY", "AS_WKT");
  if (driverName == "GeoJSON") {
    lco.SetNameValue("RFC7946", o.rfc7946 ? "YES" : "NO");
    if (o.rfc7946) lco.SetNameValue("WRITE_NAME", "NO");
  }
  if (driverName == "GPKG" && !out.description.empty()) lco.SetNameValue("DESCRIPTION", out.description.c_str());
  // The index would reorder features (Hilbert sort); callers rely on row order.
  if (driverName == "FlatGeobuf") lco.SetNameValue("SPATIAL_INDEX", "NO");
  OGRLayer* layer = ds.CreateLayer(out.name.c_str(), srs.get(), type, lco.List());
  if (!layer) fail("cannot create layer '" + out.name + "'");
  for (const Column& c : t.columns) {
    const OGRFieldType intType = o.narrowIntegers && fitsInt32(c) ? OFTInteger : OFTInteger64;
    OGRFieldDefn fd(c.name.c_str(), c.type == FieldType::Integer ? intType
                                    : c.type == FieldType::Real  ? OFTReal
                                                                 : OFTString);
    if (layer->CreateField(&fd) != OGRERR_NONE) fail("cannot create field '" + c.name + "'");
  }
  if (driverName != "CSV")
    for (const auto& [k, v] : out.metadata) layer->SetMetadataItem(k.c_str(), v.c_str());
  for (size_t f = 0; f < t.size(); ++f) {
    OGRFeature feat(layer->GetLayerDefn());
    if (auto geom = buildGeometry(t, f, type)) feat.SetGeometryDirectly(geom.release());
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const Column& c = t.columns[i];
      int fi = static_cast<int>(i);
      if (c.isNull(f)) {
        feat.SetFieldNull(fi);
        continue;
      }
      switch (c.type) {
        case FieldType::Integer: feat.SetField(fi, static_cast<GIntBig>(c.ints[f])); break;
        case FieldType::Real: feat.SetField(fi, c.reals[f]); break;
        case FieldType::String: feat.SetField(fi, c.strings[f].c_str()); break;
      }
    }
    if (layer->CreateFeature(&feat) != OGRERR_NONE) fail("cannot write feature " + std::to_string(f));
  }
}

void writeInto(const std::string& tmp, const std::string& path, const std::string& driverName,
               const std::vector<LayerOut>& layers, const WriteOptions& o, GdalErrorCapture& cap) {
  std::string current;
  auto fail = [&](const std::string& what) {
    std::string g = cap.failures();
    throw Error(path, what + (g.empty() ? "" : " (GDAL: " + g + ")"), current);
  };
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!drv) throw Error(path, "unknown output driver '" + driverName + "'");
  if (layers.size() > 1 && driverName != "GPKG") throw Error(path, "only a GeoPackage holds several layers");
  GDALDatasetUniquePtr ds(drv->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) fail("cannot create the output file");
  if (driverName != "CSV")
    for (const auto& [k, v] : o.datasetMetadata) ds->SetMetadataItem(k.c_str(), v.c_str());
  const bool tx = ds->TestCapability(ODsCTransactions);
  for (const LayerOut& l : layers) {
    current = layers.size() > 1 ? l.name : std::string();
    if (tx && ds->StartTransaction() != OGRERR_NONE) fail("cannot start a transaction");
    writeLayer(*ds, l, driverName, o, fail);
    if (tx && ds->CommitTransaction() != OGRERR_NONE) fail("cannot commit");
  }
  current.clear();
  ds.reset();  // flushes; errors land in cap
  if (!cap.failures().empty()) fail("write failed");
}

}  // namespace

void writeLayers(const std::string& path, const std::string& driver, const std::vector<LayerOut>& layers,
                 const WriteOptions& options) {
  ensureGdal();
  writeViaTemp(path, [&](const std::string& tmp) {
    // Fixed timestamps in gpkg_contents make the file reproducible.
    CPLConfigOptionSetter date("OGR_CURRENT_DATE", options.timestamp.empty() ? nullptr : options.timestamp.c_str(),
                               false);
    // No fsync per transaction: writeViaTemp syncs the finished file once before the rename.
    CPLConfigOptionSetter sync("OGR_SQLITE_SYNCHRONOUS", "OFF", false);
    GdalErrorCapture cap;
    writeInto(tmp, path, driver, layers, options, cap);
  });
}

void writeTable(const FeatureTable& t, const std::string& path, const std::string& driver, const std::string& layerName,
                const MetadataItems& metadata, const WriteOptions& options) {
  writeLayers(path, driver, {LayerOut{&t, layerName, metadata, {}}}, options);
}

}  // namespace ps::io
