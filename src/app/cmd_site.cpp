// parkscape site <scene> --demand <file> [--top N] [--out file] [--format table|csv|json]
// Ranks candidate buildings or parcels for a siting demand (docs/SITING.md).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "analysis/siting/demand.h"
#include "data/siting_inputs.h"
#include "app/site_command.h"
#include "analysis/siting/engine.h"
#include "app/commands.h"
#include "map/render_scene.h"
#include "map/siting_report.h"
#include "data/scene_loader.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::app {

void registerSite(CLI::App& app, Runner& run) {
  struct Args {
    std::string scene, demand;
    siting::SiteOptions opt;
    std::string lang = "zh";
    std::string report;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("site", "Rank buildings or parcels for a siting demand (TOML; docs/SITING.md)");
  cmd->add_option("scene", a->scene, "Scene file (TOML)")->required();
  cmd->add_option("--demand,-d", a->demand, "Demand file (TOML), e.g. geodata/demands/humanoid_robot_team.toml")
      ->required();
  cmd->add_option("--top,-n", a->opt.top, "How many results (default: the demand's `top`)")->check(CLI::Range(1, 100000));
  cmd->add_option("--out,-o", a->opt.out, "Write the ranking to .csv, .gpkg or .geojson");
  cmd->add_option("--format,-f", a->opt.format, "Standard output: table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("--lang", a->lang, "Table language: zh or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--report", a->report, "Also write a one-page report image (PNG): map, ranked table, the demand");
  cmd->callback([&run, a] {
    run = [a] {
      // The demand first: a typo should not wait for the scene to load.
      siting::Demand demand = siting::loadDemand(a->demand);
      Scene scene = loadScene(a->scene);
      data::SceneData data = data::loadSceneData(std::move(scene));
      for (const auto& warn : data::loadWarnings(data)) std::fprintf(stderr, "parkscape: warning: %s\n", warn.c_str());
      // Every output checked before the first is written: a refused --report must not leave an --out behind.
      for (const std::string* out : {&a->opt.out, &a->report})
        if (!out->empty()) refuseInputTarget(*out);
      a->opt.english = a->lang == "en";
      const siting::SitingInputs inputs = siting::sitingInputs(data, demand.layers);
      const int rc = siting::runSiteCommand(inputs, demand, a->opt, std::cout, std::cerr);
      if (!a->report.empty()) {
        // The same ranking as above (runSiting with the demand's weights), drawn as a page.
        const siting::SitingIndex index = siting::buildSitingIndex(inputs, demand.candidates);
        const siting::Evaluation ev = siting::evaluate(index, demand);
        const size_t top = a->opt.top > 0 ? static_cast<size_t>(a->opt.top) : static_cast<size_t>(demand.top);
        const siting::SitingResult res = siting::runSiting(ev, siting::demandWeights(demand), top);
        render::Image page = map::renderSitingReport(data, index, res, a->opt.english ? Lang::En : Lang::Zh);
        render::writePng(page, a->report, map::pngMetadata(data));
        std::cerr << "parkscape site: wrote the report to " << a->report << "\n";
      }
      return rc;
    };
  });
}

}  // namespace ps::app
