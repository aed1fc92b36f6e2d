#pragma once
// GDAL process set-up and per-call error capture. Internal to io/ (and the
// CLI tools that talk to GDAL directly); everything else goes through
// gdal_source.h / gdal_writer.h.
#include <string>
#include <vector>

namespace ps::io {

// Registers GDAL's drivers once (std::call_once) and sets the options that keep
// GDAL from writing beside sources: no .aux.xml (GDAL_PAM_ENABLED=NO), no .gfs
// (GML_SAVE_RESOLVED..., WRITE_GFS via open options). Safe from any thread.
void ensureGdal();

// Captures CPLError messages raised on this thread while alive (GDAL's
// error-handler stack is thread-local), so they can become ps::Error text
// instead of going to stderr. Not copyable; strictly scoped (LIFO).
class GdalErrorCapture {
 public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

  struct Message {
    int cls;           // CPLErr: 2 warning, 3 failure, 4 fatal
    int code;          // CPLErrorNum
    std::string text;
  };
  const std::vector<Message>& messages() const { return messages_; }
  // Failures (and fatal) joined with "; ", "" when none.
  std::string failures() const;
  // Everything captured, joined with "; ".
  std::string all() const;
  void clear() { messages_.clear(); }
  // A message captured on another thread (io/feature_read_ahead.h).
  void add(const Message& m) { messages_.push_back(m); }

 private:
  std::vector<Message> messages_;
};

// True for paths GDAL opens without a local file: "PG:...", "/vsicurl/...", "http://...".
bool isConnectionString(const std::string& path);

}  // namespace ps::io
