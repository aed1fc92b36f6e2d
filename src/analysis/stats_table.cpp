#include "analysis/stats_table.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ostream>

#include <nlohmann/json.hpp>

namespace ps::analysis {

size_t StatsTable::rowCount() const {
  if (columns.empty()) return 0;
  const StatsColumn& c = columns.front();
  return c.kind == CellKind::Text ? c.text.size() : c.number.size();
}

int StatsTable::findColumn(const std::string& name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return int(i);
  return -1;
}

StatsColumn& StatsTable::add(std::string name, CellKind kind) {
  columns.push_back(StatsColumn{std::move(name), kind, {}, {}});
  return columns.back();
}

namespace {

// 1234567.4 -> "1,234,567" (whole units; planners read areas in m², not dm²).
std::string grouped(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
  const std::string digits = buf;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 && out != "0" ? "-" : "") + out;
}

std::string readable(double v, CellKind kind) {
  if (kind != CellKind::Rate) return grouped(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f %%", v * 100.0);
  std::string s = buf;
  for (char& ch : s)
    if (ch == ',') ch = '.';
  if (s[0] == '-' && s.find_first_not_of("-0. %") == std::string::npos) s.erase(0, 1);
  return s;
}

}  // namespace

std::string formatNumber(double v, CellKind kind, NumberStyle style) {
  if (!std::isfinite(v)) return {};
  if (style == NumberStyle::Readable && kind != CellKind::Text) return readable(v, kind);
  char buf[64];
  switch (kind) {
    case CellKind::Count: std::snprintf(buf, sizeof buf, "%.0f", v); break;
    case CellKind::Area:
    case CellKind::Length: std::snprintf(buf, sizeof buf, "%.1f", v); break;
    case CellKind::Rate: std::snprintf(buf, sizeof buf, "%.4f", v); break;
    case CellKind::Text: std::snprintf(buf, sizeof buf, "%.15g", v); break;
  }
  std::string s = buf;
  // snprintf honours LC_NUMERIC; the formats promise '.'.
  for (char& ch : s)
    if (ch == ',') ch = '.';
  // "-0.0" after rounding a tiny negative is noise, not a sign.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

std::string formatCell(const StatsTable& t, size_t col, size_t row, NumberStyle style) {
  const StatsColumn& c = t.columns[col];
  if (c.kind == CellKind::Text) return row < c.text.size() ? c.text[row] : std::string();
  return row < c.number.size() ? formatNumber(c.number[row], c.kind, style) : std::string();
}

namespace {

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char ch : s) {
    if (ch == '"') q += '"';
    q += ch;
  }
  return q + "\"";
}

// CJK ideographs take two terminal cells.
size_t displayWidth(const std::string& s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    size_t len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    w += len >= 3 ? 2 : 1;
    i += len;
  }
  return w;
}

}  // namespace

void writeCsv(const StatsTable& t, std::ostream& out, NumberStyle style) {
  for (size_t c = 0; c < t.columns.size(); ++c) out << (c ? "," : "") << csvField(t.columns[c].name);
  out << "\r\n";
  for (size_t r = 0; r < t.rowCount(); ++r) {
    for (size_t c = 0; c < t.columns.size(); ++c) out << (c ? "," : "") << csvField(formatCell(t, c, r, style));
    out << "\r\n";
  }
}

void writeJson(const StatsTable& t, std::ostream& out) {
  nlohmann::ordered_json doc;
  doc["meta"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : t.meta) doc["meta"][k] = v;
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (size_t r = 0; r < t.rowCount(); ++r) {
    nlohmann::ordered_json row = nlohmann::ordered_json::object();
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const StatsColumn& col = t.columns[c];
      std::string cell = formatCell(t, c, r);
      if (col.kind == CellKind::Text) row[col.name] = cell;
      else if (cell.empty()) row[col.name] = nullptr;
      else if (col.kind == CellKind::Count) row[col.name] = std::strtoll(cell.c_str(), nullptr, 10);
      else row[col.name] = std::strtod(cell.c_str(), nullptr);
    }
    rows.push_back(std::move(row));
  }
  doc["rows"] = std::move(rows);
  out << doc.dump(2) << "\n";
}

void writeText(const StatsTable& t, std::ostream& out, NumberStyle style) {
  size_t rows = t.rowCount();
  std::vector<size_t> width(t.columns.size());
  for (size_t c = 0; c < t.columns.size(); ++c) {
    width[c] = displayWidth(t.columns[c].name);
    for (size_t r = 0; r < rows; ++r) width[c] = std::max(width[c], displayWidth(formatCell(t, c, r, style)));
  }
  auto line = [&](auto cellOf) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      std::string s = cellOf(c);
      std::string pad(width[c] - displayWidth(s), ' ');
      bool right = t.columns[c].kind != CellKind::Text;
      out << (c ? "  " : "") << (right ? pad + s : (c + 1 < t.columns.size() ? s + pad : s));
    }
    out << "\n";
  };
  line([&](size_t c) { return t.columns[c].name; });
  for (size_t r = 0; r < rows; ++r) line([&](size_t c) { return formatCell(t, c, r, style); });
}

}  // namespace ps::analysis
