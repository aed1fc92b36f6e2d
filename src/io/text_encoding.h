#pragma once
// Making attribute text UTF-8. Chinese sources without a declared encoding are
// almost always GBK (CP936) or GB18030, so that is the one guess we make.
#include <string>
#include <string_view>

namespace ps::io {

bool isValidUtf8(std::string_view s);

// True when every byte >= 0x80 belongs to a well-formed GBK/GB18030 sequence.
bool looksLikeGbk(std::string_view s);

enum class Recoded { AlreadyUtf8, FromGbk, Replaced };

// Returns `s` as UTF-8: unchanged when valid, recoded from GB18030 when it
// looks like GBK, else with each invalid byte replaced by U+FFFD. `how` says which.
std::string toUtf8(std::string_view s, Recoded* how = nullptr);

}  // namespace ps::io
