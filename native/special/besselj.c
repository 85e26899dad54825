/*
 * besselj(nu, x): the Bessel function of the first kind J_nu(x), any real order nu, real x.
 *
 * Method
 *   Orders 0 and 1: the fast path of bessel_j01.c (piecewise polynomials on [0, 8], Hankel's
 *   P/Q polynomials beyond).
 *   Integer orders n >= 2:
 *     x >= 25 and x >= n^2/2: Hankel's expansion (bessel_jy.c);
 *     x >= n: forward recurrence J_{k+1} = (2k/x) J_k - J_{k-1} from J0, J1 (J is not the
 *       minimal solution there, the recurrence is neutrally stable);
 *     x < n: CF1 gives J_n/J_{n-1} (modified Lentz), backward recurrence to J0 and J1 (stable,
 *       Miller's direction), normalised by whichever of J0(x), J1(x) is larger in magnitude.
 *   Real orders: bessel_jy.c (Hankel, power series, Temme's method with Steed's CF2), and for
 *   nu < 0 the reflection J_{-v} = cos(v pi) J_v - sin(v pi) Y_v (A&S 9.1.2), with cos and sin of
 *   v pi exact at half-integers.
 *   Negative integer orders and x < 0: J_{-n} = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x).
 * Error bound: see test/data/accuracy-bounds/bessel.json (measured; ~1e-15 relative away from
 *   zeros, absolute ~1e-16 times the local amplitude near zeros for x > 8).
 * Special cases
 *   NaN in either argument: NaN. nu = ±Inf: NaN.
 *   x < 0 and nu not an integer: NaN (the value is complex).
 *   x = ±0: J_0 = 1, J_n = ±0 (n > 0 integer, sign (-1)^n for x = -0), J_nu = 0 for nu > 0;
 *     nu < 0 not an integer: ±Inf with the sign of 1/Gamma(1+nu).
 *   x = ±Inf: 0 for integer orders and (x = +Inf) for any order.
 */
#ifndef SK_SPECIAL_BESSELJ_C
#define SK_SPECIAL_BESSELJ_C

#include <math.h>
#include "special/bessel_j01.c"
#include "special/bessel_jy.c"

/* J_n(x) for integer n >= 2 and 0 < x < Inf. */
static inline double sk_bessel_jn_int(double n, double x)
{
  if (x >= 25.0 && x >= 0.5 * n * n) {
    double J, Y;
    if (sk_bessel_jy_hankel(n, x, &J, &Y)) return J;
  }
  if (x >= n) {
    double a = sk_bessel_j0(x), b = sk_bessel_j1_pos(x);
    for (double k = 1.0; k < n; k += 1.0) {
      double c = 2.0 * k / x * b - a;
      a = b;
      b = c;
    }
    return b;
  }
  if (n * (1.0 + log(0.5 * x / n)) < -760.0) return 0.0; /* below (ex/2n)^n: underflow */
  /* CF1: J_{n-1}/J_n = 2n/x - 1/(2(n+1)/x - 1/(2(n+2)/x - ...)) by modified Lentz. */
  double h = 2.0 * n / x, c = h, d = 0.0;
  int i;
  for (i = 1; i < SK_BESSEL_MAXIT; i++) {
    double b = 2.0 * (n + i) / x; /* afresh each step: see bessel_jy.c */
    d = b - d;
    if (fabs(d) < SK_BESSEL_TINY) d = SK_BESSEL_TINY;
    c = b - 1.0 / c;
    if (fabs(c) < SK_BESSEL_TINY) c = SK_BESSEL_TINY;
    d = 1.0 / d;
    double del = c * d;
    h *= del;
    if (fabs(del - 1.0) < SK_BESSEL_EPS) break;
  }
  if (i == SK_BESSEL_MAXIT) return NAN;
  /* Backward recurrence from J_n = 1, J_{n-1} = h down to J_1, J_0, rescaled by 2^-500 as needed. */
  double jk1 = 1.0, jk = h; /* J_{k+1}, J_k with k = n-1 */
  int scale = 0;
  for (double k = n - 1.0; k >= 1.0; k -= 1.0) {
    double jm = 2.0 * k / x * jk - jk1; /* J_{k-1} */
    jk1 = jk;
    jk = jm;
    if (fabs(jk) > 0x1p500) {
      jk *= 0x1p-500;
      jk1 *= 0x1p-500;
      scale += 500;
    }
  }
  /* now jk ~ J_0, jk1 ~ J_1 */
  double j0 = sk_bessel_j0(x), j1 = sk_bessel_j1_pos(x);
  double r = fabs(j0) >= fabs(j1) ? j0 / jk : j1 / jk1;
  return scale ? ldexp(r, -scale) : r;
}

static double sk_besselj(double nu, double x)
{
  if (nu == 0.0) return sk_bessel_j0(x); /* the hot path first (NaN x propagates) */
  if (nu == 1.0) return sk_bessel_j1(x);
  if (isnan(nu) || isnan(x)) return nu + x;
  if (isinf(nu)) return NAN;
  int is_int = nu == floor(nu);
  double sign = 1.0;
  if (x < 0) {
    if (!is_int) return NAN;
    x = -x;
    if (fmod(nu, 2.0) != 0.0) sign = -1.0;
  }
  if (is_int) {
    double n = fabs(nu);
    if (nu < 0 && fmod(n, 2.0) != 0.0) sign = -sign;
    if (n == 0.0) return sk_bessel_j0(x);
    if (n == 1.0) return sign * sk_bessel_j1_pos(x);
    if (x == 0.0) return sign * (fmod(n, 2.0) != 0.0 ? x : 0.0); /* odd n: the sign of x = ±0 */
    if (isinf(x)) return sign * 0.0;
    return sign * sk_bessel_jn_int(n, x);
  }
  if (isinf(x)) return 0.0;
  if (nu > 0) {
    if (x == 0.0) return 0.0;
    double J = 0.0, Y = 0.0;
    sk_bessel_jy(nu, x, 1, 0, &J, &Y);
    return J;
  }
  double v = -nu;
  double cv = sk_bessel_cospi(v), sv = sk_bessel_sinpi(v);
  if (x == 0.0) return fmod(floor(v), 2.0) == 0.0 ? INFINITY : -INFINITY;
  double J = 0.0, Y = 0.0;
  sk_bessel_jy(v, x, cv != 0.0, 1, &J, &Y);
  return cv != 0.0 ? cv * J - sv * Y : -sv * Y;
}

#endif
