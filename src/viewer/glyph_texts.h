#pragma once
// The texts the viewer's font atlas must draw: every UI string in both
// languages, the sector names, the loaded scene's titles and string values,
// the siting session's texts, and the characters the code spells itself. The
// atlas is built from glyphCodepoints(fontTexts(s)) (viewer/gui_layer.cpp);
// tests/unit/viewer/viewer_glyphs_test.cpp checks that every string the UI
// can show, in src/ and in the bundled scene's data, is covered.
#include <cstdint>
#include <string>
#include <vector>

#include "viewer/state.h"

namespace ps::viewer {

// Non-ASCII characters spelt in string literals of src/ (arrows, units,
// progress messages such as the loader's "读取 …"). The glyph test scans the
// sources and names any character missing here.
extern const char* const kCodeGlyphs;

std::vector<std::string> fontTexts(const ViewerState& s);

// The codepoints the atlas holds: printable ASCII and Latin-1, plus every
// codepoint of `texts` in the Basic Multilingual Plane (ImWchar is 16-bit),
// sorted and unique. Invalid UTF-8 is skipped.
// The codepoints of UTF-8 `text`, in order; invalid bytes skipped.
std::vector<uint32_t> utf8Codepoints(const std::string& text);

std::vector<uint32_t> glyphCodepoints(const std::vector<std::string>& texts);

}  // namespace ps::viewer
