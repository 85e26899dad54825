/*
 * sk_vlog(x): the natural logarithm for every double x, written to be inlined into an elementwise
 * loop and auto-vectorized (straight-line code, selects instead of branches, no tables).
 *
 * Method (after fdlibm's e_log.c, branch-free, with a double-double leading term)
 *   Subnormal x is first scaled by 2^54. Then x = 2^k m with m in [sqrt(2)/2, sqrt(2)), by 64-bit
 *   integer arithmetic on the bits (one add, a mask and a logical shift: the offset makes the
 *   exponent field k + 1023 directly, no arithmetic shift or int64 -> double conversion needed;
 *   k becomes a double through the 2^52 bit trick).
 *   f = m - 1 (exact), s = f / (2 + f), log(1 + f) = 2 atanh(s) = 2s + s R(s^2), R fdlibm's
 *   minimax polynomial (Lg1..Lg7, error 2^-58.45). Unlike fdlibm, s is carried as sh + sl (the
 *   quotient's rounding error recovered with exact 26-bit half products), so the leading term 2sh
 *   is exact, and k ln2hi + 2sh is formed exactly (Fast2Sum; ln2hi has 32 significant bits, so
 *   k ln2hi is exact): log(x) = H + (He + 2sl + s R + k ln2lo) with one final rounding that
 *   matters.
 *   Error: measured max 0.55 ulp (test/vecmath.test.ts).
 *
 * Special cases
 *   log(±0) = -Inf, log(x < 0) = NaN (-Inf included), log(+Inf) = +Inf, log(NaN) = NaN,
 *   log(1) = +0.
 */
#ifndef SK_VECMATH_LOG_C
#define SK_VECMATH_LOG_C
#include <math.h>
#include "vecmath/common.c"

/*
 * log(xs) + kadj ln2 for positive normal xs; other xs give garbage, left to the caller's selects.
 * log1p mode (with_ue, a constant at each call, so the branch folds away when inlined): xs = u,
 * the rounded 1 + x1, with 1 + x1 = u + ue exactly; returns log(u) + ue/u, or for x1 in
 * (-0.29, 0.41) log1p(x1) from f = x1 itself (no rounding of 1 + x1 at all, which matters for
 * tiny x1, where log(u) and ue/u would cancel).
 */
static inline double sk_vm_log_core(double xs, double kadj, double ue, double x1, int with_ue)
{
  const double ln2hi = 0x1.62e42fefa0000p-1; /* 32 significant bits */
  const double ln2lo = 0x1.cf79abc9e3b3ap-40;
  const double Lg1 = 6.666666666666735130e-01;
  const double Lg2 = 3.999999999940941908e-01;
  const double Lg3 = 2.857142874366239149e-01;
  const double Lg4 = 2.222219843214978396e-01;
  const double Lg5 = 1.818357216161805012e-01;
  const double Lg6 = 1.531383769920937332e-01;
  const double Lg7 = 1.479819860511658591e-01;

  /* xs = 2^k0 m, m in [sqrt(2)/2, sqrt(2)); k = k0 + kadj. */
  uint64_t t = sk_vm_bits(xs) + (UINT64_C(0x3ff0000000000000) - UINT64_C(0x3fe6a09e667f3bcd));
  uint64_t e = t >> 52; /* k0 + 1023 */
  double m = sk_vm_double((t & UINT64_C(0x000fffffffffffff)) + UINT64_C(0x3fe6a09e667f3bcd));
  double k0 = (sk_vm_double(UINT64_C(0x4330000000000000) | e) - 0x1p52) - 1023.0;
  double k = k0 + kadj;

  /* log(m) = log1p(f) = 2 atanh(s) = 2s + s R(s^2), s = f / (2 + f) = sh + sl. */
  double f = m - 1.0; /* exact */
  int small = 0;
  if (with_ue) {
    small = fabs(x1 - 0.06) < 0.35; /* x1 in (-0.29, 0.41): m = 1 + x1, k = 0 */
    f = small ? x1 : f;
    k = small ? 0.0 : k;
  }
  double sh = f / (2.0 + f);
  /* sl = (f - sh (2 + f)) / (2 + f): f - 2sh is exact (Sterbenz), sh f = hh + rest (hh exact),
   * (f - 2sh) - hh is exact; 1 / (2 + f) to 1% is enough for the tiny sl. */
  double shh = sk_vm_hi26(sh), shl = sh - shh;
  double fh = sk_vm_hi26(f), fl = f - fh;
  double res = ((f - 2.0 * sh) - shh * fh) - ((shh * fl + shl * fh) + shl * fl);
  double sl = res * (0.5 + f * (-0.25 + f * 0.125));
  double z = sh * sh;
  double w = z * z;
  double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  double R = t2 + t1;
  double tail = sh * R + k * ln2lo;
  if (with_ue) {
    /* ue / u = ue 2^-k0 / m, 1/m = 1/(1 + f) = (1 - s)/(1 + s) to 2^-11 (s^5 dropped), enough as
     * |ue/u| <= 2^-53 |log1p(x1)| here. k0 clamped so that 2^-k0 stays normal. */
    double kc = k0 > 1000.0 ? 1000.0 : k0;
    double inv2k = sk_vm_double((sk_vm_bits(SK_VM_SHIFT - kc) + 1023) << 52);
    double c = (ue * inv2k) * (1.0 - 2.0 * sh * (1.0 - sh * (1.0 - sh * (1.0 - sh))));
    tail = tail + (small ? 0.0 : c);
  }
  /* k ln2hi + 2sh = H + He exactly (Fast2Sum: |k ln2hi| >= 0.69 > |2sh|, or k = 0). */
  double A = k * ln2hi;
  double B = 2.0 * sh;
  double H = A + B;
  double He = (A - H) + B;
  return H + (He + (2.0 * sl + tail));
}

static inline double sk_vlog(double x)
{
  /* Subnormal x: scaled by 2^54 first. */
  int sub = x < 0x1p-1022;
  double xs = sub ? x * 0x1p54 : x;
  double kadj = sub ? -54.0 : 0.0;
  double y = sk_vm_log_core(xs, kadj, 0.0, 0.0, 0);
  y = x == INFINITY ? x : y;
  y = x == 0.0 ? -INFINITY : y;
  return x >= 0.0 ? y : NAN; /* x < 0 and NaN */
}

#endif /* SK_VECMATH_LOG_C */
