/**
 * Elementary functions: C99 libm in C, `Math.*` in JS (both ≤ 1 ulp on their main domains).
 */
import type { FunctionInfo } from './types.js';

const math = (name: string, c = name, js = name): FunctionInfo => {
  const fn = (Math as unknown as Record<string, (...a: number[]) => number>)[js];
  return { name, arity: fn.length || 1, c, js: `Math.${js}`, evaluate: fn };
};

export const ELEMENTARY: FunctionInfo[] = [
  math('exp'),
  math('log'),
  math('sqrt'),
  math('sin'),
  math('cos'),
  math('tan'),
  math('abs', 'fabs', 'abs'),
  { ...math('pow'), arity: 2 },
];
