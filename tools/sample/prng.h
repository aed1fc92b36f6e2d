#pragma once
// The sample generator's only source of randomness: SplitMix64 (Steele, Lea &
// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), with
// our own integer->real and range mappings. std:: distributions are avoided on
// purpose: their output differs between standard libraries, and the sample
// data must be identical for a given seed everywhere.
#include <cstdint>

namespace ps::sample {

class Rng {
 public:
  explicit constexpr Rng(uint64_t seed) : state_(seed) {}

  // Independent stream for a (seed, stream id) pair: a park's content depends
  // only on the seed and the park's index, never on what came before it.
  static constexpr Rng stream(uint64_t seed, uint64_t id) {
    Rng r(seed ^ (id * 0xD1B54A32D192ED03ull));
    r.next();
    return r;
  }

  constexpr uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1) with 53 random bits.
  constexpr double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [lo, hi).
  constexpr double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // Uniform integer in [lo, hi] (inclusive); the modulo bias is below 2^-40 for our ranges.
  constexpr int intRange(int lo, int hi) {
    const uint64_t span = static_cast<uint64_t>(static_cast<int64_t>(hi) - lo + 1);
    return lo + static_cast<int>(next() % span);
  }
  constexpr bool chance(double p) { return uniform() < p; }

 private:
  uint64_t state_;
};

}  // namespace ps::sample
