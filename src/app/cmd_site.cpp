// parkscape site <scene> --demand <file> [--top N] [--out file] [--format table|csv|json]
// Ranks candidate buildings or parcels for a siting demand (docs/SITING.md).
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "analysis/siting/demand.h"
#include "analysis/siting/scene_inputs.h"
#include "analysis/siting/site_command.h"
#include "app/commands.h"
#include "app/scene_loader.h"
#include "core/error.h"

namespace ps::app {

void registerSite(CLI::App& app, Runner& run) {
  struct Args {
    std::string scene, demand;
    siting::SiteOptions opt;
    std::string lang = "zh";
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
  cmd->callback([&run, a] {
    run = [a] {
      // The demand first: a typo should not wait for the scene to load.
      siting::Demand demand = siting::loadDemand(a->demand);
      Scene scene = loadScene(a->scene);
      SceneData data = loadSceneData(std::move(scene));
      a->opt.english = a->lang == "en";
      return siting::runSiteCommand(siting::sitingInputs(data, demand.layers), demand, a->opt, std::cout, std::cerr);
    };
  });
}

}  // namespace ps::app
