/*
 * bessely(nu, x): the Bessel function of the second kind Y_nu(x), any real order nu, x >= 0.
 *
 * Method
 *   Orders 0 and 1: the fast path of bessel_j01.c (log form below 2, piecewise polynomials on
 *   [2, 8], Hankel's P/Q polynomials beyond).
 *   Integer orders n >= 2: Hankel's expansion when x >= 25 and x >= n^2/2, else forward
 *   recurrence Y_{k+1} = (2k/x) Y_k - Y_{k-1} from Y0, Y1 (Y is the dominant solution: stable),
 *   stopped at overflow.
 *   Real orders: bessel_jy.c (Hankel; Temme's series for x < 2, Steed's CF2 for x >= 2, then
 *   forward recurrence), and for nu < 0 the reflection Y_{-v} = sin(v pi) J_v + cos(v pi) Y_v.
 *   Negative integer orders: Y_{-n} = (-1)^n Y_n.
 * Error bound: see test/data/accuracy-bounds/bessel.json; near zeros of Y the error is absolute.
 * Special cases
 *   NaN in either argument: NaN. nu = ±Inf: NaN. x < 0: NaN (complex).
 *   x = ±0: -Inf for nu >= 0 and for integers nu (times (-1)^n for negative odd n); for nu < 0 not
 *   an integer: -cos(nu pi) Inf, and ±0 at half-integers (Y_{-n-1/2} = ±J_{n+1/2}).
 *   x = +Inf: 0.
 */
#ifndef SK_SPECIAL_BESSELY_C
#define SK_SPECIAL_BESSELY_C

#include <math.h>
#include "special/bessel_j01.c"
#include "special/bessel_jy.c"

/* Y_n(x) for integer n >= 2 and 0 < x < Inf. */
static inline double sk_bessel_yn_int(double n, double x)
{
  if (x >= 25.0 && x >= 0.5 * n * n) {
    double J, Y;
    if (sk_bessel_jy_hankel(n, x, &J, &Y)) return Y;
  }
  double a = sk_bessel_y0_pos(x), b = sk_bessel_y1_pos(x);
  for (double k = 1.0; k < n; k += 1.0) {
    double c = 2.0 * k / x * b - a;
    a = b;
    b = c;
    if (isinf(b)) break;
  }
  return b;
}

static double sk_bessely(double nu, double x)
{
  if (nu == 0.0 && x >= 0.0) return sk_bessel_y0_pos(x); /* the hot path first */
  if (nu == 1.0 && x >= 0.0) return sk_bessel_y1_pos(x);
  if (isnan(nu) || isnan(x)) return nu + x;
  if (isinf(nu) || x < 0) return NAN;
  if (isinf(x)) return 0.0;
  if (nu == floor(nu)) {
    double n = fabs(nu);
    double sign = nu < 0 && fmod(n, 2.0) != 0.0 ? -1.0 : 1.0;
    if (x == 0.0) return -sign * INFINITY;
    if (n == 0.0) return sk_bessel_y0_pos(x);
    if (n == 1.0) return sign * sk_bessel_y1_pos(x);
    return sign * sk_bessel_yn_int(n, x);
  }
  if (nu > 0) {
    if (x == 0.0) return -INFINITY;
    double J = 0.0, Y = 0.0;
    sk_bessel_jy(nu, x, 0, 1, &J, &Y);
    return Y;
  }
  double v = -nu;
  double cv = sk_bessel_cospi(v), sv = sk_bessel_sinpi(v);
  if (x == 0.0) return cv == 0.0 ? 0.0 : -cv * INFINITY;
  double J = 0.0, Y = 0.0;
  sk_bessel_jy(v, x, 1, cv != 0.0, &J, &Y);
  return cv != 0.0 ? sv * J + cv * Y : sv * J;
}

#endif
