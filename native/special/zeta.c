/*
 * Riemann zeta function zeta(s) for real s. C twin of src/special/incomplete/zeta.ts.
 *
 * Method
 * - -0.5 <= s <= 4: zeta(s) = 1/(s - 1) + P(s), P a degree-17 polynomial fit of the entire function
 *   zeta(s) - 1/(s - 1) (Chebyshev interpolation; scripts/reference/zeta_expint_hyper.py
 *   `coefficients` prints these tables and their checked error).
 * - 4 < s < 32: zeta(s) = 1 + 2^-s U(s), U(s) = (zeta(s) - 1) 2^s fitted on [4, 8], [8, 16],
 *   [16, 32] to 1e-17 absolute in zeta.
 * - s >= 32: zeta(s) = 1 + 2^-s + 3^-s (the rest is below 2^-64).
 * - s < -0.5: reflection (DLMF 25.4.2) zeta(s) = 2 sin(pi s/2) Gamma(x) (2 pi)^-x zeta(x), x = 1 - s.
 *   sin(pi s/2) is reduced exactly, so the trivial zeros s = -2, -4, ... are exact zeros.
 *   Gamma(x) (2 pi)^-x = e^-1/2 (x/(2 pi e))^(x - 1/2) e^S(x) (Stirling, DLMF 5.11.1, x >= 10; the
 *   base in double-double so the power does not amplify its rounding); for x < 10 the same at x + n
 *   times (2 pi)^n / prod (x + k). x = 1 - s is rounded; its rounding error xl is put back to first
 *   order through d/dx ln(zeta(x) Gamma(x) (2 pi)^-x) ~ ln(x / 2 pi), which would otherwise turn
 *   half an ulp of x into ~x ulp of the result.
 * Error: measured below 6e-16 relative over s in [-300, 60] (docs/accuracy.md).
 *
 * Special cases
 * - zeta(NaN) = NaN; zeta(+Inf) = 1; zeta(-Inf) = NaN (no limit);
 * - zeta(1) = +Inf (the pole; the limit from above, as scipy.special.zeta);
 * - zeta(0) = -1/2; zeta(-2n) = +0 exactly; |zeta(s)| overflows to +-Inf below s ~ -260.
 */
#ifndef SK_SPECIAL_ZETA_C
#define SK_SPECIAL_ZETA_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"

static const double SK_ZETA_NEAR_POLE[18] = {
  0.6289867661180086, 0.14652703090417227, -0.02691908446398247, -0.001031704200793303,
  0.0018108617960197262, -0.0004075294687157273, 1.12259154084838e-05, 1.6454543105833315e-05,
  -4.648711111534483e-06, 5.057426339910939e-07, 4.5289729966964905e-08, -2.7810291200477448e-08,
  5.1432250520090735e-09, -3.870084999772752e-10, -5.0478738689022184e-11,
  2.0930064769478852e-11, -3.2606621455723954e-12, 2.1295048292252226e-13
};

static const double SK_ZETA_4_8[24] = {
  1.109955967004745, -0.10635143871979932, 0.058287498848383, -0.02544806071902875,
  0.010293119125415359, -0.004104639217678251, 0.0016388128870380555, -0.0006553080032411033,
  0.00026213286819302083, -0.00010485674368849779, 4.1943577441512976e-05,
  -1.677757339796549e-05, 6.709047178166895e-06, -2.683253070346451e-06, 1.0779994049857717e-06,
  -4.3182623835119694e-07, 1.652916891872144e-07, -6.541649738494333e-08, 3.3945742902575196e-08,
  -1.4069650360922556e-08, 4.690594208485388e-10, 8.917511653626965e-12, 1.961690413817751e-09,
  -8.188572576996695e-10
};

static const double SK_ZETA_8_16[20] = {
  1.0079705223497646, -0.013248843860625366, 0.01121109449396021, -0.006520438447457957,
  0.002989959853403882, -0.0011842987643695204, 0.0004348092367835568, -0.00015567321989518,
  5.5827024687136036e-05, -2.01847933168817e-05, 7.338571818688524e-06, -2.6715403001294087e-06,
  9.666895896717024e-07, -3.510136910797796e-07, 1.3537259012798459e-07, -4.977755002508163e-08,
  1.1531378656905246e-08, -3.916728242408049e-09, 4.515602124296434e-09, -1.7002362874144654e-09
};

static const double SK_ZETA_16_32[16] = {
  1.000059463081609, -0.00019301998657838518, 0.0003134361482793473, -0.00033961336949800267,
  0.0002763962161095718, -0.00018041992332679506, 9.857740752030692e-05, -4.650888671905138e-05,
  1.9423233780857157e-05, -7.364419392303055e-06, 2.6344288280126116e-06, -8.910863026812042e-07,
  2.5083189506672663e-07, -8.026375299657616e-08, 5.39809812287806e-08, -1.934057539847222e-08
};

/* (2 pi)^n, n = 0..9, correctly rounded. */
static const double SK_ZETA_TWO_PI_POW[10] = {1.0, 6.283185307179586, 39.47841760435743, 248.05021344239856, 1558.545456544039, 9792.629913129007, 61528.90838881949, 386597.5331554294, 2429063.940114067, 15262258.85872446};

/* zeta(s) for s >= -0.5, s != 1. */
static double sk_zeta_right(double s) {
  if (s <= 4) return 1 / (s - 1) + sk_zeh_horner(SK_ZETA_NEAR_POLE, 18, (2 * s - 3.5) / 4.5);
  if (s >= 32) return 1 + (pow(2, -s) + pow(3, -s));
  double u;
  if (s <= 8) u = sk_zeh_horner(SK_ZETA_4_8, 24, (s - 6) / 2);
  else if (s <= 16) u = sk_zeh_horner(SK_ZETA_8_16, 20, (s - 12) / 4);
  else u = sk_zeh_horner(SK_ZETA_16_32, 16, (s - 24) / 8);
  return 1 + pow(2, -s) * u;
}

/* 2 zeta(x) Gamma(x) (2 pi)^-x f for x = xh + xl > 1, f = sin(pi s/2). */
static double sk_zeta_reflected(double x, double xl, double f) {
  const double inv_2pie_hi = 0.05854983152431916;     /* 0x1.dfa3e572aa123p-5 */
  const double inv_2pie_lo = -4.121231590292303e-19;  /* -0x1.e68c94fadd6e7p-62 */
  const double ln_2pi = 1.8378770664093456;           /* 0x1.d67f1c864beb5p+0 */
  const double two_over_sqrt_e = 1.2130613194252668;  /* 0x1.368b2fc6f960ap+0 */
  double y = x, p = 1;
  int n = 0;
  while (y < 10) {
    p *= y;
    y += 1;
    n++;
  }
  double bh = y * inv_2pie_hi;
  double bl = sk_zeh_two_prod_error(y, inv_2pie_hi, bh) + y * inv_2pie_lo;
  double e = y - 0.5;
  double z = sk_zeta_right(x);
  double dlog = log(x) - 0.5 / x - ln_2pi - 1 / ((x - 1) * (x - 1) * z);
  double r = two_over_sqrt_e * f * z * exp(sk_zeh_stirling_tail(y) + (e * bl) / bh) * (1 + xl * dlog);
  if (n > 0) r *= SK_ZETA_TWO_PI_POW[n] / p;
  if (y < 150) return r * pow(bh, e);
  double h = pow(bh, 0.5 * e);
  return r * h * h;
}

static double sk_zeta(double s) {
  if (isnan(s)) return NAN;
  if (s >= -0.5) return s == 1 ? INFINITY : s == INFINITY ? 1.0 : sk_zeta_right(s);
  if (s == -INFINITY) return NAN;
  double f = sk_zeh_sinpi(0.5 * s);
  if (f == 0) return 0.0;
  double x = 1 - s;
  return sk_zeta_reflected(x, 1 - x - s, f);
}

#endif
