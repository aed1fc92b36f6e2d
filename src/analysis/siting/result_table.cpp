#include "analysis/siting/result_table.h"

#include <cmath>
#include <string>

namespace ps::siting {
namespace {

Column& addColumn(FeatureTable& t, std::string name, FieldType type) {
  Column c;
  c.name = std::move(name);
  c.type = type;
  t.columns.push_back(std::move(c));
  return t.columns.back();
}

void put(Column& c, int64_t v) {
  c.ints.push_back(v);
  c.null.push_back(0);
}
void put(Column& c, double v, bool isNull = false) {
  c.reals.push_back(isNull ? 0.0 : v);
  c.null.push_back(isNull ? 1 : 0);
}
void put(Column& c, const std::string& v) {
  c.strings.push_back(v);
  c.null.push_back(0);
}

void addGeometry(GeometryColumn& out, const SitingIndex& x, uint32_t i) {
  const GeometryColumn& g = x.table->geom;
  if (g.kind[i] != GeomKind::Polygon) {
    out.beginFeature(GeomKind::Point);
    out.beginPart();
    out.addRing(&x.anchor[i], 1);
    out.endFeature();
    return;
  }
  out.beginFeature(GeomKind::Polygon);
  for (uint32_t part = g.featurePart[i]; part < g.featurePart[i + 1]; ++part) {
    out.beginPart();
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
      const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      if (e - b >= 3) out.addRing(&g.coords[b], e - b);  // a degenerate ring is no ring
    }
  }
  out.endFeature();
}

}  // namespace

std::vector<size_t> usedCriteria(const SitingResult& r) {
  std::vector<size_t> v;
  for (size_t c = 0; c < kCriterionCount; ++c)
    if (r.demand.criteria[c].enabled) v.push_back(c);
  return v;
}

FeatureTable resultTable(const SitingResult& r, const SitingIndex& x) {
  FeatureTable t;
  t.layer = "siting";
  t.crs = x.crs;
  const std::vector<size_t> used = usedCriteria(r);
  t.columns.reserve(11 + 2 * used.size());
  addColumn(t, "rank", FieldType::Integer);
  for (const char* s : {"id", "name_zh", "name_en", "park", "zone", "district"}) addColumn(t, s, FieldType::String);
  addColumn(t, "score", FieldType::Real);
  addColumn(t, "tie", FieldType::Integer);
  for (size_t c : used) addColumn(t, "c_" + std::string(criterionId(criterionAt(c))), FieldType::Real);
  for (size_t c : used) addColumn(t, "raw_" + std::string(criterionId(criterionAt(c))), FieldType::Real);
  addColumn(t, "explain_zh", FieldType::String);
  addColumn(t, "explain_en", FieldType::String);
  for (const ResultRow& row : r.rows) {
    size_t k = 0;
    put(t.columns[k++], static_cast<int64_t>(row.rank));
    for (const std::string* s : {&row.id, &row.nameZh, &row.nameEn, &row.park, &row.zone, &row.district})
      put(t.columns[k++], *s);
    put(t.columns[k++], row.score);
    put(t.columns[k++], static_cast<int64_t>(row.tie ? 1 : 0));
    for (size_t c : used) put(t.columns[k++], row.contribution[c]);
    for (size_t c : used) put(t.columns[k++], row.raw[c], !std::isfinite(row.raw[c]));
    put(t.columns[k++], row.explanationZh);
    put(t.columns[k++], row.explanationEn);
    addGeometry(t.geom, x, row.candidate);
    t.fid.push_back(static_cast<int64_t>(t.fid.size()) + 1);
  }
  return t;
}

}  // namespace ps::siting
