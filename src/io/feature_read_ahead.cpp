#include "io/feature_read_ahead.h"

#include <utility>

namespace ps::io {

namespace {
void destroyAll(std::vector<OGRFeature*>& v, size_t from = 0) {
  for (size_t i = from; i < v.size(); ++i) OGRFeature::DestroyFeature(v[i]);
  v.clear();
}
}  // namespace

FeatureReadAhead::FeatureReadAhead(OGRLayer* layer, size_t batchSize, size_t maxBatches)
    : layer_(layer), batchSize_(batchSize ? batchSize : 1), maxBatches_(maxBatches ? maxBatches : 1) {
  thread_ = std::thread([this] { run(); });
}

FeatureReadAhead::~FeatureReadAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  hasRoom_.notify_all();
  thread_.join();
  for (auto& batch : queue_) destroyAll(batch);
  destroyAll(current_, currentPos_);
}

bool FeatureReadAhead::push(std::vector<OGRFeature*>& batch) {
  std::unique_lock<std::mutex> lock(mutex_);
  hasRoom_.wait(lock, [this] { return queue_.size() < maxBatches_ || stop_; });
  if (stop_) {
    destroyAll(batch);
    return false;
  }
  queue_.push_back(std::move(batch));
  batch = {};
  lock.unlock();
  hasData_.notify_one();
  return true;
}

void FeatureReadAhead::run() {
  GdalErrorCapture capture;  // GDAL's handler stack is per thread
  std::vector<OGRFeature*> batch;
  std::exception_ptr error;
  try {
    batch.reserve(batchSize_);
    bool more = true;
    while (more) {
      OGRFeature* f = layer_->GetNextFeature();
      if (f) batch.push_back(f);
      more = f != nullptr;
      if ((batch.size() >= batchSize_ || !more) && !batch.empty()) {
        if (!push(batch)) break;
        batch.reserve(batchSize_);
      }
    }
  } catch (...) {
    error = std::current_exception();
  }
  destroyAll(batch);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    error_ = error;
    messages_ = capture.messages();
    done_ = true;
  }
  hasData_.notify_all();
}

OGRFeatureUniquePtr FeatureReadAhead::next() {
  if (currentPos_ >= current_.size()) {
    current_.clear();
    currentPos_ = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    hasData_.wait(lock, [this] { return !queue_.empty() || done_; });
    if (queue_.empty()) {
      if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
      return nullptr;
    }
    current_ = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    hasRoom_.notify_one();
  }
  return OGRFeatureUniquePtr(current_[currentPos_++]);
}

}  // namespace ps::io
