// Hostile TOML stops before toml++ (whose recursion overflows the stack on
// deep nesting): a clear ps::Error naming the file and the line.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "analysis/siting/demand.h"
#include "../error_of.h"
#include "core/error.h"
#include "core/toml_limits.h"
#include "scene/scene.h"

using namespace ps;

namespace {

std::string dottedKey(int parts) {
  std::string k = "a";
  for (int i = 1; i < parts; ++i) k += ".a";
  return k;
}

using test::errorOf;

}  // namespace

TEST(TomlLimits, DottedKeyOfFortyThousandPartsIsRefused) {
  const std::string text = "title = \"x\"\n" + dottedKey(40000) + " = 1\n";
  const std::string e = errorOf([&] { parseScene(text, "hostile.toml"); });
  EXPECT_NE(e.find("hostile.toml"), std::string::npos) << e;
  EXPECT_NE(e.find("dotted parts at line 2"), std::string::npos) << e;
  EXPECT_NE(errorOf([&] { siting::parseDemand(text, "demand.toml"); }).find("demand.toml"), std::string::npos);
}

TEST(TomlLimits, TableHeaderSixtyThousandDeepIsRefused) {
  const std::string text = "[" + dottedKey(60000) + "]\nx = 1\n";
  EXPECT_NE(errorOf([&] { checkTomlLimits(text, "deep.toml"); }).find("dotted parts at line 1"), std::string::npos);
}

TEST(TomlLimits, NestedArraysAndInlineTablesAreBounded) {
  std::string arrays = "x = " + std::string(100, '[') + std::string(100, ']') + "\n";
  EXPECT_NE(errorOf([&] { checkTomlLimits(arrays, "a.toml"); }).find("nesting deeper than 32 at line 1"), std::string::npos);
  std::string tables = "x = ";
  for (int i = 0; i < 100; ++i) tables += "{ a = ";
  tables += "1" + std::string(100, '}') + "\n";
  EXPECT_NE(errorOf([&] { checkTomlLimits(tables, "t.toml"); }).find("nesting deeper"), std::string::npos);
}

TEST(TomlLimits, StringsCommentsAndNumbersDoNotCount) {
  // Dots and brackets inside strings and comments, decimal points in values.
  const std::string text =
      "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g\n"
      "title = \"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n"
      "multi = '''\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a\n'''\n"
      "v = [1.5, 2.25, { x.y = 3.75 }]\n"
      "[layers.style.outline]\n"
      "c = 1979-05-27T07:32:00.999\n";
  EXPECT_NO_THROW(checkTomlLimits(text, "ok.toml"));
}

TEST(TomlLimits, TooLargeIsRefusedBeforeParsing) {
  TomlLimits small;
  small.maxBytes = 16;
  const std::string e = errorOf([&] { checkTomlLimits("title = \"a longer title\"\n", "big.toml", small); });
  EXPECT_NE(e.find("big.toml"), std::string::npos);
  EXPECT_NE(e.find("at most 16"), std::string::npos);
}

TEST(TomlLimits, EscapeAtTheVeryEndStaysInsideTheText) {
  // Found by fuzz_demand: a backslash as the last byte of an unterminated string
  // stepped the scanner past the end. The bytes sit in a heap block of exactly
  // their size, so an ASan build sees any read past the end.
  for (const std::string_view text : {std::string_view("name = \"abc\\"), std::string_view("name = \"\"\"abc\\")}) {
    const auto block = std::make_unique<char[]>(text.size());
    std::copy(text.begin(), text.end(), block.get());
    EXPECT_NO_THROW(checkTomlLimits(std::string_view(block.get(), text.size()), "end.toml"));
  }
}
