/* Never ends: for `--fuel` and `--timeout`. Says so first, so a test can
 * tell that it did start. Compiled at test time (see hello.c). */
#include <stdio.h>

int main(void) {
    volatile unsigned long spins = 0;
    puts("looping");
    fflush(stdout);
    for (;;)
        spins++;
}
