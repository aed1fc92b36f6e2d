#include "map/story_card.h"

#include <algorithm>
#include <cmath>

#include "render/canvas.h"

namespace ps::map {
namespace {

constexpr glm::u8vec4 kInk{34, 40, 49, 255};
constexpr glm::u8vec4 kMuted{70, 80, 90, 255};
constexpr glm::u8vec4 kPanel{255, 255, 255, 235};
constexpr glm::u8vec4 kAccent{0, 114, 178, 255};
constexpr glm::u8vec4 kSample{190, 60, 40, 255};
constexpr glm::u8vec4 kDotOff{150, 158, 166, 255};

size_t codePointLength(unsigned char c) { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

}  // namespace

std::vector<std::string> wrapWords(const std::string& text, float maxWidth,
                                   const std::function<float(const std::string&)>& width) {
  // Tokens: a run of ASCII non-space characters with its trailing space, or one
  // non-ASCII code point (CJK may break anywhere).
  std::vector<std::string> tokens;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = codePointLength(c);
    if (c < 0x80) {
      n = 0;
      while (i + n < text.size() && static_cast<unsigned char>(text[i + n]) < 0x80 && text[i + n] != ' ') ++n;
      while (i + n < text.size() && text[i + n] == ' ') ++n;
    }
    tokens.push_back(text.substr(i, std::max<size_t>(n, 1)));
    i += std::max<size_t>(n, 1);
  }
  std::vector<std::string> lines;
  std::string line;
  for (const std::string& t : tokens) {
    std::string trimmed = line + t;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    if (line.empty() || width(trimmed) <= maxWidth) {
      line += t;
      continue;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(line);
    line = t;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

void drawStoryCard(render::Image& img, const StoryCard& card, float scale) {
  render::Canvas cv(img);
  const auto px = [&](float v) { return static_cast<int>(std::lround(v * scale)); };
  const int titleSize = px(30), lineSize = px(18), noteSize = px(14);
  const int margin = px(28), pad = px(18);
  const float maxText = std::min(img.width * 0.5f, static_cast<float>(px(760))) - 2.0f * pad;

  std::vector<std::pair<std::string, int>> rows;  // text, size
  for (const std::string& l : wrapWords(card.title, maxText, [&](const std::string& s) { return cv.textWidth(s, titleSize); }))
    rows.emplace_back(l, titleSize);
  for (const std::string& text : card.lines)
    for (const std::string& l : wrapWords(text, maxText, [&](const std::string& s) { return cv.textWidth(s, lineSize); }))
      rows.emplace_back(l, lineSize);
  const size_t noteRow = rows.size();
  if (!card.sampleNote.empty())
    for (const std::string& l : wrapWords(card.sampleNote, maxText, [&](const std::string& s) { return cv.textWidth(s, noteSize); }))
      rows.emplace_back(l, noteSize);

  float textW = 0, textH = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    textW = std::max(textW, cv.textWidth(rows[i].first, rows[i].second));
    textH += cv.lineHeight(rows[i].second) + (i == 0 || i == noteRow ? px(6) : 0);
  }
  const int boxW = static_cast<int>(textW) + 2 * pad + px(6), boxH = static_cast<int>(textH) + 2 * pad;
  const int dotsBand = card.stepCount > 1 ? px(34) : 0;
  const int x0 = margin, y0 = img.height - margin - dotsBand - boxH;
  cv.fillRect(x0, y0, boxW, boxH, kPanel);
  cv.fillRect(x0, y0, px(6), boxH, kAccent);
  float y = static_cast<float>(y0 + pad);
  for (size_t i = 0; i < rows.size(); ++i) {
    const glm::u8vec4 color = i >= noteRow ? kSample : i == 0 ? kInk : kMuted;
    if (i == noteRow) y += px(6);
    cv.text(static_cast<float>(x0 + pad + px(6)), y, rows[i].first, rows[i].second, color);
    y += cv.lineHeight(rows[i].second) + (i == 0 ? px(6) : 0);
  }

  // Step dots, centred under the map, above the attribution line.
  if (card.stepCount > 1) {
    const float r = 5.0f * scale, gap = 18.0f * scale;
    const float total = gap * static_cast<float>(card.stepCount - 1);
    const float cx0 = img.width * 0.5f - total * 0.5f, cy = static_cast<float>(img.height - margin - dotsBand / 2);
    cv.fillRect(static_cast<int>(cx0 - 2 * r), static_cast<int>(cy - 2 * r), static_cast<int>(total + 4 * r),
                static_cast<int>(4 * r), {255, 255, 255, 170});
    for (int i = 0; i < card.stepCount; ++i) {
      const float cx = cx0 + gap * static_cast<float>(i);
      if (i == card.step) cv.fillCircle(cx, cy, r * 1.4f, kAccent);
      else cv.fillCircle(cx, cy, r, kDotOff);
    }
  }
}

void drawPinnedTexts(render::Image& img, std::span<const PinnedText> texts, float scale) {
  render::Canvas cv(img);
  const int size = static_cast<int>(std::lround(16 * scale));
  for (const PinnedText& t : texts) {
    if (t.anchor.x < 0 || t.anchor.y < 0 || t.anchor.x >= img.width || t.anchor.y >= img.height) continue;
    const float w = cv.textWidth(t.text, size), h = cv.lineHeight(size);
    if (!t.callout) {
      cv.fillCircle(t.anchor.x, t.anchor.y, 3.5f * scale, kInk);
      cv.text(t.anchor.x - w * 0.5f, t.anchor.y - h - 6 * scale, t.text, size, kInk, std::max(1, static_cast<int>(2 * scale)));
      continue;
    }
    // Box up and to the right (left near the right edge), leader line to the feature.
    const float pad = 8 * scale, dx = 70 * scale, dy = 80 * scale;
    const bool left = t.anchor.x + dx + w + 2 * pad > img.width;
    const float bx = left ? t.anchor.x - dx - w - 2 * pad : t.anchor.x + dx;
    const float by = std::max(4.0f, t.anchor.y - dy - h - 2 * pad);
    const glm::vec2 end(left ? bx + w + 2 * pad : bx, by + h + 2 * pad);
    // The leader: a thin quad from the feature to the box corner.
    const glm::vec2 d = end - t.anchor;
    const float len = std::max(1e-3f, std::sqrt(d.x * d.x + d.y * d.y));
    const glm::vec2 n = glm::vec2(-d.y, d.x) / len * (1.2f * scale);
    const glm::vec2 quad[4] = {t.anchor + n, end + n, end - n, t.anchor - n};
    cv.fillPolygon(quad, kInk);
    cv.fillCircle(t.anchor.x, t.anchor.y, 5.0f * scale, kAccent);
    cv.fillRect(static_cast<int>(bx), static_cast<int>(by), static_cast<int>(w + 2 * pad), static_cast<int>(h + 2 * pad), kPanel);
    cv.strokeRect(static_cast<int>(bx), static_cast<int>(by), static_cast<int>(w + 2 * pad), static_cast<int>(h + 2 * pad), kAccent,
                  std::max(1, static_cast<int>(scale * 1.5f)));
    cv.text(bx + pad, by + pad, t.text, size, kInk);
  }
}

}  // namespace ps::map
