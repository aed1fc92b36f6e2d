#include "data/source_inspect.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include <glm/common.hpp>

#include "core/error.h"
#include "core/pinyin.h"
#include "geo/crs_guess.h"
#include "geo/reproject.h"
#include "io/gdal_source.h"
#include "scene/field_roles.h"

namespace ps::data {
namespace {

void describeCrs(InspectedLayer& l) {
  if (l.table.crs.empty()) {
    const geo::CrsGuess g = geo::guessCrsFromCoordinates(l.table.geom.coords);
    l.crs = g.crs;
    l.crsNote = "no CRS in the source; " + g.reason;
  } else {
    l.crs = l.table.crs;
    l.crsNote = "declared by the source";
  }
  if (l.crs.empty()) return;
  try {
    int epsg = 0;
    l.crsName = geo::crsName(l.crs, &epsg);
    if (epsg) l.crs = "EPSG:" + std::to_string(epsg);
  } catch (const Error& e) {
    l.crsName = "unknown";
    l.crsNote += "; " + e.problem();
  }
}

// Lon/lat centre of the layers' extents (what the proposed camera looks at).
bool centreOf(const SourceInspection& in, glm::dvec2& centre, double& span) {
  const double inf = std::numeric_limits<double>::infinity();
  glm::dvec2 lo(inf), hi(-inf);
  for (const InspectedLayer& l : in.layers) {
    if (l.crs.empty() || l.table.geom.coords.empty()) continue;
    try {
      std::vector<glm::dvec2> ll = l.table.geom.coords;
      geo::Reprojector(l.crs, "EPSG:4326").transform(ll.data(), ll.size());
      for (const glm::dvec2& p : ll)
        if (std::isfinite(p.x) && std::isfinite(p.y)) {
          lo = glm::min(lo, p);
          hi = glm::max(hi, p);
        }
    } catch (const Error&) {
      continue;
    }
  }
  if (!(lo.x <= hi.x)) return false;
  centre = (lo + hi) * 0.5;
  span = std::max((hi.x - lo.x) * 96000.0, (hi.y - lo.y) * 111000.0);  // metres at 30°N
  return true;
}

}  // namespace

std::string layerIdFor(const std::string& name, const std::vector<std::string>& taken) {
  std::string id;
  for (char c : pinyinInitials(name)) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (id.empty() || std::isdigit(static_cast<unsigned char>(id[0]))) id = "layer_" + id;
  std::string out = id;
  for (int k = 2; std::find(taken.begin(), taken.end(), out) != taken.end(); ++k) out = id + "_" + std::to_string(k);
  return out;
}

SourceInspection inspectSource(const std::string& path, const SourceSpec& base) {
  SourceInspection in;
  in.path = path;
  std::vector<std::string> ids;
  for (const std::string& name : io::listLayers(path)) {
    InspectedLayer l;
    l.name = name;
    SourceSpec spec = base;
    spec.path = path;
    spec.layer = name;
    try {
      l.table = io::readSource(spec, path, &l.report);
    } catch (const Error& e) {
      l.error = e.what();
      in.layers.push_back(std::move(l));
      continue;
    }
    describeCrs(l);
    l.guesses = guessFieldRoles(l.table);
    l.proposal = proposeLayer(l.table, l.guesses, layerIdFor(name, ids));
    ids.push_back(l.proposal.id);
    l.proposal.source = spec;
    if (l.table.crs.empty()) l.proposal.source.crs = l.crs;
    in.layers.push_back(std::move(l));
  }
  return in;
}

LayerSpec reproposeLayer(const InspectedLayer& layer, const FieldRoles& roles) {
  FieldGuesses g = layer.guesses;
  for (FieldGuess& fg : g.roles)
    if (const FieldRoleDef* d = findRole(fg.role)) fg.field = roles.*d->member;
  g.sectorValues = {};
  if (const Column* c = layer.table.column(roles.sector); c && !roles.sector.empty()) g.sectorValues = mapSectorValues(*c);
  LayerSpec l = proposeLayer(layer.table, g, layer.proposal.id);
  l.source = layer.proposal.source;
  return l;
}

Scene suggestScene(const SourceInspection& in) {
  Scene s;
  s.title = s.titleEn = in.path;
  for (const InspectedLayer& l : in.layers)
    if (l.error.empty()) s.layers.push_back(l.proposal);
  glm::dvec2 centre;
  double span = 0;
  if (centreOf(in, centre, span)) {
    s.camera.center = centre;
    s.camera.distance = std::clamp(span * 1.6, 2000.0, 400000.0);
  }
  return s;
}

}  // namespace ps::data
