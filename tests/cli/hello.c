/* A WASI hello world for tests/cli.rs: prints its arguments, one per line
 * as `argv[i]=...`, and the GREETING environment variable. It also exports
 * two functions for `--invoke`: `add` and `greet` (which uses WASI).
 * Compiled at test time with:
 *   clang --target=wasm32-wasi --sysroot=/usr -O2 -Wall -Werror */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("hello from wasm\n");
    for (int i = 0; i < argc; i++)
        printf("argv[%d]=%s\n", i, argv[i]);
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    return 0;
}

__attribute__((export_name("add"))) int add(int a, int b) { return a + b; }

__attribute__((export_name("greet"))) void greet(void) {
    const char *greeting = getenv("GREETING");
    printf("greet: %s\n", greeting ? greeting : "(unset)");
    fflush(stdout);
}
