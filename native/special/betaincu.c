/*
 * sk_betaincu(a, b, x): the unregularized incomplete beta function
 * B_x(a, b) = int_0^x t^{a-1} (1-t)^{b-1} dt, a, b > 0, 0 <= x <= 1 (SymPy's betainc(a, b, 0, x);
 * the four-argument form is B_{x2} - B_{x1}). JS twin: src/special/incomplete/betaincu.ts.
 *
 * Method: ibeta_common.c; the directly computed side uses x^a (1-x)^b itself (exponent in
 * double-double), the other one B(a, b)(1 - I_{1-x}(b, a)).
 *
 * Special cases:
 *   NaN argument, a <= 0, b <= 0, x < 0 or x > 1 -> NaN
 *   x = 0 -> 0; x = 1 -> B(a, b)
 *   a = +Inf or b = +Inf -> 0
 */
#ifndef SK_SPECIAL_BETAINCU_C
#define SK_SPECIAL_BETAINCU_C
#include "special/ibeta_common.c"

static double sk_betaincu(double a, double b, double x)
{
  if (isnan(a) || isnan(b) || isnan(x) || a <= 0 || b <= 0 || x < 0 || x > 1) return NAN;
  if (x == 0 || isinf(a) || isinf(b)) return 0;
  if (x == 1) return sk_ib_beta(a, b);
  return sk_ib_unregularized(a, b, x);
}

#endif
