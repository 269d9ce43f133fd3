/* Quicksort of pseudo-random integers: compares, swaps, recursion. */
#include "workload.h"

#define LEN (1024 * 1024)

static u32 values[LEN];
volatile i32 quicksort_rounds = 2;

static void insertion_sort(u32 *v, i32 n) {
    for (i32 i = 1; i < n; i++) {
        u32 x = v[i];
        i32 j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void quicksort(u32 *v, i32 n) {
    while (n > 16) {
        u32 a = v[0], b = v[n / 2], c = v[n - 1];
        u32 pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        i32 i = 0, j = n - 1;
        for (;;) {
            while (v[i] < pivot)
                i++;
            while (v[j] > pivot)
                j--;
            if (i >= j)
                break;
            u32 t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        /* Recurse into the smaller half, loop on the larger one. */
        if (j + 1 < n - j - 1) {
            quicksort(v, j + 1);
            v += j + 1;
            n -= j + 1;
        } else {
            quicksort(v + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    insertion_sort(v, n);
}

WORKLOAD_RUN {
    u64 sum = 0;
    u32 seed = 0xDEADBEEFu;
    for (i32 r = 0; r < quicksort_rounds; r++) {
        for (u32 i = 0; i < LEN; i++)
            values[i] = xorshift32(&seed);
        quicksort(values, LEN);
        for (u32 i = 1; i < LEN; i++)
            if (values[i - 1] > values[i])
                return 0; /* not sorted: a checksum nobody expects */
        for (u32 i = 0; i < LEN; i += 4099)
            sum = sum * 31 + values[i];
    }
    return sum;
}
