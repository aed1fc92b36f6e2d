#pragma once
// The one table of field roles: each role's key in scene files and the
// command line ([layers.fields] name = "..."), its FieldRoles member, and the
// i18n key of its label. Parsing, saving, style evaluation, `parkscape info`
// and the viewer's field labels all iterate it, so a new role is one row.
#include <span>
#include <string>
#include <string_view>

#include "scene/scene.h"

namespace ps {

// What a role's values look like, for guessing which field plays it (scene/field_guess.h).
enum class RoleValues {
  Text,     // names, categories
  Number,   // a measure within [lo, hi]
  Ratio,    // 0..1 (0..100 read as per cent)
  Any,      // ids: text or numbers, ideally unique
};

struct FieldRoleDef {
  const char* key;                    // "gfa", "name_en", ...
  std::string FieldRoles::*member;
  const char* labelKey;               // i18n key of the role's label; null: the column keeps its own label
  // How bureau files name the field: Chinese names ('|'-separated; their pinyin
  // initials, core/pinyin, are matched too: 建筑面积 -> JZMJ) and English names
  // (lower case; '_', '-' and spaces ignored when comparing).
  const char* zhNames;
  const char* enNames;
  RoleValues values;
  double lo, hi;                      // plausible values of a Number role
};

// In FieldRoles' declaration order (the order `parkscape info` lists them).
std::span<const FieldRoleDef> fieldRoleTable();

// The role named `key` ("gfa"), nullptr if none.
const FieldRoleDef* findRole(std::string_view key);

// The column mapped to role `key` ("" when unmapped or no such role).
const std::string& roleField(const FieldRoles& roles, const std::string& key);

}  // namespace ps
