/*
 * Test and benchmark driver for native/vecmath (test/vecmath.test.ts, bench/vecmath.mjs).
 * Linked with test/vecmath/kernels.c compiled once per variant (test/vecmath/build.mjs):
 * vm_<variant>_<fn>(n, in, out) for the variants in the table below.
 *
 *   driver ref <variant> <fn> <file>       file: one "arg expected" per line (decimal, nan, inf)
 *   driver random <variant> <fn> <n> <seed> [lo hi]   (uniform in [lo, hi] if given)
 *   driver hash <variant> <fn> <n> <seed>   hash of the result bits at the same random points
 *   driver flags <variant> <fn> <lo> <hi>   blocks raising MXCSR denormal/underflow flags
 *   driver special <variant>
 *   driver bench <fn> <n> <reps> [lo hi]    (arguments uniform in [lo, hi] if given)
 *
 * Accuracy is measured against long double (x87 80-bit) expl/logl/sinl/cosl: the error of a
 * result f is |f - ref| / ulp(ref), ulp taken in double at ref's binade (2^-1074 below DBL_MIN),
 * so it is fractional (the reference carries 11 more bits than a double); "notCR" counts results
 * that differ from ref rounded to double. All output is one JSON object on stdout.
 */
#define _GNU_SOURCE
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef void loop_fn(size_t, const double *, double *);

#define VM_DECL(v)                                                                             \
  loop_fn vm_##v##_exp, vm_##v##_log, vm_##v##_sin, vm_##v##_cos, vm_##v##_expm1, vm_##v##_log1p;
VM_DECL(base)
VM_DECL(avx2)
VM_DECL(avx2fc)
VM_DECL(clones)
VM_DECL(libm)
VM_DECL(mvec)

static const char *const fns[] = {"exp", "log", "sin", "cos", "expm1", "log1p"};
#define NFN 6

static const struct
{
  const char *name;
  loop_fn *f[NFN];
  int avx2;
} variants[] = {
#define VM_ROW(v, a)                                                                           \
  {#v, {vm_##v##_exp, vm_##v##_log, vm_##v##_sin, vm_##v##_cos, vm_##v##_expm1, vm_##v##_log1p}, a},
  VM_ROW(base, 0) VM_ROW(avx2, 1) VM_ROW(avx2fc, 1) VM_ROW(clones, 0) VM_ROW(libm, 0)
    VM_ROW(mvec, 1)};
#define NVAR (sizeof variants / sizeof variants[0])

static int fn_index(const char *name)
{
  for (int i = 0; i < NFN; i++)
    if (!strcmp(fns[i], name)) return i;
  fprintf(stderr, "unknown function %s\n", name);
  exit(2);
}

static loop_fn *lookup(const char *variant, const char *fn)
{
  for (size_t v = 0; v < NVAR; v++)
    if (!strcmp(variants[v].name, variant)) {
      if (variants[v].avx2 && !(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))) {
        printf("{\"skipped\":\"no avx2/fma on this cpu\"}\n");
        exit(0);
      }
      return variants[v].f[fn_index(fn)];
    }
  fprintf(stderr, "unknown variant %s\n", variant);
  exit(2);
}

static long double reference(int fn, double x)
{
  switch (fn) {
  case 0: return expl(x);
  case 1: return logl(x);
  case 2: return sinl(x);
  case 3: return cosl(x);
  case 4: return expm1l(x);
  default: return log1pl(x);
  }
}

/* Error of f in ulps of the correctly rounded result; INFINITY for a wrong NaN/Inf/zero class. */
static double ulp_error(double f, long double ref)
{
  if (isnan(ref) || isnan(f)) return isnan(ref) && isnan(f) ? 0.0 : INFINITY;
  double rd = (double)ref;
  if (isinf(f) && f == rd) return 0.0;
  if (isinf(f)) return INFINITY;
  long double a = fabsl(ref), ulp;
  if (a < 0x1p-1022L)
    ulp = 0x1p-1074L;
  else if (a >= 0x1p1023L)
    ulp = 0x1p971L;
  else {
    int e;
    frexpl(a, &e); /* a in [2^(e-1), 2^e) */
    ulp = ldexpl(1.0L, e - 53);
  }
  if (f == 0.0 && rd == 0.0 && signbit(f) != signbit(rd)) return INFINITY;
  return (double)(fabsl((long double)f - ref) / ulp);
}

static void json_double(const char *key, double v)
{
  if (isnan(v) || isinf(v))
    printf("\"%s\":\"%s\"", key, isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
  else
    printf("\"%s\":%.17g", key, v);
}

/* ---- random arguments ---- */

static uint64_t rng_state;
static uint64_t rng(void)
{
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}
static double unif(void) { return (rng() >> 11) * 0x1p-53; } /* [0, 1) */
static double uniform(double a, double b) { return a + (b - a) * unif(); }
static double sgn(void) { return rng() & 1 ? -1.0 : 1.0; }
/* |x| log-uniform in [2^lo, 2^hi), random mantissa bits. */
static double loguni(int lo, int hi)
{
  int e = lo + (int)(rng() % (uint64_t)(hi - lo));
  double m = 1.0 + unif();
  return ldexp(m, e);
}
static double anybits(void)
{
  uint64_t u = rng();
  double x;
  memcpy(&x, &u, 8);
  return x;
}

static double random_arg(int fn)
{
  unsigned c = (unsigned)(rng() % 100);
  switch (fn) {
  case 0: /* exp */
    if (c < 35) return uniform(-746.0, 710.0);
    if (c < 50) return uniform(-1.0, 1.0) * 40.0;
    if (c < 60) return uniform(-745.2, -708.0); /* subnormal results */
    if (c < 65) return uniform(708.0, 709.8);   /* near overflow */
    if (c < 80) return sgn() * loguni(-1074, 10);
    if (c < 95) return sgn() * loguni(-80, 1);
    return anybits();
  case 1: /* log */
    if (c < 35) return loguni(-1022, 1024);
    if (c < 45) return loguni(-1074, -1022);
    if (c < 65) return uniform(0.5, 2.0);
    if (c < 80) return 1.0 + sgn() * loguni(-60, -1);
    if (c < 90) return uniform(0.0, 1e6);
    return anybits();
  case 4: /* expm1 */
    if (c < 30) return uniform(-40.0, 710.0);
    if (c < 50) return uniform(-1.0, 1.0) * 3.0;
    if (c < 70) return sgn() * loguni(-1074, 0);
    if (c < 75) return uniform(-38.0, -36.0); /* rounding to -1 */
    if (c < 80) return uniform(708.0, 709.8); /* near overflow */
    if (c < 95) return sgn() * loguni(-60, 10);
    return anybits();
  case 5: /* log1p */
    if (c < 30) return loguni(-1074, 1024);
    if (c < 50) return -loguni(-1074, 0); /* (-1, 0) */
    if (c < 60) return -1.0 + loguni(-53, -1); /* next to -1 */
    if (c < 80) return uniform(-0.35, 0.5);
    if (c < 90) return sgn() * loguni(-60, -20);
    return anybits();
  default: /* sin, cos */
    if (c < 25) return uniform(-10.0, 10.0);
    if (c < 40) return sgn() * loguni(-1074, 1024);
    if (c < 60) return sgn() * loguni(-30, 21);
    if (c < 80) { /* next to multiples of pi/2 */
      long double k = (long double)(rng() % (1u << (rng() % 22)));
      double x = (double)(k * 1.57079632679489661923132169163975144L);
      int d = (int)(rng() % 5) - 2;
      while (d > 0) x = nextafter(x, INFINITY), d--;
      while (d < 0) x = nextafter(x, -INFINITY), d++;
      return sgn() * x;
    }
    if (c < 90) return sgn() * uniform(0x1.fp20, 0x1.1p21); /* around the fallback bound */
    if (c < 95) return sgn() * loguni(21, 64);
    return anybits();
  }
}

typedef struct
{
  double max_err, max_arg, max_val;
  long double max_ref;
  long n, notcr, over1;
  double worst[8][2];
} stats;

static void account(stats *s, double x, double f, long double ref)
{
  double e = ulp_error(f, ref);
  s->n++;
  double rd = (double)ref;
  if (!(f == rd || (isnan(f) && isnan(rd))) || (f == 0 && signbit(f) != signbit(rd))) s->notcr++;
  if (e > 1.0 && s->over1 < 8) s->worst[s->over1][0] = x, s->worst[s->over1][1] = f;
  if (e > 1.0) s->over1++;
  if (e > s->max_err || s->n == 1) s->max_err = e, s->max_arg = x, s->max_val = f, s->max_ref = ref;
}

static void print_stats(const char *mode, const char *variant, const char *fn, const stats *s,
                        const char *extra)
{
  printf("{\"mode\":\"%s\",\"variant\":\"%s\",\"fn\":\"%s\",\"n\":%ld,", mode, variant, fn, s->n);
  json_double("maxUlp", s->max_err);
  printf(",\"maxArg\":\"%a\",", s->max_arg);
  json_double("maxArgDec", s->max_arg);
  printf(",\"maxValue\":\"%a\",\"maxRef\":\"%La\",\"notCR\":%ld,\"over1\":%ld,\"worst\":[", s->max_val,
         s->max_ref, s->notcr, s->over1);
  for (long i = 0; i < s->over1 && i < 8; i++)
    printf("%s[\"%a\",\"%a\"]", i ? "," : "", s->worst[i][0], s->worst[i][1]);
  printf("]%s}\n", extra);
}

static int cmd_random(const char *variant, const char *fname, long n, uint64_t seed, const char *lo,
                      const char *hi)
{
  int fn = fn_index(fname);
  loop_fn *f = lookup(variant, fname);
  rng_state = seed * 0x2545f4914f6cdd1d + (uint64_t)fn;
  double *in = malloc(n * sizeof *in), *out = malloc(n * sizeof *out);
  for (long i = 0; i < n; i++) in[i] = lo && hi ? uniform(atof(lo), atof(hi)) : random_arg(fn);
  f((size_t)n, in, out);
  stats s = {0};
  for (long i = 0; i < n; i++) account(&s, in[i], out[i], reference(fn, in[i]));
  print_stats("random", variant, fname, &s, "");
  free(in), free(out);
  return 0;
}

/*
 * Arithmetic on subnormal numbers (slow on many CPUs: microcode assists) for ordinary arguments:
 * runs the loop on blocks of 64 arguments in [lo, hi] (log-uniform if 0 < lo and hi/lo > 1e6)
 * and counts the blocks that raise the x86 denormal-operand or underflow flag (MXCSR DE, UE).
 */
static int cmd_flags(const char *variant, const char *fname, double lo, double hi)
{
  loop_fn *f = lookup(variant, fname);
  rng_state = 99;
  enum { B = 64, NB = 2000 };
  double in[B], out[B];
  long hits = 0;
  double first = NAN;
  for (int b = 0; b < NB; b++) {
    for (int i = 0; i < B; i++)
      in[i] = lo > 0 && hi / lo > 1e6 ? exp(log(lo) + (log(hi) - log(lo)) * unif()) : uniform(lo, hi);
    __builtin_ia32_ldmxcsr(__builtin_ia32_stmxcsr() & ~0x3fu);
    f(B, in, out);
    if (__builtin_ia32_stmxcsr() & 0x12) {
      if (!hits) first = in[0];
      hits++;
    }
  }
  printf("{\"mode\":\"flags\",\"variant\":\"%s\",\"fn\":\"%s\",\"blocks\":%d,\"hits\":%ld,", variant,
         fname, NB, hits);
  json_double("firstBlockArg", first);
  printf("}\n");
  return 0;
}

/* FNV-1a hash of the result bits at the random points (to compare code paths bit for bit). */
static int cmd_hash(const char *variant, const char *fname, long n, uint64_t seed)
{
  int fn = fn_index(fname);
  loop_fn *f = lookup(variant, fname);
  rng_state = seed * 0x2545f4914f6cdd1d + (uint64_t)fn;
  double *in = malloc(n * sizeof *in), *out = malloc(n * sizeof *out);
  for (long i = 0; i < n; i++) in[i] = random_arg(fn);
  f((size_t)n, in, out);
  uint64_t h = 0xcbf29ce484222325;
  for (long i = 0; i < n; i++) {
    uint64_t u;
    memcpy(&u, &out[i], 8);
    if (isnan(out[i])) u = 0x7ff8000000000000; /* any NaN */
    for (int b = 0; b < 64; b += 8) h = (h ^ ((u >> b) & 0xff)) * 0x100000001b3;
  }
  printf("{\"mode\":\"hash\",\"variant\":\"%s\",\"fn\":\"%s\",\"n\":%ld,\"hash\":\"%016llx\"}\n", variant,
         fname, n, (unsigned long long)h);
  free(in), free(out);
  return 0;
}

/* Reference points: "arg expected" lines; error vs long double, and vs the file's value in ulps. */
static int cmd_ref(const char *variant, const char *fname, const char *path)
{
  int fn = fn_index(fname);
  loop_fn *f = lookup(variant, fname);
  FILE *fp = fopen(path, "r");
  if (!fp) return perror(path), 2;
  size_t cap = 1024, n = 0;
  double *in = malloc(cap * 8), *want = malloc(cap * 8);
  char a[128], b[128];
  while (fscanf(fp, "%127s %127s", a, b) == 2) {
    if (n == cap) cap *= 2, in = realloc(in, cap * 8), want = realloc(want, cap * 8);
    in[n] = strtod(a, NULL), want[n] = strtod(b, NULL), n++;
  }
  fclose(fp);
  double *out = malloc((n + 1) * 8);
  f(n, in, out);
  stats s = {0};
  double max_vs_file = 0;
  long off_file = 0;
  for (size_t i = 0; i < n; i++) {
    account(&s, in[i], out[i], reference(fn, in[i]));
    double d = ulp_error(out[i], (long double)want[i]); /* whole ulps from the correctly rounded value */
    if (d > max_vs_file) max_vs_file = d;
    if (!(out[i] == want[i] || (isnan(out[i]) && isnan(want[i]))) ||
        (out[i] == 0 && signbit(out[i]) != signbit(want[i])))
      off_file++;
  }
  char extra[128];
  snprintf(extra, sizeof extra, ",\"maxUlpVsFile\":%s%.17g%s,\"notCRvsFile\":%ld",
           isinf(max_vs_file) ? "\"" : "", isinf(max_vs_file) ? 1e308 : max_vs_file,
           isinf(max_vs_file) ? "\"" : "", off_file);
  print_stats("ref", variant, fname, &s, extra);
  return 0;
}

/* Special values: results must match C99/IEEE exactly (bits, except NaN payloads). */
static int cmd_special(const char *variant)
{
  static const double xs[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0,
                              DBL_MIN, -DBL_MIN, 0x1p-1074, -0x1p-1074, DBL_MAX, -DBL_MAX,
                              0x1p-1073, 0x1.8p-1060, 0x1p-30, -0x1p-30, 0x1p21, 0x1.0000000000001p21,
                              -0x1p21, 709.782712893384, 709.7827128933841, -745.1332191019411,
                              -745.1332191019412, -745.13321910194122, -708.3964185322641,
                              -708.39641853226408, 1e300, -1e300, 0.5, 2.0, 1.5707963267948966,
                              3.141592653589793, 1e22, 0x1p1023, -0.5, -0.9999999999999999,
                              -1.0000000000000002, -37.5, -40.0, -1e-300, 1e-300, 0x1p-54,
                              -0x1p-54, 0x1.0000000000001p-54, 709.4, 709.5, 0.41, -0.29, 0x1p53,
                              0x1p54};
  const size_t n = sizeof xs / sizeof xs[0];
  double out[64];
  long bad = 0;
  printf("{\"mode\":\"special\",\"variant\":\"%s\",\"n\":%zu,\"failures\":[", variant, n * NFN);
  for (int fn = 0; fn < NFN; fn++) {
    loop_fn *f = lookup(variant, fns[fn]);
    f(n, xs, out);
    for (size_t i = 0; i < n; i++) {
      long double ref = reference(fn, xs[i]);
      double rd = (double)ref;
      int exact_class = isnan(xs[i]) || isinf(xs[i]) || xs[i] == 0 || isnan(rd) || isinf(rd) ||
                        rd == 0 || rd == 1.0 || rd == -1.0 || xs[i] == 1.0;
      int ok;
      if (exact_class)
        ok = (isnan(out[i]) && isnan(rd)) ||
             (out[i] == rd && signbit(out[i]) == signbit(rd));
      else
        ok = ulp_error(out[i], ref) <= 1.0;
      if (!ok) printf("%s{\"fn\":\"%s\",\"x\":\"%a\",\"got\":\"%a\",\"want\":\"%a\"}", bad++ ? "," : "", fns[fn], xs[i], out[i], rd);
    }
  }
  printf("]}\n");
  return 0;
}

static double now(void)
{
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); /* CPU time: a loaded machine's preemptions drop out */
  return t.tv_sec + t.tv_nsec * 1e-9;
}

/*
 * ns/element of out[i] = f(in[i]) for every variant, arguments in the function's usual domain.
 * Rounds: each variant once per round (interleaved, so drifts in machine speed hit all alike);
 * reported: the best round (thread CPU time).
 */
static int cmd_bench(const char *fname, long n, int reps, const char *lo, const char *hi)
{
  int fn = fn_index(fname);
  double *in = malloc(n * 8), *out = malloc(n * 8);
  rng_state = 12345;
  for (long i = 0; i < n; i++) {
    switch (fn) {
    case 0: in[i] = uniform(-700.0, 700.0); break;
    case 1: in[i] = loguni(-1000, 1000); break;
    case 4: in[i] = uniform(-5.0, 5.0); break;
    case 5: in[i] = rng() & 1 ? loguni(-30, 10) : -uniform(0.0, 0.99); break;
    default: in[i] = uniform(-100.0, 100.0); break;
    }
    if (lo && hi) in[i] = uniform(atof(lo), atof(hi));
  }
  int have_avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  double best[NVAR];
  for (size_t v = 0; v < NVAR; v++) best[v] = INFINITY;
  for (int r = 0; r < reps; r++)
    for (size_t v = 0; v < NVAR; v++) {
      if (variants[v].avx2 && !have_avx2) continue;
      double t0 = now();
      variants[v].f[fn]((size_t)n, in, out);
      double t = now() - t0;
      if (t < best[v]) best[v] = t;
    }
  printf("{\"mode\":\"bench\",\"fn\":\"%s\",\"n\":%ld,\"ns\":{", fname, n);
  int first = 1;
  for (size_t v = 0; v < NVAR; v++) {
    if (isinf(best[v])) continue;
    printf("%s\"%s\":%.4f", first ? "" : ",", variants[v].name, best[v] / n * 1e9);
    first = 0;
  }
  printf("}}\n");
  free(in), free(out);
  return 0;
}

int main(int argc, char **argv)
{
  if (argc >= 6 && !strcmp(argv[1], "random"))
    return cmd_random(argv[2], argv[3], atol(argv[4]), strtoull(argv[5], NULL, 10), argc >= 8 ? argv[6] : NULL,
                      argc >= 8 ? argv[7] : NULL);
  if (argc >= 6 && !strcmp(argv[1], "flags")) return cmd_flags(argv[2], argv[3], atof(argv[4]), atof(argv[5]));
  if (argc >= 6 && !strcmp(argv[1], "hash"))
    return cmd_hash(argv[2], argv[3], atol(argv[4]), strtoull(argv[5], NULL, 10));
  if (argc >= 5 && !strcmp(argv[1], "ref")) return cmd_ref(argv[2], argv[3], argv[4]);
  if (argc >= 3 && !strcmp(argv[1], "special")) return cmd_special(argv[2]);
  if (argc >= 5 && !strcmp(argv[1], "bench"))
    return cmd_bench(argv[2], atol(argv[3]), atoi(argv[4]), argc >= 7 ? argv[5] : NULL, argc >= 7 ? argv[6] : NULL);
  fprintf(stderr, "usage: driver random|ref|special|bench ...\n");
  return 2;
}
