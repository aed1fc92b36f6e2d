#pragma once
// Reads a layer's features on a helper thread, in batches, so that GDAL's
// decoding (SQLite, WKB parsing, field parsing) of batch k+1 overlaps our
// conversion of batch k. Internal to io/.
//
// Contract:
//  - features come out of next() in the layer's own order, each exactly once;
//    nullptr after the last (or after a read error: next() then rethrows any
//    exception the reader thread caught);
//  - from construction until destruction the caller must not touch the layer
//    or its dataset: the helper thread owns them;
//  - CPLError messages raised on the helper thread are captured there and
//    handed over by messages() once next() has returned nullptr;
//  - destruction (also early, e.g. on cancel) stops the reader within one
//    batch, frees every feature not handed out and joins the thread.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include <ogrsf_frmts.h>

#include "io/gdal_env.h"

namespace ps::io {

class FeatureReadAhead {
 public:
  // `layer` must be positioned (ResetReading) already. At most `maxBatches`
  // batches of `batchSize` features wait in memory.
  explicit FeatureReadAhead(OGRLayer* layer, size_t batchSize = 512, size_t maxBatches = 8);
  ~FeatureReadAhead();
  FeatureReadAhead(const FeatureReadAhead&) = delete;
  FeatureReadAhead& operator=(const FeatureReadAhead&) = delete;

  OGRFeatureUniquePtr next();
  const std::vector<GdalErrorCapture::Message>& messages() const { return messages_; }

 private:
  void run();
  bool push(std::vector<OGRFeature*>& batch);

  OGRLayer* layer_;
  const size_t batchSize_, maxBatches_;
  std::mutex mutex_;
  std::condition_variable hasData_, hasRoom_;
  std::deque<std::vector<OGRFeature*>> queue_;  // guarded by mutex_
  bool done_ = false, stop_ = false;            // guarded by mutex_
  std::exception_ptr error_;                    // set by the reader before done_
  std::vector<GdalErrorCapture::Message> messages_;  // set by the reader before done_
  std::vector<OGRFeature*> current_;            // consumer side only
  size_t currentPos_ = 0;
  std::thread thread_;
};

}  // namespace ps::io
