/*
 * sk_gammaincc(a, x): the regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x),
 * computed without that cancellation (scipy.special.gammaincc). JS twin:
 * src/special/incomplete/gammaincc.ts.
 *
 * Method: igamma_common.c.
 *
 * Special cases:
 *   NaN argument, a < 0 or x < 0 -> NaN
 *   a = 0: x > 0 -> 0, x = 0 -> NaN (scipy)
 *   x = +-0 -> 1
 *   x = +Inf -> 0 (a = +Inf -> NaN); a = +Inf, x finite -> 1
 */
#ifndef SK_SPECIAL_GAMMAINCC_C
#define SK_SPECIAL_GAMMAINCC_C
#include "special/igamma_common.c"

static double sk_gammaincc(double a, double x)
{
  if (isnan(a) || isnan(x) || a < 0 || x < 0) return NAN;
  if (a == 0) return x > 0 ? 0 : NAN;
  if (x == 0) return 1;
  if (isinf(x)) return isinf(a) ? NAN : 0;
  if (isinf(a)) return 1;
  return sk_ig_regularized(a, x, 1);
}

#endif
