/*
 * symkernel native driver: the Node-API glue every generated addon includes.
 *
 * A generated addon defines its kernels as plain C loops over contiguous arrays with one signature
 * (sk_kernel_fn) and a table of them; this header turns each table row into a JS function
 *
 *     kernel(out0, ..., outK-1, in0, ..., inN-1)
 *
 * where every out is a Float64Array of length n and every in is a number (broadcast) or a
 * Float64Array of length n. Buffers are read and written in place (byte offsets included).
 *
 * The driver walks the arrays in blocks of SK_BLOCK elements: a number argument is broadcast into
 * a block-sized buffer once, so every kernel loop sees only contiguous pointers and the compiler
 * vectorizes it (sk_simd.h). Calls of at least SK_PARALLEL_MIN elements are split into chunks run
 * on the worker pool (sk_pool.h); elementwise results do not depend on the split.
 *
 * Every entry point follows the same four beats: get args -> check count and types -> TypeError
 * naming the argument -> run. Every napi_status is checked. Bad arguments throw; they never crash.
 * The JS runtime validates first (with parameter names); these checks are the safety net.
 */
#ifndef SK_ADDON_H
#define SK_ADDON_H

#define NAPI_VERSION 8
#include <node_api.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "sk_kernel.h" /* sk_kernel_fn, sk_kernel; sk_simd.h */
#include "sk_pool.h"

#define SK_MAX_IN 64
#define SK_MAX_OUT 16
#define SK_ABI_VERSION 3
/* Elements per block: small enough for the broadcast buffers and temporaries to stay in L1. */
#define SK_BLOCK 256
/* Calls at least this long are split across the worker pool; chunks are at least this long too. */
#define SK_PARALLEL_MIN 32768

#define SK_CHECK(env, call)                                                   \
  do {                                                                        \
    if ((call) != napi_ok) {                                                  \
      sk_throw_last_error(env, #call);                                        \
      return NULL;                                                            \
    }                                                                         \
  } while (0)

static void sk_throw_last_error(napi_env env, const char *what)
{
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return;
  const napi_extended_error_info *info = NULL;
  napi_get_last_error_info(env, &info);
  char message[256];
  snprintf(message, sizeof message, "symkernel: %s failed: %s", what,
           info && info->error_message ? info->error_message : "unknown error");
  napi_throw_error(env, "SK_NAPI", message);
}

static napi_value sk_type_error(napi_env env, const char *format, unsigned index)
{
  char message[160];
  snprintf(message, sizeof message, format, index);
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", message);
  return NULL;
}

/* Element types the driver accepts for arrays. Kernels always compute in double. */
enum { SK_F64 = 0, SK_F32 = 1 };

/* Reads a Float64Array or Float32Array argument; returns 0 (without throwing) if it is neither. */
static int sk_typed_array(napi_env env, napi_value value, void **data, size_t *length, int *dtype)
{
  bool is_typed = false;
  if (napi_is_typedarray(env, value, &is_typed) != napi_ok || !is_typed) return 0;
  napi_typedarray_type type;
  void *raw = NULL;
  if (napi_get_typedarray_info(env, value, &type, length, &raw, NULL, NULL) != napi_ok) return 0;
  if (type == napi_float64_array) *dtype = SK_F64;
  else if (type == napi_float32_array) *dtype = SK_F32;
  else return 0;
  *data = raw;
  return 1;
}

enum { SK_MAP = 0, SK_SUM = 1, SK_MIN = 2, SK_MAX = 3 };

/* Reductions are combined from partials of this many elements, whatever the thread count, so
 * their result does not depend on it (bit for bit). */
#define SK_REDUCE_CHUNK 65536

/* One call's arguments, as the block loop needs them. */
typedef struct {
  const sk_kernel *kernel;
  size_t n;
  int dtype;       /* of the arrays: SK_F64, or SK_F32 (converted block by block) */
  int op;          /* SK_MAP writes the outputs; the others reduce them */
  const void *in[SK_MAX_IN];
  int scalar[SK_MAX_IN];
  double value[SK_MAX_IN];
  void *out[SK_MAX_OUT];
  size_t chunk;    /* elements per parallel chunk */
  double *partial; /* reductions: [chunks][nout][2] (value, compensation) */
} sk_call_args;

/* Neumaier's compensated addition: *sum + *c carries the running total. */
static inline void sk_neumaier(double *sum, double *c, double x)
{
  double t = *sum + x;
  if (fabs(*sum) >= fabs(x)) *c += (*sum - t) + x;
  else *c += (x - t) + *sum;
  *sum = t;
}

/* Pairwise sum of a block (error O(log n · eps)). */
static double sk_pairwise(const double *x, size_t n)
{
  if (n <= 8) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += x[i];
    return s;
  }
  size_t h = n / 2;
  return sk_pairwise(x, h) + sk_pairwise(x + h, n - h);
}

/* NaN-propagating min/max (NaN wins, as numpy's). */
static inline double sk_min2(double a, double b) { return (a < b || a != a) ? a : b; }
static inline double sk_max2(double a, double b) { return (a > b || a != a) ? a : b; }

/* Runs elements [begin, end) block by block; for reductions, accumulates into acc[nout][2]. */
static void sk_run_range(const sk_call_args *a, size_t begin, size_t end, double *acc)
{
  const uint32_t nin = a->kernel->nin, nout = a->kernel->nout;
  const int convert = a->dtype == SK_F32;
  /* One block buffer per input that needs one (broadcast number or converted float) and per
   * output that is not written in place; on the stack when small, else on the heap. */
  double stack[16 * SK_BLOCK];
  size_t need = (size_t)(nin + nout) * SK_BLOCK;
  double *buffers = need <= 16 * SK_BLOCK ? stack : (double *)malloc(need * sizeof(double));
  if (!buffers) abort();
  const double *in[SK_MAX_IN];
  double *out[SK_MAX_OUT];
  size_t fill = end - begin < SK_BLOCK ? end - begin : SK_BLOCK; /* a short call needs a short broadcast */
  for (uint32_t i = 0; i < nin; i++) {
    if (!a->scalar[i]) continue;
    double *b = buffers + (size_t)i * SK_BLOCK;
    for (size_t j = 0; j < fill; j++) b[j] = a->value[i];
    in[i] = b;
  }
  for (size_t start = begin; start < end; start += SK_BLOCK) {
    size_t len = end - start < SK_BLOCK ? end - start : SK_BLOCK;
    for (uint32_t i = 0; i < nin; i++) {
      if (a->scalar[i]) continue;
      if (convert) {
        double *b = buffers + (size_t)i * SK_BLOCK;
        const float *src = (const float *)a->in[i] + start;
        for (size_t j = 0; j < len; j++) b[j] = src[j];
        in[i] = b;
      } else {
        in[i] = (const double *)a->in[i] + start;
      }
    }
    for (uint32_t k = 0; k < nout; k++) {
      out[k] = (convert || a->op != SK_MAP) ? buffers + (size_t)(nin + k) * SK_BLOCK : (double *)a->out[k] + start;
    }
    a->kernel->fn(len, in, out);
    for (uint32_t k = 0; k < nout; k++) {
      if (a->op == SK_MAP) {
        if (convert) {
          float *dst = (float *)a->out[k] + start;
          for (size_t j = 0; j < len; j++) dst[j] = (float)out[k][j];
        }
      } else if (a->op == SK_SUM) {
        sk_neumaier(&acc[2 * k], &acc[2 * k + 1], sk_pairwise(out[k], len));
      } else {
        double m = acc[2 * k];
        for (size_t j = 0; j < len; j++) m = a->op == SK_MIN ? sk_min2(m, out[k][j]) : sk_max2(m, out[k][j]);
        acc[2 * k] = m;
      }
    }
  }
  if (buffers != stack) free(buffers);
}

static void sk_reduce_init(const sk_call_args *a, double *acc)
{
  for (uint32_t k = 0; k < a->kernel->nout; k++) {
    acc[2 * k] = a->op == SK_SUM ? 0.0 : a->op == SK_MIN ? INFINITY : -INFINITY;
    acc[2 * k + 1] = 0.0;
  }
}

static void sk_run_chunk(void *ctx, size_t c)
{
  const sk_call_args *a = (const sk_call_args *)ctx;
  size_t begin = c * a->chunk, end = begin + a->chunk < a->n ? begin + a->chunk : a->n;
  double *acc = a->partial ? a->partial + c * 2 * a->kernel->nout : NULL;
  if (acc) sk_reduce_init(a, acc);
  sk_run_range(a, begin, end, acc);
}

/*
 * Runs a whole call: on the pool when it is long enough to pay for it. Reductions always go
 * through SK_REDUCE_CHUNK-sized partials combined in order, so any thread count gives the same
 * bits; `result` receives one (value, compensation) pair per output.
 */
static int sk_run(sk_call_args *a, double *result)
{
  int threads = a->n >= SK_PARALLEL_MIN ? sk_thread_count() : 1;
  a->partial = NULL;
  if (a->op != SK_MAP) {
    size_t chunks = a->n ? (a->n + SK_REDUCE_CHUNK - 1) / SK_REDUCE_CHUNK : 1;
    a->chunk = SK_REDUCE_CHUNK;
    a->partial = (double *)malloc(chunks * 2 * a->kernel->nout * sizeof(double));
    if (!a->partial) return 0;
    if (threads > 1 && chunks > 1) sk_parallel(sk_run_chunk, a, chunks);
    else for (size_t c = 0; c < chunks; c++) sk_run_chunk(a, c);
    sk_reduce_init(a, result);
    for (size_t c = 0; c < chunks; c++) {
      for (uint32_t k = 0; k < a->kernel->nout; k++) {
        const double *p = a->partial + (c * a->kernel->nout + k) * 2;
        if (a->op == SK_SUM) {
          sk_neumaier(&result[2 * k], &result[2 * k + 1], p[0]);
          sk_neumaier(&result[2 * k], &result[2 * k + 1], p[1]);
        } else {
          result[2 * k] = a->op == SK_MIN ? sk_min2(result[2 * k], p[0]) : sk_max2(result[2 * k], p[0]);
        }
      }
    }
    free(a->partial);
    a->partial = NULL;
    return 1;
  }
  if (threads <= 1) {
    sk_run_range(a, 0, a->n, NULL);
    return 1;
  }
  /* A few chunks per thread for balance, each a whole number of blocks. */
  size_t chunks = (size_t)threads * 4;
  size_t chunk = (a->n + chunks - 1) / chunks;
  if (chunk < SK_PARALLEL_MIN / 2) chunk = SK_PARALLEL_MIN / 2;
  chunk = (chunk + SK_BLOCK - 1) / SK_BLOCK * SK_BLOCK;
  a->chunk = chunk;
  sk_parallel(sk_run_chunk, a, (a->n + chunk - 1) / chunk);
  return 1;
}

/*
 * Reads the arguments of a map call (out..., in...) or, with `outputs` 0, of a reduction
 * (in..., n is taken from the arrays) into `a`. Throws and returns 0 on a bad argument.
 */
static int sk_read_args(napi_env env, const sk_kernel *kernel, size_t argc, napi_value *argv, int outputs, sk_call_args *a)
{
  a->kernel = kernel;
  a->n = 0;
  a->dtype = -1;
  uint32_t nout = outputs ? kernel->nout : 0;
  if (argc != kernel->nin + nout) {
    sk_type_error(env, "symkernel: kernel expects %u arguments", kernel->nin + nout);
    return 0;
  }
  int have_length = 0;
  for (uint32_t k = 0; k < nout; k++) {
    size_t length = 0;
    int dtype = 0;
    if (!sk_typed_array(env, argv[k], &a->out[k], &length, &dtype)) {
      sk_type_error(env, "symkernel: output %u must be a Float64Array or Float32Array", k);
      return 0;
    }
    if (k == 0) {
      a->n = length;
      a->dtype = dtype;
      have_length = 1;
    } else if (length != a->n || dtype != a->dtype) {
      sk_type_error(env, "symkernel: output %u differs in length or type from output 0", k);
      return 0;
    }
  }
  for (uint32_t i = 0; i < kernel->nin; i++) {
    napi_value value = argv[nout + i];
    napi_valuetype type;
    if (napi_typeof(env, value, &type) != napi_ok) {
      sk_throw_last_error(env, "napi_typeof");
      return 0;
    }
    if (type == napi_number) {
      if (napi_get_value_double(env, value, &a->value[i]) != napi_ok) {
        sk_throw_last_error(env, "napi_get_value_double");
        return 0;
      }
      a->scalar[i] = 1;
      a->in[i] = NULL;
      continue;
    }
    void *array = NULL;
    size_t length = 0;
    int dtype = 0;
    if (!sk_typed_array(env, value, &array, &length, &dtype)) {
      sk_type_error(env, "symkernel: input %u must be a number, a Float64Array or a Float32Array", i);
      return 0;
    }
    if (!have_length) {
      a->n = length;
      a->dtype = dtype;
      have_length = 1;
    } else if (length != a->n || dtype != a->dtype) {
      sk_type_error(env, "symkernel: input %u differs in length or element type from the others", i);
      return 0;
    }
    a->scalar[i] = 0;
    a->in[i] = array;
  }
  if (a->dtype < 0) a->dtype = SK_F64;
  a->op = SK_MAP;
  return 1;
}

static napi_value sk_call(napi_env env, napi_callback_info info)
{
  napi_value argv[SK_MAX_IN + SK_MAX_OUT];
  size_t argc = SK_MAX_IN + SK_MAX_OUT;
  void *data = NULL;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, &data));
  sk_call_args a;
  if (!sk_read_args(env, (const sk_kernel *)data, argc, argv, 1, &a)) return NULL;
  sk_run(&a, NULL);
  return NULL;
}

/* reduce(op, in...): op 1 sum, 2 min, 3 max; returns [value per output] (sums compensated). */
static napi_value sk_reduce(napi_env env, napi_callback_info info)
{
  napi_value argv[SK_MAX_IN + 1];
  size_t argc = SK_MAX_IN + 1;
  void *data = NULL;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, &data));
  const sk_kernel *kernel = (const sk_kernel *)data;
  int32_t op = 0;
  if (argc < 1 || napi_get_value_int32(env, argv[0], &op) != napi_ok || op < SK_SUM || op > SK_MAX)
    return sk_type_error(env, "symkernel: reduce(op, ...) needs op 1, 2 or %u", SK_MAX);
  sk_call_args a;
  if (!sk_read_args(env, kernel, argc - 1, argv + 1, 0, &a)) return NULL;
  a.op = op;
  double result[2 * SK_MAX_OUT];
  if (!sk_run(&a, result)) {
    napi_throw_error(env, "SK_MEMORY", "symkernel: out of memory");
    return NULL;
  }
  napi_value list;
  SK_CHECK(env, napi_create_array_with_length(env, kernel->nout, &list));
  for (uint32_t k = 0; k < kernel->nout; k++) {
    napi_value v;
    SK_CHECK(env, napi_create_double(env, op == SK_SUM ? result[2 * k] + result[2 * k + 1] : result[2 * k], &v));
    SK_CHECK(env, napi_set_element(env, list, k, v));
  }
  return list;
}

/* async(out..., in...): the map call on a libuv worker thread; resolves when done. */
typedef struct {
  sk_call_args args;
  napi_async_work work;
  napi_deferred deferred;
  napi_ref refs[SK_MAX_IN + SK_MAX_OUT]; /* keep every buffer alive until the promise settles */
  size_t nrefs;
} sk_async_call;

static void sk_async_execute(napi_env env, void *data)
{
  (void)env;
  sk_async_call *c = (sk_async_call *)data;
  sk_run(&c->args, NULL);
}

static void sk_async_complete(napi_env env, napi_status status, void *data)
{
  sk_async_call *c = (sk_async_call *)data;
  for (size_t i = 0; i < c->nrefs; i++) napi_delete_reference(env, c->refs[i]);
  napi_value undefined;
  napi_get_undefined(env, &undefined);
  if (status == napi_ok) napi_resolve_deferred(env, c->deferred, undefined);
  else {
    napi_value message, error;
    napi_create_string_utf8(env, "symkernel: async kernel call was cancelled", NAPI_AUTO_LENGTH, &message);
    napi_create_error(env, NULL, message, &error);
    napi_reject_deferred(env, c->deferred, error);
  }
  napi_delete_async_work(env, c->work);
  free(c);
}

static napi_value sk_call_async(napi_env env, napi_callback_info info)
{
  napi_value argv[SK_MAX_IN + SK_MAX_OUT];
  size_t argc = SK_MAX_IN + SK_MAX_OUT;
  void *data = NULL;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, &data));
  sk_async_call *c = (sk_async_call *)calloc(1, sizeof *c);
  if (!c) {
    napi_throw_error(env, "SK_MEMORY", "symkernel: out of memory");
    return NULL;
  }
  if (!sk_read_args(env, (const sk_kernel *)data, argc, argv, 1, &c->args)) {
    free(c);
    return NULL;
  }
  napi_value promise, name;
  for (size_t i = 0; i < argc; i++) {
    napi_valuetype type;
    if (napi_typeof(env, argv[i], &type) == napi_ok && type == napi_object &&
        napi_create_reference(env, argv[i], 1, &c->refs[c->nrefs]) == napi_ok)
      c->nrefs++;
  }
  if (napi_create_promise(env, &c->deferred, &promise) != napi_ok ||
      napi_create_string_utf8(env, "symkernel", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, sk_async_execute, sk_async_complete, c, &c->work) != napi_ok ||
      napi_queue_async_work(env, c->work) != napi_ok) {
    for (size_t i = 0; i < c->nrefs; i++) napi_delete_reference(env, c->refs[i]);
    free(c);
    sk_throw_last_error(env, "queueing an async kernel call");
    return NULL;
  }
  return promise;
}

/* setThreads(n): threads for large calls, including the caller (1 = no pool). */
static napi_value sk_set_threads_js(napi_env env, napi_callback_info info)
{
  napi_value argv[1];
  size_t argc = 1;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t n = 0;
  if (argc != 1 || napi_get_value_int32(env, argv[0], &n) != napi_ok) return sk_type_error(env, "symkernel: setThreads(n) takes %u integer", 1);
  sk_set_threads(n);
  return NULL;
}

static napi_value sk_get_threads_js(napi_env env, napi_callback_info info)
{
  (void)info;
  napi_value result;
  SK_CHECK(env, napi_create_int32(env, sk_thread_count(), &result));
  return result;
}

/* Exports one kernel: the map function `name`, with `.reduce` and `.async` attached. */
static napi_value sk_export_kernel(napi_env env, napi_value exports, const sk_kernel *k)
{
  napi_value fn, reduce, async;
  SK_CHECK(env, napi_create_function(env, k->name, NAPI_AUTO_LENGTH, sk_call, (void *)k, &fn));
  SK_CHECK(env, napi_create_function(env, "reduce", NAPI_AUTO_LENGTH, sk_reduce, (void *)k, &reduce));
  SK_CHECK(env, napi_create_function(env, "async", NAPI_AUTO_LENGTH, sk_call_async, (void *)k, &async));
  SK_CHECK(env, napi_set_named_property(env, fn, "reduce", reduce));
  SK_CHECK(env, napi_set_named_property(env, fn, "async", async));
  SK_CHECK(env, napi_set_named_property(env, exports, k->name, fn));
  return exports;
}

/* Defines the module: one JS function per table row, plus the ABI version. */
#define SK_DEFINE_ADDON(table) SK_DEFINE_ADDON_N(table, sizeof(table) / sizeof((table)[0]))

/* The same for a table of `count` rows defined in another translation unit (the split build:
 * `extern const sk_kernel table[]; extern const size_t count;`). */
#define SK_DEFINE_ADDON_N(table, count)                                                      \
  NAPI_MODULE_INIT()                                                                         \
  {                                                                                          \
    for (size_t i = 0; i < (count); i++)                                                     \
      if (!sk_export_kernel(env, exports, &(table)[i])) return NULL;                         \
    napi_value abi, fn;                                                                      \
    SK_CHECK(env, napi_create_uint32(env, SK_ABI_VERSION, &abi));                            \
    SK_CHECK(env, napi_set_named_property(env, exports, "symkernelAbi", abi));               \
    SK_CHECK(env, napi_create_function(env, "setThreads", NAPI_AUTO_LENGTH, sk_set_threads_js, \
                                       NULL, &fn));                                          \
    SK_CHECK(env, napi_set_named_property(env, exports, "setThreads", fn));                  \
    SK_CHECK(env, napi_create_function(env, "getThreads", NAPI_AUTO_LENGTH, sk_get_threads_js, \
                                       NULL, &fn));                                          \
    SK_CHECK(env, napi_set_named_property(env, exports, "getThreads", fn));                  \
    return exports;                                                                          \
  }

#endif /* SK_ADDON_H */
