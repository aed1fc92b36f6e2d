#include "analysis/siting/criteria.h"

namespace ps::siting {
namespace {

struct Names {
  std::string_view id, zh, en;
};
constexpr Names kNames[kCriterionCount] = {
    {"sector", "产业方向", "Sector match"},
    {"space", "可用面积", "Available space"},
    {"ring", "环高校知识经济圈", "University knowledge ring"},
    {"near", "指定校区/园区", "Named campus or cluster"},
    {"zone", "功能区", "Management zone"},
    {"district", "区(市)县", "District"},
    {"agglomeration", "同行集聚", "Same-sector tenants"},
    {"ecosystem", "创新生态", "Ecosystem sites"},
    {"floors", "楼层", "Floors"},
    {"occupancy", "出租率", "Occupancy"},
    {"ready", "即租即用", "Ready now"},
    {"rent", "租金", "Rent"},
    {"land_use", "用地性质", "Land use"},
    {"building_type", "建筑类型与荷载", "Building type & floor load"},
};

}  // namespace

std::string_view criterionId(Criterion c) { return kNames[static_cast<size_t>(c)].id; }
std::string_view criterionZh(Criterion c) { return kNames[static_cast<size_t>(c)].zh; }
std::string_view criterionEn(Criterion c) { return kNames[static_cast<size_t>(c)].en; }

bool findCriterion(std::string_view id, Criterion& out) {
  for (size_t i = 0; i < kCriterionCount; ++i)
    if (kNames[i].id == id) {
      out = static_cast<Criterion>(i);
      return true;
    }
  return false;
}

}  // namespace ps::siting
