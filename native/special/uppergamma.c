/*
 * sk_uppergamma(a, x): the upper incomplete gamma function Gamma(a, x) = int_x^inf t^{a-1} e^{-t} dt,
 * unregularized (SymPy's uppergamma), for every real a and x > 0 (Gamma(0, x) = E_1(x)).
 * JS twin: src/special/incomplete/uppergamma.ts.
 *
 * Method: a > 0: igamma_common.c. a <= 0: the continued fraction for x > 1.1 or a < -30; the
 * small-x formula for -1/2 < a <= 0; otherwise the small-x formula at a + round(-a) and the
 * downward recurrence Gamma(c-1, x) = (Gamma(c, x) - x^{c-1} e^{-x})/(c - 1).
 *
 * Special cases:
 *   NaN argument or x < 0 -> NaN
 *   x = +-0: a > 0 -> Gamma(a), a <= 0 -> +Inf (the integral diverges)
 *   x = +Inf -> 0
 *   a = +Inf -> +Inf (x finite); a = -Inf (or a < -1e300) -> 0 for x > 1, +Inf for x < 1
 *   (e^{-1}/(1 - a) at x = 1)
 */
#ifndef SK_SPECIAL_UPPERGAMMA_C
#define SK_SPECIAL_UPPERGAMMA_C
#include "special/igamma_common.c"

static double sk_uppergamma(double a, double x)
{
  if (isnan(a) || isnan(x) || x < 0) return NAN;
  if (x == 0) return a > 0 ? sk_ig_gamma(a) : INFINITY;
  if (isinf(x)) return 0;
  if (a == INFINITY) return INFINITY;
  if (a < -1e300) return x > 1 ? 0 : x == 1 ? exp(-1.0) / (1 - a) : INFINITY; /* ~ x^a e^{-x}/(x - a) */
  if (a > 0) return sk_ig_unregularized(a, x, 1);
  return sk_ig_upper_nonpositive(a, x);
}

#endif
