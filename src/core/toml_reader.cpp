#include "core/toml_reader.h"

#include <cmath>
#include <sstream>

#include "core/error.h"

namespace ps {

toml::table parseTomlText(std::string_view text, const std::string& path, const TomlLimits& limits) {
  checkTomlLimits(text, path, limits);
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    std::ostringstream ss;
    ss << "TOML syntax error at line " << e.source().begin.line << ", column " << e.source().begin.column << ": "
       << e.description();
    throw Error(path, ss.str());
  }
}

const char* tomlTypeName(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    default: return "a date/time";
  }
}

bool tomlNumber(const toml::node& n, double& v) {
  if (n.is_integer()) v = static_cast<double>(**n.as_integer());
  else if (n.is_floating_point()) v = **n.as_floating_point();
  else return false;
  return true;
}

std::string TomlSection::key(std::string_view k) const {
  return prefix_.empty() ? std::string(k) : prefix_ + "." + std::string(k);
}

void TomlSection::fail(std::string_view k, const std::string& problem) const { throw Error(file_, problem, key(k)); }

const toml::node* TomlSection::node(std::string_view k) {
  used_.insert(std::string(k));
  return t_ ? t_->get(k) : nullptr;
}

std::string TomlSection::str(std::string_view k, const std::string& def, size_t maxBytes) {
  const toml::node* n = node(k);
  if (!n) return def;
  if (!n->is_string()) fail(k, "expected a string");
  std::string s(**n->as_string());
  if (s.size() > maxBytes) fail(k, "is longer than " + std::to_string(maxBytes) + " bytes");
  return s;
}

std::string TomlSection::requiredStr(std::string_view k, size_t maxBytes) {
  if (!has(k)) fail(k, "is required");
  std::string s = str(k, {}, maxBytes);
  if (s.empty()) fail(k, "must not be empty");
  return s;
}

void TomlSection::checkRange(std::string_view k, double v, double lo, double hi) const {
  if (!std::isfinite(v) || v < lo || v > hi) {
    std::ostringstream ss;
    ss << "value " << v << " is out of range [" << lo << ", " << hi << "]";
    fail(k, ss.str());
  }
}

std::optional<double> TomlSection::num(std::string_view k, double lo, double hi) {
  const toml::node* n = node(k);
  if (!n) return std::nullopt;
  double v = 0;
  if (!tomlNumber(*n, v)) fail(k, "expected a number");
  checkRange(k, v, lo, hi);
  return v;
}

double TomlSection::num(std::string_view k, double def, double lo, double hi) {
  return num(k, lo, hi).value_or(def);
}

std::optional<bool> TomlSection::boolean(std::string_view k) {
  const toml::node* n = node(k);
  if (!n) return std::nullopt;
  if (!n->is_boolean()) fail(k, "expected true or false");
  return **n->as_boolean();
}

bool TomlSection::boolean(std::string_view k, bool def) { return boolean(k).value_or(def); }

const toml::table* TomlSection::table(std::string_view k) {
  const toml::node* n = node(k);
  if (!n) return nullptr;
  if (!n->is_table()) fail(k, "expected a table ({ ... } or [section])");
  return n->as_table();
}

const toml::array* TomlSection::array(std::string_view k) {
  const toml::node* n = node(k);
  if (!n) return nullptr;
  if (!n->is_array()) fail(k, "expected an array [ ... ]");
  return n->as_array();
}

std::vector<std::string> TomlSection::strings(std::string_view k, size_t maxCount, size_t maxBytes) {
  std::vector<std::string> out;
  const toml::array* a = array(k);
  if (!a) return out;
  if (a->size() > maxCount) fail(k, "has more than " + std::to_string(maxCount) + " entries");
  for (size_t i = 0; i < a->size(); ++i) {
    const toml::node& n = *a->get(i);
    const std::string ki = std::string(k) + "[" + std::to_string(i) + "]";
    if (!n.is_string()) fail(ki, "expected a string");
    std::string s(**n.as_string());
    if (s.size() > maxBytes) fail(ki, "is longer than " + std::to_string(maxBytes) + " bytes");
    out.push_back(std::move(s));
  }
  return out;
}

void TomlSection::rejectUnknown() const {
  if (!t_) return;
  for (const auto& [k, v] : *t_)
    if (!used_.count(k.str())) fail(k.str(), "unknown key (misspelt or unsupported)");
}

}  // namespace ps
