/*
 * SplitMix64: the fuzzer's only source of randomness, so that a seed
 * fully determines the operations it runs.
 */
#ifndef CAPI_FUZZ_RNG_H
#define CAPI_FUZZ_RNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rng {
  uint64_t state;
} rng_t;

static inline uint64_t rng_next(rng_t *rng) {
  uint64_t z = (rng->state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* A number in [0, n); 0 when n is 0. */
static inline uint64_t rng_below(rng_t *rng, uint64_t n) {
  return n == 0 ? 0 : rng_next(rng) % n;
}

/* True with probability 1/n. */
static inline bool rng_one_in(rng_t *rng, uint64_t n) {
  return rng_below(rng, n) == 0;
}

static inline bool rng_bool(rng_t *rng) {
  return (rng_next(rng) & 1) != 0;
}

/* A 32-bit value, often a small or boundary one. */
static inline int32_t rng_i32(rng_t *rng) {
  static const int32_t special[] = {0, 1, -1, 2, 7, 42, INT32_MAX, INT32_MIN, 65536};
  if (rng_one_in(rng, 3)) {
    return special[rng_below(rng, sizeof special / sizeof special[0])];
  }
  return (int32_t)(uint32_t)rng_next(rng);
}

#endif
