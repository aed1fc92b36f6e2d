#include "sample/csv.h"

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace ps::sample {

size_t CsvTable::col(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  throw Error(path, "missing column", std::string(name));
}

CsvTable readCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open the CSV file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parseCsv(ss.str(), path);
}

CsvTable parseCsv(std::string_view text, const std::string& path) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> rec;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
        else quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') quoted = true, any = true;
    else if (c == ',') rec.push_back(std::move(field)), field.clear(), any = true;
    else if (c == '\r') continue;
    else if (c == '\n') {
      if (any || !field.empty()) rec.push_back(std::move(field)), records.push_back(std::move(rec));
      rec.clear(), field.clear(), any = false;
    } else field += c, any = true;
  }
  if (quoted) throw Error(path, "unterminated quoted field at end of file");
  if (any || !field.empty()) rec.push_back(std::move(field)), records.push_back(std::move(rec));
  if (records.empty()) throw Error(path, "empty CSV file (no header row)");

  CsvTable t;
  t.path = path;
  t.header = std::move(records.front());
  for (size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() != t.header.size())
      throw Error(path, "row " + std::to_string(r + 1) + " has " + std::to_string(records[r].size()) +
                            " fields, the header has " + std::to_string(t.header.size()));
    t.rows.push_back(std::move(records[r]));
  }
  return t;
}

}  // namespace ps::sample
