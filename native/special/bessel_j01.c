/*
 * J0, J1, Y0, Y1 for x >= 0: the fast path of besselj / bessely at orders 0 and 1.
 *
 * Method
 *   0 <= x <= 8 (J) and 2 <= x <= 8 (Y): [0, 8] is cut into 16 pieces of width 1/2. On each piece
 *     the function is a degree-12 polynomial P in t = x - c. Where a zero of the function lies in
 *     the piece or within 1/4 of it, c is that zero, held as hi + lo, t = (x - hi) - lo (the first
 *     subtraction is exact by Sterbenz), and the value is t * P(t): the relative error stays
 *     small right at the zero. Elsewhere c is the midpoint and the value is P(t). J0 and J1 on
 *     [0, 1/2] are P(x^2) and x P(x^2).
 *   0 < x < 2 for Y: the log form (A&S 9.1.13)
 *       Y0 = (2/pi) log(x) J0(x) + R0(x^2),   Y1 = (2/pi) (log(x) J1(x) - 1/x) + x R1(x^2),
 *     R0, R1 entire, as degree-15 polynomials in x^2 on [0, 4].
 *   x > 8: Hankel's form (A&S 9.2.5)
 *       J_n = sqrt(2/(pi x)) (P_n cos chi - Q_n sin chi),  Y_n = sqrt(2/(pi x)) (P_n sin chi + Q_n cos chi),
 *     chi = x - (2n+1) pi/4, with P_n and x Q_n degree-13 polynomials in u = 64/x^2 on (0, 1].
 *     cos chi and sin chi come from an exact reduction of x - pi/4 modulo pi/2 (Cody-Waite, two
 *     parts, x < 1.6e6) or from libm's sin x and cos x beyond, never from a rounded x - pi/4, whose
 *     error would grow with x.
 *   All polynomials are Chebyshev interpolants computed with mpmath (scripts/reference/bessel.py
 *   fit, tables in bessel_tables.c), evaluated by Estrin's scheme (short dependency chains).
 * Error bound
 *   Fits: relative 2e-16 (pieces, P, Q); measured against mpmath: within 2 ulp away from the zeros
 *   of J and Y beyond 8 and of Y0 below 2, where the error is absolute (~1e-16 times the local
 *   amplitude): there the result is a difference of two terms of that size.
 * Special cases
 *   J0(±0) = 1, J1(±0) = ±0, Y0(0) = Y1(0) = -Inf; x = +Inf: 0; NaN: NaN. The callers handle x < 0
 *   (J0 even, J1 odd, Y NaN).
 * Source: the method of Cephes j0.c / fdlibm e_j0.c (small-x fits, Hankel P/Q for large x), with
 *   our own fits and the zero-centred pieces of Boost's and recent glibc's j0/j1.
 */
#ifndef SK_SPECIAL_BESSEL_J01_C
#define SK_SPECIAL_BESSEL_J01_C

#include <math.h>
#include "special/bessel_tables.c"

/* 2/pi and sqrt(2/pi). */
#define SK_BESSEL_TWO_OVER_PI 0x1.45f306dc9c883p-1
#define SK_BESSEL_SQRT2_OVER_PI 0x1.9884533d43651p-1

/* Estrin's scheme for c[0] + c[1] t + ... + c[15] t^15. */
static inline double sk_bessel_estrin16(const double *c, double t)
{
  double t2 = t * t, t4 = t2 * t2, t8 = t4 * t4;
  double p0 = c[0] + c[1] * t, p1 = c[2] + c[3] * t, p2 = c[4] + c[5] * t, p3 = c[6] + c[7] * t;
  double p4 = c[8] + c[9] * t, p5 = c[10] + c[11] * t, p6 = c[12] + c[13] * t, p7 = c[14] + c[15] * t;
  double q0 = p0 + p1 * t2, q1 = p2 + p3 * t2, q2 = p4 + p5 * t2, q3 = p6 + p7 * t2;
  return (q0 + q1 * t4) + (q2 + q3 * t4) * t8;
}

/*
 * sin and cos of chi = x - pi/4 for x > 8, to an absolute error of about 1e-16. For x < 1.6e6,
 * x - pi/4 = k pi/2 + r, |r| <= pi/4, with k = floor(2x/pi), r = x - (2k+1) pi/4 by Cody-Waite with
 * pi/4 = PIO4_1 + PIO4_2 (PIO4_1 has 32 significant bits, so (2k+1) PIO4_1 is exact for
 * 2k+1 < 2^21, and x - (2k+1) PIO4_1 is exact by Sterbenz); sin r and cos r are their Taylor
 * polynomials to r^17 and r^18 (truncation below 7e-17 at pi/4). Beyond, libm's sin and cos
 * of x (exact reduction), combined: cos chi = (cos x + sin x)/sqrt2, sin chi = (sin x - cos x)/sqrt2.
 */
#define SK_BESSEL_PIO4_1 0x1.921fb54400000p-1
#define SK_BESSEL_PIO4_2 0x1.0b4611a626331p-35
#define SK_BESSEL_SQRT1_2 0x1.6a09e667f3bcdp-1

static inline void sk_bessel_sincos_chi(double x, double *sin_chi, double *cos_chi)
{
  if (!(x < 1.6e6)) {
    double s = sin(x), c = cos(x);
    *cos_chi = (c + s) * SK_BESSEL_SQRT1_2;
    *sin_chi = (s - c) * SK_BESSEL_SQRT1_2;
    return;
  }
  int k = (int)(x * SK_BESSEL_TWO_OVER_PI);
  double m = (double)(2 * k + 1);
  double r = (x - m * SK_BESSEL_PIO4_1) - m * SK_BESSEL_PIO4_2;
  double z = r * r, z2 = z * z, z4 = z2 * z2;
  /* sin r = r + r z S(z), S = -1/3! + z/5! - ...; cos r = 1 - z/2 + z^2 C(z), C = 1/4! - z/6! + ... */
  double s = r + r * z * ((-0x1.5555555555555p-3 + 0x1.1111111111111p-7 * z) + (-0x1.a01a01a01a01ap-13 + 0x1.71de3a556c734p-19 * z) * z2
                          + ((-0x1.ae64567f544e4p-26 + 0x1.6124613a86d09p-33 * z) + (-0x1.ae7f3e733b81fp-41 + 0x1.952c77030ad4ap-49 * z) * z2) * z4);
  double c = (1.0 - 0.5 * z) + z2 * ((0x1.5555555555555p-5 - 0x1.6c16c16c16c17p-10 * z) + (0x1.a01a01a01a01ap-16 - 0x1.27e4fb7789f5cp-22 * z) * z2
                          + ((0x1.1eed8eff8d898p-29 - 0x1.93974a8c07c9dp-37 * z) + (0x1.ae7f3e733b81fp-45 - 0x1.6827863b97d97p-53 * z) * z2) * z4);
  switch (k & 3) {
  case 0: *sin_chi = s; *cos_chi = c; break;
  case 1: *sin_chi = c; *cos_chi = -s; break;
  case 2: *sin_chi = -s; *cos_chi = -c; break;
  default: *sin_chi = -c; *cos_chi = s; break;
  }
}

/* The piece of [0, 8] holding x (0 <= x <= 8). */
static inline double sk_bessel_piece(const double *table, double x)
{
  int i = (int)(x * 2.0);
  if (i > 15) i = 15;
  const double *row = table + 19 * i;
  double t = (x - row[0]) - row[1];
  double m = row[2];
  return sk_bessel_estrin16(row + 3, t) * (m * t + (1.0 - m));
}

/* Hankel's P and Q at u = 64/x^2, given r = 1/x (one division serves P, Q and the amplitude). */
static inline double sk_bessel_hankel01(double r, const double *pc, const double *qc, double *q)
{
  double u = 64.0 * r * r;
  *q = sk_bessel_estrin16(qc, u) * r;
  return sk_bessel_estrin16(pc, u);
}

static inline double sk_bessel_j0(double x)
{
  x = fabs(x);
  if (x <= 0.5) return sk_bessel_estrin16(sk_bessel_j0_pieces + 3, x * x);
  if (x <= 8.0) return sk_bessel_piece(sk_bessel_j0_pieces, x);
  if (x == INFINITY) return 0.0;
  if (x != x) return x;
  double r = 1.0 / x, q, p = sk_bessel_hankel01(r, sk_bessel_asym_p0, sk_bessel_asym_q0, &q);
  double s, c;
  sk_bessel_sincos_chi(x, &s, &c);
  return (p * c - q * s) * SK_BESSEL_SQRT2_OVER_PI * sqrt(r);
}

/* J1 for x >= 0 (the caller applies J1(-x) = -J1(x)). */
static inline double sk_bessel_j1_pos(double x)
{
  if (x <= 0.5) return x * sk_bessel_estrin16(sk_bessel_j1_pieces + 3, x * x);
  if (x <= 8.0) return sk_bessel_piece(sk_bessel_j1_pieces, x);
  if (x == INFINITY) return 0.0;
  if (x != x) return x;
  double r = 1.0 / x, q, p = sk_bessel_hankel01(r, sk_bessel_asym_p1, sk_bessel_asym_q1, &q);
  double s, c; /* chi1 = chi0 - pi/2: cos chi1 = sin chi0, sin chi1 = -cos chi0 */
  sk_bessel_sincos_chi(x, &s, &c);
  return (p * s + q * c) * SK_BESSEL_SQRT2_OVER_PI * sqrt(r);
}

static inline double sk_bessel_j1(double x)
{
  return x < 0 ? -sk_bessel_j1_pos(-x) : sk_bessel_j1_pos(x);
}

/* Y0 for x >= 0 (NaN for x < 0 is the caller's). */
static inline double sk_bessel_y0_pos(double x)
{
  if (x < 2.0) {
    if (x == 0.0) return -INFINITY;
    double j0 = x <= 0.5 ? sk_bessel_estrin16(sk_bessel_j0_pieces + 3, x * x) : sk_bessel_piece(sk_bessel_j0_pieces, x);
    return SK_BESSEL_TWO_OVER_PI * log(x) * j0 + sk_bessel_estrin16(sk_bessel_y0_log, x * x);
  }
  if (x <= 8.0) return sk_bessel_piece(sk_bessel_y0_pieces, x);
  if (x == INFINITY) return 0.0;
  if (x != x) return x;
  double r = 1.0 / x, q, p = sk_bessel_hankel01(r, sk_bessel_asym_p0, sk_bessel_asym_q0, &q);
  double s, c;
  sk_bessel_sincos_chi(x, &s, &c);
  return (p * s + q * c) * SK_BESSEL_SQRT2_OVER_PI * sqrt(r);
}

static inline double sk_bessel_y1_pos(double x)
{
  if (x < 2.0) {
    if (x == 0.0) return -INFINITY;
    double j1 = x <= 0.5 ? x * sk_bessel_estrin16(sk_bessel_j1_pieces + 3, x * x) : sk_bessel_piece(sk_bessel_j1_pieces, x);
    return SK_BESSEL_TWO_OVER_PI * (log(x) * j1 - 1.0 / x) + x * sk_bessel_estrin16(sk_bessel_y1_log, x * x);
  }
  if (x <= 8.0) return sk_bessel_piece(sk_bessel_y1_pieces, x);
  if (x == INFINITY) return 0.0;
  if (x != x) return x;
  double r = 1.0 / x, q, p = sk_bessel_hankel01(r, sk_bessel_asym_p1, sk_bessel_asym_q1, &q);
  double s, c;
  sk_bessel_sincos_chi(x, &s, &c);
  return (q * s - p * c) * SK_BESSEL_SQRT2_OVER_PI * sqrt(r);
}

#endif
