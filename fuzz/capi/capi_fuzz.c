/*
 * capi_fuzz: runs random sequences of wasmrt C-API calls (wasmrt.h,
 * wasm.h, wasi.h) with right and wrong arguments, checking that each
 * gives the documented result and that none crashes.
 *
 *   capi_fuzz --seeds A..B [--ops N] [--jobs J] [--batch K] [--timeout S]
 *             [--corpus DIR] [--work DIR]
 *       runs seeds A to B-1, each batch of K seeds in a forked child;
 *       a child that fails a check, dies by a signal, is stopped by a
 *       sanitizer or hangs is reported and saved to DIR/capi-<seed>.txt.
 *   capi_fuzz --seed S [--ops N]
 *       runs one seed in this process, printing each operation.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fuzz.h"

/* Exit status of a child some of whose seeds failed a check. */
#define EXIT_CHECK_FAILED 3
/* Exit status of a child stopped by a sanitizer (run.sh's exitcode=86). */
#define EXIT_SANITIZER 86

typedef struct op {
  const char *name;
  void (*run)(void);
  int weight;
} op_t;

static const op_t ops[] = {
    {"engine_new", op_engine_new, 2},
    {"engine_delete", op_engine_delete, 1},
    {"store_new", op_store_new, 3},
    {"store_delete", op_store_delete, 1},
    {"module_new", op_module_new, 4},
    {"module_bad_bytes", op_module_bad_bytes, 3},
    {"wat_bad", op_wat_bad, 2},
    {"module_delete", op_module_delete, 2},
    {"module_reflect", op_module_reflect, 2},
    {"instance_new", op_instance_new, 8},
    {"export_get", op_export_get, 4},
    {"func_new", op_func_new, 2},
    {"func_call", op_func_call, 12},
    {"func_call_unchecked", op_func_call_unchecked, 5},
    {"memory", op_memory, 6},
    {"memory_new", op_memory_new, 2},
    {"table", op_table, 6},
    {"table_new", op_table_new, 2},
    {"global", op_global, 6},
    {"global_new", op_global_new, 2},
    {"externref", op_externref, 6},
    {"fuel", op_fuel, 3},
    {"epoch", op_epoch, 3},
    {"interrupt", op_interrupt, 3},
    {"item_type", op_item_type, 3},
    {"linker", op_linker, 5},
    {"linker_instantiate", op_linker_instantiate, 4},
    {"null_args", op_null_args, 2},
    {"wasi", op_wasi, 1},
    {"wasm_store", op_wasm_store, 2},
    {"wasm_module", op_wasm_module, 3},
    {"wasm_instance", op_wasm_instance, 4},
    {"wasm_call", op_wasm_call, 4},
    {"wasm_extern", op_wasm_extern, 4},
    {"wasm_types", op_wasm_types, 2},
    {"wasm_trap", op_wasm_trap, 2},
};
#define NUM_OPS (sizeof ops / sizeof ops[0])

static const op_t *choose_op(void) {
  int total = 0;
  for (size_t i = 0; i < NUM_OPS; i++) total += ops[i].weight;
  int x = (int)rng_below(&W.rng, (uint64_t)total);
  for (size_t i = 0; i < NUM_OPS; i++) {
    if (x < ops[i].weight) return &ops[i];
    x -= ops[i].weight;
  }
  return &ops[0];
}

/* Runs one seed's operations; returns the number of failed checks. */
static int run_seed(uint64_t seed, int nops, bool verbose) {
  memset(&W, 0, sizeof W);
  W.rng.state = seed;
  W.seed = seed;
  W.verbose = verbose;
  W.op_index = -1;
  W.op_name = "setup";
  op_engine_new();
  op_store_new();
  for (int i = 0; i < nops; i++) {
    const op_t *op = choose_op();
    W.op_index = i;
    W.op_name = op->name;
    if (verbose) {
      printf("op %d: %s\n", i, op->name);
      fflush(stdout);
    }
    op->run();
  }
  pool_free_all();
  fixtures_free();
  return W.failures;
}

/* ---- the driver ---- */

typedef struct options {
  uint64_t first, last;  /* seeds [first, last) */
  int nops, jobs, batch, timeout;
  const char *corpus, *work;
} options_t;

typedef struct child {
  pid_t pid;
  uint64_t first, last;
  char out[512], err[512];
} child_t;

typedef struct failure {
  uint64_t seed;
  char what[160];
} failure_t;

typedef struct totals {
  uint64_t done, passed, failed, ops;
  failure_t *failures;
  size_t nfailures, cap;
  double start;
} totals_t;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The child's side: runs its seeds, writing "seed ops failures" lines. */
static void child_main(const options_t *o, child_t *c) {
  FILE *out = fopen(c->out, "w");
  if (out == NULL || freopen(c->err, "w", stderr) == NULL) _exit(2);
  setvbuf(stderr, NULL, _IONBF, 0);
  alarm((unsigned)o->timeout);
  bool failed = false;
  for (uint64_t seed = c->first; seed < c->last; seed++) {
    int failures = run_seed(seed, o->nops, false);
    fprintf(out, "%llu %d %d\n", (unsigned long long)seed, o->nops, failures);
    fflush(out);
    failed |= failures > 0;
  }
  fclose(out);
  exit(failed ? EXIT_CHECK_FAILED : 0);
}

static void start_child(const options_t *o, child_t *c, uint64_t first, uint64_t last) {
  c->first = first;
  c->last = last;
  snprintf(c->out, sizeof c->out, "%s/batch-%llu.out", o->work, (unsigned long long)first);
  snprintf(c->err, sizeof c->err, "%s/batch-%llu.err", o->work, (unsigned long long)first);
  fflush(stdout);
  fflush(stderr);
  c->pid = fork();
  if (c->pid < 0) {
    perror("fork");
    exit(2);
  }
  if (c->pid == 0) child_main(o, c);
}

static void describe_status(int status, int timeout, char *what, size_t size) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGALRM) snprintf(what, size, "hung: killed after the %d s timeout", timeout);
    else if (sig == SIGABRT) snprintf(what, size, "aborted (SIGABRT: a sanitizer report, or a Rust panic that could not unwind)");
    else snprintf(what, size, "died by signal %d (%s)", sig, strsignal(sig));
  } else if (WEXITSTATUS(status) == EXIT_CHECK_FAILED) {
    snprintf(what, size, "a check failed");
  } else if (WEXITSTATUS(status) == EXIT_SANITIZER) {
    snprintf(what, size, "a sanitizer report (exit %d: LeakSanitizer found leaks)", EXIT_SANITIZER);
  } else {
    snprintf(what, size, "exited with status %d (a sanitizer report, or an exit inside wasmrt)", WEXITSTATUS(status));
  }
}

/* Appends the last `lines` lines of the file at `path` to `out`. */
static void copy_tail(const char *path, int lines, FILE *out) {
  FILE *in = fopen(path, "r");
  if (in == NULL) return;
  fseek(in, 0, SEEK_END);
  long size = ftell(in);
  long at = size;
  int seen = 0;
  while (at > 0 && seen <= lines) {
    fseek(in, --at, SEEK_SET);
    if (fgetc(in) == '\n') seen++;
  }
  fseek(in, at == 0 ? 0 : at + 1, SEEK_SET);
  int ch;
  while ((ch = fgetc(in)) != EOF) fputc(ch, out);
  fclose(in);
}

/* Runs the seed once more, verbosely, in a child; appends what it
 * printed (the operations up to the failure) to `out`. */
static void append_op_list(const options_t *o, uint64_t seed, FILE *out) {
  char path[600];
  snprintf(path, sizeof path, "%s/replay-%llu.txt", o->work, (unsigned long long)seed);
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    if (freopen(path, "w", stdout) == NULL || dup2(fileno(stdout), 2) < 0) _exit(2);
    alarm((unsigned)o->timeout);
    _exit(run_seed(seed, o->nops, true) > 0 ? EXIT_CHECK_FAILED : 0);
  }
  int status = 0;
  if (pid > 0) waitpid(pid, &status, 0);
  copy_tail(path, 1000000, out);
  unlink(path);
}

/* Appends the last lines of the file at `path` that say what went wrong
 * (panics with their message, sanitizer reports, failed checks); the
 * fatal one comes last, after any panics wasmrt's guards caught. */
static void copy_key_lines(const char *path, FILE *out) {
  enum { KEEP = 16, WIDTH = 512 };
  static const char *const keys[] = {"panicked at", "ERROR:", "runtime error:", "SUMMARY:", "FAIL seed",
                                     "cannot unwind"};
  static char kept[KEEP][WIDTH];
  FILE *in = fopen(path, "r");
  if (in == NULL) return;
  char line[WIDTH];
  int n = 0, follow = 0;
  while (fgets(line, sizeof line, in)) {
    bool key = false;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) key |= strstr(line, keys[i]) != NULL;
    if (key || follow > 0) snprintf(kept[n++ % KEEP], WIDTH, "%s", line);
    follow = key && strstr(line, "panicked at") ? 1 : follow > 0 ? follow - 1 : 0;
  }
  fclose(in);
  for (int i = n > KEEP ? n - KEEP : 0; i < n; i++) fputs(kept[i % KEEP], out);
}

static void save_failure(const options_t *o, uint64_t seed, const char *what, const char *err_path) {
  char path[600];
  mkdir(o->corpus, 0777);
  snprintf(path, sizeof path, "%s/capi-%llu.txt", o->corpus, (unsigned long long)seed);
  FILE *out = fopen(path, "w");
  if (out == NULL) {
    perror(path);
    return;
  }
  fprintf(out, "seed: %llu\nops: %d\nwhat happened: %s\n", (unsigned long long)seed, o->nops, what);
  fprintf(out, "reproduce: fuzz/capi/run.sh --seed %llu --ops %d\n\n", (unsigned long long)seed, o->nops);
  fprintf(out, "what its stderr says went wrong:\n");
  copy_key_lines(err_path, out);
  fprintf(out, "\nlast lines of its stderr:\n");
  copy_tail(err_path, 40, out);
  fprintf(out, "\nthe operations the seed runs (a verbose rerun):\n");
  append_op_list(o, seed, out);
  fclose(out);
}

static void add_failure(totals_t *t, uint64_t seed, const char *what) {
  if (t->nfailures == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 16;
    t->failures = realloc(t->failures, t->cap * sizeof *t->failures);
  }
  t->failures[t->nfailures].seed = seed;
  snprintf(t->failures[t->nfailures].what, sizeof t->failures[0].what, "%s", what);
  t->nfailures++;
}

/* Whether a child ended as a child that ran all its seeds does. */
static bool ended_normally(int status) {
  return WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == EXIT_CHECK_FAILED);
}

static void count_failure(const options_t *o, totals_t *t, uint64_t seed, const char *what, const char *err_path) {
  t->done++;
  t->failed++;
  add_failure(t, seed, what);
  save_failure(o, seed, what, err_path);
}

/* Reads a finished child's results. Returns the first seed to run again
 * (its `last` if none): a child that died while running a seed (the first
 * it did not report) fails that seed, and the seeds after it run again; a
 * batch that died after reporting all its seeds (a leak found at exit)
 * runs again seed by seed, to tell which leaked. */
static uint64_t collect(const child_t *c, totals_t *t, const options_t *o, int status) {
  enum { MAX_BATCH = 4096 };
  static unsigned long long seeds[MAX_BATCH];
  static int nops[MAX_BATCH], failures[MAX_BATCH];
  int n = 0;
  FILE *in = fopen(c->out, "r");
  while (in && n < MAX_BATCH && fscanf(in, "%llu %d %d", &seeds[n], &nops[n], &failures[n]) == 3) n++;
  if (in) fclose(in);
  uint64_t next = c->first + (uint64_t)n;
  bool normal = ended_normally(status);
  if (!normal && next == c->last && n > 1) return c->first;  /* run each again alone */
  char what[160];
  for (int i = 0; i < n; i++) {
    t->ops += (uint64_t)nops[i];
    if (!normal && next == c->last) {
      describe_status(status, o->timeout, what, sizeof what);
      count_failure(o, t, seeds[i], what, c->err);  /* died at exit, after its one seed */
    } else if (failures[i] == 0) {
      t->done++;
      t->passed++;
    } else {
      snprintf(what, sizeof what, "%d check(s) failed", failures[i]);
      count_failure(o, t, seeds[i], what, c->err);
    }
  }
  if (!normal && next < c->last) {
    describe_status(status, o->timeout, what, sizeof what);
    count_failure(o, t, next, what, c->err);
    next++;
  }
  return next;
}

static void print_progress(const totals_t *t, uint64_t total) {
  double elapsed = now() - t->start;
  if (elapsed <= 0) elapsed = 1e-9;
  printf("[%6llu/%llu] passed %llu, failed %llu, %.1f seeds/s, %.0f ops/s\n", (unsigned long long)t->done,
         (unsigned long long)total, (unsigned long long)t->passed, (unsigned long long)t->failed,
         (double)t->done / elapsed, (double)t->ops / elapsed);
  fflush(stdout);
}

/* Seeds still to run: the range, then any a crashed batch left, one by one. */
typedef struct queue {
  uint64_t next, last;
  uint64_t *singles;
  size_t nsingles, cap;
} queue_t;

static bool queue_take(queue_t *q, int batch, uint64_t *first, uint64_t *last) {
  if (q->nsingles > 0) {
    *first = q->singles[--q->nsingles];
    *last = *first + 1;
    return true;
  }
  if (q->next >= q->last) return false;
  *first = q->next;
  *last = q->next + (uint64_t)batch < q->last ? q->next + (uint64_t)batch : q->last;
  q->next = *last;
  return true;
}

static void queue_singles(queue_t *q, uint64_t first, uint64_t last) {
  for (uint64_t s = last; s-- > first;) {
    if (q->nsingles == q->cap) {
      q->cap = q->cap ? 2 * q->cap : 64;
      q->singles = realloc(q->singles, q->cap * sizeof *q->singles);
    }
    q->singles[q->nsingles++] = s;
  }
}

static int drive(const options_t *o) {
  mkdir(o->work, 0777);
  uint64_t total = o->last - o->first;
  totals_t t = {0};
  t.start = now();
  queue_t q = {.next = o->first, .last = o->last};
  child_t *children = calloc((size_t)o->jobs, sizeof *children);
  int running = 0;
  uint64_t every = total / 20 > (uint64_t)o->batch ? total / 20 : (uint64_t)o->batch;
  uint64_t next_report = every;
  printf("capi_fuzz: seeds %llu..%llu, %d ops each, %d jobs, batches of %d\n", (unsigned long long)o->first,
         (unsigned long long)o->last, o->nops, o->jobs, o->batch);
  for (;;) {
    for (int i = 0; i < o->jobs; i++) {
      uint64_t first, last;
      if (children[i].pid == 0 && queue_take(&q, o->batch, &first, &last)) {
        start_child(o, &children[i], first, last);
        running++;
      }
    }
    if (running == 0) break;
    int status = 0;
    pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      perror("waitpid");
      break;
    }
    for (int i = 0; i < o->jobs; i++) {
      child_t *c = &children[i];
      if (c->pid != pid) continue;
      uint64_t unreported = collect(c, &t, o, status);
      /* Seeds a batch that died did not finish run again, one by one. */
      if (unreported < c->last) queue_singles(&q, unreported, c->last);
      unlink(c->out);
      unlink(c->err);
      c->pid = 0;
      running--;
    }
    if (t.done >= next_report || (running == 0 && q.next >= q.last && q.nsingles == 0)) {
      print_progress(&t, total);
      while (next_report <= t.done) next_report += every;
    }
  }
  double elapsed = now() - t.start;
  printf("%llu seeds, %llu ops in %.1f s: %.1f seeds/s, %.0f ops/s\n", (unsigned long long)t.done,
         (unsigned long long)t.ops, elapsed, (double)t.done / elapsed, (double)t.ops / elapsed);
  if (t.nfailures > 0) {
    printf("failures:\n");
    for (size_t i = 0; i < t.nfailures; i++) {
      printf("  seed %llu: %s (%s/capi-%llu.txt)\n", (unsigned long long)t.failures[i].seed, t.failures[i].what,
             o->corpus, (unsigned long long)t.failures[i].seed);
    }
  }
  printf("%llu passed, %llu failed\n", (unsigned long long)t.passed, (unsigned long long)t.failed);
  free(children);
  free(t.failures);
  free(q.singles);
  return t.failed > 0 ? 1 : 0;
}

static void usage(void) {
  fprintf(stderr,
          "usage: capi_fuzz --seeds A..B [--ops N] [--jobs J] [--batch K] [--timeout S] [--corpus DIR] [--work DIR]\n"
          "       capi_fuzz --seed S [--ops N]\n");
  exit(2);
}

int main(int argc, char **argv) {
  options_t o = {.first = 0, .last = 0, .nops = 200, .jobs = 2, .batch = 4, .timeout = 60,
                 .corpus = "fuzz/corpus", .work = "target/capi-fuzz/work"};
  bool single = false, range = false;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    const char *value = i + 1 < argc ? argv[i + 1] : NULL;
    if (value == NULL) usage();
    i++;
    if (strcmp(arg, "--seeds") == 0) {
      unsigned long long a, b;
      if (sscanf(value, "%llu..%llu", &a, &b) != 2 || b < a) usage();
      o.first = a, o.last = b, range = true;
    } else if (strcmp(arg, "--seed") == 0) {
      o.first = strtoull(value, NULL, 0), single = true;
    } else if (strcmp(arg, "--ops") == 0) {
      o.nops = atoi(value);
    } else if (strcmp(arg, "--jobs") == 0) {
      o.jobs = atoi(value);
    } else if (strcmp(arg, "--batch") == 0) {
      o.batch = atoi(value);
    } else if (strcmp(arg, "--timeout") == 0) {
      o.timeout = atoi(value);
    } else if (strcmp(arg, "--corpus") == 0) {
      o.corpus = value;
    } else if (strcmp(arg, "--work") == 0) {
      o.work = value;
    } else {
      usage();
    }
  }
  if (single == range || o.nops < 0 || o.jobs < 1 || o.batch < 1 || o.timeout < 1) usage();
  if (single) {
    int failures = run_seed(o.first, o.nops, true);
    printf("seed %llu: %d ops, %d failed check(s)\n%d passed, %d failed\n", (unsigned long long)o.first, o.nops,
           failures, failures == 0, failures != 0);
    return failures == 0 ? 0 : 1;
  }
  return drive(&o);
}
