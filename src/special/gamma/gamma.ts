/**
 * gamma(x): Γ(x) for every real x. Same method as native/special/gamma.c (Lanczos with
 * reflection, exact factorials for integers); see its Method and Special cases comments.
 */
import { EULER, FACTORIAL, PI, gammaLanczos, lanczosSum, sinpi, zgh, zghScratch } from './common.js';

export function gamma(x: number): number {
  if (x > 0) {
    if (x <= 171 && x === Math.floor(x)) return FACTORIAL[x - 1];
    if (x > 172) return Infinity;
    if (x < 2 ** -28) return 1 / x - EULER;
    return gammaLanczos(x);
  }
  if (x === 0) return 1 / x; // ±Infinity
  if (x !== x || x === Math.floor(x)) return NaN; // NaN, poles, -Infinity
  if (x > -(2 ** -28)) return 1 / x - EULER;
  const s = sinpi(x);
  if (x < -200) return s < 0 ? -0 : 0; // underflow; -π/(x s Γ(-x)) has the sign of s
  const y = -x;
  if (y <= 141) return -PI / (x * s * gammaLanczos(y));
  const z = zgh(y);
  const h = Math.pow(z, 0.5 * y - 0.25);
  const t = -PI / (x * s * lanczosSum(y) * zghScratch[1] * h);
  return (t * Math.exp(z)) / h;
}
