#pragma once
// What each row of the siting panel's result list says, pure (no ImGui):
// rows that can be told apart. Candidate names share long beginnings
// ("示例·高新南区人形机器人孵化加速园 C3栋", "… A1栋"), so the part every listed
// name shares is cut off (shown once above the list), and a name still too
// wide for its column loses its middle, not its end: the end (the building)
// and the start (the park) are what tell rows apart. The full name stays in
// the row's tooltip.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/siting/engine.h"

namespace ps::viewer {

struct SitingRowText {
  std::string rank;     // "3", "3=" for a tie
  std::string score;    // "86.6"
  std::string name;     // the name less the shared beginning (the whole name when none is shared)
  std::string id;       // the candidate's id (short, unique: the second column)
  std::string full;     // the full name, for the tooltip
};

struct SitingRowTexts {
  std::string shared;   // the beginning every listed name has ("" when none): shown once above the rows
  std::vector<SitingRowText> rows;
};

// The longest beginning all `names` share, cut back to the end of a word
// (after a space, '·', '-', '_' or '/') so no word is split; whole code
// points only. "" for fewer than two names, or when cutting it would leave a
// name empty.
std::string sharedNamePrefix(const std::vector<std::string>& names);

SitingRowTexts sitingRowTexts(const siting::SitingResult& result, bool english);

// `text` if it fits `maxWidth` (as `measure` measures it), else its start and
// end joined by "…", as much of both as fits (whole code points, the end kept
// a little longer). Never empty for a non-empty text: at least "…".
using MeasureTextFn = std::function<float(std::string_view)>;
std::string elideMiddle(const std::string& text, float maxWidth, const MeasureTextFn& measure);

}  // namespace ps::viewer
