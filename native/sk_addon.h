/*
 * symkernel native driver: the Node-API glue every generated addon includes.
 *
 * A generated addon defines its kernels as plain C loops with one signature (sk_kernel_fn) and a
 * table of them; this header turns each table row into a JS function
 *
 *     kernel(out0, ..., outK-1, in0, ..., inN-1)
 *
 * where every out is a Float64Array of length n and every in is a number (broadcast) or a
 * Float64Array of length n. Buffers are read and written in place (byte offsets included).
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

#define SK_MAX_IN 64
#define SK_MAX_OUT 16
#define SK_ABI_VERSION 1

typedef void (*sk_kernel_fn)(size_t n, const double *const *in, const size_t *step, double *const *out);

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

static napi_value sk_call(napi_env env, napi_callback_info info)
{
  napi_value argv[SK_MAX_IN + SK_MAX_OUT];
  size_t argc = SK_MAX_IN + SK_MAX_OUT;
  void *data = NULL;
  SK_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, &data));
  const sk_kernel *kernel = (const sk_kernel *)data;
  if (argc != kernel->nin + kernel->nout)
    return sk_type_error(env, "symkernel: kernel expects %u arguments (outputs, then inputs)",
                         kernel->nin + kernel->nout);

  double *out[SK_MAX_OUT];
  const double *in[SK_MAX_IN];
  size_t step[SK_MAX_IN];
  double scalars[SK_MAX_IN];
  size_t n = 0;

  for (uint32_t k = 0; k < kernel->nout; k++) {
    size_t length = 0;
    if (!sk_float64_array(env, argv[k], &out[k], &length))
      return sk_type_error(env, "symkernel: output %u must be a Float64Array", k);
    if (k == 0) n = length;
    else if (length != n) return sk_type_error(env, "symkernel: output %u has a different length", k);
  }
  for (uint32_t i = 0; i < kernel->nin; i++) {
    napi_value value = argv[kernel->nout + i];
    napi_valuetype type;
    SK_CHECK(env, napi_typeof(env, value, &type));
    if (type == napi_number) {
      SK_CHECK(env, napi_get_value_double(env, value, &scalars[i]));
      in[i] = &scalars[i];
      step[i] = 0;
      continue;
    }
    double *array = NULL;
    size_t length = 0;
    if (!sk_float64_array(env, value, &array, &length))
      return sk_type_error(env, "symkernel: input %u must be a number or a Float64Array", i);
    if (length != n) return sk_type_error(env, "symkernel: input %u length differs from the output length", i);
    in[i] = array;
    step[i] = 1;
  }
  kernel->fn(n, in, step, out);
  return NULL;
}

/* Defines the module: one JS function per table row, plus the ABI version. */
#define SK_DEFINE_ADDON(table)                                                               \
  NAPI_MODULE_INIT()                                                                         \
  {                                                                                          \
    for (size_t i = 0; i < sizeof(table) / sizeof((table)[0]); i++) {                        \
      napi_value fn;                                                                         \
      SK_CHECK(env, napi_create_function(env, (table)[i].name, NAPI_AUTO_LENGTH, sk_call,    \
                                         (void *)&(table)[i], &fn));                         \
      SK_CHECK(env, napi_set_named_property(env, exports, (table)[i].name, fn));             \
    }                                                                                        \
    napi_value abi;                                                                          \
    SK_CHECK(env, napi_create_uint32(env, SK_ABI_VERSION, &abi));                            \
    SK_CHECK(env, napi_set_named_property(env, exports, "symkernelAbi", abi));               \
    return exports;                                                                          \
  }

#endif /* SK_ADDON_H */
