/**
 * The literal language's spellings that are not IR functions of their own: SymPy names, aliases,
 * several arities, n-ary forms, logic. Each lowers to canonical IR built from the function table.
 * (Forms that need the syntax tree itself — Piecewise, Float('…'), diff, hyper([…], […], z) —
 * are handled in passes/resolve.ts.)
 */
import * as ir from '../ir/nodes.js';
import { FUNCTIONS } from './table.js';

export type ArgKind = 'number' | 'condition';

export interface SurfaceFunction {
  /** Accepted argument counts: [min, max]; max Infinity for n-ary. */
  arity: [number, number];
  /** Kind of every argument (default: all numbers). */
  args?: ArgKind;
  /** Kind of the result (default: number). */
  result?: ArgKind;
  lower: (args: ir.Node[]) => ir.Node;
}

/** Thrown when a spelling needs a core function the table does not have (yet). */
export class MissingFunction extends Error {
  constructor(readonly fn: string) {
    super(`function '${fn}' is not available`);
  }
}

/** A call to a function of the table; throws MissingFunction if there is none. */
export function core(fn: string, ...args: ir.Node[]): ir.Node {
  if (!FUNCTIONS.has(fn)) throw new MissingFunction(fn);
  return ir.call(fn, args);
}

const one = (lower: (x: ir.Node) => ir.Node): SurfaceFunction => ({ arity: [1, 1], lower: ([x]) => lower(x) });
const alias = (fn: string, n: number): SurfaceFunction => ({ arity: [n, n], lower: (args) => core(fn, ...args) });
const fold = (fn: string): SurfaceFunction => ({ arity: [1, Infinity], lower: (args) => args.reduce((a, b) => core(fn, a, b)) });
const relation = (op: ir.RelOp): SurfaceFunction => ({ arity: [2, 2], result: 'condition', lower: ([a, b]) => ir.rel(op, a, b) });
const reciprocal = (fn: string) => one((x) => ir.div(ir.ONE, core(fn, x)));
const ofReciprocal = (fn: string) => one((x) => core(fn, ir.div(ir.ONE, x)));

/** Heaviside(x, h0): 1 for x > 0, 0 for x < 0, h0 at 0 (SymPy's default 1/2), NaN for NaN. */
function heaviside(x: ir.Node, h0: ir.Node): ir.Node {
  return ir.piecewise([
    { value: ir.ONE, cond: ir.rel('<', ir.ZERO, x) },
    { value: ir.ZERO, cond: ir.rel('<', x, ir.ZERO) },
    { value: h0, cond: ir.rel('==', x, ir.ZERO) },
  ]);
}

const HALF = ir.num({ p: 1n, q: 2n });

export const SURFACE: ReadonlyMap<string, SurfaceFunction> = new Map<string, SurfaceFunction>([
  ['Abs', alias('abs', 1)],
  ['ceiling', alias('ceil', 1)],
  ['Mod', alias('mod', 2)],
  ['log', { arity: [1, 2], lower: ([x, b]) => (b ? ir.div(core('log', x), core('log', b)) : core('log', x)) }],
  ['ln', alias('log', 1)],
  ['Min', fold('min')],
  ['Max', fold('max')],
  ['min', fold('min')],
  ['max', fold('max')],
  ['clamp', { arity: [3, 3], lower: ([x, lo, hi]) => core('min', core('max', x, lo), hi) }],
  ['Eq', relation('==')],
  ['Ne', relation('!=')],
  ['Lt', relation('<')],
  ['Le', relation('<=')],
  ['Gt', relation('>')],
  ['Ge', relation('>=')],
  ['And', { arity: [0, Infinity], args: 'condition', result: 'condition', lower: (args) => ir.and(...args) }],
  ['Or', { arity: [0, Infinity], args: 'condition', result: 'condition', lower: (args) => ir.or(...args) }],
  ['Not', { arity: [1, 1], args: 'condition', result: 'condition', lower: ([c]) => ir.not(c) }],
  ['Heaviside', { arity: [1, 2], lower: ([x, h0]) => heaviside(x, h0 ?? HALF) }],
  ['sec', reciprocal('cos')],
  ['csc', reciprocal('sin')],
  ['cot', one((x) => ir.div(core('cos', x), core('sin', x)))],
  ['asec', ofReciprocal('acos')],
  ['acsc', ofReciprocal('asin')],
  ['acot', ofReciprocal('atan')],
  ['sech', reciprocal('cosh')],
  ['csch', reciprocal('sinh')],
  ['coth', one((x) => ir.div(core('cosh', x), core('sinh', x)))],
  ['Integer', one((x) => x)],
  ['Rational', { arity: [2, 2], lower: ([p, q]) => ir.div(p, q) }],
  ['zeta', { arity: [1, 2], lower: ([s, a]) => (a ? core('hurwitz_zeta', s, a) : core('zeta', s)) }],
  [
    'betainc',
    {
      arity: [3, 4],
      // 3 arguments: scipy's regularized I_x(a, b); 4: SymPy's unregularized ∫_{x1}^{x2}.
      lower: ([a, b, x1, x2]) => (x2 ? ir.sub(core('betaincu', a, b, x2), core('betaincu', a, b, x1)) : core('betainc', a, b, x1)),
    },
  ],
  ['betainc_regularized', { arity: [4, 4], lower: ([a, b, x1, x2]) => ir.sub(core('betainc', a, b, x2), core('betainc', a, b, x1)) }],
]);
