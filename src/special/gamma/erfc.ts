/**
 * erfc(x) = 1 - erf(x), the complementary error function, accurate in the right tail down to
 * the subnormals (x < 27.3). Same intervals and fits as erf.ts (see there); the C kernels call
 * libm's erfc.
 *
 *   |x| < 1/4:            1 - (x + x R(x²))
 *   1/4 ≤ |x| < 0.84375:  1/2 - ((x - 1/2) + x R(x²))   (x - 1/2 exact for x > 0)
 *   0.84375 ≤ |x| < 1.25: (1 - erx) - D(x - 1) for x > 0, 1 + (erx + D(|x| - 1)) for x < 0
 *   1.25 ≤ |x| < 28:      the tail e^(-x²)/x · G(1/x²) for x > 0, 2 - tail(-x) for x < 0
 *
 * Special cases
 *   erfc(NaN) = NaN, erfc(+Inf) = +0, erfc(-Inf) = 2, erfc(x) = +0 for x ≥ 27.3 (underflow),
 *   erfc(x) = 2 for x ≤ -6
 */
import { ERX, erfNearOneD, erfSmallR, erfcTail } from './erf.js';

export function erfc(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    const y = erfSmallR(x * x);
    if (ax < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ax !== ax) return x;
  if (ax < 1.25) {
    const d = erfNearOneD(ax - 1);
    return x > 0 ? 1 - ERX - d : 1 + (ERX + d);
  }
  if (x > 0) return x < 27.3 ? erfcTail(x) : 0;
  return x > -6 ? 2 - erfcTail(ax) : 2;
}
