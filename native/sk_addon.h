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
#include "sk_simd.h"
#include "sk_pool.h"

#define SK_MAX_IN 64
#define SK_MAX_OUT 16
#define SK_ABI_VERSION 2
/* Elements per block: small enough for the broadcast buffers and temporaries to stay in L1. */
#define SK_BLOCK 256
/* Calls at least this long are split across the worker pool; chunks are at least this long too. */
#define SK_PARALLEL_MIN 32768

/* A kernel: n elements, contiguous inputs and outputs (an output may be one of the inputs). */
typedef void (*sk_kernel_fn)(size_t n, const double *const *in, double *const *out);

typedef struct {
  const char *name;
  sk_kernel_fn fn;
  uint32_t nin;
  uint32_t nout;
} sk_kernel;

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

/* Reads a Float64Array argument; returns 0 and throws if it is anything else. */
static int sk_float64_array(napi_env env, napi_value value, double **data, size_t *length)
{
  bool is_typed = false;
  if (napi_is_typedarray(env, value, &is_typed) != napi_ok || !is_typed) return 0;
  napi_typedarray_type type;
  void *raw = NULL;
  if (napi_get_typedarray_info(env, value, &type, length, &raw, NULL, NULL) != napi_ok) return 0;
  if (type != napi_float64_array) return 0;
  *data = (double *)raw;
  return 1;
}

/* One call's arguments, as the block loop needs them. */
typedef struct {
  const sk_kernel *kernel;
  size_t n;
  const double *in[SK_MAX_IN];
  int scalar[SK_MAX_IN];
  double value[SK_MAX_IN];
  double *out[SK_MAX_OUT];
  size_t chunk; /* elements per parallel chunk */
} sk_call_args;

/* Runs elements [begin, end) block by block. */
static void sk_run_range(const sk_call_args *a, size_t begin, size_t end)
{
  const uint32_t nin = a->kernel->nin, nout = a->kernel->nout;
  double broadcast[SK_MAX_IN][SK_BLOCK];
  const double *in[SK_MAX_IN];
  double *out[SK_MAX_OUT];
  for (uint32_t i = 0; i < nin; i++) {
    if (!a->scalar[i]) continue;
    for (size_t j = 0; j < SK_BLOCK; j++) broadcast[i][j] = a->value[i];
    in[i] = broadcast[i];
  }
  for (size_t start = begin; start < end; start += SK_BLOCK) {
    size_t len = end - start < SK_BLOCK ? end - start : SK_BLOCK;
    for (uint32_t i = 0; i < nin; i++)
      if (!a->scalar[i]) in[i] = a->in[i] + start;
    for (uint32_t k = 0; k < nout; k++) out[k] = a->out[k] + start;
    a->kernel->fn(len, in, out);
  }
}

static void sk_run_chunk(void *ctx, size_t c)
{
  const sk_call_args *a = (const sk_call_args *)ctx;
  size_t begin = c * a->chunk, end = begin + a->chunk < a->n ? begin + a->chunk : a->n;
  sk_run_range(a, begin, end);
}

/* Runs a whole call: on the pool when it is long enough to pay for it. */
static void sk_run(sk_call_args *a)
{
  int threads = a->n >= SK_PARALLEL_MIN ? sk_thread_count() : 1;
  if (threads <= 1) {
    sk_run_range(a, 0, a->n);
    return;
  }
  /* A few chunks per thread for balance, each a whole number of blocks. */
  size_t chunks = (size_t)threads * 4;
  size_t chunk = (a->n + chunks - 1) / chunks;
  if (chunk < SK_PARALLEL_MIN / 2) chunk = SK_PARALLEL_MIN / 2;
  chunk = (chunk + SK_BLOCK - 1) / SK_BLOCK * SK_BLOCK;
  a->chunk = chunk;
  sk_parallel(sk_run_chunk, a, (a->n + chunk - 1) / chunk);
}

/* Reads (out..., in...) into `a`; throws and returns 0 on a bad argument. */
static int sk_read_args(napi_env env, const sk_kernel *kernel, size_t argc, napi_value *argv, sk_call_args *a)
{
  a->kernel = kernel;
  if (argc != kernel->nin + kernel->nout) {
    sk_type_error(env, "symkernel: kernel expects %u arguments (outputs, then inputs)", kernel->nin + kernel->nout);
    return 0;
  }
  for (uint32_t k = 0; k < kernel->nout; k++) {
    size_t length = 0;
    if (!sk_float64_array(env, argv[k], &a->out[k], &length)) {
      sk_type_error(env, "symkernel: output %u must be a Float64Array", k);
      return 0;
    }
    if (k == 0) a->n = length;
    else if (length != a->n) {
      sk_type_error(env, "symkernel: output %u has a different length", k);
      return 0;
    }
  }
  for (uint32_t i = 0; i < kernel->nin; i++) {
    napi_value value = argv[kernel->nout + i];
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
    double *array = NULL;
    size_t length = 0;
    if (!sk_float64_array(env, value, &array, &length)) {
      sk_type_error(env, "symkernel: input %u must be a number or a Float64Array", i);
      return 0;
    }
    if (length != a->n) {
      sk_type_error(env, "symkernel: input %u length differs from the output length", i);
      return 0;
    }
    a->scalar[i] = 0;
    a->in[i] = array;
  }
  return 1;
}

static napi_value sk_call(napi_env env, napi_callback_info info)
{
  napi_value argv[SK_MAX_IN + SK_MAX_OUT];
  size_t argc = SK_MAX_IN + SK_MAX_OUT;
  void *data = NULL;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, &data));
  sk_call_args a;
  if (!sk_read_args(env, (const sk_kernel *)data, argc, argv, &a)) return NULL;
  sk_run(&a);
  return NULL;
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

/* Defines the module: one JS function per table row, plus the ABI version. */
#define SK_DEFINE_ADDON(table)                                                               \
  NAPI_MODULE_INIT()                                                                         \
  {                                                                                          \
    for (size_t i = 0; i < sizeof(table) / sizeof((table)[0]); i++) {                        \
      napi_value k;                                                                          \
      SK_CHECK(env, napi_create_function(env, (table)[i].name, NAPI_AUTO_LENGTH, sk_call,    \
                                         (void *)&(table)[i], &k));                          \
      SK_CHECK(env, napi_set_named_property(env, exports, (table)[i].name, k));              \
    }                                                                                        \
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
