/* Recursive Fibonacci: call-heavy, tiny frames. */
#include "workload.h"

volatile i32 fib_n = 35;

static u32 fib(i32 n) {
    return n < 2 ? (u32)n : fib(n - 1) + fib(n - 2);
}

WORKLOAD_RUN {
    return fib(fib_n);
}
