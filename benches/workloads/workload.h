/* Shared definitions for the benchmark kernels.
 *
 * Every kernel is freestanding C: no libc, no headers beyond this one. It is
 * compiled twice, to wasm32 (`run` exported to the host) and natively (the
 * build passes -DWORKLOAD_SYMBOL=<name>_run so the kernels can live side by
 * side in one library). `run` returns a checksum that the wasm and native
 * builds must agree on.
 */
#ifndef WORKLOAD_H
#define WORKLOAD_H

typedef __UINT8_TYPE__ u8;
typedef __UINT32_TYPE__ u32;
typedef __INT32_TYPE__ i32;
typedef __UINT64_TYPE__ u64;
typedef __INT64_TYPE__ i64;

#ifdef __wasm__
#define WORKLOAD_RUN __attribute__((export_name("run"))) u64 run(void)
#else
#define WORKLOAD_RUN u64 WORKLOAD_SYMBOL(void)
#endif

/* A small xorshift generator: deterministic input data on every target. */
static inline u32 xorshift32(u32 *state) {
    u32 x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* The bit pattern of a double, for checksums of floating-point results. */
static inline u64 f64_bits(double d) {
    union {
        double d;
        u64 u;
    } v;
    v.d = d;
    return v.u;
}

#endif
