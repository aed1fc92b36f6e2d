#include "sample/gpkg_writer.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include "core/error.h"

namespace ps::sample {
namespace {

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};

OGRwkbGeometryType geometryTypeOf(const FeatureTable& t) {
  const GeometryColumn& g = t.geom;
  bool point = false, multi = false;
  for (size_t f = 0; f < g.featureCount(); ++f) {
    if (g.kind[f] == GeomKind::Point) point = true;
    if (g.featurePart[f + 1] - g.featurePart[f] > 1) multi = true;
  }
  if (point) return wkbPoint;
  return multi ? wkbMultiPolygon : wkbPolygon;
}

OGRPolygon* polygonOf(const GeometryColumn& g, uint32_t part) {
  auto* poly = new OGRPolygon();
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    auto* ring = new OGRLinearRing();
    const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    ring->setNumPoints(static_cast<int>(e - b + 1));
    for (uint32_t i = b; i < e; ++i) ring->setPoint(static_cast<int>(i - b), g.coords[i].x, g.coords[i].y);
    ring->setPoint(static_cast<int>(e - b), g.coords[b].x, g.coords[b].y);  // close
    poly->addRingDirectly(ring);
  }
  return poly;
}

void writeLayer(GDALDataset& ds, const FeatureTable& t, const GpkgMetadata& meta, const std::string& path) {
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(t.crs.empty() ? "EPSG:4326" : t.crs.c_str()) != OGRERR_NONE)
    throw Error(path, "unknown CRS '" + t.crs + "'", t.layer);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const OGRwkbGeometryType type = geometryTypeOf(t);
  std::string desc;
  if (auto it = meta.description.find(t.layer); it != meta.description.end()) desc = "DESCRIPTION=" + it->second;
  const char* options[] = {"FID=fid", desc.empty() ? nullptr : desc.c_str(), nullptr};
  OGRLayer* layer = ds.CreateLayer(t.layer.c_str(), &srs, type, const_cast<char**>(options));
  if (!layer) throw Error(path, "cannot create layer: " + std::string(CPLGetLastErrorMsg()), t.layer);
  for (const Column& c : t.columns) {
    OGRFieldDefn def(c.name.c_str(), c.type == FieldType::Integer ? OFTInteger64
                                     : c.type == FieldType::Real  ? OFTReal
                                                                  : OFTString);
    if (layer->CreateField(&def) != OGRERR_NONE) throw Error(path, "cannot create field " + c.name, t.layer);
  }
  if (auto it = meta.layer.find(t.layer); it != meta.layer.end())
    for (const auto& [k, v] : it->second) layer->SetMetadataItem(k.c_str(), v.c_str());

  const GeometryColumn& g = t.geom;
  OGRFeature feature(layer->GetLayerDefn());
  for (size_t f = 0; f < t.size(); ++f) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const Column& col = t.columns[c];
      const int i = static_cast<int>(c);
      if (col.isNull(f)) feature.SetFieldNull(i);
      else if (col.type == FieldType::Integer) feature.SetField(i, static_cast<GIntBig>(col.ints[f]));
      else if (col.type == FieldType::Real) feature.SetField(i, col.reals[f]);
      else feature.SetField(i, col.strings[f].c_str());
    }
    const uint32_t p0 = g.featurePart[f], p1 = g.featurePart[f + 1];
    if (g.kind[f] == GeomKind::Point) {
      const glm::dvec2 p = g.coords[g.ringCoord[g.partRing[p0]]];
      feature.SetGeometryDirectly(new OGRPoint(p.x, p.y));
    } else if (type == wkbMultiPolygon) {
      auto* mp = new OGRMultiPolygon();
      for (uint32_t p = p0; p < p1; ++p) mp->addGeometryDirectly(polygonOf(g, p));
      feature.SetGeometryDirectly(mp);
    } else {
      feature.SetGeometryDirectly(polygonOf(g, p0));
    }
    feature.SetFID(OGRNullFID);
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      throw Error(path, "cannot write feature " + std::to_string(f) + ": " + CPLGetLastErrorMsg(), t.layer);
  }
}

}  // namespace

void writeGeoPackage(const std::string& path, const std::vector<const FeatureTable*>& layers, const GpkgMetadata& meta) {
  GDALAllRegister();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!drv) throw Error(path, "GDAL has no GPKG driver");
  namespace fs = std::filesystem;
  const fs::path out(path);
  const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(dir)) throw Error(path, "the output folder does not exist");
  const fs::path tmp = dir / ("." + out.filename().string() + ".tmp-" + std::to_string(getpid()) + ".gpkg");
  std::error_code ec;
  fs::remove(tmp, ec);
  {
    // Fixed timestamps in gpkg_contents keep the file byte-identical for a given seed.
    CPLConfigOptionSetter date("OGR_CURRENT_DATE", "2024-01-03T00:00:00.000Z", false);
    // No fsync per transaction: a crash leaves only the temp file, which is never renamed.
    CPLConfigOptionSetter sync("OGR_SQLITE_SYNCHRONOUS", "OFF", false);
    std::unique_ptr<GDALDataset, DatasetCloser> ds(drv->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw Error(path, "cannot create the GeoPackage: " + std::string(CPLGetLastErrorMsg()));
    try {
      for (const auto& [k, v] : meta.dataset) ds->SetMetadataItem(k.c_str(), v.c_str());
      for (const FeatureTable* t : layers) {
        if (ds->StartTransaction() != OGRERR_NONE) throw Error(path, "cannot start a transaction", t->layer);
        writeLayer(*ds, *t, meta, path);
        if (ds->CommitTransaction() != OGRERR_NONE)
          throw Error(path, "cannot commit: " + std::string(CPLGetLastErrorMsg()), t->layer);
      }
    } catch (...) {
      ds.reset();
      fs::remove(tmp, ec);
      throw;
    }
    CPLErrorReset();
    ds.reset();  // GDALClose: flushes the spatial indexes and the SQLite file
    if (CPLGetLastErrorType() == CE_Failure) {
      fs::remove(tmp, ec);
      throw Error(path, "GDAL failed to finish the GeoPackage: " + std::string(CPLGetLastErrorMsg()));
    }
  }
  fs::rename(tmp, out, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(path, "cannot move the finished file into place: " + ec.message());
  }
}

}  // namespace ps::sample
