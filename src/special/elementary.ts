/**
 * Elementary functions whose JS semantics must match C's (and SymPy's), where `Math` differs or
 * has none: floored modulo, C's round (half away from zero), sign. (`Math.min`/`Math.max` already
 * propagate NaN and order -0 below +0, as native/special/elementary.c's sk_min/sk_max do.)
 */

/** Floored modulo (SymPy's Mod, Python's %): the result has the sign of y. */
export function mod(x: number, y: number): number {
  const r = x % y;
  return r !== 0 && r < 0 !== y < 0 ? r + y : r;
}

/** C's fmod: truncated remainder, the sign of x. */
export function fmod(x: number, y: number): number {
  return x % y;
}

/** Rounds half away from zero, as C's round(). */
export function round(x: number): number {
  const r = Math.round(Math.abs(x));
  // Math.round rounds half up; for |x| that is half away from zero, except that
  // Math.round(0.49999999999999994) is 0 as it should be.
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** sign(x): -1, 0 (keeping -0), 1, or NaN. */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x;
}

/** 2^x. */
export function exp2(x: number): number {
  return 2 ** x;
}
