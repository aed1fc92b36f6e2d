#pragma once
// Errors that reach the user. Every message names the file (or source) and the
// problem; the CLI prints what() and exits non-zero, the UI shows it in a banner.
#include <stdexcept>
#include <string>

namespace ps {

class Error : public std::runtime_error {
 public:
  // file: the path or connection string the problem is about ("" if none).
  // key:  the scene key / field / layer concerned ("" if none).
  Error(std::string file, std::string problem, std::string key = {})
      : std::runtime_error(format(file, key, problem)),
        file_(std::move(file)), key_(std::move(key)), problem_(std::move(problem)) {}

  const std::string& file() const { return file_; }
  const std::string& key() const { return key_; }
  const std::string& problem() const { return problem_; }

 private:
  static std::string format(const std::string& file, const std::string& key, const std::string& problem) {
    std::string s;
    if (!file.empty()) s += file + ": ";
    if (!key.empty()) s += "'" + key + "': ";
    return redactPasswords(s + problem);
  }

 public:
  // A message may quote a database connection string ("PG:... password=x"):
  // the value of every password= is replaced by "***" (quoted values too).
  static std::string redactPasswords(std::string s);

 private:
  std::string file_, key_, problem_;
};

}  // namespace ps
