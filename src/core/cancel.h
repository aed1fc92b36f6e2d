#pragma once
// Cancellation that reaches into long library calls. A worker thread that may
// be cancelled (the viewer's loader) opens a CancelScope over its token; the
// long computations it runs poll the *current thread's* token without it being
// passed down every signature: the triangulator between polygons and in its GLU
// callbacks, GEOS through its interrupt callback (geometry/geos_convert.h), and
// helper threads that a computation starts adopt their parent's token
// (CancelScope(currentCancelToken())).
//
// Threads without a scope (the CLI, tests) see no token: nothing is cancelled.
#include <atomic>

#include "core/error.h"

namespace ps {

// What a cancelled computation throws. Callers that cancelled discard it; a
// message that reaches a user reads "<file>: loading cancelled".
class Cancelled : public Error {
 public:
  explicit Cancelled(std::string file = {}) : Error(std::move(file), "loading cancelled") {}
};

// Installs `token` (may be null) as the current thread's token until destroyed;
// scopes nest (the previous token comes back).
class CancelScope {
 public:
  explicit CancelScope(const std::atomic<bool>* token);
  ~CancelScope();
  CancelScope(const CancelScope&) = delete;
  CancelScope& operator=(const CancelScope&) = delete;

 private:
  const std::atomic<bool>* previous_;
};

// The current thread's token (null outside any scope).
const std::atomic<bool>* currentCancelToken();
// True when the current thread's token is set.
bool cancelRequested();
// Throws Cancelled(file) when cancelRequested().
void throwIfCancelled(const std::string& file = {});

}  // namespace ps
