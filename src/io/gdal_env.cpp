#include "io/gdal_env.h"

#include <mutex>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

namespace ps::io {

void ensureGdal() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Before registering: some drivers read these at registration.
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");         // never write .aux.xml beside a source
    CPLSetConfigOption("OGR_SQLITE_JOURNAL", "OFF");      // read-only GPKG needs no journal
    CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");  // no resolved copy of a GML source
    CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");        // never rebuild a missing .shx on disk
    GDALAllRegister();
  });
}

namespace {
void CPL_STDCALL captureHandler(CPLErr cls, CPLErrorNum code, const char* msg) {
  auto* sink = static_cast<std::vector<GdalErrorCapture::Message>*>(CPLGetErrorHandlerUserData());
  if (!sink || cls == CE_Debug || cls == CE_None) return;
  sink->push_back({static_cast<int>(cls), static_cast<int>(code), msg ? msg : ""});
}
}  // namespace

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(captureHandler, &messages_); }
GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

std::string GdalErrorCapture::failures() const {
  std::string s;
  for (const auto& m : messages_) {
    if (m.cls < CE_Failure) continue;
    if (!s.empty()) s += "; ";
    s += m.text;
  }
  return s;
}

std::string GdalErrorCapture::all() const {
  std::string s;
  for (const auto& m : messages_) {
    if (!s.empty()) s += "; ";
    s += m.text;
  }
  return s;
}

bool isConnectionString(const std::string& path) {
  if (path.rfind("/vsi", 0) == 0) return true;
  if (path.find("://") != std::string::npos) return true;
  // DRIVER:connection, e.g. "PG:dbname=x", "MySQL:db"; a single letter is a Windows drive.
  auto colon = path.find(':');
  if (colon != std::string::npos && colon > 1) {
    for (size_t i = 0; i < colon; ++i) {
      char c = path[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
  }
  return false;
}

}  // namespace ps::io
