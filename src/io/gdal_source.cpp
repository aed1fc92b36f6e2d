#include "io/gdal_source.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/atomic_file.h"
#include "core/crs_text.h"
#include "core/error.h"
#include "geo/area_of_use.h"
#include "geo/gcj02.h"
#include "io/feature_read_ahead.h"
#include "io/gdal_env.h"
#include "io/source_policy.h"
#include "io/ogr_geometry.h"
#include "io/text_encoding.h"

namespace ps::io {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool containsCI(const std::string& hay, const std::string& needle) {
  return lower(hay).find(lower(needle)) != std::string::npos;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// GDAL's messages on one line, without trailing blanks (libpq's span lines).
std::string withGdal(std::string problem, const std::string& gdal) {
  std::string g;
  for (char c : gdal) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!g.empty() && g.back() != ' ') g += ' ';
    } else {
      g += c;
    }
  }
  while (!g.empty() && g.back() == ' ') g.pop_back();
  if (!g.empty()) problem += " (GDAL: " + g + ")";
  return problem;
}

bool fileExists(const std::string& path) {
  VSIStatBufL st;
  return VSIStatL(path.c_str(), &st) == 0;
}

// Open options that keep GDAL from guessing wrong or writing sidecars.
CPLStringList openOptions(const std::string& driver, const SourceSpec& spec) {
  CPLStringList oo;
  if (driver == "CSV") {
    oo.SetNameValue("X_POSSIBLE_NAMES", spec.x.empty() ? "lon,lng,long,longitude,x,经度" : spec.x.c_str());
    oo.SetNameValue("Y_POSSIBLE_NAMES", spec.y.empty() ? "lat,latitude,y,纬度" : spec.y.c_str());
    oo.SetNameValue("GEOM_POSSIBLE_NAMES", spec.wkt.empty() ? "wkt,geom,geometry,the_geom,shape" : spec.wkt.c_str());
    oo.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
    oo.SetNameValue("AUTODETECT_TYPE", "YES");
  } else if (driver == "GML") {
    oo.SetNameValue("WRITE_GFS", "NO");
  }
  return oo;
}

struct Opened {
  GDALDatasetUniquePtr ds;
  std::string driver;
};

// A PostgreSQL connection string without a connect_timeout gets the policy's.
std::string withConnectTimeout(const std::string& path, int seconds) {
  if (path.rfind("PG:", 0) != 0 || path.find("connect_timeout") != std::string::npos) return path;
  return path + " connect_timeout=" + std::to_string(seconds);
}

Opened openSource(const std::string& requested, const SourceSpec& spec, GdalErrorCapture& cap) {
  ensureGdal();
  checkSourceAllowed(requested);
  const SourcePolicy policy = sourcePolicy();
  const std::string path = withConnectTimeout(requested, policy.connectTimeoutS);
  CPLSetThreadLocalConfigOption("GDAL_HTTP_CONNECTTIMEOUT", std::to_string(policy.connectTimeoutS).c_str());
  CPLSetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", std::to_string(policy.readTimeoutS).c_str());
  bool conn = isConnectionString(path);
  if (!conn && !fileExists(path)) throw Error(path, "file not found");
  std::string driver;
  if (!conn) {
    GDALDriverH d = GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
    if (d) driver = GDALGetDriverShortName(d);
  }
  CPLStringList oo = openOptions(driver, spec);
  CPLStringList allowed;
  for (const std::string& d : allowedDrivers()) allowed.AddString(d.c_str());
  Opened o;
  o.ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed.List(), oo.List(), nullptr));
  if (!o.ds) {
    if (!driver.empty() && std::find(allowed.List(), allowed.List() + allowed.size(), driver) == allowed.List() + allowed.size())
      throw Error(requested, "the " + driver + " format is not one Parkscape reads (GeoPackage, Shapefile, GeoJSON, "
                             "FlatGeobuf, CSV, GML, KML, File Geodatabase, SQLite, MapInfo, DXF, GPX, Parquet...)");
    throw Error(requested, withGdal(conn ? "cannot connect to the database or open the data source"
                                         : "not a recognised vector format or corrupt file",
                                    cap.failures()));
  }
  o.driver = o.ds->GetDriver() ? o.ds->GetDriver()->GetDescription() : driver;
  // Every file of the dataset (.shp with its .dbf/.shx/.prj, a GPKG): none may be written over later.
  if (!conn) {
    registerInput(path);
    CPLStringList files(o.ds->GetFileList());
    for (int i = 0; i < files.size(); ++i) registerInput(files[i]);
  }
  if (o.ds->GetLayerCount() == 0) throw Error(path, withGdal("no vector layers (not a vector dataset?)", cap.failures()));
  return o;
}

std::vector<std::string> layerNames(GDALDataset& ds) {
  std::vector<std::string> names;
  for (int i = 0; i < ds.GetLayerCount(); ++i) names.push_back(toUtf8(ds.GetLayer(i)->GetName()));
  return names;
}

std::string crsString(const OGRSpatialReference& srs) {
  const char* auth = srs.GetAuthorityName(nullptr);
  const char* code = srs.GetAuthorityCode(nullptr);
  if (auth && code && EQUAL(auth, "EPSG")) return std::string("EPSG:") + code;
  const char* opts[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
  char* wkt = nullptr;
  std::string s;
  if (srs.exportToWkt(&wkt, opts) == OGRERR_NONE && wkt) s = wkt;
  CPLFree(wkt);
  return s;
}

// The source stores the first coordinate along a north/south axis ("lat, lon").
bool dataIsNorthingFirst(const OGRSpatialReference& srs) {
  const auto& mapping = srs.GetDataAxisToSRSAxisMapping();
  if (mapping.empty()) return false;
  int axis = std::abs(mapping[0]) - 1;
  OGRAxisOrientation orient = OAO_Other;
  srs.GetAxis(srs.IsProjected() ? "PROJCS" : "GEOGCS", axis, &orient);
  return orient == OAO_North || orient == OAO_South;
}

std::string isoDate(OGRFeature& f, int i, OGRFieldType type) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
  float s = 0;
  f.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &s, &tz);
  char buf[64];
  if (type == OFTDate) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    return buf;
  }
  char sec[16];
  if (s == static_cast<float>(static_cast<int>(s)))
    std::snprintf(sec, sizeof sec, "%02d", static_cast<int>(s));
  else
    std::snprintf(sec, sizeof sec, "%06.3f", static_cast<double>(s));
  std::string r;
  if (type == OFTTime) {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%s", h, mi, sec);
    r = buf;
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%s", y, mo, d, h, mi, sec);
    r = buf;
  }
  if (tz == 100) {
    r += "Z";
  } else if (tz > 1) {  // 1 = local time, 0 = unknown: no suffix
    int off = (tz - 100) * 15;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    r += buf;
  }
  return r;
}

bool lonLatRange(const std::vector<glm::dvec2>& pts) {
  if (pts.empty()) return false;
  for (const auto& p : pts)
    if (!(p.x >= -180 && p.x <= 180 && p.y >= -90 && p.y <= 90)) return false;
  return true;
}

}  // namespace

std::vector<std::string> listLayers(const std::string& path) {
  GdalErrorCapture cap;
  Opened o = openSource(path, SourceSpec{}, cap);
  return layerNames(*o.ds);
}

FeatureTable readSource(const SourceSpec& spec, const std::string& resolvedPath, LoadReport* report,
                        const std::atomic<bool>* cancel) {
  return readSource(spec, resolvedPath, report, cancel, ReadTuning{});
}

namespace {

OGRLayer* pickLayer(GDALDataset& ds, const SourceSpec& spec, const std::string& path) {
  if (spec.layer.empty()) return ds.GetLayer(0);
  OGRLayer* layer = ds.GetLayerByName(spec.layer.c_str());
  // A name GDAL holds in another encoding (a Shapefile named in GBK, from a
  // zip made on Windows) matches by its UTF-8 form, as the listing shows it.
  for (int i = 0; !layer && i < ds.GetLayerCount(); ++i)
    if (OGRLayer* l = ds.GetLayer(i); l && toUtf8(l->GetName()) == spec.layer) layer = l;
  if (!layer) throw Error(path, "layer not found; layers: " + join(layerNames(ds)), spec.layer);
  return layer;
}

// Named point/WKT columns that are absent: GDAL then silently reads no geometry.
void checkCsvGeometryColumns(const SourceSpec& spec, const std::string& path, const std::vector<std::string>& fieldNames,
                             LoadReport& rep) {
  std::vector<std::string> missing;
  for (const std::string* f : {&spec.x, &spec.y, &spec.wkt})
    if (!f->empty() && std::none_of(fieldNames.begin(), fieldNames.end(),
                                    [&](const std::string& n) { return lower(n) == lower(*f); }))
      missing.push_back(*f);
  if (!missing.empty())
    throw Error(path, "field not found; fields: " + join(fieldNames), join(missing));
  if (!spec.x.empty() || !spec.y.empty() || !spec.wkt.empty())
    throw Error(path, "no geometry could be built from the named columns; fields: " + join(fieldNames));
  rep.warnings.push_back(path + ": no geometry column recognised (looked for lon/lng/longitude/x + lat/latitude/y, "
                         "or WKT/geom); fields: " + join(fieldNames) + "; name them with x/y or wkt");
}

// The table's CRS: the source's `crs` override, else the layer's. GDAL reports
// a CRS it cannot parse as an error and carries on (GeoJSON even falls back to
// WGS84): for us it is a hard error, the map would lie.
std::string resolveCrs(const SourceSpec& spec, const std::string& path, const OGRSpatialReference* srs,
                       const std::string& driver, GdalErrorCapture& cap) {
  if (!spec.crs.empty()) {
    if (auto problem = crsTextProblem(spec.crs)) throw Error(path, "crs '" + spec.crs + "' " + *problem, "crs");
    OGRSpatialReference check;
    if (check.SetFromUserInput(spec.crs.c_str()) != OGRERR_NONE)
      throw Error(path, withGdal("unknown CRS '" + spec.crs + "'", cap.failures()), "crs");
    return spec.crs;
  }
  std::vector<std::string> why;
  for (const auto& m : cap.messages())
    if (m.cls >= CE_Failure && (containsCI(m.text, "proj") || containsCI(m.text, "crs") ||
                                containsCI(m.text, "srs") || containsCI(m.text, "spatial ref")))
      why.push_back(m.text);
  std::string base = path.size() > 4 ? path.substr(0, path.size() - 4) : path;
  if (!srs && (driver == "ESRI Shapefile") && (fileExists(base + ".prj") || fileExists(base + ".PRJ"))) {
    why.push_back("the .prj file could not be parsed");
    if (std::string f = cap.failures(); !f.empty()) why.push_back(f);
  }
  if (!why.empty()) throw Error(path, "unknown CRS: " + join(why) + " (set the source's crs to override)");
  return srs ? crsString(*srs) : std::string();
}

// Columns typed from the layer definition; the OGR types are kept for dates.
std::vector<OGRFieldType> setUpColumns(OGRFeatureDefn* defn, const std::vector<std::string>& fieldNames, FeatureTable& t) {
  t.columns.resize(fieldNames.size());
  std::vector<OGRFieldType> ogrTypes(fieldNames.size());
  for (size_t i = 0; i < fieldNames.size(); ++i) {
    ogrTypes[i] = defn->GetFieldDefn(static_cast<int>(i))->GetType();
    t.columns[i].name = fieldNames[i];
    t.columns[i].type = ogrTypes[i] == OFTInteger || ogrTypes[i] == OFTInteger64 ? FieldType::Integer
                        : ogrTypes[i] == OFTReal                                 ? FieldType::Real
                                                                                 : FieldType::String;
  }
  return ogrTypes;
}

// Counts per column of values that were not UTF-8, and whether any had to be replaced.
using BadText = std::map<size_t, std::pair<size_t, bool>>;

// One feature's attributes appended to every column (text recoded to UTF-8).
void appendAttributes(OGRFeature& f, const std::vector<OGRFieldType>& ogrTypes, FeatureTable& t, LoadReport& rep,
                      BadText& badText) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    Column& c = t.columns[i];
    int fi = static_cast<int>(i);
    bool isNull = !f.IsFieldSetAndNotNull(fi);
    c.null.push_back(isNull ? 1 : 0);
    switch (c.type) {
      case FieldType::Integer: c.ints.push_back(isNull ? 0 : f.GetFieldAsInteger64(fi)); break;
      case FieldType::Real: c.reals.push_back(isNull ? 0.0 : f.GetFieldAsDouble(fi)); break;
      case FieldType::String: {
        if (isNull) {
          c.strings.emplace_back();
        } else if (ogrTypes[i] == OFTDate || ogrTypes[i] == OFTDateTime || ogrTypes[i] == OFTTime) {
          c.strings.push_back(isoDate(f, fi, ogrTypes[i]));
        } else {
          const char* s = f.GetFieldAsString(fi);
          if (isValidUtf8(s)) {
            c.strings.emplace_back(s);
          } else {
            Recoded how;
            c.strings.push_back(toUtf8(s, &how));
            ++rep.nonUtf8;
            auto& b = badText[i];
            ++b.first;
            b.second = b.second || how == Recoded::Replaced;
          }
        }
        break;
      }
    }
  }
}

// Geometry type names are string literals, one per OGR class: counting by
// pointer spares a map lookup with a string per feature.
struct TypeCounts {
  std::vector<std::pair<const char*, size_t>> counts;
  void add(const char* name) {
    for (auto& [n, count] : counts)
      if (n == name) {
        ++count;
        return;
      }
    counts.emplace_back(name, 1);
  }
};

// Reads every feature (on a read-ahead thread for large layers) into t.
void readFeatures(OGRLayer* layer, GIntBig hint, const GeometryOptions& gopt, const std::vector<OGRFieldType>& ogrTypes,
                  const std::string& path, const std::atomic<bool>* cancel, const ReadTuning& tuning, FeatureTable& t,
                  LoadReport& rep, GdalErrorCapture& cap) {
  TypeCounts types;
  BadText badText;
  layer->ResetReading();
  const bool readAhead = tuning.readAhead > 0 || (tuning.readAhead < 0 && hint >= tuning.readAheadMin &&
                                                  std::thread::hardware_concurrency() > 1);
  std::optional<FeatureReadAhead> ahead;
  if (readAhead) ahead.emplace(layer, tuning.readAheadBatch);
  size_t refused = 0;
  constexpr size_t kRefusedNamed = 10;
  auto nextFeature = [&] { return ahead ? ahead->next() : OGRFeatureUniquePtr(layer->GetNextFeature()); };
  for (OGRFeatureUniquePtr f = nextFeature(); f; f = nextFeature()) {
    // Every feature: one feature may hold thousands of vertices (a relaxed load costs nothing beside OGR's parse).
    if (cancel && cancel->load(std::memory_order_relaxed))
      throw Error(path, "loading cancelled");
    ++rep.read;
    const OGRGeometry* g = f->GetGeometryRef();
    if (g) types.add(g->getGeometryName());
    std::string problem;
    switch (appendOgrGeometry(g, gopt, t.geom, &rep.removedPoints, &problem)) {
      case GeomOutcome::Null: ++rep.skippedNull; continue;
      case GeomOutcome::Empty: ++rep.skippedEmpty; continue;
      case GeomOutcome::Bad: ++rep.skippedBad; continue;
      case GeomOutcome::Refused:
        ++rep.skippedBad;
        // Each refused feature by its index (and FID), the first few of them.
        if (++refused <= kRefusedNamed)
          rep.warnings.push_back(path + ": feature " + std::to_string(rep.read - 1) + " (FID " +
                                 std::to_string(f->GetFID()) + "): " + problem + "; skipped");
        continue;
      case GeomOutcome::Repaired: ++rep.repaired; break;
      case GeomOutcome::Kept: break;
    }
    ++rep.kept;
    t.fid.push_back(f->GetFID());
    appendAttributes(*f, ogrTypes, t, rep, badText);
  }
  if (ahead) {
    for (const auto& m : ahead->messages()) cap.add(m);
    ahead.reset();
  }
  if (refused > kRefusedNamed)
    rep.warnings.push_back(path + ": " + std::to_string(refused - kRefusedNamed) +
                           " more feature(s) skipped as too complex or with coordinates out of range");
  for (const auto& [name, count] : types.counts) rep.geometryTypes[name] += count;
  for (const auto& [col, info] : badText)
    rep.warnings.push_back(path + ": field '" + t.columns[col].name + "': " + std::to_string(info.first) +
                           " value(s) not UTF-8; " +
                           (info.second ? "invalid bytes replaced with U+FFFD"
                                        : "recoded from GBK/GB18030 (declare the encoding, e.g. a .cpg file with 936)"));
}

}  // namespace

FeatureTable readSource(const SourceSpec& spec, const std::string& resolvedPath, LoadReport* report,
                        const std::atomic<bool>* cancel, const ReadTuning& tuning) {
  const std::string& path = resolvedPath;
  LoadReport local;
  LoadReport& rep = report ? *report : local;
  rep = LoadReport{};
  rep.source = path;

  GdalErrorCapture cap;
  Opened o = openSource(path, spec, cap);
  rep.driver = o.driver;
  OGRLayer* layer = pickLayer(*o.ds, spec, path);
  rep.layer = toUtf8(layer->GetName());
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  std::vector<std::string> fieldNames;
  for (int i = 0; i < defn->GetFieldCount(); ++i) fieldNames.push_back(toUtf8(defn->GetFieldDefn(i)->GetNameRef()));
  if (o.driver == "CSV" && defn->GetGeomFieldCount() == 0) checkCsvGeometryColumns(spec, path, fieldNames, rep);

  const OGRSpatialReference* srs = layer->GetSpatialRef();
  FeatureTable t;
  t.source = path;
  t.layer = rep.layer;
  GeometryOptions gopt;
  if (srs) gopt.swapXY = dataIsNorthingFirst(*srs);
  t.crs = resolveCrs(spec, path, srs, o.driver, cap);
  try {
    gopt.validBox = geo::crsValidBox(t.crs);
  } catch (const std::exception&) {
    gopt.validBox.reset();  // an unknown area of use: coordinates need only be finite
  }

  bool gcj = lower(spec.datum) == "gcj02";
  if (gcj) {
    OGRSpatialReference check;
    if (!t.crs.empty() && check.SetFromUserInput(t.crs.c_str()) == OGRERR_NONE && !check.IsGeographic())
      throw Error(path, "datum gcj02 needs lon/lat coordinates, but the CRS is projected", "datum");
    gopt.mapPoint = &geo::gcj02ToWgs84;
  }
  if (auto problem = whereProblem(spec.where)) throw Error(path, "where filter refused: " + *problem, "where");
  if (!spec.where.empty() && layer->SetAttributeFilter(spec.where.c_str()) != OGRERR_NONE)
    throw Error(path, withGdal("invalid where filter", cap.failures()), spec.where);

  const std::vector<OGRFieldType> ogrTypes = setUpColumns(defn, fieldNames, t);
  // A hint only: some drivers return -1 or a stale count.
  GIntBig hint = layer->GetFeatureCount(FALSE);
  if (hint > 0 && hint < (1 << 24)) {
    t.fid.reserve(static_cast<size_t>(hint));
    t.geom.kind.reserve(static_cast<size_t>(hint));
  }
  cap.clear();
  readFeatures(layer, hint, gopt, ogrTypes, path, cancel, tuning, t, rep, cap);
  if (std::string f = cap.failures(); !f.empty()) {
    if (rep.read == 0) throw Error(path, withGdal("could not read any feature", f));
    rep.warnings.push_back(path + ": GDAL: " + f);
  }
  if (gcj) t.crs = "EPSG:4326";
  if (t.crs.empty() && o.driver == "CSV" && lonLatRange(t.geom.coords)) t.crs = "EPSG:4326";
  return t;
}

}  // namespace ps::io
