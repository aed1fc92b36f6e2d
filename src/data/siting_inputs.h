#pragma once
// Picks the siting layers out of a loaded scene by role (demand [layers], with
// the Chengdu scene's ids as defaults). Absent layers stay null; the engine
// says which one a demand needed. Header-only use of data::SceneData: no loading here.
#include "analysis/siting/demand.h"
#include "analysis/siting/siting_index.h"
#include "data/scene_loader.h"

namespace ps::siting {

SitingInputs sitingInputs(const data::SceneData& data, const LayerRoles& roles);

}  // namespace ps::siting
