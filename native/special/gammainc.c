/*
 * sk_gammainc(a, x): the regularized lower incomplete gamma function P(a, x) = gamma(a, x)/Gamma(a)
 * (scipy.special.gammainc). JS twin: src/special/incomplete/gammainc.ts.
 *
 * Method: igamma_common.c (Temme's uniform expansion for a > 20 near x = a; power series;
 * Legendre's continued fraction summed backward; the DiDonato-Morris small-x formula; the other
 * tail as 1 - tail; prefix exponent in double-double).
 *
 * Special cases:
 *   NaN argument, a < 0 or x < 0 -> NaN
 *   a = 0: x > 0 -> 1, x = 0 -> NaN (scipy)
 *   x = +-0 -> 0
 *   x = +Inf -> 1 (a = +Inf -> NaN); a = +Inf, x finite -> 0
 */
#ifndef SK_SPECIAL_GAMMAINC_C
#define SK_SPECIAL_GAMMAINC_C
#include "special/igamma_common.c"

static double sk_gammainc(double a, double x)
{
  if (isnan(a) || isnan(x) || a < 0 || x < 0) return NAN;
  if (a == 0) return x > 0 ? 1 : NAN;
  if (x == 0) return 0;
  if (isinf(x)) return isinf(a) ? NAN : 1;
  if (isinf(a)) return 0;
  return sk_ig_regularized(a, x, 0);
}

#endif
