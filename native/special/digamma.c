/*
 * sk_digamma(x): the digamma function ψ(x) = Γ'(x)/Γ(x) for every real x.
 *
 * Method
 *   Core, 0 ≤ t ≤ 1: ψ(1+t) = (t - t0) R(t), t0 = x0 - 1 where x0 = 1.4616321449683622… is the
 *   positive zero of ψ (t0 held as t0hi + t0lo, so that the zero comes out with full relative
 *   accuracy); R = P/Q a (6,5) rational minimax fit of ψ(1+t)/(t - t0) (our own fit,
 *   scripts/reference/gamma.py fit; relative error 1.4e-18 in exact arithmetic).
 *   0 < x < 1: ψ(x) = ψ(1+x) - 1/x with ψ(1+x) from the core at t = x (1+x is never formed).
 *   1 ≤ x ≤ 2: the core at t = x - 1 (exact).
 *   2 < x < 10: ψ(x) = ψ(1+t) + Σ_{k=1..n} 1/(x-k), t = x - n - 1 in [0, 1) (x - k exact).
 *   x ≥ 10: the asymptotic series ψ(x) = log x - 1/(2x) - Σ_{k=1..8} B_2k / (2k x^2k)
 *   (truncation below 2e-17 relative at x = 10).
 *   x < 0: reflection ψ(x) = ψ(1-x) - π cot(πx), with ψ(1-x) = ψ(1+y), y = -x exact: from the core
 *   for y ≤ 1, else ψ(y) + 1/y; cot(πx) with exact reduction of |x| modulo 1. Near the zeros of ψ
 *   on the negative axis (-0.5040…, -1.5729…, -2.6107…, …) the two terms cancel and the relative
 *   error grows (documented in the accuracy bounds); elsewhere it stays within a few ulp.
 *   Error: measured ≤ 4 ulp for x > 0 (the most near the zero x0), ≤ 10 ulp for x < 0 away from
 *   the zeros (docs/accuracy.md).
 *
 * Special cases
 *   digamma(NaN) = NaN, digamma(+Inf) = +Inf, digamma(-Inf) = NaN,
 *   digamma(+0) = -Inf, digamma(-0) = +Inf (the one-sided limits, as gamma(±0) = ±Inf),
 *   digamma(-n) = NaN for negative integers n (a pole with both signs),
 *   digamma(1) = -γ, digamma(x0) = 0 to within 1 ulp of the zero.
 */
#ifndef SK_SPECIAL_DIGAMMA_C
#define SK_SPECIAL_DIGAMMA_C
#include <math.h>
#include "special/gamma.c"

/* ψ(1+t) for 0 ≤ t ≤ 1. */
static inline double sk_gm_digamma_core(double t)
{
  double p = -5.439846012853265e-07;
  p = p * t + 4.998775101537227e-05;
  p = p * t + 0.008690243573010447;
  p = p * t + 0.14492834688775852;
  p = p * t + 0.8040028735241276;
  p = p * t + 1.742049913848301;
  p = p * t + 1.2503801375034054;
  double q = 0.002140403491199684;
  q = q * t + 0.05422266991554598;
  q = q * t + 0.4360990968161435;
  q = q * t + 1.4607799190204556;
  q = q * t + 2.076763055141713;
  q = q * t + 1.0;
  /* t0 = 0.46163214496836236 - 1.5522348162858677e-17 */
  return ((t - 0.46163214496836236) + 1.5522348162858677e-17) * (p / q);
}

/* ψ(x) for x > 0 (x may be +Inf). */
static inline double sk_gm_digamma_pos(double x)
{
  if (x < 10.0) {
    if (x < 1.0) return sk_gm_digamma_core(x) - 1.0 / x;
    if (x <= 2.0) return sk_gm_digamma_core(x - 1.0);
    int n = (int)(x - 1.0);
    double sum = 0;
    for (int k = 1; k <= n; k++) sum += 1.0 / (x - k); /* smallest first */
    return sk_gm_digamma_core(x - n - 1.0) + sum;
  }
  double z = 1.0 / (x * x);
  double s = -0.4432598039215686;
  s = s * z + 0.08333333333333333;
  s = s * z - 0.021092796092796094;
  s = s * z + 0.007575757575757576;
  s = s * z - 0.004166666666666667;
  s = s * z + 0.003968253968253968;
  s = s * z - 0.008333333333333333;
  s = s * z + 0.08333333333333333;
  return log(x) - (0.5 / x + s * z);
}

/* cot(π x) for finite non-integer x: cot is odd with period 1, and |x| - floor(|x|) is exact. */
static inline double sk_gm_cotpi(double x)
{
  double ax = fabs(x);
  double r = ax - floor(ax); /* in (0, 1) */
  double sgn = x < 0 ? -1.0 : 1.0;
  if (r > 0.5) { r = 1.0 - r; sgn = -sgn; } /* cot(π(1-r)) = -cot(πr); 1 - r exact */
  double c = r <= 0.25 ? 1.0 / tan(SK_GM_PI * r) : tan(SK_GM_PI * (0.5 - r));
  return sgn * c;
}

static inline double sk_digamma(double x)
{
  if (x > 0) return sk_gm_digamma_pos(x);
  if (x == 0) return -1.0 / x; /* ψ(+0) = -Inf, ψ(-0) = +Inf */
  if (x != x) return x;
  if (x == floor(x)) return NAN; /* poles and -Inf */
  double y = -x;
  double psi1y = y <= 1.0 ? sk_gm_digamma_core(y) : sk_gm_digamma_pos(y) + 1.0 / y;
  return psi1y - SK_GM_PI * sk_gm_cotpi(x);
}
#endif
