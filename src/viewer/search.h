#pragma once
// Search by Chinese name, English name or pinyin initials ("whq" -> 武侯区)
// over the named layers (districts, zones, parks, clusters, universities —
// every non-extrusion layer with a name role). Pure.
//
// Ranking: exact match > prefix > substring; name > English > initials;
// then shorter names, then layer order. Pinyin initials come from a
// `pinyin_initials` column where the data has one, else from core/pinyin.h.
#include <string_view>
#include <vector>

#include "viewer/state.h"

namespace ps::viewer {

std::vector<SearchHit> search(const data::SceneData& data, std::string_view query, size_t maxHits = 50);

// i18n key naming a layer's kind of thing for search results ("kind.district"...).
std::string kindKeyFor(const LayerSpec& spec);

}  // namespace ps::viewer
