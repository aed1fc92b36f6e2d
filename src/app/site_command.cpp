#include "app/site_command.h"

#include <ostream>
#include <sstream>

#include "analysis/siting/engine.h"
#include "data/siting_export.h"
#include "core/error.h"

namespace ps::siting {

int runSiteCommand(const SitingInputs& in, const Demand& demand, const SiteOptions& opt, std::ostream& out,
                   std::ostream& err) {
  if (opt.format != "table" && opt.format != "csv" && opt.format != "json")
    throw Error("", "unknown --format '" + opt.format + "' (table, csv or json)", "--format");
  SitingIndex index = buildSitingIndex(in, demand.candidates);
  Evaluation ev = evaluate(index, demand);
  size_t top = static_cast<size_t>(opt.top > 0 ? opt.top : demand.top);
  SitingResult res = runSiting(ev, demandWeights(demand), top);
  if (res.rows.empty()) {
    err << "parkscape site: " << demand.path << ": " << res.noneMessageEn << "\n"
        << "parkscape site: " << res.noneMessageZh << "\n";
    return kExitNoCandidate;
  }
  if (!opt.out.empty()) writeResult(res, index, opt.out);
  if (opt.format == "json") {
    out << formatJson(res);
  } else if (opt.format == "csv") {
    out << formatCsv(res, index);
  } else {
    out << formatTable(res, !opt.english);
  }
  if (!opt.out.empty()) err << "parkscape site: wrote " << res.rows.size() << " results to " << opt.out << "\n";
  return 0;
}

}  // namespace ps::siting
