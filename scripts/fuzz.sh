#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, build-fuzz/ with clang) and runs
# each for SECONDS (default 30), one job each. Corpora grow in
# build-fuzz/corpus/<target>, seeded from the repository's files; a finding
# lands in build-fuzz/artifacts/<target>/ and makes this exit non-zero.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 1800 fuzz_polygon
# The final statistics (executions, coverage, corpus size) go to
# build-fuzz/logs/<target>.log; tests/fuzz/README.md says how to read them.
# FUZZ_SEED=n fixes libFuzzer's seed (scripts/test.sh uses 1, so that CI is
# repeatable); unset, every run explores afresh.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SECONDS_EACH="${1:-30}"
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(fuzz_scene fuzz_demand fuzz_geojson fuzz_gpkg fuzz_shapefile fuzz_polygon)
B="$ROOT/build-fuzz"
if [[ ! -f "$B/CMakeCache.txt" ]]; then
  log "configuring build-fuzz (clang, libFuzzer + ASan + UBSan)"
  cmake -S "$ROOT" -B "$B" -DPARKSCAPE_FUZZ=ON -DPARKSCAPE_TESTS=OFF -DPARKSCAPE_BENCH=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
log "building fuzz targets (jobs: $JOBS)"
cmake --build "$B" -j "$JOBS" --target "${TARGETS[@]}" 2>&1 | grep -Ev '^\[ *[0-9]+%\]' || true
[[ ${PIPESTATUS[0]} -eq 0 ]] || { log "build failed in build-fuzz"; exit 1; }
python3 "$ROOT/tests/fuzz/make_corpus.py" "$ROOT" "$B/corpus"
mkdir -p "$B/logs"
failed=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$B/corpus/$t" "$B/artifacts/$t"
  log "fuzzing $t for ${SECONDS_EACH}s"
  # -timeout: one input may take 10 s (a hang otherwise); -rss_limit_mb: runaway memory.
  if ! ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      "$B/fuzz/$t" "$B/corpus/$t" -max_total_time="$SECONDS_EACH" -seed="${FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 \
      -max_len=262144 -print_final_stats=1 -artifact_prefix="$B/artifacts/$t/" >"$B/logs/$t.log" 2>&1; then
    log "$t: FINDING (see $B/logs/$t.log and $B/artifacts/$t/)"
    grep -E "ERROR|SUMMARY|Test unit written" "$B/logs/$t.log" | head -5 >&2 || true
    failed=1
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: .*ft:" "$B/logs/$t.log" | tail -3 >&2 || true
done
exit "$failed"
