#!/usr/bin/env bash
# Every test: set up (packages, build, data), then ctest on the normal build and
# on an ASan+UBSan build. Non-zero on any failure. SKIP_SANITIZE=1 skips the second.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_packages
configure_build build
prepare_data
log "running tests (build/)"
ctest --test-dir "$ROOT/build" --output-on-failure -j "$JOBS"
if [[ "${SKIP_SANITIZE:-0}" != 1 ]]; then
  configure_build build-asan -DPARKSCAPE_SANITIZE=ON -DPARKSCAPE_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
  log "running tests under ASan+UBSan (build-asan/)"
  # intercept_tls_get_addr=0: GCC 12's LeakSanitizer misreads the dynamic TLS
  # of Mesa's dlopen'ed driver on glibc 2.36 and its tracer crashes at exit
  # ("DTLS ... Tracer caught signal 11"); static TLS and the heap are still scanned.
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0" \
  LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$ROOT/build-asan" --output-on-failure -j "$JOBS"
fi
