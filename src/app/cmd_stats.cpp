// parkscape stats <scene.toml> --by district|zone|ring|park|sector|subsector|status|carrier_role
//                 [--quarter 2025Q3] [--format csv|json|table] [--out FILE] [--merge-rings]
// Prints the numbers the overlay panels show: both come from
// analysis::computeStats and analysis::formatCell.
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include <CLI/CLI.hpp>

#include "analysis/quarters.h"
#include "analysis/scene_stats.h"
#include "analysis/stats_table.h"
#include "app/commands.h"
#include "data/scene_loader.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "scene/scene.h"

namespace ps::app {
namespace {

struct StatsOptions {
  std::string scene;
  std::string by = "district";
  std::string quarter;
  std::string format = "csv";
  std::string out;
  bool mergeRings = false;
  bool readable = false;
};

int runStats(const StatsOptions& o) {
  analysis::StatsRequest req;
  std::optional<analysis::StatsBy> by = analysis::parseStatsBy(o.by);
  if (!by) throw Error("", "unknown grouping '" + o.by + "' (district, zone, ring, park, sector, subsector, status, carrier_role)", "--by");
  req.by = *by;
  req.mergeRings = o.mergeRings;
  if (!o.quarter.empty()) {
    req.quarter = analysis::parseQuarter(o.quarter);
    if (!req.quarter)
      throw Error("", "'" + o.quarter + "' is not a quarter between " + analysis::quarterLabel(0) + " and " +
                          analysis::quarterLabel(analysis::kQuarterCount - 1) + " (write it like 2025Q3)",
                  "--quarter");
  }

  data::SceneData data = data::loadSceneData(loadScene(o.scene));
  for (const auto& warn : data::loadWarnings(data)) std::fprintf(stderr, "parkscape: warning: %s\n", warn.c_str());
  analysis::StatsSources sources =
      analysis::statsSourcesFromScene(data.scene, [&data](const std::string& id) -> const FeatureTable* {
        for (const data::LoadedLayer& l : data.layers)
          if (l.spec && l.spec->id == id) return &l.table;
        return nullptr;
      });
  analysis::StatsTable table;
  analysis::computeStats(sources, req, table);

  if (o.readable && o.format == "json")
    throw Error("", "--readable is for csv and table output (JSON keeps exact numbers)", "--readable");
  const auto style = o.readable ? analysis::NumberStyle::Readable : analysis::NumberStyle::Exact;
  std::ostringstream text;
  if (o.format == "json") analysis::writeJson(table, text);
  else if (o.format == "table") analysis::writeText(table, text, style);
  else analysis::writeCsv(table, text, style);

  if (o.out.empty() || o.out == "-") {
    std::cout << text.str() << std::flush;
    return 0;
  }
  writeFileAtomic(o.out, text.str());
  return 0;
}

}  // namespace

void registerStats(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<StatsOptions>();
  auto* cmd = app.add_subcommand("stats", "Totals per district, zone, ring, park, sector, sub-sector, park status or carrier role (the panels' numbers)");
  cmd->add_option("scene", opts->scene, "Scene file (TOML)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--by", opts->by, "Grouping")
      ->check(CLI::IsMember({"district", "zone", "ring", "park", "sector", "subsector", "sub_sector", "status",
                             "carrier_role", "carrier-role"}))
      ->capture_default_str();
  cmd->add_option("--quarter", opts->quarter, "Quarter 2024Q1..2026Q4 (default: the layer's current values)");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"csv", "json", "table"}))
      ->capture_default_str();
  cmd->add_option("--out", opts->out, "Write to FILE instead of standard output");
  cmd->add_flag("--merge-rings", opts->mergeRings, "--by ring: merge overlapping rings of one university");
  cmd->add_flag("--readable", opts->readable,
                "Numbers as the viewer's statistics panel shows them: 15,235 (m², m, counts), 81.3 % (rates)");
  cmd->callback([&run, opts] { run = [opts] { return runStats(*opts); }; });
}

}  // namespace ps::app
