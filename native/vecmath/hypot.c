/*
 * sk_vhypot(x, y) = sqrt(x² + y²) without overflow or underflow, written to be inlined into an
 * elementwise loop and auto-vectorized (straight-line code, selects, no libm calls: sqrt is the
 * instruction). glibc's hypot is a scalar call that stops a kernel loop from vectorizing.
 *
 * Method
 *   m = max(|x|, |y|), scaled by the power of two s = 2^(1023 - E(m)) (E the biased exponent field,
 *   taken from the bits) so that m·s ∈ [1, 2) exactly (m subnormal: s = 2^1023, still exact).
 *   a = |x|·s, b = |y|·s. The sum of squares is formed as a double-double: a² and b² exactly with
 *   26-bit halves (sk_vm_hi26), then added with Fast2Sum; r = sqrt(hi) is corrected once by
 *   Newton's step with the exact residual hi + lo - r² (r² exact by the same halves):
 *   r + (hi - r² + lo)/(2r). The result is r / s (a power of two: exact unless it overflows, which
 *   is then the correct +Inf, or falls into the subnormals).
 *   Error: ≤ 0.5 ulp + the correction's rounding, measured ≤ 0.51 ulp (test/accuracy.test.ts).
 *
 * Special cases (C99 Annex F)
 *   hypot(±Inf, y) = +Inf even for y NaN; otherwise NaN if either is NaN;
 *   hypot(x, ±0) = |x| exactly; hypot(±0, ±0) = +0.
 */
#ifndef SK_VECMATH_HYPOT_C
#define SK_VECMATH_HYPOT_C
#include <math.h>
#include "vecmath/common.c"

static inline double sk_vhypot(double x, double y)
{
  double ax = fabs(x), ay = fabs(y);
  double m = ax > ay ? ax : ay;
  double n = ax > ay ? ay : ax;
  /* Scale: exponent field of m, clamped so that finite m gives a finite power of two. */
  uint64_t e = (sk_vm_bits(m) >> 52) & 0x7ff;
  e = e > 2046 ? 2046 : e;
  double scale = sk_vm_double((uint64_t)(2046 - e) << 52);     /* 2^(1023 - E), E ≥ 1 */
  scale = e == 0 ? 0x1p1023 : scale;
  double unscale = e == 0 ? 0x1p-1023 : sk_vm_double(e << 52); /* 1 / scale = 2^(E - 1023) */
  double a = m * scale, b = n * scale;
  /* a² and b² exactly, as hi + lo pairs. */
  double ah = sk_vm_hi26(a), al = a - ah;
  double bh = sk_vm_hi26(b), bl = b - bh;
  double a2 = a * a, a2e = ((ah * ah - a2) + 2.0 * ah * al) + al * al;
  double b2 = b * b, b2e = ((bh * bh - b2) + 2.0 * bh * bl) + bl * bl;
  double hi = a2 + b2;                 /* Fast2Sum: a2 ≥ b2 */
  double lo = (a2 - hi) + b2 + a2e + b2e;
  double r = sqrt(hi);
  double rh = sk_vm_hi26(r), rl = r - rh;
  double r2 = r * r, r2e = ((rh * rh - r2) + 2.0 * rh * rl) + rl * rl;
  double residual = ((hi - r2) - r2e) + lo;
  double corrected = r + residual / (2.0 * r);
  double result = (b == 0.0 ? a : corrected) * unscale;
  result = m == 0.0 ? 0.0 : result;
  result = (ax != ax || ay != ay) ? NAN : result;
  return (ax == INFINITY || ay == INFINITY) ? INFINITY : result;
}

#endif /* SK_VECMATH_HYPOT_C */
