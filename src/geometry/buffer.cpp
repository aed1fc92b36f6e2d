#include "geometry/buffer.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "geometry/geos_convert.h"

namespace ps::geometry {

GeometryColumn bufferPoints(const GeometryColumn& points, double radiusMetres, int quadSegs) {
  GeosContext ctx;
  GeometryColumn out;
  for (size_t f = 0; f < points.featureCount(); ++f) {
    GeosPtr in(ctx.check(toGeos(ctx, points, f), "converting a feature for buffering"), GeosDeleter{ctx});
    if (GEOSisEmpty_r(ctx, in.get()) != 0) {
      appendFromGeos(ctx, nullptr, out);
      continue;
    }
    GeosPtr buffered(ctx.check(GEOSBuffer_r(ctx, in.get(), radiusMetres, std::max(1, quadSegs)), "buffer"),
                     GeosDeleter{ctx});
    appendFromGeos(ctx, buffered.get(), out);
  }
  return out;
}

GeometryColumn unionByGroup(const GeometryColumn& polys, const std::vector<uint32_t>& group) {
  if (group.size() != polys.featureCount())
    throw Error("", "unionByGroup: " + std::to_string(group.size()) + " group ids for " +
                        std::to_string(polys.featureCount()) + " features");
  std::map<uint32_t, std::vector<size_t>> members;  // ordered: output rows follow ascending ids
  for (size_t f = 0; f < group.size(); ++f) members[group[f]].push_back(f);

  GeosContext ctx;
  GeometryColumn out;
  for (const auto& [id, rows] : members) {
    std::vector<GEOSGeometry*> parts;  // ownership passes to the collection below
    for (size_t f : rows) {
      if (polys.kind[f] != GeomKind::Polygon) continue;
      GEOSGeometry* g = toGeos(ctx, polys, f);
      if (!g) continue;
      if (GEOSisEmpty_r(ctx, g) != 0) {
        GEOSGeom_destroy_r(ctx, g);
        continue;
      }
      parts.push_back(g);
    }
    if (parts.empty()) {
      appendFromGeos(ctx, nullptr, out);
      continue;
    }
    // A GeometryCollection may hold overlapping members (a MultiPolygon may not).
    GeosPtr all(ctx.check(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                      static_cast<unsigned>(parts.size())),
                          "collecting a group for union"),
                GeosDeleter{ctx});
    GEOSGeometry* u = GEOSUnaryUnion_r(ctx, all.get());
    if (!u) {
      // Invalid members (self-intersecting rings) make the overlay throw; repair and retry once.
      GeosPtr valid(ctx.check(GEOSMakeValid_r(ctx, all.get()), "repairing a group for union"), GeosDeleter{ctx});
      u = GEOSUnaryUnion_r(ctx, valid.get());
    }
    GeosPtr merged(ctx.check(u, "union"), GeosDeleter{ctx});
    appendFromGeos(ctx, merged.get(), out);
  }
  return out;
}

}  // namespace ps::geometry
