#include "io/gdal_writer.h"

#include <filesystem>
#include <memory>
#include <system_error>

#include <unistd.h>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/error.h"
#include "io/gdal_env.h"

namespace ps::io {

namespace {

OGRwkbGeometryType layerType(const FeatureTable& t) {
  bool poly = false, line = false, point = false, multiPoint = false;
  for (size_t f = 0; f < t.size(); ++f) {
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
  if (poly) return wkbMultiPolygon;
  if (line) return wkbMultiLineString;
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
  if (kind == GeomKind::Polygon) {
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (uint32_t p = p0; p < p1; ++p) {
      auto poly = std::make_unique<OGRPolygon>();
      for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r) {
        auto lr = std::make_unique<OGRLinearRing>();
        ring(r, *lr, true);
        poly->addRingDirectly(lr.release());
      }
      mp->addGeometryDirectly(poly.release());
    }
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

void writeInto(const FeatureTable& t, const std::string& tmp, const std::string& path, const std::string& driverName,
               const std::string& layerName, const std::vector<std::pair<std::string, std::string>>& metadata,
               GdalErrorCapture& cap) {
  auto fail = [&](const std::string& what) {
    std::string g = cap.failures();
    throw Error(path, what + (g.empty() ? "" : " (GDAL: " + g + ")"));
  };
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!drv) throw Error(path, "unknown output driver '" + driverName + "'");
  GDALDatasetUniquePtr ds(drv->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) fail("cannot create the output file");

  std::unique_ptr<OGRSpatialReference> srs;
  if (!t.crs.empty()) {
    srs = std::make_unique<OGRSpatialReference>();
    if (srs->SetFromUserInput(t.crs.c_str()) != OGRERR_NONE) fail("unknown CRS '" + t.crs + "'");
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  }
  OGRwkbGeometryType type = layerType(t);
  CPLStringList lco;
  if (driverName == "CSV") lco.SetNameValue("GEOMETRY", "AS_WKT");
  if (driverName == "GeoJSON") lco.SetNameValue("RFC7946", "NO");
  // The index would reorder features (Hilbert sort); callers rely on row order.
  if (driverName == "FlatGeobuf") lco.SetNameValue("SPATIAL_INDEX", "NO");
  OGRLayer* layer = ds->CreateLayer(layerName.c_str(), srs.get(), type, lco.List());
  if (!layer) fail("cannot create layer '" + layerName + "'");
  for (const Column& c : t.columns) {
    OGRFieldDefn fd(c.name.c_str(), c.type == FieldType::Integer ? OFTInteger64
                                    : c.type == FieldType::Real  ? OFTReal
                                                                 : OFTString);
    if (layer->CreateField(&fd) != OGRERR_NONE) fail("cannot create field '" + c.name + "'");
  }
  bool tx = layer->TestCapability(OLCTransactions) && ds->StartTransaction() == OGRERR_NONE;
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
  if (tx && ds->CommitTransaction() != OGRERR_NONE) fail("cannot commit");
  if (driverName != "CSV")
    for (const auto& [k, v] : metadata) layer->SetMetadataItem(k.c_str(), v.c_str());
  ds.reset();  // flushes; errors land in cap
  if (!cap.failures().empty()) fail("write failed");
}

}  // namespace

void writeTable(const FeatureTable& t, const std::string& path, const std::string& driver, const std::string& layerName,
                const std::vector<std::pair<std::string, std::string>>& metadata) {
  ensureGdal();
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Same folder so the rename is atomic; same extension because drivers look at it.
  fs::path tmp = dir / ("." + target.stem().string() + ".tmp" + std::to_string(::getpid()) + target.extension().string());
  std::error_code ec;
  fs::remove(tmp, ec);
  GdalErrorCapture cap;
  try {
    writeInto(t, tmp.string(), path, driver, layerName, metadata, cap);
    fs::rename(tmp, target, ec);
    if (ec) throw Error(path, "cannot rename the temporary file into place: " + ec.message());
  } catch (...) {
    fs::remove(tmp, ec);
    throw;
  }
}

}  // namespace ps::io
