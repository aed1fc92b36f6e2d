#include "core/cancel.h"

namespace ps {
namespace {
thread_local const std::atomic<bool>* tCurrent = nullptr;
}

CancelScope::CancelScope(const std::atomic<bool>* token) : previous_(tCurrent) { tCurrent = token; }
CancelScope::~CancelScope() { tCurrent = previous_; }

const std::atomic<bool>* currentCancelToken() { return tCurrent; }

bool cancelRequested() { return tCurrent != nullptr && tCurrent->load(std::memory_order_relaxed); }

void throwIfCancelled(const std::string& file) {
  if (cancelRequested()) throw Cancelled(file);
}

}  // namespace ps
