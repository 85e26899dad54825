/*
 * Elementary functions whose C semantics must match the JS runtime's and SymPy's where libm
 * differs or has none (see src/special/elementary.ts).
 *
 * Special cases
 *   sk_mod(x, 0) = NaN, sk_mod(±Inf, y) = NaN, result has the sign of y (floored modulo);
 *   sk_min/sk_max propagate NaN (fmin/fmax would drop it); sk_sign(±0) = ±0, sk_sign(NaN) = NaN.
 */
#ifndef SK_SPECIAL_ELEMENTARY_C
#define SK_SPECIAL_ELEMENTARY_C
#include <math.h>

static inline double sk_mod(double x, double y)
{
  double r = fmod(x, y);
  return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r;
}

static inline double sk_min(double x, double y)
{
  if (x < y || isnan(x)) return x;
  if (isnan(y)) return y;
  if (x == y) return signbit(x) ? x : y;
  return y;
}

static inline double sk_max(double x, double y)
{
  if (x > y || isnan(x)) return x;
  if (isnan(y)) return y;
  if (x == y) return signbit(x) ? y : x;
  return y;
}

/*
 * sk_cbrt: real cube root within 1 ulp. glibc's cbrt is up to 3 ulp off (measured here); one
 * Newton correction with the residual y^3 - x computed in double-double (Dekker's exact product,
 * Veltkamp splitting, no FMA needed) brings it to the correctly rounded value or next to it.
 * Arguments are scaled by 2^(±999) away from the overflow/underflow edges of the splitting.
 * Special cases: ±0, ±Inf and NaN return themselves.
 */
static inline void sk_two_product(double a, double b, double *p, double *e)
{
  const double split = 134217729.0; /* 2^27 + 1 */
  double ca = split * a, cb = split * b;
  double ah = ca - (ca - a), al = a - ah;
  double bh = cb - (cb - b), bl = b - bh;
  *p = a * b;
  *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

static double sk_cbrt(double x)
{
  if (x == 0 || !isfinite(x)) return x;
  double scale = 1.0, ax = fabs(x);
  if (ax > 0x1p960) { x *= 0x1p-999; scale = 0x1p333; }
  else if (ax < 0x1p-960) { x *= 0x1p999; scale = 0x1p-333; }
  double y = cbrt(x);
  double p, pe, q, qe;
  sk_two_product(y, y, &p, &pe);
  sk_two_product(p, y, &q, &qe);
  double residual = (q - x) + (qe + pe * y);
  y -= residual / (3.0 * y * y);
  return y * scale;
}

static inline double sk_sign(double x)
{
  return x > 0 ? 1.0 : x < 0 ? -1.0 : x;
}
#endif
