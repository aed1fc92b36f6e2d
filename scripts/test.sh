#!/usr/bin/env bash
# Every test: set up (packages, build, data), then ctest on the normal build and
# on an ASan+UBSan build, then a short fuzzing run (scripts/fuzz.sh). Non-zero on
# any failure. SKIP_SANITIZE=1 skips the second, SKIP_FUZZ=1 the third.
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
# A short run of every libFuzzer target (tests/fuzz; clang build in build-fuzz/).
# SKIP_FUZZ=1 skips it; FUZZ_SECONDS sets the time per target.
if [[ "${SKIP_FUZZ:-0}" != 1 ]]; then
  log "fuzzing each target for ${FUZZ_SECONDS:-25}s (build-fuzz/)"
  FUZZ_SEED="${FUZZ_SEED:-1}" "$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-25}"
fi
