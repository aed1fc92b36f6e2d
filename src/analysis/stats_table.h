#pragma once
// The one tabular result that the stats CLI and the overlay panels both
// format from, so that they agree to the last digit: every number reaches the
// screen or the file through formatCell.
//
// Number formats (fixed notation, '.' decimal point whatever the locale,
// never "-0"):
//   Count   integer                          "12"
//   Area    m², 1 decimal                    "15234.5"
//   Length  metres, 1 decimal                "3000.0"
//   Rate    0..1 (occupancy, shares), 4 dp   "0.8125"
// NaN (no data, e.g. occupancy of zero GFA) is "" in CSV and text, null in JSON.
// Readable (the viewer's statistics panel, `parkscape stats --readable`): the
// same values as a planner reads them: counts, areas (m²) and lengths (m)
// whole with thousands separators "15,235", rates as "81.3 %".
// CSV: RFC 4180 (comma, CRLF line ends, fields with , " CR LF quoted, quotes
// doubled), UTF-8 without BOM, one header row. JSON (nlohmann-json):
//   {"meta": {...strings...}, "rows": [{column: value, ...}, ...]}
// with keys in column order; numbers are the formatted text read back, so a
// JSON value printed with the same format gives the CSV cell exactly.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

namespace ps::analysis {

enum class CellKind { Text, Count, Area, Length, Rate };

struct StatsColumn {
  std::string name;
  CellKind kind = CellKind::Text;
  std::vector<std::string> text;   // Text columns
  std::vector<double> number;      // the others
};

struct StatsTable {
  std::vector<std::pair<std::string, std::string>> meta;  // e.g. {"by","district"}, {"quarter","2025Q3"}
  std::vector<StatsColumn> columns;

  size_t rowCount() const;
  int findColumn(const std::string& name) const;  // -1 if absent
  // The reference is valid until the next add().
  StatsColumn& add(std::string name, CellKind kind);
};

enum class NumberStyle { Exact, Readable };

std::string formatNumber(double value, CellKind kind, NumberStyle style = NumberStyle::Exact);
std::string formatCell(const StatsTable& table, size_t column, size_t row, NumberStyle style = NumberStyle::Exact);

void writeCsv(const StatsTable& table, std::ostream& out, NumberStyle style = NumberStyle::Exact);
void writeJson(const StatsTable& table, std::ostream& out);
// Aligned columns for a terminal (numbers right-aligned, width in terminal cells, CJK = 2).
void writeText(const StatsTable& table, std::ostream& out, NumberStyle style = NumberStyle::Exact);

}  // namespace ps::analysis
