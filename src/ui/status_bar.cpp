// Status bar (cursor position in WGS84 and the scene CRS, attribution with
// the sample-data marker), toasts, the error banner and the loading modal.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/ui_context.h"

namespace ps::ui {

namespace {

// The attribution in the space left: cut with "…" when it does not fit, the
// sample-data marker kept in view, the whole text in a tooltip on hover.
void attributionText(UiContext& ui, const std::string& attr, bool sample) {
  const float avail = ImGui::GetContentRegionAvail().x;
  if (ImGui::CalcTextSize(attr.c_str()).x <= avail) {
    ImGui::TextUnformatted(attr.c_str());
    return;
  }
  const std::string marker = sample ? std::string(" ") + ui.tr("status.sample_marker") : std::string();
  const std::string body = attr.substr(0, attr.size() - marker.size());
  const float room = avail - ImGui::CalcTextSize((std::string("…") + marker).c_str()).x;
  // The longest prefix that fits, cut at a UTF-8 character boundary.
  size_t n = body.size();
  while (n > 0 && ImGui::CalcTextSize(body.c_str(), body.c_str() + n).x > room) {
    --n;
    while (n > 0 && (static_cast<unsigned char>(body[n]) & 0xC0) == 0x80) --n;
  }
  const std::string shown = body.substr(0, n) + "…" + marker;
  ImGui::TextUnformatted(shown.c_str());
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(static_cast<float>(ui.viewport.x) * 0.5f);
    ImGui::TextUnformatted(attr.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void drawStatusBar(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  const float h = ImGui::GetFrameHeight() + 8 * sc;
  ImGui::SetNextWindowPos(ImVec2(0, static_cast<float>(ui.viewport.y) - h), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.viewport.x), h), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.9f);
  const ImGuiWindowFlags f = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##status", nullptr, f)) {
    if (ui.cursor.valid) {
      ImGui::Text("%.5f°E %.5f°N  |  %s %.1f, %.1f", ui.cursor.lonLat.x, ui.cursor.lonLat.y,
                  s.hasData() ? s.data->scene.crs.c_str() : "", ui.cursor.scene.x, ui.cursor.scene.y);
    } else {
      ImGui::TextDisabled("%s", ui.tr("status.no_cursor"));
    }
    if (s.hasData()) {
      std::string attr = ui.tr("status.data");
      bool sample = false;
      for (const std::string& a : s.data->scene.attribution) attr += " " + a + ";";
      for (const LayerSpec& l : s.data->scene.layers) {
        if (!l.visible) continue;
        if (!l.attribution.empty() && attr.find(l.attribution) == std::string::npos) attr += " " + l.attribution + ";";
        sample = sample || l.sample;
      }
      if (sample) attr += std::string(" ") + ui.tr("status.sample_marker");
      ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20 * sc, static_cast<float>(ui.viewport.x) * 0.42f));
      attributionText(ui, attr, sample);
    }
  }
  ImGui::End();

  // Toasts, top centre; errors stay until dismissed in the banner.
  float y = 40 * sc;
  for (const viewer::Toast& t : s.toasts) {
    if (t.until < s.now) continue;
    ImVec2 ts = ImGui::CalcTextSize(t.text.c_str());
    ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f - ts.x * 0.5f - 12 * sc, y), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.92f);
    std::string id = "##toast" + std::to_string(static_cast<long long>(t.until * 1000));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, t.error ? ImVec4(0.98f, 0.86f, 0.86f, 1) : ImVec4(0.92f, 0.96f, 1, 1));
    if (ImGui::Begin(id.c_str(), nullptr, f | ImGuiWindowFlags_AlwaysAutoResize)) ImGui::TextUnformatted(t.text.c_str());
    ImGui::End();
    ImGui::PopStyleColor();
    y += ts.y + 24 * sc;
  }
  if (!s.lastError.empty()) {
    ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) - h - 12 * sc),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.98f, 0.86f, 0.86f, 0.97f));
    if (ImGui::Begin("##error", nullptr, f | ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextColored(ImVec4(0.6f, 0, 0, 1), "%s", ui.tr("status.error"));
      ImGui::SameLine();
      ImGui::PushTextWrapPos(static_cast<float>(ui.viewport.x) * 0.6f);
      ImGui::TextUnformatted(s.lastError.c_str());
      ImGui::PopTextWrapPos();
      ImGui::SameLine();
      if (ImGui::Button(ui.tr("status.dismiss"))) s.lastError.clear();
    }
    ImGui::End();
    ImGui::PopStyleColor();
  }

  if (ui.load.active) {
    ImGui::OpenPopup("##loading");
    ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(420 * sc, 0));
  }
  if (ImGui::BeginPopupModal("##loading", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!ui.load.active) {
      ImGui::CloseCurrentPopup();
    } else {
      ImGui::TextUnformatted(ui.tr("load.title"));
      ImGui::ProgressBar(ui.load.progress, ImVec2(-1, 0));
      ImGui::TextWrapped("%s", ui.load.message.c_str());
      if (ImGui::Button(ui.tr("load.cancel"), ImVec2(-1, 0))) ui.req.cancelLoad = true;
    }
    ImGui::EndPopup();
  }
}

}  // namespace ps::ui
