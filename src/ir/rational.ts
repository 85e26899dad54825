/**
 * Exact rationals over bigint, always normalized: q > 0, gcd(|p|, q) = 1.
 * Integers and quotients of integers in a literal stay exact until printing.
 */

export interface Rational {
  p: bigint;
  q: bigint;
}

const abs = (a: bigint) => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export function rational(p: bigint, q = 1n): Rational {
  if (q === 0n) throw new RangeError('rational with zero denominator');
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcd(p, q) || 1n;
  return { p: p / g, q: q / g };
}

export const add = (a: Rational, b: Rational) => rational(a.p * b.q + b.p * a.q, a.q * b.q);
export const mul = (a: Rational, b: Rational) => rational(a.p * b.p, a.q * b.q);
export const isInteger = (a: Rational) => a.q === 1n;

/** a^n for integer n; undefined for 0^negative (division by zero keeps IEEE meaning later). */
export function powInt(a: Rational, n: bigint): Rational | undefined {
  if (n < 0n) {
    if (a.p === 0n) return undefined;
    return powInt(rational(a.q, a.p), -n);
  }
  return rational(a.p ** n, a.q ** n);
}

/** The double nearest to p/q (correctly rounded, also for huge p and q). */
export function toDouble(a: Rational): number {
  const { p, q } = a;
  const limit = 2n ** 53n;
  if (abs(p) <= limit && q <= limit) return Number(p) / Number(q);
  // Scale so that the integer quotient has 55+ significant bits, then round once via a
  // sticky bit: the final Number() conversion of a bigint rounds to nearest-even.
  const sign = p < 0n ? -1 : 1;
  let num = abs(p);
  let den = q;
  const shift = 60 - (num.toString(2).length - den.toString(2).length);
  if (shift > 0) num <<= BigInt(shift);
  else den <<= BigInt(-shift);
  let quotient = num / den;
  if (quotient * den !== num) quotient |= 1n;
  return sign * Number(quotient) * 2 ** -shift;
}

/** Parses a decimal integer literal. */
export const fromIntegerText = (text: string): Rational => rational(BigInt(text));
