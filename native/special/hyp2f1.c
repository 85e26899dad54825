/*
 * Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z < 1 (and every z
 * when the series terminates). C twin of src/special/incomplete/hyp2f1.ts (same steps; the JS
 * module-level state is a context struct here, so the function is reentrant and thread-safe).
 *
 * Method (Abramowitz & Stegun 15.3; DLMF 15.8):
 * - a or b a non-positive integer: the terminating series; for z > 1/2 mapped to 1 - z (DLMF 15.8.7),
 *   which for the Beta-cdf shape 2F1(a, -m; a + 1; z) is a sum of positive terms.
 * - -1 <= z <= 1/2: a convergent series: the Gauss series, its Euler transform
 *   (1 - z)^(c-a-b) 2F1(c - a, c - b; c; z), or a Pfaff transform (1 - z)^-a 2F1(a, c - b; c; w),
 *   w = z/(z - 1) in (0, 1/2] -- whichever has the fewest sign changes among its terms (the Student-t
 *   cdf's 2F1(1/2, (nu+1)/2; 3/2; -x^2/nu) becomes a series of positive terms).
 * - 1/2 < z < 1: the 1 - z connection formula (A&S 15.3.6); when c - a - b is an integer, its
 *   limiting forms with logarithms and digamma values (A&S 15.3.10-15.3.12); when c - a - b is within
 *   0.1 of an integer (or the two terms of 15.3.6 cancel), a rearrangement of 15.3.6 in which the
 *   1/eps singular parts cancel analytically (near_integer, after Michel & Stoitsov, Comput. Phys.
 *   Commun. 178 (2008) 535). If the connection formula still cancels (large parameters) and
 *   z <= 0.9, the best series is used instead when its own error estimate is smaller.
 * - -1 <= z < -1/4 with large parameters (max |param| |z| > 20): the connection formula in
 *   1/(1 - z) as well, since the series would peak late and accumulate rounding; the one with the
 *   smaller error estimate wins.
 * - z < -1: Pfaff to w in (1/2, 1), then as above in w (equivalently A&S 15.3.8 in powers of
 *   1/(1 - z)); the Pfaff form that terminates, else the one with fewer negative parameters.
 * 1 - z is formed exactly as hi + lo and every power (1 - z)^p as hi^p (1 + p lo/hi), so a large
 * exponent does not amplify the rounding of 1 - z; c - a - b is formed exactly (two-sum) so that the
 * near-integer distance eps is exact. Gamma ratios pair each numerator with the nearer denominator
 * (lgamma_delta), which keeps large parameters accurate.
 * Error: ~1e-15 relative on the main domain (docs/accuracy.md); more for parameters beyond ~100 in
 * magnitude, negative c, or where several parameters are negative (the series alternate).
 *
 * Special cases
 * - NaN in, NaN out; z = 0, a = 0 or b = 0: 1;
 * - c = 0, -1, -2, ...: NaN (pole) unless the series terminates first (a or b = -m with m <= -c);
 * - z = 1: Gauss's sum Gamma(c)Gamma(c-a-b)/(Gamma(c-a)Gamma(c-b)) when c - a - b > 0, else +-Inf;
 * - z > 1: NaN (on the branch cut, the value is not real) unless the series terminates;
 * - z = -Inf: 0 when a, b > 0 and the series does not terminate, else NaN.
 */
#ifndef SK_SPECIAL_HYP2F1_C
#define SK_SPECIAL_HYP2F1_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"

#define SK_H2F1_EPS 1.1102230246251565e-16
#define SK_H2F1_MAX_TERMS 20000

typedef struct {
  double magnitude; /* cancellation estimate of the last result (sum of |parts|) */
  double last;      /* last partial sum of the Gauss series */
  double s_hi, s_lo, s_value, s_log;
  int s_inverted;
  double m_hi, m_lo;
} sk_h2f1_ctx;

static double sk_h2f1_series(sk_h2f1_ctx *ctx, double a, double b, double c, double z) {
  double term = 1, sum = 1, big = 1;
  double kmin = fmax(0, fmax(-a, fmax(-b, -c)));
  for (int k = 0; k < SK_H2F1_MAX_TERMS; k++) {
    double ratio = (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    big += fabs(term) * (2 * k + 4);
    ctx->magnitude = big;
    ctx->last = sum;
    if (term == 0) return sum;
    if (k >= kmin && fabs(term) <= SK_H2F1_EPS * fabs(sum) && fabs(ratio) < 1) return sum;
    if (!isfinite(sum)) return sum;
  }
  return NAN;
}

static double sk_h2f1_pow_s(const sk_h2f1_ctx *ctx, double x) {
  if (!ctx->s_inverted) return pow(ctx->s_hi, x);
  return pow(ctx->s_hi, -x) * (1 - (x * ctx->s_lo) / ctx->s_hi);
}

/* m = c - a - b exactly as m_hi + m_lo. */
static void sk_h2f1_exact_difference(sk_h2f1_ctx *ctx, double a, double b, double c) {
  double t = c - a, tv = t - c;
  double t_err = c - (t - tv) + (-a - tv);
  double m = t - b, mv = m - t;
  ctx->m_hi = m;
  ctx->m_lo = t_err + (t - (m - mv) + (-b - mv));
}

static double sk_h2f1_near_integer(sk_h2f1_ctx *ctx, double a, double b, double c, double p0, double n, double e) {
  double m = n + e;
  if (n < 0) {
    double a2 = c - a, b2 = c - b;
    sk_h2f1_exact_difference(ctx, a2, b2, c);
    double n2 = sk_zeh_round_half_up(ctx->m_hi);
    return sk_h2f1_near_integer(ctx, a2, b2, c, p0 + m, n2, ctx->m_hi - n2 + ctx->m_lo);
  }
  double s = ctx->s_value;
  double term = sk_zeh_gamma_ratio(c, m, c - a, c - b), finite = 0;
  for (double k = 0; k < n; k++) {
    finite += term;
    term *= -(((a + k) * (b + k)) / ((k + 1) * (m - k - 1))) * s;
  }
  double delta = sk_zeh_lgamma_delta(a + n, e) + sk_zeh_lgamma_delta(b + n, e) - sk_zeh_lgamma_delta(1 + n, e) + e * ctx->s_log;
  double sigma = sk_zeh_gamma_sign(a + n + e) * sk_zeh_gamma_sign(a + n) * sk_zeh_gamma_sign(b + n + e) * sk_zeh_gamma_sign(b + n);
  double l = -sk_zeh_lgamma_delta(1, -e);
  double tau = 1, sum = 0, sum_abs = 0;
  for (double j = 0; j < SK_H2F1_MAX_TERMS; j++) {
    double t = sigma > 0 ? tau * exp(delta) * expm1(l - delta) : tau * (exp(l) + exp(delta));
    sum += t;
    sum_abs += fabs(t) * (j + 4);
    if (j >= -a - n && j >= -b - n && fabs(t) <= SK_H2F1_EPS * fabs(sum)) break;
    tau *= (((a + n + j) * (b + n + j)) / ((1 + n + j) * (1 + j))) * s;
    double ua = e / (a + n + j), ub = e / (b + n + j);
    delta += sk_zeh_log_abs1p(ua) + sk_zeh_log_abs1p(ub) - log1p(e / (1 + n + j));
    if (ua < -1) sigma = -sigma;
    if (ub < -1) sigma = -sigma;
    l -= log1p(-e / (1 + j));
  }
  double scale = sk_h2f1_pow_s(ctx, p0);
  double f = finite * scale;
  double rest = term * sk_zeh_gamma(1 - e) * sum * scale;
  ctx->magnitude = fabs(f) * (n + 2) + fabs(rest) * (sum_abs / fabs(sum));
  return f + rest;
}

static double sk_h2f1_near_one(sk_h2f1_ctx *ctx, double a, double b, double c, double p0) {
  double s = ctx->s_value, ls = ctx->s_log;
  sk_h2f1_exact_difference(ctx, a, b, c);
  double n = sk_zeh_round_half_up(ctx->m_hi);
  double e = ctx->m_hi - n + ctx->m_lo;
  double m = e == 0 ? n : ctx->m_hi; /* an exact integer in the degenerate case */
  if (e != 0) {
    if (fabs(e) < 0.1) return sk_h2f1_near_integer(ctx, a, b, c, p0, n, e);
    double t1 = sk_zeh_gamma_ratio(c, m, c - a, c - b) * sk_h2f1_series(ctx, a, b, 1 - m, s);
    double m1 = ctx->magnitude * fabs(t1 / ctx->last);
    double t2 = sk_zeh_gamma_ratio(c, -m, a, b) * sk_h2f1_series(ctx, c - a, c - b, m + 1, s);
    double m2 = ctx->magnitude * fabs(t2 / ctx->last);
    double p1 = sk_h2f1_pow_s(ctx, p0), p2 = sk_h2f1_pow_s(ctx, p0 + m);
    double r = sk_zeh_mul_safe(t1, p1) + sk_zeh_mul_safe(t2, p2);
    double mag = sk_zeh_mul_safe(m1, p1) + sk_zeh_mul_safe(m2, p2);
    ctx->magnitude = mag;
    if (!(mag > 16 * fabs(r)) || fabs(e) >= 0.5) return r;
    double r2 = sk_h2f1_near_integer(ctx, a, b, c, p0, n, e);
    if (ctx->magnitude / fabs(r2) < mag / fabs(r)) return r2;
    ctx->magnitude = mag;
    return r;
  }
  if (m >= 0) {
    double finite = 0;
    if (m > 0) {
      double t = 1, sum = 1;
      for (double k = 0; k < m - 1; k++) {
        t *= (((a + k) * (b + k)) / ((k + 1) * (1 - m + k))) * s;
        sum += t;
      }
      finite = sk_zeh_gamma_ratio(m, c, a + m, b + m) * sum * sk_h2f1_pow_s(ctx, p0);
    }
    double psi1 = sk_zeh_digamma(1), psi2 = sk_zeh_digamma(m + 1);
    double psia = sk_zeh_digamma(a + m), psib = sk_zeh_digamma(b + m);
    double t = 1;
    for (double j = 1; j <= m; j++) t /= j;
    double sum = t * (ls - psi1 - psi2 + psia + psib);
    for (double k = 0; k < SK_H2F1_MAX_TERMS; k++) {
      t *= (((a + m + k) * (b + m + k)) / ((k + 1) * (k + m + 1))) * s;
      psi1 += 1 / (k + 1);
      psi2 += 1 / (k + m + 1);
      psia += 1 / (a + m + k);
      psib += 1 / (b + m + k);
      double term = t * (ls - psi1 - psi2 + psia + psib);
      sum += term;
      if (k >= -a - m && k >= -b - m && fabs(term) <= SK_H2F1_EPS * fabs(sum) && fabs(t) <= SK_H2F1_EPS * fabs(sum)) break;
    }
    double sign = fmod(m, 2) == 0 ? 1 : -1;
    double second = sign * sk_h2f1_pow_s(ctx, p0 + m) * sk_zeh_gamma_ratio(c, 1, a, b) * sum;
    ctx->magnitude = (fabs(finite) + fabs(second)) * 16;
    return finite - second;
  }
  double M = -m, t = 1, fsum = 1;
  for (double k = 0; k < M - 1; k++) {
    t *= (((a - M + k) * (b - M + k)) / ((k + 1) * (1 - M + k))) * s;
    fsum += t;
  }
  double finite = sk_zeh_gamma_ratio(M, c, a, b) * fsum * sk_h2f1_pow_s(ctx, p0 - M);
  double coef = sk_zeh_gamma_ratio(c, 1, a - M, b - M);
  ctx->magnitude = fabs(finite) * (M + 2);
  if (coef == 0) return finite;
  double psi1 = sk_zeh_digamma(1), psi2 = sk_zeh_digamma(M + 1);
  double psia = sk_zeh_digamma(a), psib = sk_zeh_digamma(b);
  t = 1;
  for (double j = 1; j <= M; j++) t /= j;
  double sum = t * (ls - psi1 - psi2 + psia + psib);
  for (double k = 0; k < SK_H2F1_MAX_TERMS; k++) {
    t *= (((a + k) * (b + k)) / ((k + 1) * (k + M + 1))) * s;
    psi1 += 1 / (k + 1);
    psi2 += 1 / (k + M + 1);
    psia += 1 / (a + k);
    psib += 1 / (b + k);
    double term = t * (ls - psi1 - psi2 + psia + psib);
    sum += term;
    if (k >= -a && k >= -b && fabs(term) <= SK_H2F1_EPS * fabs(sum) && fabs(t) <= SK_H2F1_EPS * fabs(sum)) break;
  }
  double sign = fmod(M, 2) == 0 ? 1 : -1;
  double second = sign * coef * sum * sk_h2f1_pow_s(ctx, p0);
  ctx->magnitude = (fabs(finite) + fabs(second)) * 16;
  return finite - second;
}

static double sk_h2f1_sign_changes(double p, double q, double c, double x) {
  double n = x < 0 ? 1000 : 0;
  if (p < 0) n += fmin(999, ceil(-p));
  if (q < 0) n += fmin(999, ceil(-q));
  if (c < 0) n += fmin(999, ceil(-c));
  return n;
}

static inline double sk_h2f1_pow_corrected(double hi, double lo, double e) { return pow(hi, e) * (1 + (e * lo) / hi); }

static double sk_h2f1_best_series(sk_h2f1_ctx *ctx, double a, double b, double c, double z) {
  double hi = 1 - z, lo = 1 - hi - z;
  double direct = sk_h2f1_sign_changes(a, b, c, z);
  if (z > 0) {
    if (sk_h2f1_sign_changes(c - a, c - b, c, z) < direct) {
      double v = sk_h2f1_pow_corrected(hi, lo, c - a - b) * sk_h2f1_series(ctx, c - a, c - b, c, z);
      ctx->magnitude *= fabs(v / ctx->last);
      return v;
    }
    return sk_h2f1_series(ctx, a, b, c, z);
  }
  double s = (1 / hi) * (1 - lo / hi), w = -z * s;
  double p1 = sk_h2f1_sign_changes(a, c - b, c, w), p2 = sk_h2f1_sign_changes(c - a, b, c, w);
  if (fmin(p1, p2) < direct) {
    double v = p1 <= p2 ? sk_h2f1_pow_corrected(hi, lo, -a) * sk_h2f1_series(ctx, a, c - b, c, w)
                        : sk_h2f1_pow_corrected(hi, lo, -b) * sk_h2f1_series(ctx, c - a, b, c, w);
    ctx->magnitude *= fabs(v / ctx->last);
    return v;
  }
  return sk_h2f1_series(ctx, a, b, c, z);
}

static double sk_h2f1_upper_half(sk_h2f1_ctx *ctx, double a, double b, double c, double w, double p0) {
  double r = sk_h2f1_near_one(ctx, a, b, c, p0);
  double loss = isfinite(r) ? ctx->magnitude / fabs(r) : INFINITY;
  if (!(loss > 2) || w > 0.9) return r;
  double scale = sk_h2f1_pow_s(ctx, p0);
  double t = sk_h2f1_best_series(ctx, a, b, c, w) * scale;
  return (ctx->magnitude * fabs(scale)) / fabs(t) < loss ? t : r;
}

static double sk_h2f1_terminating(sk_h2f1_ctx *ctx, double m, double b, double c, double z, double y) {
  double c2 = b - c - m + 1;
  int beta = fabs(c2 + m) <= 1e-14 * fmax(1, fabs(b)); /* (-m)_k/(-m)_k = 1 to within c's rounding */
  if ((z <= 0.5 && !(beta && z > 0)) || (sk_zeh_nonpos_int(c2) && c2 > -m)) return sk_h2f1_series(ctx, -m, b, c, z);
  double f = 1;
  for (double k = 0; k < m; k++) f *= (c - b + k) / (c + k);
  if (beta) {
    double t = 1, sum = 1;
    for (double k = 0; k < m; k++) {
      t *= ((b + k) / (k + 1)) * y;
      sum += t;
    }
    return f * sum;
  }
  return f * sk_h2f1_series(ctx, -m, b, c2, y);
}

/* z < 0 by Pfaff, then the connection formulas in s = 1/(1 - z) (upper_half when fallback). */
static double sk_h2f1_pfaff_connection(sk_h2f1_ctx *ctx, double a, double b, double c, double z, int fallback) {
  double hi = 1 - z, lo = 1 - hi - z;
  double p = a, q = c - b;
#define SK_H2F1_NEG(x, y) (((x) < 0) + ((y) < 0))
  if (sk_zeh_nonpos_int(c - a) || (!sk_zeh_nonpos_int(c - b) && SK_H2F1_NEG(b, c - a) < SK_H2F1_NEG(a, c - b))) {
    p = b;
    q = c - a;
  }
#undef SK_H2F1_NEG
  ctx->s_hi = hi;
  ctx->s_lo = lo;
  ctx->s_inverted = 1;
  ctx->s_value = (1 / hi) * (1 - lo / hi);
  ctx->s_log = -(log(hi) + lo / hi);
  double w = -z * ctx->s_value;
  if (sk_zeh_nonpos_int(q)) {
    ctx->magnitude = 0;
    return sk_h2f1_pow_s(ctx, p) * sk_h2f1_terminating(ctx, -q, p, c, w, ctx->s_value);
  }
  return fallback ? sk_h2f1_upper_half(ctx, p, q, c, w, p) : sk_h2f1_near_one(ctx, p, q, c, p);
}

static double sk_hyp2f1(double a, double b, double c, double z) {
  sk_h2f1_ctx ctx = {0, 1, 1, 0, 1, 0, 0, 0, 0};
  if (isnan(a) || isnan(b) || isnan(c) || isnan(z)) return NAN;
  if (z == 0 || a == 0 || b == 0) return 1;
  if (!isfinite(a) || !isfinite(b) || !isfinite(c)) return NAN;
  int a_term = sk_zeh_nonpos_int(a), b_term = sk_zeh_nonpos_int(b);
  if (sk_zeh_nonpos_int(c) && !((a_term && a >= c) || (b_term && b >= c))) return NAN;
  if (a_term || b_term) {
    if (!isfinite(z)) return NAN;
    double y = 1 - z;
    return a_term && (!b_term || a >= b) ? sk_h2f1_terminating(&ctx, -a, b, c, z, y) : sk_h2f1_terminating(&ctx, -b, a, c, z, y);
  }
  if (z == 1) {
    double m = c - a - b;
    if (m > 0) return sk_zeh_gamma_ratio(c, m, c - a, c - b);
    return sk_zeh_gamma_sign(c) * sk_zeh_gamma_sign(a) * sk_zeh_gamma_sign(b) * INFINITY;
  }
  if (z > 1) return NAN;
  if (z == -INFINITY) return a > 0 && b > 0 ? 0.0 : NAN;
  if (z >= -1 && z <= 0.5) {
    if (z < -0.25 && fmax(fabs(a), fmax(fabs(b), fabs(c))) * -z > 20) {
      double r = sk_h2f1_pfaff_connection(&ctx, a, b, c, z, 0);
      double loss = isfinite(r) ? ctx.magnitude / fabs(r) : INFINITY;
      if (loss <= 16) return r;
      double t = sk_h2f1_best_series(&ctx, a, b, c, z);
      return ctx.magnitude / fabs(t) < loss ? t : r;
    }
    return sk_h2f1_best_series(&ctx, a, b, c, z);
  }
  if (z > 0.5) {
    ctx.s_hi = ctx.s_value = 1 - z;
    ctx.s_lo = 0;
    ctx.s_inverted = 0;
    ctx.s_log = log1p(-z);
    return sk_h2f1_upper_half(&ctx, a, b, c, z, 0);
  }
  return sk_h2f1_pfaff_connection(&ctx, a, b, c, z, 1);
}

#endif
