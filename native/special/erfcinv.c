/*
 * sk_erfcinv(y), the inverse complementary error function on (0, 2): erfcinv(y) = erfinv(1 - y),
 * accurate in both tails (erfcinv of the smallest subnormal is 27.2…).
 *
 * Method (pieces of erfinv.c)
 *   y < 0.15:        the tail in w = sqrt(-log y) directly (no 1 - y is formed)
 *   y > 1.85:        -tail(2 - y), 2 - y exact for y ≥ 1
 *   0.15 ≤ y ≤ 1.85: the central piece at x = 1 - y; 1 - y is exact for y ≥ 1/2, and for
 *                    y < 1/2 its rounding error e is applied to first order:
 *                    erfinv(x + e) = erfinv(x) + e (√π/2) exp(erfinv(x)²).
 *   Error: measured ≤ 5 ulp (docs/accuracy.md).
 *
 * Special cases
 *   erfcinv(NaN) = NaN, erfcinv(0) = +Inf, erfcinv(2) = -Inf, erfcinv(1) = 0,
 *   erfcinv(y) = NaN for y < 0 or y > 2
 */
#ifndef SK_SPECIAL_ERFCINV_C
#define SK_SPECIAL_ERFCINV_C
#include <math.h>
#include "special/erfinv.c"

static inline double sk_erfcinv(double y)
{
  if (y < 0.15) {
    if (y > 0) return sk_gm_erfcinv_tail(y);
    return y == 0 ? INFINITY : NAN;
  }
  if (y > 1.85) {
    if (y < 2.0) return -sk_gm_erfcinv_tail(2.0 - y);
    return y == 2.0 ? -INFINITY : NAN;
  }
  if (!(y == y)) return y;
  double x = 1.0 - y;
  double r = sk_gm_erfinv_central(x);
  if (y < 0.5) {
    double e = (1.0 - x) - y; /* 1 - y = x + e exactly */
    r += e * 0.8862269254527579 * exp(r * r);
  }
  return r;
}
#endif
