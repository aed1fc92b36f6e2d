#pragma once
// The exports' labels for one frame: candidates placed (map/label_placement.h)
// with text measured by the renderer's glyph atlas, then handed to the
// renderer, which hides those whose anchor is behind the scene.
#include <span>

#include "camera/orbit_camera.h"
#include "map/label_candidates.h"
#include "render/renderer.h"

namespace ps::map {

// Call before drawing with the same camera and size. Returns how many were placed.
// `obstacles`: the furniture's rectangles (exportFurnitureRects), kept clear of labels.
size_t placeExportLabels(render::Renderer& r, std::span<const LabelCandidate> candidates, const OrbitCamera& camera,
                         int width, int height, std::span<const glm::vec4> obstacles = {});

// The candidates an export shows: those of layers labelled at this camera
// distance (layerLabelled with each layer's `visible`).
std::vector<LabelCandidate> exportLabelCandidates(const data::SceneData& data, Lang lang, double cameraDistance);

}  // namespace ps::map
