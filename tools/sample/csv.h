#pragma once
// A small RFC 4180 CSV reader for the anchor files in geodata/ (UTF-8, header
// row, quoted fields with commas, "" escapes). Throws ps::Error naming the file
// on a missing file or a row whose field count differs from the header's.
#include <string>
#include <string_view>
#include <vector>

namespace ps::sample {

struct CsvTable {
  std::string path;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Column index of `name`; throws ps::Error naming the file if absent.
  size_t col(std::string_view name) const;
};

CsvTable readCsv(const std::string& path);
CsvTable parseCsv(std::string_view text, const std::string& path);

}  // namespace ps::sample
