/*
 * Times copies of one loop nest placed at every offset within a 64-byte
 * line: see README.md. Build with gen.py's loops.S and variants.h:
 *
 *     cc -O2 -o replica replica.c loops.S
 *     ./replica ROUNDS [VARIANT ...]
 *
 * Each round runs every variant named (all of them if none is) once, in
 * order, and prints "variant result milliseconds" per run; summarise.py
 * turns the lines into a table.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

struct variant {
    const char *name;
    unsigned (*run)(unsigned char *memory, unsigned outer);
};

#include "variants.h"

/* shootout-sieve's outer loop counter on entering the nest. */
#define SIEVE_OUTER 16999u
/* The linear memory the nest addresses (it touches the first 16 KiB). */
#define MEMORY_SIZE (64u * 1024u)

/*
 * What the nest calls each outer iteration: the module's `memset`, called
 * as wasm calls it (vmctx twice, then destination, byte, length), which in
 * the runtime ends in the host's memset through `memory.fill`. The copied
 * code passes the memory base as the vmctx.
 */
void memset_wrap(unsigned char *vmctx, unsigned char *caller, uint32_t dest, uint32_t byte,
                 uint32_t len);

void memset_wrap(unsigned char *vmctx, unsigned char *caller, uint32_t dest, uint32_t byte,
                 uint32_t len)
{
    (void)caller;
    memset(vmctx + dest, (int)byte, len);
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int wanted(const char *name, int argc, char **argv)
{
    if (argc <= 2)
        return 1;
    for (int i = 2; i < argc; i++)
        if (strcmp(name, argv[i]) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || atoi(argv[1]) <= 0) {
        fprintf(stderr, "usage: %s ROUNDS [VARIANT ...]\n", argv[0]);
        return 2;
    }
    int rounds = atoi(argv[1]);
    size_t count = sizeof variants / sizeof variants[0];
    for (int i = 2; i < argc; i++) {
        size_t v = 0;
        while (v < count && strcmp(variants[v].name, argv[i]) != 0)
            v++;
        if (v == count) {
            fprintf(stderr, "%s: no variant %s\n", argv[0], argv[i]);
            return 2;
        }
    }
    unsigned char *memory =
        mmap(NULL, MEMORY_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    unsigned expected = 0;
    for (int r = 0; r < rounds; r++) {
        for (size_t v = 0; v < count; v++) {
            if (!wanted(variants[v].name, argc, argv))
                continue;
            double start = now_ms();
            unsigned result = variants[v].run(memory, SIEVE_OUTER);
            double elapsed = now_ms() - start;
            /* Every placement of the same code must compute the same sum. */
            if (expected == 0)
                expected = result;
            if (result != expected) {
                fprintf(stderr, "%s returned %u, others %u\n", variants[v].name, result,
                        expected);
                return 1;
            }
            printf("%s %u %.2f\n", variants[v].name, result, elapsed);
            fflush(stdout);
        }
    }
    munmap(memory, MEMORY_SIZE);
    return 0;
}
