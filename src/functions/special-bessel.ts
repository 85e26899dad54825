/** Bessel functions J, Y, I, K of integer and real order: C in native/special/, JS in src/special/bessel/. */
import { besseli } from '../special/bessel/besseli.js';
import { besselj } from '../special/bessel/besselj.js';
import { besselk } from '../special/bessel/besselk.js';
import { bessely } from '../special/bessel/bessely.js';
import type { FunctionInfo } from './types.js';

export const SPECIAL_BESSEL: FunctionInfo[] = [
  { name: 'besselj', arity: 2, c: 'sk_besselj', cSource: 'special/besselj.c', js: 'besselj', jsSpecial: true, evaluate: besselj },
  { name: 'bessely', arity: 2, c: 'sk_bessely', cSource: 'special/bessely.c', js: 'bessely', jsSpecial: true, evaluate: bessely },
  { name: 'besseli', arity: 2, c: 'sk_besseli', cSource: 'special/besseli.c', js: 'besseli', jsSpecial: true, evaluate: besseli },
  { name: 'besselk', arity: 2, c: 'sk_besselk', cSource: 'special/besselk.c', js: 'besselk', jsSpecial: true, evaluate: besselk },
];
