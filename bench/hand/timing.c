/*
 * Node-API glue for the hand-written C baselines (bench/hand/kernels.c), so that they are timed in
 * the same process as symkernel and the JS loops, interleaved with them. The timing is done here,
 * in C, around the kernel calls (clock_gettime), so no Node-API call cost is counted:
 *
 *   run(id, out, x, y, p0, p1)            one call, for the correctness checks
 *   time(id, reps, out, x, y, p0, p1)     [wall ns, thread CPU ns] for `reps` back-to-back calls
 *   cpuNs()                               CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID),
 *                                         for timing the JS variants by CPU time too
 *
 * id: 0 pdf(x; mu = p0, sigma = p1), 1 rational(x), 2 piecewise(x), 3 trig(x, y), 4 lgamma(x, y),
 * 5 gamma(x), 6 j0(x), 7 axpy(a = p0; x, y), 8 triad(out = x + p0*y).
 * x, y: Float64Arrays of out's length (y is ignored by one-array kernels and may be anything).
 *
 * kernels.c is a separate translation unit (no LTO): the calls below cannot be inlined or hoisted.
 */
#define _POSIX_C_SOURCE 200809L
#define NAPI_VERSION 8
#include <node_api.h>
#include <stddef.h>
#include <time.h>

void hand_pdf(size_t n, const double *x, double mu, double sigma, double *out);
void hand_rational(size_t n, const double *x, double *out);
void hand_piecewise(size_t n, const double *x, double *out);
void hand_trig(size_t n, const double *x, const double *y, double *out);
void hand_lgamma(size_t n, const double *x, const double *y, double *out);
void hand_gamma(size_t n, const double *x, double *out);
void hand_j0(size_t n, const double *x, double *out);
void hand_axpy(size_t n, double a, const double *x, const double *y, double *out);
void hand_triad(size_t n, const double *b, const double *c, double q, double *out);

enum { K_PDF, K_RATIONAL, K_PIECEWISE, K_TRIG, K_LGAMMA, K_GAMMA, K_J0, K_AXPY, K_TRIAD, K_COUNT };

static int run_kernel(int id, size_t n, double *out, const double *x, const double *y, double p0, double p1)
{
  switch (id) {
  case K_PDF: hand_pdf(n, x, p0, p1, out); return 1;
  case K_RATIONAL: hand_rational(n, x, out); return 1;
  case K_PIECEWISE: hand_piecewise(n, x, out); return 1;
  case K_TRIG: hand_trig(n, x, y, out); return 1;
  case K_LGAMMA: hand_lgamma(n, x, y, out); return 1;
  case K_GAMMA: hand_gamma(n, x, out); return 1;
  case K_J0: hand_j0(n, x, out); return 1;
  case K_AXPY: hand_axpy(n, p0, x, y, out); return 1;
  case K_TRIAD: hand_triad(n, x, y, p0, out); return 1;
  default: return 0;
  }
}

static int f64(napi_env env, napi_value v, double **data, size_t *length)
{
  bool is = false;
  napi_typedarray_type type;
  void *raw = NULL;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return 0;
  if (napi_get_typedarray_info(env, v, &type, length, &raw, NULL, NULL) != napi_ok || type != napi_float64_array) return 0;
  *data = (double *)raw;
  return 1;
}

/* Parses (id, [reps,] out, x, y, p0, p1); throws and returns 0 on bad arguments. */
static int parse(napi_env env, napi_callback_info info, int with_reps, int *id, double *reps, double **out, size_t *n,
                 double **x, double **y, double *p0, double *p1)
{
  napi_value argv[7];
  size_t argc = 7;
  const size_t want = with_reps ? 7 : 6;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != want) {
    napi_throw_type_error(env, NULL, "hand: wrong argument count");
    return 0;
  }
  size_t k = 0;
  int32_t i32 = -1;
  if (napi_get_value_int32(env, argv[k++], &i32) != napi_ok || i32 < 0 || i32 >= K_COUNT) {
    napi_throw_type_error(env, NULL, "hand: bad kernel id");
    return 0;
  }
  *id = i32;
  *reps = 1;
  if (with_reps && (napi_get_value_double(env, argv[k++], reps) != napi_ok || *reps < 1)) {
    napi_throw_type_error(env, NULL, "hand: bad reps");
    return 0;
  }
  size_t lx = 0, ly = 0;
  if (!f64(env, argv[k++], out, n) || !f64(env, argv[k++], x, &lx)) {
    napi_throw_type_error(env, NULL, "hand: out and x must be Float64Arrays");
    return 0;
  }
  if (!f64(env, argv[k++], y, &ly)) {
    *y = NULL;
    ly = *n;
  }
  if (lx != *n || ly != *n) {
    napi_throw_range_error(env, NULL, "hand: length mismatch");
    return 0;
  }
  if (*id == K_TRIG || *id == K_LGAMMA || *id == K_AXPY || *id == K_TRIAD) {
    if (!*y) {
      napi_throw_type_error(env, NULL, "hand: this kernel needs y");
      return 0;
    }
  }
  if (napi_get_value_double(env, argv[k++], p0) != napi_ok || napi_get_value_double(env, argv[k++], p1) != napi_ok) {
    napi_throw_type_error(env, NULL, "hand: p0 and p1 must be numbers");
    return 0;
  }
  return 1;
}

static napi_value js_run(napi_env env, napi_callback_info info)
{
  int id;
  double reps, *out, *x, *y, p0, p1;
  size_t n;
  if (!parse(env, info, 0, &id, &reps, &out, &n, &x, &y, &p0, &p1)) return NULL;
  run_kernel(id, n, out, x, y, p0, p1);
  return NULL;
}

static napi_value js_time(napi_env env, napi_callback_info info)
{
  int id;
  double reps, *out, *x, *y, p0, p1;
  size_t n;
  if (!parse(env, info, 1, &id, &reps, &out, &n, &x, &y, &p0, &p1)) return NULL;
  const long count = (long)reps;
  struct timespec t0, t1, c0, c1;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (long r = 0; r < count; r++) run_kernel(id, n, out, x, y, p0, p1);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
  napi_value result, wall, cpu;
  if (napi_create_array_with_length(env, 2, &result) != napi_ok ||
      napi_create_double(env, (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec), &wall) != napi_ok ||
      napi_create_double(env, (double)(c1.tv_sec - c0.tv_sec) * 1e9 + (double)(c1.tv_nsec - c0.tv_nsec), &cpu) != napi_ok ||
      napi_set_element(env, result, 0, wall) != napi_ok || napi_set_element(env, result, 1, cpu) != napi_ok)
    return NULL;
  return result;
}

static napi_value js_cpu_ns(napi_env env, napi_callback_info info)
{
  (void)info;
  struct timespec c;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
  napi_value result;
  napi_create_double(env, (double)c.tv_sec * 1e9 + (double)c.tv_nsec, &result);
  return result;
}

NAPI_MODULE_INIT()
{
  napi_value fn;
  if (napi_create_function(env, "run", NAPI_AUTO_LENGTH, js_run, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "run", fn) != napi_ok ||
      napi_create_function(env, "time", NAPI_AUTO_LENGTH, js_time, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "time", fn) != napi_ok ||
      napi_create_function(env, "cpuNs", NAPI_AUTO_LENGTH, js_cpu_ns, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "cpuNs", fn) != napi_ok)
    return NULL;
  return exports;
}
