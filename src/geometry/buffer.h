#pragma once
// Buffers and unions through GEOS, in the column's own (projected, metric) CRS.
// Throws ps::Error when GEOS fails. Pure and deterministic; each call uses its
// own GEOS context, so calls from different threads are safe.
#include <cstdint>
#include <vector>

#include "core/feature_table.h"

namespace ps::geometry {

// One output feature per input feature, same order: the buffer of the input
// geometry (a point becomes a disc approximated with quadSegs segments per
// quarter circle; a multi-point the union of its discs; lines and polygons are
// buffered too). None/empty inputs, or radiusMetres <= 0 on points, give None
// features so rows stay aligned.
GeometryColumn bufferPoints(const GeometryColumn& points, double radiusMetres, int quadSegs = 16);

// Union of the Polygon features that share a group id (group.size() must equal
// polys.featureCount(), else ps::Error). One output feature per DISTINCT group
// id, in ascending id order (so with dense ids 0..n-1, output row g is group g).
// Non-polygon inputs are ignored; a group with no polygon area gives None.
GeometryColumn unionByGroup(const GeometryColumn& polys, const std::vector<uint32_t>& group);

}  // namespace ps::geometry
