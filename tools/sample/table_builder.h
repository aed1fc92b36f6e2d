#pragma once
// Fills a ps::FeatureTable row by row, values in column order. Misuse (wrong
// type, too few or too many values in a row) is a programming error and
// throws std::logic_error: the sample tables must line up exactly.
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/feature_table.h"

namespace ps::sample {

class TableBuilder {
 public:
  TableBuilder(FeatureTable& t, std::initializer_list<std::pair<const char*, FieldType>> cols) : t_(t) {
    for (const auto& [name, type] : cols) {
      Column c;
      c.name = name;
      c.type = type;
      t_.columns.push_back(std::move(c));
    }
  }
  TableBuilder& s(std::string v) {
    Column& c = next(FieldType::String);
    c.strings.push_back(std::move(v));
    return *this;
  }
  TableBuilder& i(int64_t v) {
    Column& c = next(FieldType::Integer);
    c.ints.push_back(v);
    return *this;
  }
  TableBuilder& r(double v) {
    Column& c = next(FieldType::Real);
    c.reals.push_back(v);
    return *this;
  }
  // Closes the attribute row; the geometry is added by the caller through t.geom.
  void endRow() {
    if (col_ != t_.columns.size()) throw std::logic_error("TableBuilder: row of " + t_.layer + " is short");
    col_ = 0;
    t_.fid.push_back(static_cast<int64_t>(t_.fid.size()) + 1);
  }

 private:
  Column& next(FieldType type) {
    if (col_ >= t_.columns.size()) throw std::logic_error("TableBuilder: row of " + t_.layer + " is too long");
    Column& c = t_.columns[col_++];
    if (c.type != type) throw std::logic_error("TableBuilder: wrong type for " + t_.layer + "." + c.name);
    c.null.push_back(0);
    return c;
  }
  FeatureTable& t_;
  size_t col_ = 0;
};

}  // namespace ps::sample
