#pragma once
// Which field of a planner's own file plays which role (scene/field_roles.h):
// guessed from the field's name (Chinese 建筑面积, its pinyin initials JZMJ, or
// English gfa / floor_area) and checked against its values (type and range),
// each guess with the reason a user reads in the import dialog and in
// `parkscape info --suggest`, e.g. "JZMJ: pinyin initials of 建筑面积,
// values 200–180,000". Pure: a FeatureTable in, guesses out.
#include <string>
#include <vector>

#include "core/feature_table.h"
#include "scene/scene.h"
#include "scene/sector_values.h"

namespace ps {

struct FieldGuess {
  std::string role;                     // role key ("gfa")
  std::string field;                    // the column guessed; "" = none
  std::string reason;                   // why, or why nothing was found
  int score = 0;                        // 0..100
  std::vector<std::string> candidates;  // columns that could play the role, best first (field included)
};

struct FieldGuesses {
  std::vector<FieldGuess> roles;        // one per role, in fieldRoleTable() order
  std::vector<std::string> notes;       // fields recognised but not roles ("ZDMJ: ... 占地面积 (land area), not a role")
  SectorValueMapping sectorValues;      // of the sector field, when one was guessed
  FieldRoles fieldRoles() const;
  const FieldGuess* find(const std::string& role) const;
};

FieldGuesses guessFieldRoles(const FeatureTable& t);

// "values 200–180,000" for numbers, "text, 12 distinct values" for text.
std::string describeValues(const Column& c);

// The reason line when the user picks `field` for `role` by hand (the dialog):
// the same checks as a guess, without the name match.
std::string checkFieldForRole(const FeatureTable& t, const std::string& role, const std::string& field);

// A layer proposed from the roles: extrusion for polygons with a height,
// floors or GFA field (height from GFA ÷ footprint when only GFA is known),
// fill for other polygons, points, lines; coloured by sector when a sector
// field was found; the sector mapping in sector_values.
LayerSpec proposeLayer(const FeatureTable& t, const FieldGuesses& g, const std::string& id);

}  // namespace ps
