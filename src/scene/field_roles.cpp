#include "scene/field_roles.h"

namespace ps {

namespace {

// The id column is data the inspector shows under its own name, not a role label.
// The names are those of Chengdu bureau files (and the English a consultant would use).
constexpr double kBig = 1e7;  // m², larger than any one carrier
constexpr FieldRoleDef kRoles[] = {
    {"name", &FieldRoles::name, "field.name", "名称|项目名称|建筑名称|楼宇名称|载体名称|地块名称|中文名称|名字",
     "name|namezh|title|label|bldgname|buildingname", RoleValues::Text, 0, 0},
    {"name_en", &FieldRoles::nameEn, "field.name_en", "英文名称|英文名", "nameen|englishname|ename|enname",
     RoleValues::Text, 0, 0},
    {"id", &FieldRoles::id, nullptr, "编号|编码|代码|标识码|地块编号|建筑编号", "id|code|buildingid|bldgid|parcelid|uid",
     RoleValues::Any, 0, 0},
    {"sector", &FieldRoles::sector, "field.sector", "产业|产业类别|产业方向|产业类型|主导产业|所属产业|产业领域|赛道",
     "sector|industry|industrytype|sectorid", RoleValues::Text, 0, 0},
    {"sub_sector", &FieldRoles::subSector, "field.sub_sector", "细分产业|细分领域|细分赛道|子产业|产业细分",
     "subsector|subindustry|subsectorid", RoleValues::Text, 0, 0},
    {"height", &FieldRoles::height, "field.height", "高度|建筑高度|楼高", "height|heightm|bldgheight|buildingheight",
     RoleValues::Number, 1, 700},
    {"floors", &FieldRoles::floors, "field.floors", "层数|楼层数|地上层数|建筑层数", "floors|storeys|stories|levels|floorcount|numfloors",
     RoleValues::Number, 1, 200},
    {"gfa", &FieldRoles::gfa, "field.gfa", "建筑面积|总建筑面积|计容建筑面积|载体面积",
     "gfa|gfam2|floorarea|grossfloorarea|buildingarea|totalfloorarea", RoleValues::Number, 10, kBig},
    {"vacant", &FieldRoles::vacant, "field.vacant", "空置面积|可租面积|闲置面积|剩余面积|可招商面积",
     "vacant|vacantm2|vacantarea|vacancyarea|availablearea", RoleValues::Number, 0, kBig},
    {"occupancy", &FieldRoles::occupancy, "field.occupancy", "入驻率|出租率|使用率|入住率",
     "occupancy|occupancyrate|occrate|occupied", RoleValues::Ratio, 0, 1},
    {"tenants", &FieldRoles::tenants, "field.tenants", "入驻企业|入驻企业数|企业数|企业数量", "tenants|tenantcount|companies|firms",
     RoleValues::Any, 0, 0},
    {"park", &FieldRoles::park, "field.park", "园区名称|所属园区|园区|产业园区|园区编号", "park|parkname|parkid",
     RoleValues::Any, 0, 0},
    {"district", &FieldRoles::district, "field.district", "行政区|区县|所属区县|所在区县|行政区划|区县名称|所在区",
     "district|county|districtname|admin", RoleValues::Text, 0, 0},
    {"status", &FieldRoles::status, "field.status", "状态|园区状态|建设状态|发展状态", "status|parkstatus|stage",
     RoleValues::Text, 0, 0},
    {"carrier_role", &FieldRoles::carrierRole, "field.carrier_role", "承载区类型|载体角色|承载角色",
     "carrierrole|carrier|role", RoleValues::Text, 0, 0},
};

}  // namespace

std::span<const FieldRoleDef> fieldRoleTable() { return kRoles; }

const FieldRoleDef* findRole(std::string_view key) {
  for (const FieldRoleDef& d : kRoles)
    if (key == d.key) return &d;
  return nullptr;
}

const std::string& roleField(const FieldRoles& roles, const std::string& key) {
  static const std::string none;
  for (const FieldRoleDef& d : kRoles)
    if (key == d.key) return roles.*d.member;
  return none;
}

}  // namespace ps
