/*
 * besselk(nu, x): the modified Bessel function of the second kind K_nu(x), any real order nu,
 * x >= 0.
 *
 * Method: bessel_ik.c (asymptotic expansion for large x; Temme's series for x < 2, Steed's CF2
 *   for x >= 2, forward recurrence in the order); K_{-nu} = K_nu.
 * Error bound: see test/data/accuracy-bounds/bessel.json.
 * Special cases: NaN in either argument: NaN; nu = ±Inf: NaN; x < 0: NaN (complex);
 *   x = ±0: +Inf; x = +Inf: 0.
 */
#ifndef SK_SPECIAL_BESSELK_C
#define SK_SPECIAL_BESSELK_C

#include <math.h>
#include "special/bessel_ik.c"

static double sk_besselk(double nu, double x)
{
  if (isnan(nu) || isnan(x)) return nu + x;
  if (isinf(nu) || x < 0) return NAN;
  if (x == 0.0) return INFINITY;
  if (isinf(x)) return 0.0;
  double I = 0.0, K = 0.0;
  sk_bessel_ik(fabs(nu), x, 0, 1, &I, &K);
  return K;
}

#endif
