/*
 * What a generated kernel needs, and nothing of Node-API: the kernel signature, the table row
 * type, libm and SK_KERNEL (sk_simd.h). Each kernel of a build is its own translation unit that
 * includes this header and the special functions it calls (src/build/addon.ts); the table unit
 * includes it to list them; sk_addon.h includes it for the driver.
 */
#ifndef SK_KERNEL_H
#define SK_KERNEL_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include "sk_simd.h"

/* A kernel: n elements, contiguous inputs and outputs (an output may be one of the inputs). */
typedef void (*sk_kernel_fn)(size_t n, const double *const *in, double *const *out);

typedef struct {
  const char *name;
  sk_kernel_fn fn;
  uint32_t nin;
  uint32_t nout;
} sk_kernel;

#endif /* SK_KERNEL_H */
