#pragma once
// Which CRS texts a scene may give. GDAL's SetFromUserInput also takes a
// file name or an http:// URL and reads it; a scene from outside must not
// make the program read arbitrary files or reach the network through a CRS.
// Accepted: AUTHORITY:CODE ("EPSG:4507", "ESRI:102100", "IAU_2015:30100",
// "urn:ogc:def:crs:EPSG::4326"), WKT (PROJCS[..., GEOGCRS[...), PROJJSON
// ({...}) and PROJ strings ("+proj=...").
#include <optional>
#include <string>

namespace ps {

// Why `crs` is refused, or nullopt when it is one of the accepted forms.
std::optional<std::string> crsTextProblem(const std::string& crs);

}  // namespace ps
