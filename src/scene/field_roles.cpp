#include "scene/field_roles.h"

namespace ps {

namespace {

// The id column is data the inspector shows under its own name, not a role label.
constexpr FieldRoleDef kRoles[] = {
    {"name", &FieldRoles::name, "field.name"},
    {"name_en", &FieldRoles::nameEn, "field.name_en"},
    {"id", &FieldRoles::id, nullptr},
    {"sector", &FieldRoles::sector, "field.sector"},
    {"sub_sector", &FieldRoles::subSector, "field.sub_sector"},
    {"height", &FieldRoles::height, "field.height"},
    {"floors", &FieldRoles::floors, "field.floors"},
    {"gfa", &FieldRoles::gfa, "field.gfa"},
    {"vacant", &FieldRoles::vacant, "field.vacant"},
    {"occupancy", &FieldRoles::occupancy, "field.occupancy"},
    {"tenants", &FieldRoles::tenants, "field.tenants"},
    {"park", &FieldRoles::park, "field.park"},
    {"district", &FieldRoles::district, "field.district"},
    {"status", &FieldRoles::status, "field.status"},
    {"carrier_role", &FieldRoles::carrierRole, "field.carrier_role"},
};

}  // namespace

std::span<const FieldRoleDef> fieldRoleTable() { return kRoles; }

const std::string& roleField(const FieldRoles& roles, const std::string& key) {
  static const std::string none;
  for (const FieldRoleDef& d : kRoles)
    if (key == d.key) return roles.*d.member;
  return none;
}

}  // namespace ps
