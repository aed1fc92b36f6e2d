#pragma once
// The one-page siting report for a presentation: the map with the shortlist
// highlighted and numbered, the demand, the ranked table with score bars and
// each candidate's reasons, sources and the sample-data note. Headless (EGL).
#include <functional>
#include <string>
#include <vector>

#include "analysis/siting/engine.h"
#include "analysis/siting/siting_index.h"
#include "map/map_builder.h"
#include "render/image.h"

namespace ps::map {

render::Image renderSitingReport(const data::SceneData& data, const siting::SitingIndex& index,
                                 const siting::SitingResult& result, Lang lang, int width = 2480,
                                 int height = 1754);

// Breaks UTF-8 text into lines no wider than maxWidth for `measure`.
std::vector<std::string> wrapText(const std::string& utf8, float maxWidth,
                                  const std::function<float(const std::string&)>& measure);

}  // namespace ps::map
