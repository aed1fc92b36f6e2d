#include "core/feature_table.h"

#include <cmath>
#include <charconv>
#include <cstdio>
#include <strings.h>

namespace ps {

double Column::asReal(size_t row) const {
  if (row >= null.size() || null[row]) return std::nan("");
  switch (type) {
    case FieldType::Integer: return static_cast<double>(ints[row]);
    case FieldType::Real: return reals[row];
    case FieldType::String: {
      const std::string& s = strings[row];
      double v = 0;
      auto res = std::from_chars(s.data(), s.data() + s.size(), v);
      return res.ec == std::errc() ? v : std::nan("");
    }
  }
  return std::nan("");
}

std::string Column::asString(size_t row) const {
  if (row >= null.size() || null[row]) return {};
  switch (type) {
    case FieldType::Integer: return std::to_string(ints[row]);
    case FieldType::Real: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.15g", reals[row]);
      return buf;
    }
    case FieldType::String: return strings[row];
  }
  return {};
}

int FeatureTable::findColumn(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return static_cast<int>(i);
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name.size() == name.size() &&
        strncasecmp(columns[i].name.c_str(), name.data(), name.size()) == 0)
      return static_cast<int>(i);
  return -1;
}

}  // namespace ps
