/* Reads and writes files beneath a preopened folder:
 *   files read PATH        prints the file's contents
 *   files write PATH TEXT  creates or truncates PATH and writes TEXT
 * A failure prints `PATH: <strerror>` to stderr and exits with 4.
 * Compiled at test time (see hello.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int fail(const char *path) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return 4;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "read") == 0) {
        FILE *f = fopen(argv[2], "r");
        if (!f)
            return fail(argv[2]);
        char buf[256];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0)
            fwrite(buf, 1, n, stdout);
        fclose(f);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "write") == 0) {
        FILE *f = fopen(argv[2], "w");
        if (!f)
            return fail(argv[2]);
        if (fputs(argv[3], f) < 0 || fclose(f) != 0)
            return fail(argv[2]);
        return 0;
    }
    fprintf(stderr, "usage: files read PATH | files write PATH TEXT\n");
    return 100;
}
