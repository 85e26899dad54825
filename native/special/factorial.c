/*
 * sk_factorial(x) = x! = Γ(x+1) for every real x (SymPy's factorial extended to the reals).
 *
 * Method
 *   Non-negative integers n ≤ 170: n! from the table of correctly rounded factorials in gamma.c
 *   (exact up to 22!, correctly rounded beyond). Other x:
 *     x ≤ -1/2: Γ(x+1), x + 1 being exact there;
 *     |x| < 2^-28: 1 - γ x (the next term is below 2^-56);
 *     else x Γ(x), since x + 1 would be rounded for x > -1/2 (Γ(x) relative error ≤ 6 ulp, the
 *     product adds 1/2).
 *   Error: measured ≤ 5 ulp (docs/accuracy.md).
 *
 * Special cases
 *   factorial(NaN) = NaN, factorial(+Inf) = +Inf, factorial(-Inf) = NaN
 *   factorial(±0) = 1, factorial(n) = n! for integers 0 ≤ n ≤ 170, +Inf for integers n > 170
 *   factorial(-n) = NaN for negative integers n (poles of Γ(x+1), SymPy's zoo)
 *   factorial(x) = +Inf for x > 170.6243769563027 (overflow)
 */
#ifndef SK_SPECIAL_FACTORIAL_C
#define SK_SPECIAL_FACTORIAL_C
#include <math.h>
#include "special/gamma.c"

static inline double sk_factorial(double x)
{
  if (x == floor(x)) { /* integers and ±Inf */
    if (x >= 0) return x <= 170.0 ? sk_gm_factorial[(int)x] : INFINITY;
    return NAN;
  }
  if (x != x) return x;
  if (x <= -0.5) return sk_gamma(x + 1.0);
  if (x > 172.0) return INFINITY;
  if (fabs(x) < 0x1p-28) return 1.0 - SK_GM_EULER * x; /* Γ(x) itself would overflow for tiny x */
  return x * sk_gamma(x);
}
#endif
