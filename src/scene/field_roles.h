#pragma once
// The one table of field roles: each role's key in scene files and the
// command line ([layers.fields] name = "..."), its FieldRoles member, and the
// i18n key of its label. Parsing, saving, style evaluation, `parkscape info`
// and the viewer's field labels all iterate it, so a new role is one row.
#include <span>
#include <string>

#include "scene/scene.h"

namespace ps {

struct FieldRoleDef {
  const char* key;                    // "gfa", "name_en", ...
  std::string FieldRoles::*member;
  const char* labelKey;               // i18n key of the role's label; null: the column keeps its own label
};

// In FieldRoles' declaration order (the order `parkscape info` lists them).
std::span<const FieldRoleDef> fieldRoleTable();

// The column mapped to role `key` ("" when unmapped or no such role).
const std::string& roleField(const FieldRoles& roles, const std::string& key);

}  // namespace ps
