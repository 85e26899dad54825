/*
 * sk_beta(a, b) = B(a, b) = Γ(a) Γ(b) / Γ(a+b) and sk_lbeta(a, b) = log|B(a, b)|, for all real
 * a, b (real-valued: B is real wherever it is finite).
 *
 * Method
 *   a, b > 0 (a ≥ b after a swap): the Lanczos form of the three gammas (see gamma.c), combined
 *   so that nothing overflows and the large powers cancel analytically (the approach of Boost's
 *   beta_imp, with our own error compensation). With A = a+g-1/2, B' = b+g-1/2, C = a+b+g-1/2
 *   (A + B' - C = g - 1/2 exactly):
 *       B(a, b) = L(a) L(b) / L(a+b) · e^(1/2-g) · C^(-1/2) · (1 - b/C)^(a-1/2) · (B'/C)^(b-1/2),
 *   where A/C is written as 1 - b/C. That form is insensitive to the rounding of C
 *   (∂ log B/∂C = -b g / (A C)), so only the bases 1 - b/C and B'/C and the exponents a-1/2 and
 *   b-1/2 must be accurate: their rounding errors are recovered exactly (Dekker's two-product,
 *   two-sums) and applied to first order, pow(x + dx, y + dy) ≈ pow(x, y) (1 + y dx/x + dy log x).
 *   So the error does not grow with a and b (a plain exp(lgamma sums) loses |log B|·ε).
 *   lbeta for a, b > 0: log B when B is a normal double, else the logarithm of the same product
 *   term by term (B under/overflows only when |log B| > 690, so its absolute error ~1e-16·Σ|terms|
 *   is small relative to it).
 *   Integers a, b with a + b ≤ 171: (a-1)! (b-1)! / (a+b-1)! from the factorial table (so
 *   B(1, 1) = 1 and B(n, 1) = 1/n exactly).
 *   Negative arguments (not poles), with c = a+b, by the reflection Γ(x) Γ(1-x) = π / sinpi(x):
 *       a < 0 < b, c > 0:  B(a, b) = π / (sinpi(a) · b · B(1-a, c))
 *       a < 0 < b, c < 0:  B(a, b) = sinpi(c) / sinpi(a) · B(b, 1-c)
 *       a, b < 0:          B(a, b) = π sinpi(c) / (sinpi(a) sinpi(b) (1-c) B(1-a, 1-b))
 *   with sinpi(c) of the exact sum a+b (two-sum, corrected to first order), so B's zeros at the
 *   poles of Γ(a+b) keep their relative accuracy. 1-a, 1-b, 1-c are rounded (a few ulp).
 *   Error: measured ≤ 11 ulp (2e-15 relative) over random a, b in (0, 50], huge and negative
 *   arguments included (docs/accuracy.md).
 *
 * Special cases
 *   beta(NaN, b) = beta(a, NaN) = NaN; beta(a, b) = beta(b, a)
 *   a or b = ±Inf: beta(+Inf, b > 0) = +0; otherwise NaN
 *   a = ±0, b not a pole: ±Inf (Γ(±0) = ±Inf); both ±0: NaN
 *   a a negative integer (a pole of Γ): if b is a positive integer with a + b ≤ 0, the finite
 *   limit B(a, b) = (b-1)! / (a (a+1) … (a+b-1)) (as SymPy and mpmath); otherwise NaN (a pole
 *   whose sign depends on the side)
 *   a + b a non-positive integer, a and b not: 0 (a pole of Γ(a+b))
 *   lbeta(a, b) = log|beta(a, b)|: +Inf where beta is ±Inf, -Inf where it is 0, NaN where NaN
 */
#ifndef SK_SPECIAL_BETA_C
#define SK_SPECIAL_BETA_C
#include <math.h>
#include "special/gamma.c"

/* Dekker's product: a b = p + *err exactly (no FMA; |a|, |b| < 2^995). */
static inline double sk_gm_two_prod(double a, double b, double *err)
{
  double p = a * b;
  double t = 134217729.0 * a; /* 2^27 + 1 */
  double ah = t - (t - a), al = a - ah;
  t = 134217729.0 * b;
  double bh = t - (t - b), bl = b - bh;
  *err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

static inline double sk_gm_lanczos_any(double x)
{
  return x < 1e10 ? sk_gm_lanczos_sum(x) : sk_gm_lanczos_sum_large(x);
}

/*
 * The pieces of B(a, b) for a ≥ b > 0 (finite): B = l · f1 · f2 with
 *   l  = L(a) L(b) / L(a+b) · e^(1/2-g) / sqrt(C)
 *   f1 = (1 - b/C)^(a-1/2) = pow(base1, y1) · e^c1
 *   f2 = (B'/C)^(b-1/2)    = pow(base2, y2) · e^c2
 * where c1, c2 carry the rounding errors of the bases and exponents: log(x + dx) = log x + dx/x
 * to within (dx/x)² ~ 1e-32, so e^c is exact to first order however large a is (for a ≫ b,
 * 1 - b/C may round to 1 and c1 ≈ -(a - 1/2) b/C then carries the whole factor).
 */
struct sk_gm_beta_parts {
  double lb, la_over_lc, sqrt_c, base1, y1, c1, base2, y2, c2;
};

static inline void sk_gm_beta_pieces(double a, double b, struct sk_gm_beta_parts *p)
{
  double c = a + b;
  double cc = c + SK_GM_LANCZOS_GMH;
  double bg = b + SK_GM_LANCZOS_GMH, bv = bg - b;
  double bg_err = (b - (bg - bv)) + (SK_GM_LANCZOS_GMH - bv);
  p->lb = sk_gm_lanczos_any(b);
  p->la_over_lc = sk_gm_lanczos_any(a) / sk_gm_lanczos_any(c);
  p->sqrt_c = sqrt(cc);
  /* exponents a - 1/2, b - 1/2 and their rounding errors */
  double y1 = a - 0.5, y1v = y1 - a, y1_err = (a - (y1 - y1v)) + (-0.5 - y1v);
  double y2 = b - 0.5, y2v = y2 - b, y2_err = (b - (y2 - y2v)) + (-0.5 - y2v);
  p->y1 = y1;
  p->y2 = y2;
  double q = b / cc, qe = 0, re = 0;
  double r2 = bg / cc;
  if (cc < 0x1p990) {
    double pe, pp = sk_gm_two_prod(q, cc, &pe);
    qe = ((b - pp) - pe) / cc; /* b/C - q */
    pp = sk_gm_two_prod(r2, cc, &pe);
    re = (((bg - pp) - pe) + bg_err) / cc; /* (b + g - 1/2)/C - r2 */
  }
  double base1 = 1.0 - q;
  double d1 = ((1.0 - base1) - q) - qe; /* (1 - b/C) - base1 */
  p->base1 = base1;
  p->c1 = y1 * d1 / base1 + y1_err * log1p(-q);
  p->base2 = r2;
  p->c2 = y2 * re / r2 + y2_err * log(r2);
}

/* e^c for the small corrections c (usually |c| < 1e-13). */
static inline double sk_gm_exp_small(double c)
{
  return fabs(c) < 0x1p-27 ? 1.0 + c : exp(c);
}

/* base^y · e^c; when c is not small (y beyond ~1e15, where pow(base, y) under- or overflows, or
   base rounds to 1), the two are combined in one exp so that 0 · Inf cannot occur. */
static inline double sk_gm_pow_corrected(double base, double y, double c)
{
  if (fabs(c) < 0.5) return pow(base, y) * sk_gm_exp_small(c);
  return exp(y * log(base) + c);
}

/* B(a, b) for a, b > 0. */
static inline double sk_gm_beta_pos(double a, double b)
{
  if (a < b) { double t = a; a = b; b = t; }
  if (a == INFINITY) return 0.0;
  if (a + b <= 171.0 && a == floor(a) && b == floor(b)) /* (a-1)! (b-1)! / (a+b-1)!, ≤ 1.5 ulp */
    return sk_gm_factorial[(int)a - 1] * sk_gm_factorial[(int)b - 1] / sk_gm_factorial[(int)(a + b) - 1];
  struct sk_gm_beta_parts p;
  sk_gm_beta_pieces(a, b, &p);
  double f1 = sk_gm_pow_corrected(p.base1, p.y1, p.c1);
  double f2 = sk_gm_pow_corrected(p.base2, p.y2, p.c2);
  /* e^(1/2 - g) = 0.003987144211625315 (0x1.054d2dfe4d433p-8); the order of the product avoids
     spurious over- and underflow */
  return p.lb / p.sqrt_c * f2 * (p.la_over_lc * 0.003987144211625315) * f1;
}

/* log B(a, b) for a, b > 0. */
static inline double sk_gm_lbeta_pos(double a, double b)
{
  if (a < b) { double t = a; a = b; b = t; }
  if (a == INFINITY) return -INFINITY;
  if (a + b <= 171.0 && a == floor(a) && b == floor(b)) return log(sk_gm_beta_pos(a, b));
  struct sk_gm_beta_parts p;
  sk_gm_beta_pieces(a, b, &p);
  double f1 = sk_gm_pow_corrected(p.base1, p.y1, p.c1);
  double f2 = sk_gm_pow_corrected(p.base2, p.y2, p.c2);
  double v = p.lb / p.sqrt_c * f2 * (p.la_over_lc * 0.003987144211625315) * f1;
  if (v > 0x1p-1000 && v < 0x1p1000) return log(v);
  return (log(p.lb) + log(p.la_over_lc) + (0.5 - SK_GM_LANCZOS_G) - log(p.sqrt_c))
         + (p.y1 * log(p.base1) + p.c1) + (p.y2 * log(p.base2) + p.c2);
}

/* 1 / (s B(a, b)) for a, b > 0 and s ≠ 0: the reciprocal pieces, with s folded in first, so
   that nothing over- or underflows where the result is representable (binomial needs this). */
static inline double sk_gm_inv_scaled_beta_pos(double a, double b, double s)
{
  if (a < b) { double t = a; a = b; b = t; }
  if (a == INFINITY) return 1.0 / (s * 0.0);
  struct sk_gm_beta_parts p;
  sk_gm_beta_pieces(a, b, &p);
  double g1 = sk_gm_pow_corrected(p.base1, -p.y1, -p.c1);
  double g2 = sk_gm_pow_corrected(p.base2, -p.y2, -p.c2);
  return p.sqrt_c / (s * p.lb) * g2 / (p.la_over_lc * 0.003987144211625315) * g1;
}

/* sin(π (hi + lo)) to first order in lo. */
static inline double sk_gm_sinpi2(double hi, double lo)
{
  double s = sk_gm_sinpi(hi);
  if (lo == 0) return s;
  return s + SK_GM_PI * lo * sk_gm_sinpi(hi + 0.5);
}

/*
 * B(a, b) or log|B(a, b)| (want_log) for all real a, b: special cases and the reflections of the
 * Method comment. *sign receives the sign of B for lbeta.
 */
static inline double sk_gm_beta_any(double a, double b, int want_log)
{
  if (a != a || b != b) return a + b;
  if (a > 0 && b > 0) return want_log ? sk_gm_lbeta_pos(a, b) : sk_gm_beta_pos(a, b);
  if (a > b) { double t = a; a = b; b = t; } /* now a ≤ b, a ≤ 0 */
  if (isinf(a) || isinf(b)) return NAN;
  int a_pole = a == floor(a), b_pole = b <= 0 && b == floor(b);
  double c = a + b, cv = c - a;
  double c_err = (a - (c - cv)) + (b - cv);
  int c_pole = c <= 0 && c == floor(c) && c_err == 0;
  if (a_pole || b_pole) {
    if (a == 0 && !b_pole) {
      double v = signbit(a) ? -INFINITY : INFINITY;
      return want_log ? INFINITY : v; /* Γ(±0) Γ(b) / Γ(b) */
    }
    if (a_pole && !b_pole && b > 0 && b == floor(b) && c <= 0 && b <= 171) {
      /* B(a, n) = (n-1)! / (a (a+1) … (a+n-1)), all factors negative and exact */
      double den = 1.0;
      for (int k = 0; k < (int)b; k++) den *= a + k;
      double v = sk_gm_factorial[(int)b - 1] / den;
      return want_log ? log(fabs(v)) : v;
    }
    return NAN;
  }
  if (c_pole) return want_log ? -INFINITY : 0.0;
  double sa = sk_gm_sinpi(a), v;
  if (b > 0) {
    if (c > 0) {
      double one_minus_a = 1.0 - a;
      if (want_log) return log(SK_GM_PI / fabs(sa * b)) - sk_gm_lbeta_pos(one_minus_a, c);
      return SK_GM_PI / (sa * b * sk_gm_beta_pos(one_minus_a, c));
    }
    /* sinpi(c) / sinpi(a) · B(b, 1-c) */
    double sc = sk_gm_sinpi2(c, c_err);
    double one_minus_c = 1.0 - c;
    if (want_log) return log(fabs(sc / sa)) + sk_gm_lbeta_pos(b, one_minus_c);
    v = sc / sa * sk_gm_beta_pos(b, one_minus_c);
    return v;
  }
  /* a, b < 0: π sinpi(c) / (sinpi(a) sinpi(b) (1-c) B(1-a, 1-b)) */
  double sb = sk_gm_sinpi(b), sc = sk_gm_sinpi2(c, c_err);
  double one_minus_c = 1.0 - c;
  if (want_log)
    return log(fabs(SK_GM_PI * sc / (sa * sb * one_minus_c))) - sk_gm_lbeta_pos(1.0 - a, 1.0 - b);
  return SK_GM_PI * sc / (sa * sb * one_minus_c) / sk_gm_beta_pos(1.0 - a, 1.0 - b);
}

static inline double sk_beta(double a, double b)
{
  return sk_gm_beta_any(a, b, 0);
}
#endif
