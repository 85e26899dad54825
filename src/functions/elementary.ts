/**
 * Elementary functions: C99 libm in C, `Math.*` in JS (both ≤ 1 ulp on their main domains), or a
 * small shared implementation (native/special/elementary.c, src/special/elementary.ts) where the
 * two languages' semantics differ.
 */
import * as own from '../special/elementary.js';
import type { FunctionInfo } from './types.js';

type MathFn = (...a: number[]) => number;
const M = Math as unknown as Record<string, MathFn>;

/** Same name in C and in Math. */
const math = (name: string, arity = 1, c = name, js = name): FunctionInfo => ({ name, arity, c, js: `Math.${js}`, evaluate: M[js] });

/** C from native/special/elementary.c (or libm when `c` is given), JS from src/special/elementary.ts. */
const shared = (name: keyof typeof own, arity: number, c = `sk_${name}`): FunctionInfo => ({
  name,
  arity,
  c,
  ...(c.startsWith('sk_') ? { cSource: 'special/elementary.c' } : {}),
  js: name,
  jsSpecial: true,
  evaluate: own[name] as MathFn,
});

export const ELEMENTARY: FunctionInfo[] = [
  math('exp'),
  shared('exp2', 1, 'exp2'),
  math('expm1'),
  math('log'),
  math('log2'),
  math('log10'),
  math('log1p'),
  math('sqrt'),
  { ...math('cbrt', 1, 'sk_cbrt'), cSource: 'special/elementary.c' },
  math('abs', 1, 'fabs'),
  shared('sign', 1),
  math('floor'),
  math('ceil'),
  shared('round', 1, 'round'),
  math('trunc'),
  shared('fmod', 2, 'fmod'),
  shared('mod', 2),
  { ...math('min', 2, 'sk_min'), cSource: 'special/elementary.c' },
  { ...math('max', 2, 'sk_max'), cSource: 'special/elementary.c' },
  math('pow', 2),
  math('hypot', 2),
  math('atan2', 2),
  math('sin'),
  math('cos'),
  math('tan'),
  math('asin'),
  math('acos'),
  math('atan'),
  math('sinh'),
  math('cosh'),
  math('tanh'),
  math('asinh'),
  math('acosh'),
  math('atanh'),
];
