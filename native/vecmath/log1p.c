/*
 * sk_vlog1p(x): log(1 + x) for every double x, accurate also where x is tiny, written to be
 * inlined into an elementwise loop and auto-vectorized (straight-line code, selects instead of
 * branches, no tables, no libm calls).
 *
 * Method
 *   x in (-0.29, 0.41): log1p(x) = 2s + s R(s^2), s = x/(2 + x), by the core of sk_vlog
 *   (vecmath/log.c: s as a double-double, one final rounding that matters) with f = x, k = 0.
 *   Elsewhere: u = 1 + x with its rounding error ue (2Sum: 1 + x = u + ue exactly), then
 *   log1p(x) = log(u) + log(1 + ue/u) = log(u) + ue/u to far below an ulp (|ue/u| <= 2^-53 and
 *   |log1p(x)| >= 0.34 there), log(u) by the same core with ue/u in its tail. u is never
 *   subnormal (x >= -1 gives u = 0 or u >= 2^-53).
 *   |x| < 2^-54: x itself (correctly rounded, and the sign of zero kept).
 *   Error: measured max 0.55 ulp (test/vecmath.test.ts).
 *
 * Special cases
 *   log1p(±0) = ±0, log1p(-1) = -Inf, log1p(x < -1) = NaN (-Inf included), log1p(+Inf) = +Inf,
 *   log1p(NaN) = NaN.
 */
#ifndef SK_VECMATH_LOG1P_C
#define SK_VECMATH_LOG1P_C
#include <math.h>
#include "vecmath/common.c"
#include "vecmath/log.c"

static inline double sk_vlog1p(double x)
{
  int tiny = fabs(x) < 0x1p-54; /* result x; computed on 0.25 (no subnormal arithmetic) */
  double xe = sk_vm_if_tiny(x, 0x1p-54, 0.25);
  double u = 1.0 + xe; /* 2Sum: 1 + xe = u + ue */
  double xb = u - 1.0;
  double ue = (1.0 - (u - xb)) + (xe - xb);
  double y = sk_vm_log_core(u, 0.0, ue, xe, 1);
  y = tiny ? x : y;
  y = x == INFINITY ? x : y;
  y = x == -1.0 ? -INFINITY : y;
  return x >= -1.0 ? y : NAN; /* x < -1 and NaN */
}

#endif /* SK_VECMATH_LOG1P_C */
