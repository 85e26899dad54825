/*
 * besseli(nu, x): the modified Bessel function of the first kind I_nu(x), any real order nu,
 * real x.
 *
 * Method: bessel_ik.c (asymptotic expansion for large x, power series, Temme's method with
 *   Steed's CF2); for nu < 0 not an integer the reflection I_{-v} = I_v + (2/pi) sin(v pi) K_v
 *   (A&S 9.6.2); I_{-n} = I_n; I_n(-x) = (-1)^n I_n(x).
 * Error bound: see test/data/accuracy-bounds/bessel.json. For large x the value e^x grows with a
 *   condition number x: the error is that of the algorithm, not of a rounded argument.
 * Special cases
 *   NaN in either argument: NaN. nu = ±Inf: NaN. x < 0 and nu not an integer: NaN (complex).
 *   x = ±0: I_0 = 1; I_n = ±0 for integers n != 0; 0 for nu > 0; ±Inf for nu < 0 not an integer
 *   (sign of 1/Gamma(1+nu)). x = +Inf: +Inf; x = -Inf: (-1)^n Inf.
 */
#ifndef SK_SPECIAL_BESSELI_C
#define SK_SPECIAL_BESSELI_C

#include <math.h>
#include "special/bessel_ik.c"

static double sk_besseli(double nu, double x)
{
  if (isnan(nu) || isnan(x)) return nu + x;
  if (isinf(nu)) return NAN;
  int is_int = nu == floor(nu);
  double sign = 1.0;
  if (x < 0) {
    if (!is_int) return NAN;
    x = -x;
    if (fmod(nu, 2.0) != 0.0) sign = -1.0;
  }
  double v = fabs(nu);
  if (x == 0.0) {
    if (v == 0.0) return 1.0;
    if (is_int) return fmod(v, 2.0) != 0.0 ? x : 0.0; /* odd n: the sign of x = ±0 */
    if (nu > 0) return 0.0;
    return fmod(floor(v), 2.0) == 0.0 ? INFINITY : -INFINITY;
  }
  if (isinf(x)) return sign * INFINITY;
  double I = 0.0, K = 0.0;
  if (is_int || nu > 0) {
    sk_bessel_ik(v, x, 1, 0, &I, &K);
    return sign * I;
  }
  double sv = sk_bessel_sinpi(v);
  sk_bessel_ik(v, x, 1, 1, &I, &K);
  return I + (2.0 / SK_BESSEL_PI) * sv * K;
}

#endif
