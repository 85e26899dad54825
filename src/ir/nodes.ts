/**
 * The one expression IR: an immutable, hash-consed DAG in canonical form.
 *
 * - Closed union on `kind`; every switch over it ends in `assertNever`.
 * - Constructors (`add`, `mul`, `pow`, `call`, …) are the only way to build nodes. They flatten,
 *   fold exact constants, collect like terms and order operands canonically, so that structurally
 *   equal expressions are the same object (`===`).
 * - Subtraction is `a + (-1)*b`, division is `a * b^-1`, as in SymPy; printers get back the
 *   familiar operators from the lowering pass, not from here.
 *
 * What must not happen here: anything that changes a value in floating point beyond what SymPy's
 * automatic evaluation does. Division by zero is never folded (`x/0` stays for IEEE at run time).
 */
import * as Q from './rational.js';
import type { Rational } from './rational.js';

export type Node = Num | Float | Const | Param | Add | Mul | Pow | Call | Bool | Rel | And | Or | Not | Piecewise;

/** Node kinds whose value is a condition (true/false), not a number. */
export type Condition = Bool | Rel | And | Or | Not;

interface Base {
  /** Creation number; unique per node. Not an ordering key (see `compare`). */
  readonly id: number;
}

/** Exact rational constant. */
export interface Num extends Base {
  readonly kind: 'num';
  readonly value: Rational;
}

/** A decimal literal: the nearest double; arithmetic with it is double precision. */
export interface Float extends Base {
  readonly kind: 'float';
  readonly value: number;
}

/** Named mathematical constant. */
export interface Const extends Base {
  readonly kind: 'const';
  readonly name: 'pi' | 'e';
}

/** A kernel parameter, by position. */
export interface Param extends Base {
  readonly kind: 'param';
  readonly index: number;
  readonly name: string;
}

export interface Add extends Base {
  readonly kind: 'add';
  /** ≥ 2 terms in canonical order; at most one numeric term, first. */
  readonly terms: readonly Node[];
}

export interface Mul extends Base {
  readonly kind: 'mul';
  /** ≥ 2 factors in canonical order; at most one numeric factor, first, never 1. */
  readonly factors: readonly Node[];
}

export interface Pow extends Base {
  readonly kind: 'pow';
  readonly base: Node;
  readonly exp: Node;
}

export interface Call extends Base {
  readonly kind: 'call';
  readonly fn: string;
  readonly args: readonly Node[];
}

export interface Bool extends Base {
  readonly kind: 'bool';
  readonly value: boolean;
}

/** `a < b`, `a <= b`, `a == b`, `a != b` (`>` and `>=` are stored swapped). IEEE: false for NaN, except `!=`. */
export interface Rel extends Base {
  readonly kind: 'rel';
  readonly op: '<' | '<=' | '==' | '!=';
  readonly a: Node;
  readonly b: Node;
}

export interface And extends Base {
  readonly kind: 'and';
  readonly args: readonly Node[];
}

export interface Or extends Base {
  readonly kind: 'or';
  readonly args: readonly Node[];
}

export interface Not extends Base {
  readonly kind: 'not';
  readonly arg: Node;
}

/** The value of the first branch whose condition holds; NaN when none does. */
export interface Piecewise extends Base {
  readonly kind: 'piecewise';
  readonly branches: readonly { readonly value: Node; readonly cond: Node }[];
}

export function assertNever(x: never): never {
  throw new Error(`symkernel internal error: unhandled IR node ${JSON.stringify(x)}`);
}

// ---------------------------------------------------------------------------------------------
// Hash-consing

const table = new Map<string, Node>();
let nextId = 1;

function intern<T extends Node>(key: string, make: (id: number) => T): T {
  const found = table.get(key);
  if (found) return found as T;
  const node = make(nextId++);
  table.set(key, node);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Leaves

export function num(value: Rational | bigint | number): Num {
  const r = typeof value === 'object' ? value : Q.rational(BigInt(value));
  return intern(`n${r.p}/${r.q}`, (id) => ({ kind: 'num', id, value: r }));
}

export function float(value: number): Float {
  return intern(`f${Object.is(value, -0) ? '-0' : value}`, (id) => ({ kind: 'float', id, value }));
}

export function constant(name: 'pi' | 'e'): Const {
  return intern(`c${name}`, (id) => ({ kind: 'const', id, name }));
}

export function param(index: number, name: string): Param {
  return intern(`p${index}:${name}`, (id) => ({ kind: 'param', id, index, name }));
}

export const ZERO = num(0);
export const ONE = num(1);
export const MINUS_ONE = num(-1);

export const isNumber = (n: Node): n is Num | Float => n.kind === 'num' || n.kind === 'float';
const isExact = (n: Node): n is Num => n.kind === 'num';
const isZero = (n: Node) => n.kind === 'num' && n.value.p === 0n;
const isOne = (n: Node) => n.kind === 'num' && n.value.p === 1n && n.value.q === 1n;

export function numberValue(n: Num | Float): number {
  return n.kind === 'num' ? Q.toDouble(n.value) : n.value;
}

function addNumbers(a: Num | Float, b: Num | Float): Num | Float {
  if (isExact(a) && isExact(b)) return num(Q.add(a.value, b.value));
  return float(numberValue(a) + numberValue(b));
}

function mulNumbers(a: Num | Float, b: Num | Float): Num | Float {
  if (isExact(a) && isExact(b)) return num(Q.mul(a.value, b.value));
  return float(numberValue(a) * numberValue(b));
}

// ---------------------------------------------------------------------------------------------
// Canonical order: numbers first, then by kind, then structurally. Independent of creation order.

const KIND_RANK: Record<Node['kind'], number> = {
  num: 0, float: 0, const: 1, param: 2, pow: 3, mul: 4, add: 5, call: 6, piecewise: 7,
  bool: 8, rel: 9, not: 10, and: 11, or: 12,
};

export function compare(a: Node, b: Node): number {
  if (a === b) return 0;
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0) return rank;
  switch (a.kind) {
    case 'num':
    case 'float':
      return numberValue(a) - numberValue(b as Num | Float) || (a.kind < b.kind ? -1 : 1);
    case 'const':
      return a.name < (b as Const).name ? -1 : 1;
    case 'param':
      return a.index - (b as Param).index;
    case 'pow': {
      const o = b as Pow;
      return compare(a.base, o.base) || compare(a.exp, o.exp);
    }
    case 'mul':
      return compareLists(a.factors, (b as Mul).factors);
    case 'add':
      return compareLists(a.terms, (b as Add).terms);
    case 'call': {
      const o = b as Call;
      if (a.fn !== o.fn) return a.fn < o.fn ? -1 : 1;
      return compareLists(a.args, o.args);
    }
    case 'bool':
      return Number(a.value) - Number((b as Bool).value);
    case 'rel': {
      const o = b as Rel;
      if (a.op !== o.op) return a.op < o.op ? -1 : 1;
      return compare(a.a, o.a) || compare(a.b, o.b);
    }
    case 'and':
    case 'or':
      return compareLists(a.args, (b as And | Or).args);
    case 'not':
      return compare(a.arg, (b as Not).arg);
    case 'piecewise': {
      const o = b as Piecewise;
      return compareLists(a.branches.flatMap((x) => [x.value, x.cond]), o.branches.flatMap((x) => [x.value, x.cond]));
    }
    default:
      return assertNever(a);
  }
}

function compareLists(a: readonly Node[], b: readonly Node[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

const keyOf = (nodes: readonly Node[]) => nodes.map((n) => n.id).join(',');

// ---------------------------------------------------------------------------------------------
// Sums

/** Splits a term into numeric coefficient and the rest: 3*x*y → [3, x*y]. */
function splitCoefficient(term: Node): [Num | Float, Node] {
  if (term.kind === 'mul' && isNumber(term.factors[0])) {
    const rest = term.factors.slice(1);
    return [term.factors[0] as Num | Float, rest.length === 1 ? rest[0] : makeMul(rest)];
  }
  return [ONE, term];
}

export function add(...operands: Node[]): Node {
  let constant: Num | Float = ZERO;
  const coefficients = new Map<Node, Num | Float>();
  const visit = (n: Node) => {
    if (n.kind === 'add') return n.terms.forEach(visit);
    if (isNumber(n)) {
      constant = addNumbers(constant, n);
      return;
    }
    const [c, rest] = splitCoefficient(n);
    const previous = coefficients.get(rest);
    coefficients.set(rest, previous ? addNumbers(previous, c) : c);
  };
  operands.forEach(visit);
  const terms: Node[] = [];
  for (const [rest, c] of coefficients) {
    if (isZero(c)) continue; // x - x → 0 (SymPy's automatic evaluation)
    terms.push(mul(c, rest));
  }
  terms.sort(compare);
  if (!isZero(constant)) terms.unshift(constant);
  if (terms.length === 0) return constant;
  if (terms.length === 1) return terms[0];
  return intern(`+${keyOf(terms)}`, (id) => ({ kind: 'add', id, terms }));
}

export const sub = (a: Node, b: Node) => add(a, mul(MINUS_ONE, b));
export const neg = (a: Node) => mul(MINUS_ONE, a);

// ---------------------------------------------------------------------------------------------
// Products

/** Splits a factor into base and exponent: x^3 → [x, 3], x → [x, 1]. */
const splitPower = (n: Node): [Node, Node] => (n.kind === 'pow' ? [n.base, n.exp] : [n, ONE]);

function makeMul(factors: Node[]): Mul {
  return intern(`*${keyOf(factors)}`, (id) => ({ kind: 'mul', id, factors }));
}

export function mul(...operands: Node[]): Node {
  let coefficient: Num | Float = ONE;
  // Powers of one base are combined only where their exponents share the same non-numeric part,
  // as in SymPy's Mul.flatten: x^2*x^3 → x^5, x^k*x^(2k) → x^(3k), x/x → 1, but x^k/x and
  // x^a*x^b stay apart (combining them would change the value at x = 0, e.g. 0^k/0 is NaN).
  const exponents = new Map<Node, Map<Node, Num | Float>>();
  const visit = (n: Node) => {
    if (n.kind === 'mul') return n.factors.forEach(visit);
    if (isNumber(n)) {
      coefficient = mulNumbers(coefficient, n);
      return;
    }
    const [base, exp] = splitPower(n);
    const [c, term] = isNumber(exp) ? [exp, ONE] : splitCoefficient(exp);
    let byTerm = exponents.get(base);
    if (!byTerm) exponents.set(base, (byTerm = new Map()));
    const previous = byTerm.get(term);
    byTerm.set(term, previous ? addNumbers(previous, c) : c);
  };
  operands.forEach(visit);
  const factors: Node[] = [];
  const powers = [...exponents].flatMap(([base, byTerm]) => [...byTerm].map(([term, c]) => [base, mul(c, term)] as const));
  for (const [base, exp] of powers) {
    const p = pow(base, exp);
    if (isNumber(p)) coefficient = mulNumbers(coefficient, p);
    else if (p.kind === 'mul') {
      // (2*x)^(1/2) * (2*x)^(1/2) = 2*x: a product can come back from pow.
      for (const f of p.factors) {
        if (isNumber(f)) coefficient = mulNumbers(coefficient, f);
        else factors.push(f);
      }
    }
    else factors.push(p);
  }
  // 0 * x → 0 only for an exact zero and only when no factor can be infinite or NaN at run time
  // is not decidable here; SymPy folds 0*x → 0 and so do we, for exact zero only.
  if (isZero(coefficient)) return ZERO;
  factors.sort(compare);
  if (!isOne(coefficient)) factors.unshift(coefficient);
  if (factors.length === 0) return coefficient;
  if (factors.length === 1) return factors[0];
  return makeMul(factors);
}

export const div = (a: Node, b: Node) => mul(a, pow(b, MINUS_ONE));

// ---------------------------------------------------------------------------------------------
// Powers

export function pow(base: Node, exp: Node): Node {
  if (isZero(exp)) return ONE; // x^0 = 1, as in SymPy and C's pow(NaN, 0)
  if (isOne(exp)) return base;
  if (isExact(base) && isExact(exp) && Q.isInteger(exp.value)) {
    const r = Q.powInt(base.value, exp.value.p);
    if (r) return num(r);
  }
  if (isNumber(base) && isNumber(exp) && !(isExact(base) && isExact(exp))) {
    // Double arithmetic, as SymPy's Floats; but 1/c stays a division unless it is exact, so
    // that x/3.0 divides (correctly rounded) instead of multiplying by a rounded 1/3.
    const value = Math.pow(numberValue(base), numberValue(exp));
    const reciprocalInexact = numberValue(exp) < 0 && !(Number.isFinite(value) && value !== 0 && Math.pow(value, numberValue(exp)) === numberValue(base) && isPowerOfTwoDouble(value));
    if (!reciprocalInexact) return float(value);
  }
  if (isExact(exp) && Q.isInteger(exp.value)) {
    // (x^a)^n = x^(a*n) and (x*y)^n = x^n * y^n for integer n, as SymPy evaluates them.
    if (base.kind === 'pow') return pow(base.base, mul(base.exp, exp));
    if (base.kind === 'mul') return mul(...base.factors.map((f) => pow(f, exp)));
  }
  return intern(`^${base.id},${exp.id}`, (id) => ({ kind: 'pow', id, base, exp }));
}

function isPowerOfTwoDouble(x: number): boolean {
  const a = Math.abs(x);
  return a > 0 && Number.isFinite(a) && 2 ** Math.round(Math.log2(a)) === a;
}

// ---------------------------------------------------------------------------------------------
// Function calls

export function call(fn: string, args: Node[]): Node {
  if (fn === 'sqrt') return pow(args[0], num(Q.rational(1n, 2n)));
  if (fn === 'pow') return pow(args[0], args[1]);
  if (fn === 'exp' && isZero(args[0])) return ONE;
  if (fn === 'log' && isOne(args[0])) return ZERO;
  if (fn === 'log' && args[0].kind === 'const' && args[0].name === 'e') return ONE;
  return intern(`${fn}(${keyOf(args)})`, (id) => ({ kind: 'call', id, fn, args }));
}

// ---------------------------------------------------------------------------------------------
// Conditions

export const TRUE: Bool = intern('btrue', (id) => ({ kind: 'bool', id, value: true }));
export const FALSE: Bool = intern('bfalse', (id) => ({ kind: 'bool', id, value: false }));
export const NAN = float(NaN);

const CONDITION_KINDS = new Set<Node['kind']>(['bool', 'rel', 'and', 'or', 'not']);
export const isCondition = (n: Node): n is Condition => CONDITION_KINDS.has(n.kind);

export type RelOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export function rel(op: RelOp, a: Node, b: Node): Node {
  if (op === '>') return rel('<', b, a);
  if (op === '>=') return rel('<=', b, a);
  if (isNumber(a) && isNumber(b)) {
    const x = numberValue(a);
    const y = numberValue(b);
    const exact = isExact(a) && isExact(b);
    const holds =
      op === "<" ? (exact ? compareExact(a as Num, b as Num) < 0 : x < y)
      : op === "<=" ? (exact ? compareExact(a as Num, b as Num) <= 0 : x <= y)
      : op === '==' ? (exact ? a === b : x === y)
      : exact ? a !== b : x !== y;
    return holds ? TRUE : FALSE;
  }
  if ((op === '==' || op === '!=') && compare(a, b) > 0) [a, b] = [b, a];
  return intern(`r${op}${a.id},${b.id}`, (id) => ({ kind: 'rel', id, op, a, b }));
}

function compareExact(a: Num, b: Num): number {
  const d = a.value.p * b.value.q - b.value.p * a.value.q;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

function logic(kind: 'and' | 'or', operands: Node[]): Node {
  const absorbing = kind === 'and' ? FALSE : TRUE;
  const identity = kind === 'and' ? TRUE : FALSE;
  const args = new Set<Node>();
  const visit = (n: Node) => {
    if (n.kind === kind) n.args.forEach(visit);
    else if (n !== identity) args.add(n);
  };
  operands.forEach(visit);
  if (args.has(absorbing)) return absorbing;
  const sorted = [...args].sort(compare);
  if (sorted.length === 0) return identity;
  if (sorted.length === 1) return sorted[0];
  return intern(`${kind}(${keyOf(sorted)})`, (id) => ({ kind, id, args: sorted }) as And | Or);
}

export const and = (...args: Node[]) => logic('and', args);
export const or = (...args: Node[]) => logic('or', args);

export function not(arg: Node): Node {
  if (arg.kind === 'bool') return arg.value ? FALSE : TRUE;
  if (arg.kind === 'not') return arg.arg;
  return intern(`!${arg.id}`, (id) => ({ kind: 'not', id, arg }));
}

/**
 * Branches after one whose condition is `true` can never be taken; branches whose condition is
 * `false` neither. No branch left: NaN (SymPy's Piecewise without a true branch is undefined).
 */
export function piecewise(branches: { value: Node; cond: Node }[]): Node {
  const kept: { value: Node; cond: Node }[] = [];
  for (const b of branches) {
    if (b.cond === FALSE) continue;
    kept.push(b);
    if (b.cond === TRUE) break;
  }
  if (kept.length === 0) return NAN;
  if (kept[0].cond === TRUE) return kept[0].value;
  return intern(`pw(${kept.map((b) => `${b.value.id}:${b.cond.id}`).join(',')})`, (id) => ({ kind: 'piecewise', id, branches: kept }));
}

/** Children of a node, in order (for generic traversals). */
export function children(n: Node): readonly Node[] {
  switch (n.kind) {
    case 'num': case 'float': case 'const': case 'param': case 'bool':
      return [];
    case 'add': return n.terms;
    case 'mul': return n.factors;
    case 'pow': return [n.base, n.exp];
    case 'call': return n.args;
    case 'rel': return [n.a, n.b];
    case 'and': case 'or': return n.args;
    case 'not': return [n.arg];
    case 'piecewise': return n.branches.flatMap((b) => [b.value, b.cond]);
    default: return assertNever(n);
  }
}

/** Rebuilds a node of the same kind from new children (through the canonical constructors). */
export function withChildren(n: Node, c: readonly Node[]): Node {
  const old = children(n);
  if (old.length === c.length && old.every((x, i) => x === c[i])) return n;
  switch (n.kind) {
    case 'num': case 'float': case 'const': case 'param': case 'bool':
      return n;
    case 'add': return add(...c);
    case 'mul': return mul(...c);
    case 'pow': return pow(c[0], c[1]);
    case 'call': return call(n.fn, [...c]);
    case 'rel': return rel(n.op, c[0], c[1]);
    case 'and': return and(...c);
    case 'or': return or(...c);
    case 'not': return not(c[0]);
    case 'piecewise': return piecewise(n.branches.map((_, i) => ({ value: c[2 * i], cond: c[2 * i + 1] })));
    default: return assertNever(n);
  }
}

/** True when the expression contains no parameter. */
export function isConstant(n: Node): boolean {
  switch (n.kind) {
    case 'num':
    case 'float':
    case 'const':
    case 'bool':
      return true;
    case 'param':
      return false;
    case 'add':
      return n.terms.every(isConstant);
    case 'mul':
      return n.factors.every(isConstant);
    case 'pow':
      return isConstant(n.base) && isConstant(n.exp);
    case 'call':
      return n.args.every(isConstant);
    case 'rel':
    case 'and':
    case 'or':
    case 'not':
    case 'piecewise':
      return children(n).every(isConstant);
    default:
      return assertNever(n);
  }
}
