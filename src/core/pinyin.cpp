#include "core/pinyin.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ps {
namespace {

// Characters grouped by the initial of their (place-name) reading. Covers the
// names in geodata/*.csv, the 20 districts, the three management zones and the
// words the sample-data generator puts in park names.
struct Group {
  char initial;
  std::u32string_view chars;
};
constexpr std::array<Group, 23> kGroups{{
    {'a', U"安"},
    {'b', U"白北备邦博滨部宝"},
    {'c', U"成城场创产崇川程车材测超潮储成"},
    {'d', U"东大动代地都度道电堰德端导岛大"},
    {'e', U"二"},
    {'f', U"孵府飞风浮发分"},
    {'g', U"光国高工功港谷广"},
    {'h', U"华化号湖航环核合汇海河宏"},
    {'j', U"金江锦基健家交简津加技经际驾进聚集"},
    {'k', U"科康空控"},
    {'l', U"龙流料理量轨聊绿蓝联力"},
    {'m', U"牛美民模米"},
    {'n', U"南农能宁"},
    {'p', U"郫彭蒲平浦"},
    {'q', U"区青邛驱桥"},
    {'r', U"人瑞融蓉"},
    {'s', U"双三生石师数沙山水速"},
    {'t', U"天台通态堂铁"},
    {'w', U"武温未无网文湾"},
    {'x', U"新县西信心性息现研兴学星先巷行"},
    {'y', U"园阳业医邑源用验油药院研云谊羊驿耀"},
    {'z', U"中州子综置族装驻种智制桩站"},
    {'s', U"驶"},
}};

// A few characters whose initial is not where the grouping above would put
// them; checked first.
constexpr std::array<std::pair<char32_t, char>, 17> kOverrides{{
    {U'来', 'l'}, {U'市', 's'}, {U'重', 'c'},
    {U'研', 'y'}, {U'羊', 'y'}, {U'堰', 'y'}, {U'轨', 'g'}, {U'材', 'c'},
    {U'侯', 'h'}, {U'泉', 'q'}, {U'崃', 'l'}, {U'尺', 'c'}, {U'矢', 's'},
    {U'磁', 'c'}, {U'耦', 'o'}, {U'跨', 'k'}, {U'隆', 'l'},
}};

constexpr std::array<std::pair<char32_t, char>, 40> kMore{{
    {U'专', 'z'}, {U'四', 's'}, {U'多', 'd'}, {U'师', 's'}, {U'平', 'p'}, {U'范', 'f'},
    {U'财', 'c'}, {U'试', 's'}, {U'算', 's'}, {U'究', 'j'}, {U'空', 'k'}, {U'物', 'w'},
    {U'矿', 'k'}, {U'科', 'k'}, {U'洞', 'd'}, {U'变', 'b'}, {U'台', 't'}, {U'信', 'x'},
    {U'健', 'j'}, {U'光', 'g'}, {U'兴', 'x'}, {U'农', 'n'}, {U'加', 'j'}, {U'动', 'd'},
    {U'化', 'h'}, {U'医', 'y'}, {U'华', 'h'}, {U'南', 'n'}, {U'合', 'h'}, {U'国', 'g'},
    {U'场', 'c'}, {U'态', 't'}, {U'渝', 'y'}, {U'温', 'w'}, {U'湖', 'h'}, {U'理', 'l'},
    {U'航', 'h'}, {U'行', 'x'}, {U'跨', 'k'}, {U'聚', 'j'},
}};

// The words of attribute field names (建筑面积 JZMJ, 层数 CS, 用地性质 YDXZ,
// 园区名称 YQMC, 入驻率 RZL ...), so a field named by its pinyin initials is
// recognised (scene/field_guess). Checked last: it never changes a reading above.
constexpr std::array<Group, 15> kFieldWords{{
    {'b', U"编标别"},
    {'c', U"层称"},
    {'f', U"方"},
    {'h', U"划"},
    {'j', U"建积计"},
    {'k', U"块可"},
    {'l', U"率楼类领"},
    {'m', U"面码目名密"},
    {'q', U"企"},
    {'r', U"入容"},
    {'s', U"识赛所属使剩商上"},
    {'t', U"体"},
    {'x', U"项向型细闲"},
    {'y', U"宇英域余"},
    {'z', U"筑占质载主租住招总政字在"},
}};

char initialOf(char32_t c) {
  for (auto [ch, ini] : kOverrides)
    if (ch == c) return ini;
  for (auto [ch, ini] : kMore)
    if (ch == c) return ini;
  for (const Group& g : kGroups)
    if (g.chars.find(c) != std::u32string_view::npos) return g.initial;
  for (const Group& g : kFieldWords)
    if (g.chars.find(c) != std::u32string_view::npos) return g.initial;
  return '?';
}

}  // namespace

char32_t nextCodePoint(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + static_cast<size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char bk = byte(i + static_cast<size_t>(k));
    if ((bk & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (bk & 0x3F);
  }
  i += static_cast<size_t>(len);
  return c;
}

std::string pinyinInitials(std::string_view utf8) {
  std::string out;
  size_t i = 0;
  while (i < utf8.size()) {
    char32_t c = nextCodePoint(utf8, i);
    if (c < 0x80) {
      if (std::isalnum(static_cast<int>(c))) out += static_cast<char>(std::tolower(static_cast<int>(c)));
    } else if (c >= 0x3400 && c <= 0x9FFF) {
      out += initialOf(c);
    }
  }
  return out;
}

}  // namespace ps
