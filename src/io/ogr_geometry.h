#pragma once
// One OGR geometry -> one FeatureTable feature, cleaned. Internal to io/ (and
// tools that read through OGR themselves).
//
// Contract, in order:
//  1. null -> Null, empty -> Empty (nothing appended);
//  2. curves are linearised, Z and M dropped, PolyhedralSurface/TIN become polygons;
//  3. `swapXY` then `mapPoint` are applied to every vertex (axis order, datum shift),
//     so validity is judged on the coordinates that are kept;
//  4. the feature's kind is its highest dimension: a GeometryCollection keeps only
//     its polygons, else its lines, else its points (lower-dimension parts dropped);
//  4b. the geometry must meet io/geometry_budget.h (finite coordinates inside
//     `validBox`, polygons the tessellator can afford) -> else Refused, with the
//     reason in *problem, before GEOS or the tessellator see it;
//  5. invalid polygons are repaired with MakeValid (GEOS) -> Repaired; unrepairable,
//     or nothing left after cleaning -> Bad (nothing appended). Validity is asked
//     of GEOS only when io/fast_validity.h cannot prove it (most parcels skip it);
//  6. rings are stored open, consecutive repeated vertices removed (counted in
//     *removedPoints; the dropped closing vertex is not counted), rings with < 3
//     distinct vertices and lines with < 2 are dropped;
//  7. polygon shells are counter-clockwise, holes clockwise (positive shoelace
//     area for shells in x-east/y-north coordinates).
#include <cstddef>
#include <optional>
#include <string>

#include <glm/vec2.hpp>

#include "geo/area_of_use.h"
#include "core/feature_table.h"

class OGRGeometry;

namespace ps::io {

enum class GeomOutcome { Kept, Repaired, Null, Empty, Bad, Refused };

struct GeometryOptions {
  bool swapXY = false;                      // source stores (lat, lon) / (northing, easting)
  glm::dvec2 (*mapPoint)(glm::dvec2) = nullptr;  // e.g. geo::gcj02ToWgs84; after swapXY
  std::optional<geo::CoordBox> validBox;    // where coordinates may lie (after swapXY and mapPoint)
};

GeomOutcome appendOgrGeometry(const OGRGeometry* g, const GeometryOptions& opt,
                              GeometryColumn& out, size_t* removedPoints = nullptr, std::string* problem = nullptr);

}  // namespace ps::io
