/* CRC-32 (IEEE, reflected) with a 256-entry table: a load-dependent chain. */
#include "workload.h"

#define LEN (4 * 1024 * 1024)

static u8 data[LEN];
static u32 table[256];
volatile i32 crc32_rounds = 6;

WORKLOAD_RUN {
    for (u32 n = 0; n < 256; n++) {
        u32 c = n;
        for (i32 k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    u32 seed = 0x9E3779B9u;
    for (u32 i = 0; i < LEN; i++)
        data[i] = (u8)(xorshift32(&seed) >> 24);
    u64 sum = 0;
    for (i32 r = 0; r < crc32_rounds; r++) {
        u32 crc = 0xFFFFFFFFu;
        for (u32 i = 0; i < LEN; i++)
            crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        crc ^= 0xFFFFFFFFu;
        sum = sum * 31 + crc;
        data[r] ^= (u8)crc;
    }
    return sum;
}
