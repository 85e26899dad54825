/*
 * PRIVATE helpers of zeta, hurwitz_zeta, expint/E1/Ei and hyp0f1/hyp1f1/hyp2f1 (C twin of
 * src/special/incomplete/zeta-expint-hyper-common.ts; same arithmetic, step by step).
 *
 * The public gamma family is another group's (native/special/gamma.c ...); these small private
 * versions keep this group independent of it. Do not call them from outside this group.
 *
 * Method
 * - Gamma(x), x >= 10: Stirling, Gamma(x) = sqrt(2 pi/e) (x/e)^(x - 1/2) exp(S(x)),
 *   S(x) = sum_{k=1..8} B_2k / (2k(2k - 1) x^(2k - 1)) (truncation < 2e-18 at x = 10). The base x/e
 *   is formed in double-double (Dekker product) and the power corrected by exp((x - 1/2) lo/hi), so
 *   the large exponent does not amplify the rounding of the base. -10 < x < 10: a polynomial fit of
 *   the entire 1/Gamma on [1, 2] and the recurrence (exact factors x - j), no pow/exp. x <= -10:
 *   reflection Gamma(x) = pi / (sin(pi x) Gamma(1 - x)), sin(pi x) reduced exactly. Error: a few ulp.
 * - psi(x): asymptotic series (x >= 10) after upward recurrence; reflection for x < 0.
 *
 * Special cases: Gamma at 0 and the negative integers is NaN (rgamma there is 0);
 * Gamma(x) = Inf for x > 171.7.
 */
#ifndef SK_SPECIAL_ZETA_EXPINT_HYPER_COMMON_C
#define SK_SPECIAL_ZETA_EXPINT_HYPER_COMMON_C

#include <math.h>

#define SK_ZEH_PI 3.141592653589793 /* 0x1.921fb54442d18p+1 */

/* sum c[i] t^i by Horner's rule, highest power first. */
static inline double sk_zeh_horner(const double *c, int n, double t) {
  double r = c[n - 1];
  for (int i = n - 2; i >= 0; i--) r = r * t + c[i];
  return r;
}

/* The rounding error of p = fl(a * b): a * b = p + result exactly (Dekker, no FMA needed). */
static inline double sk_zeh_two_prod_error(double a, double b, double p) {
  const double splitter = 134217729.0; /* 2^27 + 1 */
  double t = splitter * a;
  double ah = t - (t - a), al = a - ah;
  t = splitter * b;
  double bh = t - (t - b), bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/* Nearest integer, ties toward +Inf (JavaScript's Math.round). */
static inline double sk_zeh_round_half_up(double x) {
  double f = floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

/* sin(pi x), argument reduced exactly; integers give +0 (-0 for -0). */
static double sk_zeh_sinpi(double x) {
  if (!isfinite(x)) return NAN;
  if (fabs(x) >= 4503599627370496.0) return x == 0 ? x : 0.0;
  double n = sk_zeh_round_half_up(2 * x);
  double y = x - n / 2;
  double q = n - 4 * floor(n / 4);
  double r;
  if (q == 0) r = sin(SK_ZEH_PI * y);
  else if (q == 1) r = cos(SK_ZEH_PI * y);
  else if (q == 2) r = -sin(SK_ZEH_PI * y);
  else r = -cos(SK_ZEH_PI * y);
  return r == 0 ? (x == 0 ? x : 0.0) : r;
}

/* cos(pi x), argument reduced exactly; half-integers give +0. */
static double sk_zeh_cospi(double x) {
  if (!isfinite(x)) return NAN;
  if (fabs(x) >= 4503599627370496.0) return fabs(x) >= 9007199254740992.0 || fmod(x, 2) == 0 ? 1.0 : -1.0;
  double n = sk_zeh_round_half_up(2 * x);
  double y = x - n / 2;
  double q = n - 4 * floor(n / 4);
  double r;
  if (q == 0) r = cos(SK_ZEH_PI * y);
  else if (q == 1) r = -sin(SK_ZEH_PI * y);
  else if (q == 2) r = -cos(SK_ZEH_PI * y);
  else r = sin(SK_ZEH_PI * y);
  return r == 0 ? 0.0 : r;
}

/* B_2k / (2k(2k - 1)), k = 1..8: Stirling's series for lnGamma. */
static const double SK_ZEH_STIRLING[8] = {
  0.08333333333333333, -0.002777777777777778, 0.0007936507936507937, -0.0005952380952380953,
  0.0008417508417508417, -0.0019175269175269176, 0.00641025641025641, -0.029550653594771242
};

/* S(x) = lnGamma(x) - [(x - 1/2) ln x - x + ln(2 pi)/2], x >= 10. */
static inline double sk_zeh_stirling_tail(double x) {
  double r = 1 / x;
  return r * sk_zeh_horner(SK_ZEH_STIRLING, 8, r * r);
}

/* Gamma(x) for x >= 10. */
static double sk_zeh_gamma_large(double x) {
  const double inv_e_hi = 0.36787944117144233;     /* 0x1.78b56362cef38p-2 */
  const double inv_e_lo = -1.2428753672788363e-17; /* -0x1.ca8a4270fadf5p-57 */
  const double sqrt_2pi_over_e = 1.520346901066281; /* 0x1.8535745aa7957p+0 */
  double bh = x * inv_e_hi;
  double bl = sk_zeh_two_prod_error(x, inv_e_hi, bh) + x * inv_e_lo;
  double p = x - 0.5;
  double e = sqrt_2pi_over_e * exp(sk_zeh_stirling_tail(x) + (p * bl) / bh);
  if (x < 140) return e * pow(bh, p);
  double h = pow(bh, 0.5 * p);
  return e * h * h;
}

/* 1/Gamma(x) on [1, 2] (entire there): degree-15 polynomial in 2x - 3 (Chebyshev fit, mpmath;
   max relative error 1.3e-16). */
static const double SK_ZEH_RGAMMA_1_2[16] = {
  1.1283791670955126, -0.02058726322264155, -0.13166360888138617, 0.021887753255491794, 0.0031854287654827,
  -0.0013173490427663696, 0.00010332652853554406, 1.6568214392791072e-5, -4.338790023175905e-6, 2.9757348575235576e-7,
  2.476086975259896e-8, -6.785564183706895e-9, 5.265033028381591e-10, 7.08866291456305e-12, -5.494526824267024e-12,
  5.131033939660537e-13
};

/* 1/Gamma(x) for -10 < x < 10 without pow or exp: the [1, 2] fit and exact recurrence factors. */
static double sk_zeh_rgamma_small(double x) {
  if (x >= 2) {
    double n = floor(x) - 1, p = 1;
    for (double j = 1; j <= n; j++) p *= x - j;
    return sk_zeh_horner(SK_ZEH_RGAMMA_1_2, 16, 2 * (x - n) - 3) / p;
  }
  if (x >= 1) return sk_zeh_horner(SK_ZEH_RGAMMA_1_2, 16, 2 * x - 3);
  double n = ceil(1 - x), p = 1;
  for (double k = 0; k < n; k++) p *= x + k;
  return p * sk_zeh_horner(SK_ZEH_RGAMMA_1_2, 16, 2 * (x + n) - 3);
}

static double sk_zeh_gamma(double x) {
  if (isnan(x)) return NAN;
  if (x >= 10) return x > 171.7 ? INFINITY : sk_zeh_gamma_large(x);
  if (x > -10) {
    if (x <= 0 && x == floor(x)) return NAN;
    return 1 / sk_zeh_rgamma_small(x);
  }
  if (x == -INFINITY || x == floor(x)) return NAN;
  double s = sk_zeh_sinpi(x);
  double g = sk_zeh_gamma(1 - x);
  if (!isfinite(g)) return 0 * s;
  return SK_ZEH_PI / (s * g);
}

/* 1/Gamma(x): 0 at the poles and for x > 171.7. */
static double sk_zeh_rgamma(double x) {
  if (isnan(x)) return NAN;
  if (x == INFINITY) return 0;
  if (x <= 0 && x == floor(x)) return 0;
  if (x > -10 && x < 10) return sk_zeh_rgamma_small(x);
  if (x >= 10) return 1 / sk_zeh_gamma(x);
  return (sk_zeh_sinpi(x) * sk_zeh_gamma(1 - x)) / SK_ZEH_PI;
}

/* ln|Gamma(x)|, for scaling large terms. */
static double sk_zeh_lgamma(double x) {
  if (isnan(x)) return NAN;
  if (!isfinite(x)) return INFINITY;
  if (x >= 10) return (x - 0.5) * log(x) - x + 0.9189385332046728 + sk_zeh_stirling_tail(x);
  if (x >= 0.5) return log(sk_zeh_gamma(x));
  if (x == floor(x)) return INFINITY;
  return log(SK_ZEH_PI / fabs(sk_zeh_sinpi(x))) - sk_zeh_lgamma(1 - x);
}

/* B_2k / (2k), k = 1..8: the asymptotic series of psi. */
static const double SK_ZEH_DIGAMMA_ASYMPTOTIC[8] = {
  0.08333333333333333, -0.008333333333333333, 0.003968253968253968, -0.004166666666666667,
  0.007575757575757576, -0.021092796092796094, 0.08333333333333333, -0.4432598039215686
};

static double sk_zeh_digamma(double x) {
  if (isnan(x) || x == -INFINITY) return NAN;
  if (x == INFINITY) return INFINITY;
  if (x <= 0) {
    if (x == floor(x)) return NAN;
    return sk_zeh_digamma(1 - x) - (SK_ZEH_PI * sk_zeh_cospi(x)) / sk_zeh_sinpi(x);
  }
  double acc = 0, y = x;
  while (y < 10) {
    acc -= 1 / y;
    y += 1;
  }
  double r2 = 1 / (y * y);
  double tail = r2 * sk_zeh_horner(SK_ZEH_DIGAMMA_ASYMPTOTIC, 8, r2);
  return acc + log(y) - 0.5 / y - tail;
}

/* x is 0, -1, -2, ... (a pole of Gamma). */
static inline int sk_zeh_nonpos_int(double x) { return x <= 0 && x == floor(x); }

static inline double sk_zeh_sign(double x) { return (double)((x > 0) - (x < 0)); }

static double sk_zeh_mul_safe(double x, double y) {
  double p = x * y;
  if ((p != 0 && isfinite(p)) || x == 0 || y == 0 || !isfinite(x) || !isfinite(y)) return p;
  return sk_zeh_sign(x) * sk_zeh_sign(y) * exp(log(fabs(x)) + log(fabs(y)));
}

static inline double sk_zeh_gamma_sign(double x) { return x > 0 ? 1.0 : sk_zeh_sinpi(x) < 0 ? -1.0 : 1.0; }

static inline double sk_zeh_log_abs1p(double u) { return u > -0.5 ? log1p(u) : log(fabs(1 + u)); }

/* ln|Gamma(x + e)| - ln|Gamma(x)| as a difference in its own right (see the .ts twin). */
static double sk_zeh_lgamma_delta(double x, double e) {
  double y = x + e;
  if (x >= 10 && y >= 10) {
    double l = log1p(e / x);
    double d = (x - 0.5) * l + e * log(y) - e;
    double xp = 1 / x, x2 = xp * xp;
    for (int k = 1; k <= 8; k++) {
      d += SK_ZEH_STIRLING[k - 1] * xp * expm1((1 - 2 * k) * l);
      xp *= x2;
    }
    return d;
  }
  if (x > 0 && y > 0) {
    double d = 0, t = x;
    while (t < 10 || t + e < 10) {
      d -= log1p(e / t);
      t += 1;
    }
    return d + sk_zeh_lgamma_delta(t, e);
  }
  if (x < 0.5 && y < 0.5) {
    double sin_term;
    if (fabs(e) < 0.25) {
      double h = sin(0.5 * SK_ZEH_PI * e);
      sin_term = -sk_zeh_log_abs1p(-2 * h * h + (sk_zeh_cospi(x) / sk_zeh_sinpi(x)) * sin(SK_ZEH_PI * e));
    } else {
      sin_term = log(fabs(sk_zeh_sinpi(x))) - log(fabs(sk_zeh_sinpi(y)));
    }
    return sin_term - sk_zeh_lgamma_delta(1 - x, -e);
  }
  return sk_zeh_lgamma(y) - sk_zeh_lgamma(x);
}

/* Gamma(n1) Gamma(n2) / (Gamma(d1) Gamma(d2)), paired through lgamma_delta for large arguments. */
static double sk_zeh_gamma_ratio(double n1, double n2, double d1, double d2) {
  if (sk_zeh_nonpos_int(d1) || sk_zeh_nonpos_int(d2)) return 0;
  if (sk_zeh_nonpos_int(n1) || sk_zeh_nonpos_int(n2)) return NAN;
  int small = fabs(n1) < 20 && fabs(n2) < 20 && fabs(d1) < 20 && fabs(d2) < 20;
  double straight = fabs(n1 - d1) + fabs(n2 - d2), crossed = fabs(n1 - d2) + fabs(n2 - d1);
  if (small || fmin(straight, crossed) > 20) {
    double g = sk_zeh_gamma(n1) * sk_zeh_rgamma(d1) * (sk_zeh_gamma(n2) * sk_zeh_rgamma(d2));
    if (fabs(g) >= 2.2250738585072014e-308 && fabs(g) < INFINITY) return g;
  }
  double sign = sk_zeh_gamma_sign(n1) * sk_zeh_gamma_sign(n2) * sk_zeh_gamma_sign(d1) * sk_zeh_gamma_sign(d2);
  if (straight <= crossed) return sign * exp(sk_zeh_lgamma_delta(d1, n1 - d1) + sk_zeh_lgamma_delta(d2, n2 - d2));
  return sign * exp(sk_zeh_lgamma_delta(d2, n1 - d2) + sk_zeh_lgamma_delta(d1, n2 - d1));
}

/*
 * Double-double arithmetic (Dekker, Knuth; no FMA needed) for the series that cancel: a value is
 * hi + lo with |lo| <= ulp(hi)/2.
 */
typedef struct {
  double hi, lo;
} sk_zeh_dd;

static inline sk_zeh_dd sk_zeh_dd_two_sum(double a, double b) {
  double s = a + b, bv = s - a;
  sk_zeh_dd r = {s, a - (s - bv) + (b - bv)};
  return r;
}

static inline sk_zeh_dd sk_zeh_dd_mul(sk_zeh_dd x, sk_zeh_dd y) {
  double p = x.hi * y.hi;
  double e = sk_zeh_two_prod_error(x.hi, y.hi, p) + (x.hi * y.lo + x.lo * y.hi);
  double s = p + e;
  sk_zeh_dd r = {s, e - (s - p)};
  return r;
}

static inline sk_zeh_dd sk_zeh_dd_div(sk_zeh_dd x, sk_zeh_dd y) {
  double q1 = x.hi / y.hi;
  double p = q1 * y.hi;
  double pe = sk_zeh_two_prod_error(q1, y.hi, p);
  double rr = x.hi - p - pe + x.lo - q1 * y.lo;
  double q2 = rr / y.hi;
  double s = q1 + q2;
  sk_zeh_dd r = {s, q2 - (s - q1)};
  return r;
}

static inline sk_zeh_dd sk_zeh_dd_add(sk_zeh_dd x, sk_zeh_dd y) {
  double s = x.hi + y.hi, bv = s - x.hi;
  double e = x.hi - (s - bv) + (y.hi - bv) + x.lo + y.lo;
  double t = s + e;
  sk_zeh_dd r = {t, e - (t - s)};
  return r;
}

#endif
