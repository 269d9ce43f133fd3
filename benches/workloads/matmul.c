/* Dense f64 matrix multiply (i-k-j order): loads, multiplies and adds of doubles. */
#include "workload.h"

#define N 192

static double a[N][N], b[N][N], c[N][N];
volatile i32 matmul_rounds = 12;

WORKLOAD_RUN {
    u32 seed = 12345;
    for (i32 i = 0; i < N; i++)
        for (i32 j = 0; j < N; j++) {
            a[i][j] = (double)(xorshift32(&seed) % 1000) / 250.0 - 2.0;
            b[i][j] = (double)(xorshift32(&seed) % 1000) / 500.0 - 1.0;
        }
    double total = 0.0;
    for (i32 r = 0; r < matmul_rounds; r++) {
        for (i32 i = 0; i < N; i++)
            for (i32 j = 0; j < N; j++)
                c[i][j] = 0.0;
        for (i32 i = 0; i < N; i++)
            for (i32 k = 0; k < N; k++) {
                double aik = a[i][k];
                for (i32 j = 0; j < N; j++)
                    c[i][j] += aik * b[k][j];
            }
        for (i32 i = 0; i < N; i++)
            total += c[i][(i * 7 + r) % N];
        /* Feed the result back so rounds depend on each other. */
        a[r % N][r % N] = c[N - 1][r % N] * 0.5;
    }
    return f64_bits(total);
}
