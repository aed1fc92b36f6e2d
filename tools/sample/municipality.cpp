#include "sample/municipality.h"

#include <utility>

#include "core/error.h"
#include "geometry/buffer.h"
#include "io/gdal_source.h"

namespace ps::sample {

Municipality::Municipality(FeatureTable districts, const std::string& nameField) : table_(std::move(districts)) {
  const Column* name = table_.column(nameField);
  if (!name || name->type != FieldType::String)
    throw Error(table_.source, "the districts layer has no text field '" + nameField + "'", nameField);
  if (table_.size() == 0) throw Error(table_.source, "the districts layer is empty", "districts");
  for (size_t i = 0; i < table_.size(); ++i) {
    names_.push_back(name->strings[i]);
    boxes_.push_back(geometry::featureBounds(table_.geom, i));
  }
  outline_ = geometry::unionByGroup(table_.geom, std::vector<uint32_t>(table_.size(), 0));
}

const std::string& Municipality::districtAt(glm::dvec2 p) const {
  static const std::string none;
  for (size_t i = 0; i < names_.size(); ++i) {
    const geometry::Box& b = boxes_[i];
    if (p.x < b.min.x || p.x > b.max.x || p.y < b.min.y || p.y > b.max.y) continue;
    if (geometry::containsPoint(table_.geom, i, p)) return names_[i];
  }
  return none;
}

Municipality readMunicipality(const std::string& path) {
  SourceSpec spec;
  spec.path = path;
  spec.layer = "districts";
  FeatureTable t = io::readSource(spec, path, nullptr);
  if (t.crs != "EPSG:4326")
    throw Error(path, "the districts must be in EPSG:4326 (lon/lat), found '" + t.crs + "'", "crs");
  return Municipality(std::move(t));
}

}  // namespace ps::sample
