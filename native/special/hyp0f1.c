/*
 * Confluent hypergeometric limit function 0F1(; b; z) = sum z^k / ((b)_k k!) for real b and z.
 * C twin of src/special/incomplete/hyp0f1.ts. With x = 2 sqrt|z| and nu = b - 1 it is a Bessel
 * function: 0F1(; b; x^2/4) = Gamma(b) (x/2)^-nu I_nu(x), 0F1(; b; -x^2/4) = Gamma(b) (x/2)^-nu J_nu(x)
 * (DLMF 10.16.9).
 *
 * Method
 * - The power series, while its terms do not cancel by more than 16 (z > 0 with b > 0: never); a
 *   series that cancels more is re-summed in double-double (~106 bits), which carries z < 0 up to
 *   x ~ 35 (cancellation ~e^x <= 2^50).
 * - x >= 25: the Hankel expansions (DLMF 10.17.3, 10.40.1) when their terms fall below EPS without
 *   first growing past the leading 1 (x large against nu^2): for z > 0 e^x/sqrt(2 pi x) sum (-1)^k a_k(nu)/x^k,
 *   for z < 0 sqrt(2/(pi x)) (P cos chi - Q sin chi), chi = x - (nu/2 + 1/4) pi. x = 2 sqrt|z| is
 *   formed with its rounding error (exact residual of the square root), which is put back to first
 *   order, so that the large argument does not amplify it.
 * - z < 0 otherwise: Miller's backward recurrence for J_(nu+2k)(x) from an order well above x,
 *   normalized by the Neumann series (x/2)^nu / Gamma(nu + 1) = sum_k (nu + 2k) (nu + 1)_(k-1)/k!
 *   J_(nu+2k)(x) (DLMF 10.23.15; no Gamma needed: 0F1 = J_nu / sum).
 * Error: a few ulp for z > 0, b > 0; for z < 0 relative accuracy is lost near the zeros of J_nu
 * (the function oscillates), see docs/accuracy.md.
 *
 * Special cases
 * - NaN in, NaN out; z = 0: 1; b = 0, -1, -2, ...: NaN (pole);
 * - z = +Inf: +Inf for b > 0; z = -Inf: 0 for b > 1/2, NaN otherwise.
 */
#ifndef SK_SPECIAL_HYP0F1_C
#define SK_SPECIAL_HYP0F1_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"

#define SK_H0F1_EPS 1.1102230246251565e-16
#define SK_H0F1_MAX_TERMS 20000

static double sk_h0f1_series_dd(double b, double z) {
  sk_zeh_dd t = {1, 0}, s = {1, 0}, zz = {z, 0};
  double big = 1, kmin = fmax(0, -b);
  for (int k = 0; k < SK_H0F1_MAX_TERMS; k++) {
    sk_zeh_dd k1 = {k + 1.0, 0};
    t = sk_zeh_dd_mul(t, sk_zeh_dd_div(zz, sk_zeh_dd_mul(sk_zeh_dd_two_sum(b, k), k1)));
    s = sk_zeh_dd_add(s, t);
    big += fabs(t.hi);
    if (t.hi == 0 || (k >= kmin && fabs(t.hi) <= 1e-20 * fabs(s.hi) && fabs(z / ((b + k + 1) * (k + 2))) < 1))
      return big > 1125899906842624.0 * fabs(s.hi) ? NAN : s.hi + s.lo;
    if (!isfinite(s.hi)) return s.hi;
  }
  return NAN;
}

static double sk_h0f1_series(double b, double z) {
  double term = 1, sum = 1, big = 1, kmin = fmax(0, -b);
  for (int k = 0; k < SK_H0F1_MAX_TERMS; k++) {
    double ratio = z / ((b + k) * (k + 1));
    term *= ratio;
    sum += term;
    big += fabs(term);
    if (term == 0 || (k >= kmin && fabs(term) <= SK_H0F1_EPS * fabs(sum) && fabs(ratio) < 1))
      return big > 16 * fabs(sum) ? sk_h0f1_series_dd(b, z) : sum;
    if (!isfinite(sum)) return sum;
  }
  return NAN;
}

static double sk_h0f1_prefactor(double b, double f) {
  if (b < 170) return ((sk_zeh_gamma(b) * pow(2, b - 1)) / 2.5066282746310002) * f;
  return sk_zeh_gamma_sign(b) * f * exp(sk_zeh_lgamma(b) + (b - 1) * 0.6931471805599453 - 0.9189385332046728);
}

/* Hankel sums: alternate -> sum (-1)^k a_k/x^k; else *p = P, returns Q. NaN when not accurate. */
static double sk_h0f1_hankel(double nu, double x, int alternate, double *p_out) {
  double mu = 4 * nu * nu, t = 1, p = 1, q = 0, s = 1;
  for (int k = 1; k < 500; k++) {
    t *= (mu - (2.0 * k - 1) * (2.0 * k - 1)) / (8.0 * k * x);
    if (fabs(t) > 1) return NAN;
    if (alternate) s += k % 2 == 0 ? t : -t;
    else if (k % 2 == 0) p += (k % 4 == 0 ? 1 : -1) * t;
    else q += (k % 4 == 1 ? 1 : -1) * t;
    if (t == 0 || fabs(t) <= SK_H0F1_EPS * 0.5 * (alternate ? fabs(s) : fabs(p) + fabs(q))) {
      *p_out = p;
      return alternate ? s : q;
    }
  }
  return NAN;
}

static double sk_h0f1_miller(double b, double x) {
  double nu = b - 1;
  double k_top = ceil((fmax(x, fabs(nu)) + 30 + 4 * sqrt(x)) / 2) + ceil(fmax(0, -nu) / 2);
  double c = 1;
  for (double k = 1; k <= k_top; k++) c = k == 1 ? nu + 2 : (c * ((nu + 2 * k) * (nu + k - 1))) / ((nu + 2 * k - 2) * k);
  double j_up = 0, j = 1e-300, sum = c * j;
  for (double k = k_top; k >= 1; k--) {
    for (int step = 0; step < 2; step++) {
      double mu = nu + 2 * k - step;
      double j_down = ((2 * mu) / x) * j - j_up;
      j_up = j;
      j = j_down;
    }
    c = k == 1 ? 1 : (c * ((nu + 2 * k - 2) * k)) / ((nu + 2 * k) * (nu + k - 1));
    sum += c * j;
    if (fabs(j) > 1e250) {
      j *= 1e-250;
      j_up *= 1e-250;
      sum *= 1e-250;
    }
  }
  return j / sum;
}

static double sk_hyp0f1(double b, double z) {
  if (isnan(b) || isnan(z)) return NAN;
  if (z == 0) return 1;
  if (!isfinite(b) || sk_zeh_nonpos_int(b)) return NAN;
  if (z == INFINITY) return b > 0 ? INFINITY : NAN;
  if (z == -INFINITY) return b > 0.5 ? 0.0 : NAN;
  double y = fabs(z);
  double r = sqrt(y);
  double delta = (y - r * r - sk_zeh_two_prod_error(r, r, r * r)) / (2 * r);
  double x = 2 * r, dx = 2 * delta, nu = b - 1;
  if (x >= 25) {
    double p = 0;
    if (z > 0) {
      double s = sk_h0f1_hankel(nu, x, 1, &p);
      if (!isnan(s)) {
        double e = 0.5 - b;
        double hx = exp(0.5 * x), hp = pow(x, 0.5 * e);
        double corr = 1 + dx * (1 + e / x);
        return sk_h0f1_prefactor(b, s * corr * hx * hp) * hx * hp;
      }
    } else {
      double q = sk_h0f1_hankel(nu, x, 0, &p);
      if (!isnan(q)) {
        double cphi = sk_zeh_cospi(nu / 2 + 0.25), sphi = sk_zeh_sinpi(nu / 2 + 0.25);
        double cx = cos(x), sx = sin(x);
        double cchi = cx * cphi + sx * sphi, schi = sx * cphi - cx * sphi;
        double v = p * cchi - q * schi;
        double dv = -(p * schi + q * cchi) * dx;
        double e = 0.5 - b;
        double w = pow(x, e) * (1 + (e * dx) / x);
        return sk_h0f1_prefactor(b, 2 * (v + dv) * w);
      }
    }
  }
  if (z > 0 || x <= 35) {
    double s = sk_h0f1_series(b, z);
    if (!isnan(s) || z > 0) return s;
  }
  return sk_h0f1_miller(b, x + dx);
}

#endif
