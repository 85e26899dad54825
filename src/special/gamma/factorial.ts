/**
 * factorial(x) = Γ(x+1) for every real x; exact table values for integers 0 … 170. Same method
 * as native/special/factorial.c; see its Method and Special cases comments.
 */
import { EULER, FACTORIAL } from './common.js';
import { gamma } from './gamma.js';

export function factorial(x: number): number {
  if (x === Math.floor(x)) {
    if (x >= 0) return x <= 170 ? FACTORIAL[x] : Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x <= -0.5) return gamma(x + 1);
  if (x > 172) return Infinity;
  if (Math.abs(x) < 2 ** -28) return 1 - EULER * x; // Γ(x) itself would overflow for tiny x
  return x * gamma(x);
}
