/**
 * Elementary functions: C99 libm in C, `Math.*` in JS (both ≤ 1 ulp on their main domains), or a
 * small shared implementation (native/special/elementary.c, src/special/elementary.ts) where the
 * two languages' semantics differ.
 */
import * as own from '../special/elementary.js';
import { hypot } from '../special/hypot.js';
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

/** Vectorizable, ≤ 0.6 ulp (native/vecmath/README.md): the C side of these `Math` functions. */
const vectorized = (name: string, c: string, file: string): FunctionInfo => ({ ...math(name), c, cSource: `vecmath/${file}` });

export const ELEMENTARY: FunctionInfo[] = [
  vectorized('exp', 'sk_vexp', 'exp.c'),
  shared('exp2', 1, 'exp2'),
  vectorized('expm1', 'sk_vexpm1', 'expm1.c'),
  vectorized('log', 'sk_vlog', 'log.c'),
  math('log2'),
  math('log10'),
  vectorized('log1p', 'sk_vlog1p', 'log1p.c'),
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
  // Own hypot on both sides: glibc's is a scalar call that stops vectorization, V8's is slow.
  { name: 'hypot', arity: 2, c: 'sk_vhypot', cSource: 'vecmath/hypot.c', js: 'hypot', jsSpecial: true, evaluate: hypot },
  math('atan2', 2),
  vectorized('sin', 'sk_vsin', 'sincos.c'),
  vectorized('cos', 'sk_vcos', 'sincos.c'),
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
