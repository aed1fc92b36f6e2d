// gen_sample_data: writes the SAMPLE (synthetic) parks, parcels, buildings and
// tenants of Chengdu's future-industry carrier space, with the real-but-
// approximate zones, clusters and campuses, into one GeoPackage.
//   gen_sample_data --geodata <dir> --out <file.gpkg> [--districts <gpkg>] [--seed N] [--scale F]
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "core/error.h"
#include "sample/anchors.h"
#include "sample/generator.h"
#include "sample/gpkg_writer.h"

int main(int argc, char** argv) {
  CLI::App app{"Parkscape sample-data generator: synthetic parks around Chengdu's real anchors, one GeoPackage"};
  std::string geodata, out, districts;
  ps::sample::GeneratorOptions opt;
  bool noTenants = false, quiet = false;
  app.add_option("--geodata", geodata, "folder with universities_chengdu.csv and clusters_chengdu.csv")->required();
  app.add_option("--out", out, "GeoPackage to write (replaced atomically)")->required();
  app.add_option("--districts", districts,
                 "the real district polygons (default <geodata>/cache/chengdu_districts.gpkg, made by "
                 "`parkscape prepare-districts`): parks' district comes from them");
  app.add_option("--seed", opt.seed, "PRNG seed (SplitMix64)")->capture_default_str();
  app.add_option("--scale", opt.scale, "multiplies the number of parks (1 = the 60-park plan)")->capture_default_str();
  app.add_flag("--no-tenants", noTenants, "leave the tenants layer empty (huge benches)");
  app.add_flag("-q,--quiet", quiet, "no summary on stderr");
  CLI11_PARSE(app, argc, argv);
  opt.tenants = !noTenants;

  try {
    const auto t0 = std::chrono::steady_clock::now();
    const ps::sample::Anchors anchors = ps::sample::readAnchors(geodata);
    const ps::sample::Municipality town =
        ps::sample::readMunicipality(districts.empty() ? geodata + "/cache/chengdu_districts.gpkg" : districts);
    opt.municipality = &town;
    const ps::sample::SampleData data = ps::sample::generateSample(anchors, opt);

    ps::sample::GpkgMetadata meta;
    const std::string note = "SAMPLE DATA: parks, parcels, buildings, tenants and ecosystem sites marked sample are "
                             "synthetic, not real. Zones are approximate outlines; clusters and campuses are real "
                             "places at approximate positions.";
    meta.dataset = {{"DATA_STATUS", note},
                    {"GENERATOR", std::string("parkscape gen_sample_data ") + ps::sample::kGeneratorVersion},
                    {"SEED", std::to_string(opt.seed)},
                    {"SCALE", std::to_string(opt.scale)}};
    for (const ps::FeatureTable* t : data.layers()) {
      meta.layer[t->layer] = {{"GENERATOR", meta.dataset["GENERATOR"]}, {"SEED", std::to_string(opt.seed)}};
      meta.description[t->layer] = note;
    }
    ps::sample::writeGeoPackage(out, data.layers(), meta);

    if (!quiet) {
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr,
                   "gen_sample_data: %s: %zu parks, %zu parcels, %zu buildings, %zu tenants, %zu ecosystem sites "
                   "(seed %llu, scale %g, %.2f s)%s\n",
                   out.c_str(), data.parks.size(), data.parcels.size(), data.buildings.size(), data.tenants.size(),
                   data.ecosystem.size(), static_cast<unsigned long long>(opt.seed), opt.scale, s,
                   data.parksSkipped ? (" - " + std::to_string(data.parksSkipped) + " parks found no free place").c_str() : "");
    }
    return 0;
  } catch (const ps::Error& e) {
    std::fprintf(stderr, "gen_sample_data: error: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_sample_data: error: %s\n", e.what());
    return 1;
  }
}
