/**
 * loggamma(x): SymPy's log Γ(x) on the reals: lgamma(x) where Γ(x) > 0, NaN where Γ(x) < 0,
 * +Infinity at the poles (0 and the negative integers). See native/special/lgamma.c.
 */
import { lgamma } from './lgamma.js';

export function loggamma(x: number): number {
  if (x > 0 || x !== x) return lgamma(x);
  if (x === Math.floor(x)) return x === -Infinity ? NaN : Infinity;
  // Γ(x) < 0 exactly where floor(x) is odd
  if (Math.floor(x) % 2 !== 0) return NaN;
  return lgamma(x);
}
