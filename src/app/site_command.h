#pragma once
// What `parkscape site` does once the scene is loaded, apart from loading so
// tests can run it on hand-built layers. Uses runSiting with the demand's own
// weights, exactly as the siting panel does before any slider moves.
#include <iosfwd>
#include <string>

#include "analysis/siting/demand.h"
#include "analysis/siting/siting_index.h"

namespace ps::siting {

struct SiteOptions {
  int top = 0;                   // 0: the demand's `top`
  std::string out;               // .csv / .gpkg / .geojson; "" = none
  std::string format = "table";  // stdout: table | csv | json
  bool english = false;          // table language
};

// Exit codes: 0 ranked, 3 no candidate passes (the message, on err, says which
// constraint excluded how many). Bad demands, missing layers or fields and
// unwritable outputs throw ps::Error (the caller prints it and exits 1).
constexpr int kExitNoCandidate = 3;
int runSiteCommand(const SitingInputs& in, const Demand& demand, const SiteOptions& opt, std::ostream& out,
                   std::ostream& err);

}  // namespace ps::siting
