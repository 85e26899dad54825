/** Bessel functions J, Y, I, K of integer and real order: C in native/special/, JS in src/special/bessel/. */
import type { FunctionInfo } from './types.js';

export const SPECIAL_BESSEL: FunctionInfo[] = [];
