/* Sieve of Eratosthenes over a byte array: byte stores in a strided loop. */
#include "workload.h"

#define LIMIT (8 * 1024 * 1024)

static u8 composite[LIMIT];
volatile i32 sieve_rounds = 3;

WORKLOAD_RUN {
    u64 sum = 0;
    for (i32 round = 0; round < sieve_rounds; round++) {
        for (u32 i = 0; i < LIMIT; i++)
            composite[i] = 0;
        u64 count = 0;
        u64 weighted = 0;
        for (u32 i = 2; i < LIMIT; i++) {
            if (composite[i])
                continue;
            count++;
            weighted += (u64)i * count;
            for (u64 j = (u64)i * i; j < LIMIT; j += i)
                composite[j] = 1;
        }
        sum += count * 1000003u + weighted + (u64)round;
    }
    return sum;
}
