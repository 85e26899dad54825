/*
 * sk_vexp(x): e^x for every double x, written to be inlined into an elementwise loop and
 * auto-vectorized (straight-line code, selects instead of branches, no tables, no libm calls).
 *
 * Method
 *   Reduction: k = round(x / ln2) (the 0x1.8p52 shifter, so k is also available as integer bits),
 *   r = x - k ln2 with ln2 = ln2hi + ln2lo, ln2hi having 32 significant bits: k ln2hi and
 *   hi = x - k ln2hi are exact for |k| < 2^21; r = hi - k ln2lo is kept as r + rlo (Fast2Sum).
 *   |r| <= 0.3467.
 *   Kernel: e^r = 1 + r + r^2/2 + r^3 p(r), r^2 P(r) with P a degree-10 minimax fit of
 *   (e^r - 1 - r)/r^2 on [-0.3467, 0.3467] (relative error 2^-58.3, our own Remez fit; P(0) = 1/2
 *   exactly, p its other terms). 1 + r + r^2/2 is formed exactly as s + (e1 + e2 + a2lo):
 *   r^2/2 = a2 + a2lo with a2 = (rh^2)/2 exact (r = rh + rl, 26-bit halves), 1 + r and + a2 by
 *   Fast2Sum. So the only rounding that matters is the last addition y = s + t.
 *   Scaling by 2^k, from the shifter's integer bits (64-bit add and shift only):
 *   - normal results and overflow: y 2^k1 2^k2 with k1 = round(k/2), k2 = k - k1, both steps
 *     representable, so at most the last one rounds (to +Inf above DBL_MAX);
 *   - subnormal results (k <= -1022 and Y = y 2^(k+1022) < 1): Y as a double-double is rounded
 *     once to the 2^-52 grid by h = 1 + Y (in [1, 2) that grid is the subnormal grid 2^-1074
 *     scaled by 2^1022), and bits(h) - bits(1.0) are the bits of the subnormal result. So subnormal
 *     results get a single rounding too, and no lane computes with subnormal numbers.
 *   x is clamped to [-746, 710] first (e^x is then 0 or +Inf already), which bounds k.
 *   Error: measured max 0.54 ulp (test/vecmath.test.ts), subnormal results included.
 *
 * Special cases
 *   exp(NaN) = NaN, exp(+Inf) = +Inf, exp(-Inf) = +0, exp(±0) = 1 exactly,
 *   exp(x) = +Inf for x > 709.782712893384, +0 for x < -745.1332191019412 (round to nearest).
 */
#ifndef SK_VECMATH_EXP_C
#define SK_VECMATH_EXP_C
#include <math.h>
#include "vecmath/common.c"

static inline double sk_vexp(double x)
{
  const double inv_ln2 = 0x1.71547652b82fep0;
  const double ln2hi = 0x1.62e42fefa0000p-1; /* 32 significant bits */
  const double ln2lo = 0x1.cf79abc9e3b3ap-40; /* ln2 - ln2hi, rounded */

  /* |x| < 2^-54: e^x rounds to 1, which x = 0 gives exactly (and no subnormal r^2 arises). */
  double x0 = sk_vm_if_tiny(x, 0x1p-54, 0.0);
  /* Clamp (NaN passes through: both comparisons are false). */
  double xc = x0 > 710.0 ? 710.0 : x0;
  xc = xc < -746.0 ? -746.0 : xc;

  double kshift = xc * inv_ln2 + SK_VM_SHIFT;
  uint64_t ku = sk_vm_bits(kshift); /* SHIFT_BITS + k */
  double kd = kshift - SK_VM_SHIFT;

  double hi = xc - kd * ln2hi;
  double lo = kd * ln2lo;
  double r = hi - lo;
  double rlo = (hi - r) - lo;

  /* e^r - 1 - r - r^2/2 = r^3 p(r) */
  const double P0 = 0x1.5555555555557p-3;
  const double P1 = 0x1.555555555554ep-5;
  const double P2 = 0x1.11111111100e2p-7;
  const double P3 = 0x1.6c16c16c1a09ap-10;
  const double P4 = 0x1.a01a01abe5988p-13;
  const double P5 = 0x1.a01a019059cdbp-16;
  const double P6 = 0x1.71de02365481bp-19;
  const double P7 = 0x1.27e510e18b55ep-22;
  const double P8 = 0x1.af4de43d1268dp-26;
  const double P9 = 0x1.1f19fe2715341p-29;
  /* Estrin's scheme (shorter dependency chains than Horner: the loop is latency-bound) */
  double r2 = r * r, r4 = r2 * r2;
  double q0 = (P0 + P1 * r) + (P2 + P3 * r) * r2;
  double q1 = (P4 + P5 * r) + (P6 + P7 * r) * r2;
  double p = (q0 + q1 * r4) + (P8 + P9 * r) * (r4 * r4);
  double z = r2;

  /* 1 + r + r^2/2 as s + (e1 + e2 + a2lo), r^2/2 = a2 + a2lo with a2 exact (26-bit halves). */
  double rh = sk_vm_hi26(r), rl = r - rh;
  double a2 = 0.5 * (rh * rh);
  double a2lo = rh * rl + 0.5 * (rl * rl);
  double s1 = 1.0 + r;
  double e1 = (1.0 - s1) + r; /* exact: 1 + r = s1 + e1 */
  double s = s1 + a2;
  double e2 = (s1 - s) + a2; /* exact: s1 + a2 = s + e2 */
  double t = ((e1 + e2) + (a2lo + rlo * (1.0 + r))) + (z * r) * p;
  double y = s + t;

  /* Normal range and overflow: y * 2^k1 * 2^k2. */
  uint64_t k1u = sk_vm_bits(kd * 0.5 + SK_VM_SHIFT); /* SHIFT_BITS + k1 */
  double sc1 = sk_vm_double((k1u + 1023) << 52);
  double sc2 = sk_vm_double((ku - k1u + 1023) << 52); /* 2^(k - k1) */
  double normal = (y * sc1) * sc2;

  /*
   * Subnormal range: Y = y 2^(k+1022) < 1, rounded once on the 2^-52 grid of [1, 2) by h = 1 + Y;
   * the bits of h minus those of 1.0 are then exactly the bits of the subnormal Y 2^-1022 (h = 2
   * gives DBL_MIN). The scale is 2^j, j = ((k + 1022 + 63) mod 128) - 63: k + 1022 itself for the
   * k that matter (-1076 <= k <= -1022), and for every other k still a power of two between
   * 2^-63 and 2^64, so no lane ever computes with subnormal numbers (slow on many CPUs). (A
   * select clamping k would not do: GCC moves the arithmetic into the select's arms.)
   */
  double sc = sk_vm_double((((ku + (1022 + 63)) & 127) + (1023 - 63)) << 52);
  double yhi = s * sc;
  double ylo = t * sc;
  double h = 1.0 + yhi;
  double l = ((1.0 - h) + yhi) + ylo;
  double sub = sk_vm_double(sk_vm_bits(h + l) - UINT64_C(0x3ff0000000000000));

  double ysub = kd <= -1022.0 ? yhi : 2.0; /* one select, then one comparison (vectorizes) */
  return ysub < 1.0 ? sub : normal;
}

#endif /* SK_VECMATH_EXP_C */
