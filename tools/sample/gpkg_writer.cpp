#include "sample/gpkg_writer.h"

#include "io/gdal_writer.h"

namespace ps::sample {

void writeGeoPackage(const std::string& path, const std::vector<const FeatureTable*>& layers, const GpkgMetadata& meta) {
  io::WriteOptions o;
  o.datasetMetadata.assign(meta.dataset.begin(), meta.dataset.end());
  o.singlePartWhenPossible = true;
  o.timestamp = "2024-01-03T00:00:00.000Z";
  o.defaultCrs = "EPSG:4326";
  std::vector<io::LayerOut> out;
  for (const FeatureTable* t : layers) {
    io::LayerOut l{t, t->layer, {}, {}};
    if (auto it = meta.layer.find(t->layer); it != meta.layer.end()) l.metadata.assign(it->second.begin(), it->second.end());
    if (auto it = meta.description.find(t->layer); it != meta.description.end()) l.description = it->second;
    out.push_back(std::move(l));
  }
  io::writeLayers(path, "GPKG", out, o);
}

}  // namespace ps::sample
