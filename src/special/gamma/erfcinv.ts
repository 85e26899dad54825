/**
 * erfcinv(y) = erfinv(1 - y) on (0, 2), accurate in both tails. Same method as
 * native/special/erfcinv.c; see its Method and Special cases comments.
 */
import { erfcinvTail, erfinvCentral } from './erfinv.js';

export function erfcinv(y: number): number {
  if (y < 0.15) {
    if (y > 0) return erfcinvTail(y);
    return y === 0 ? Infinity : NaN;
  }
  if (y > 1.85) {
    if (y < 2) return -erfcinvTail(2 - y);
    return y === 2 ? -Infinity : NaN;
  }
  if (y !== y) return y;
  const x = 1 - y;
  let r = erfinvCentral(x);
  if (y < 0.5) {
    const e = 1 - x - y; // 1 - y = x + e exactly
    r += e * 0.8862269254527579 * Math.exp(r * r);
  }
  return r;
}
