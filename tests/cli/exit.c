/* Exits through proc_exit with the status given as its argument.
 * Compiled at test time (see hello.c). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: exit STATUS\n");
        return 100;
    }
    int status = atoi(argv[1]);
    printf("exiting with %d\n", status);
    fflush(stdout);
    exit(status);
}
