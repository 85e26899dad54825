/**
 * IR DAG → straight-line program (SSA), the form both printers consume.
 *
 * This is where computation is decided: sums become chains of + and −, products with negative
 * powers become divisions, small integer and half-integer powers become multiplications and
 * square roots, constant subtrees are evaluated once at build time. Instructions are
 * value-numbered, so a subexpression that occurs twice is computed once (CSE falls out of the
 * hash-consed IR plus value numbering).
 *
 * Printers make no numerical decisions: they print what this pass decided.
 */
import { functionInfo } from '../functions/table.js';
import { assertNever, children, isCondition, isConstant, isNumber, mul, num, numberValue, pow, type Node } from '../ir/nodes.js';
import * as Q from '../ir/rational.js';

export type Value = number;

export type Instr =
  | { op: 'const'; value: number }
  | { op: 'param'; index: number }
  | { op: 'add' | 'sub' | 'mul' | 'div'; a: Value; b: Value }
  | { op: 'neg'; a: Value }
  | { op: 'call'; fn: string; args: Value[] }
  | { op: 'bool'; value: boolean }
  | { op: 'cmp'; rel: '<' | '<=' | '==' | '!='; a: Value; b: Value }
  | { op: 'and' | 'or'; a: Value; b: Value }
  | { op: 'not'; a: Value }
  /** `cond ? a : b`; printers keep single-use operands inline so only the taken side is computed. */
  | { op: 'select'; cond: Value; a: Value; b: Value };

/** True for instructions whose value is a condition. */
export const isConditionInstr = (i: Instr) => i.op === 'bool' || i.op === 'cmp' || i.op === 'and' || i.op === 'or' || i.op === 'not';

export interface Program {
  params: string[];
  instrs: Instr[];
  outputs: Value[];
  /** Names of the computation decisions taken (for `explain`); not part of the kernel's identity. */
  lowerings: string[];
}

/** Integer powers up to this magnitude become multiplications (≤ 2 roundings, ≈ pow's 1 ulp). */
export const MAX_EXPANDED_POWER = 4n;

export function schedule(params: string[], outputs: Node[]): Program {
  const instrs: Instr[] = [];
  const lowerings = new Set<string>();
  const numbering = new Map<string, Value>();
  const lowered = new Map<Node, Value>();

  const emit = (instr: Instr): Value => {
    // Numbers as strings: JSON would print NaN and ±Infinity alike as null, and 0 for -0.
    const key = JSON.stringify(instr, (_, v) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v));
    const existing = numbering.get(key);
    if (existing !== undefined) return existing;
    instrs.push(instr);
    numbering.set(key, instrs.length - 1);
    return instrs.length - 1;
  };
  const constant = (value: number) => emit({ op: 'const', value });
  const binary = (op: 'add' | 'sub' | 'mul' | 'div', a: Value, b: Value) => emit({ op, a, b });

  const lower = (n: Node): Value => {
    let v = lowered.get(n);
    if (v === undefined) {
      v = lowerNode(n);
      lowered.set(n, v);
    }
    return v;
  };

  const lowerNode = (n: Node): Value => {
    if (isFoldable(n)) return isCondition(n) ? emit({ op: 'bool', value: evaluateCondition(n) }) : constant(evaluateConstant(n));
    switch (n.kind) {
      case 'param':
        return emit({ op: 'param', index: n.index });
      case 'add':
        return lowerSum(n.terms);
      case 'mul':
        return lowerProduct(n.factors);
      case 'pow':
        return lowerPower(n.base, n.exp);
      case 'call':
        return emit({ op: 'call', fn: n.fn, args: n.args.map(lower) });
      case 'rel':
        return emit({ op: 'cmp', rel: n.op, a: lower(n.a), b: lower(n.b) });
      case 'and':
      case 'or': {
        const op = n.kind;
        return n.args.map(lower).reduce((a, b) => emit({ op, a, b }));
      }
      case 'not':
        return emit({ op: 'not', a: lower(n.arg) });
      case 'piecewise': {
        // Innermost first: the last branch's "otherwise" is NaN unless its condition is `true`.
        let otherwise = constant(NaN);
        for (let i = n.branches.length - 1; i >= 0; i--) {
          const b = n.branches[i];
          const value = lower(b.value);
          otherwise = b.cond.kind === 'bool' && b.cond.value ? value : emit({ op: 'select', cond: lower(b.cond), a: value, b: otherwise });
        }
        return otherwise;
      }
      case 'num':
      case 'float':
      case 'const':
      case 'bool':
        throw new Error('unreachable: constants are folded above');
      default:
        return assertNever(n);
    }
  };

  /** a + b − c: terms with a negative numeric coefficient are subtracted. */
  const lowerSum = (terms: readonly Node[]): Value => {
    const plus: Node[] = [];
    const minus: Node[] = [];
    for (const t of terms) {
      const c = coefficientOf(t);
      if (c < 0 || Object.is(c, -0)) minus.push(mul(num(-1), t));
      else plus.push(t);
    }
    let acc: Value | undefined;
    for (const t of plus) acc = acc === undefined ? lower(t) : binary('add', acc, lower(t));
    for (const t of minus) acc = acc === undefined ? emit({ op: 'neg', a: lower(t) }) : binary('sub', acc, lower(t));
    return acc!;
  };

  /**
   * c · a · b / (d · e): factors with negative numeric exponents go below the bar. A rational
   * coefficient ±1/q whose reciprocal is not a double (q not a power of two) divides by q, which is
   * correctly rounded, instead of multiplying by a rounded 1/q.
   */
  const lowerProduct = (factors: readonly Node[]): Value => {
    let coefficient = 1;
    let divisor: number | undefined;
    const above: Node[] = [];
    const below: Node[] = [];
    for (const f of factors) {
      if (f.kind === 'num' && (f.value.p === 1n || f.value.p === -1n) && !isPowerOfTwo(f.value.q)) {
        coefficient *= Number(f.value.p);
        divisor = Q.toDouble(Q.rational(f.value.q));
        lowerings.add('exactDivisionByConstant');
      } else if (f.kind === 'pow' && isNumber(f.exp) && numberValue(f.exp) < 0) {
        below.push(powerNode(f.base, f.exp, -1));
        lowerings.add('negativePowerToDivision');
      } else if (isNumber(f) || isFoldable(f)) coefficient *= evaluateConstant(f);
      else above.push(f);
    }
    const negate = coefficient === -1;
    let acc: Value | undefined;
    if (coefficient !== 1 && !negate) acc = constant(coefficient);
    for (const f of above) acc = acc === undefined ? lower(f) : binary('mul', acc, lower(f));
    if (divisor !== undefined) below.unshift(num(BigInt(divisor)));
    if (below.length) {
      let denominator = lower(below[0]);
      for (const f of below.slice(1)) denominator = binary('mul', denominator, lower(f));
      acc = binary('div', acc ?? constant(1), denominator);
    }
    return negate ? emit({ op: 'neg', a: acc! }) : acc!;
  };

  const lowerPower = (base: Node, exp: Node): Value => {
    if (exp.kind === 'num') {
      const { p, q } = exp.value;
      if (p < 0n) {
        lowerings.add('negativePowerToDivision');
        return binary('div', constant(1), lowerPower(base, num(Q.rational(-p, q))));
      }
      if (q === 1n && p <= MAX_EXPANDED_POWER) {
        lowerings.add('expandSmallIntegerPower');
        return integerPower(lower(base), p);
      }
      if (q === 2n && p <= 2n * MAX_EXPANDED_POWER + 1n) {
        lowerings.add('halfIntegerPowerToSqrt');
        const root = emit({ op: 'call', fn: 'sqrt', args: [lower(base)] });
        const whole = (p - 1n) / 2n;
        return whole === 0n ? root : binary('mul', integerPower(lower(base), whole), root);
      }
    }
    return emit({ op: 'call', fn: 'pow', args: [lower(base), lower(exp)] });
  };

  /** x^n by binary powering: x^2 = x·x, x^3 = x²·x, x^4 = x²·x². */
  const integerPower = (x: Value, n: bigint): Value => {
    if (n === 1n) return x;
    const half = integerPower(x, n / 2n);
    const square = binary('mul', half, half);
    return n % 2n === 0n ? square : binary('mul', square, x);
  };

  const outputValues = outputs.map(lower);
  return { params, instrs, outputs: outputValues, lowerings: [...lowerings] };
}

/** base^(sign·exp) as a node: used to move negative powers below the division bar. */
function powerNode(base: Node, exp: Node, sign: 1 | -1): Node {
  return pow(base, mul(num(BigInt(sign)), exp));
}

const isPowerOfTwo = (k: bigint) => k > 0n && (k & (k - 1n)) === 0n;

function coefficientOf(term: Node): number {
  if (isNumber(term)) return numberValue(term);
  if (term.kind === 'mul' && isNumber(term.factors[0])) return numberValue(term.factors[0]);
  return 1;
}

const CONSTANT_VALUES = { pi: Math.PI, e: Math.E } as const;

/** Evaluates a parameter-free subtree in double precision, with the JS semantics of each function. */
/** Constant, and computable at build time: no call of a function without an evaluator (a user function). */
function isFoldable(n: Node): boolean {
  return isConstant(n) && callsOnlyEvaluable(n);
}

function callsOnlyEvaluable(n: Node): boolean {
  if (n.kind === 'call' && !functionInfo(n.fn).evaluate) return false;
  return children(n).every(callsOnlyEvaluable);
}

export function evaluateConstant(n: Node): number {
  switch (n.kind) {
    case 'num':
      return Q.toDouble(n.value);
    case 'float':
      return n.value;
    case 'const':
      return CONSTANT_VALUES[n.name];
    case 'param':
      throw new Error('symkernel internal error: parameter in a constant subtree');
    case 'add':
      return n.terms.reduce((s, t) => s + evaluateConstant(t), 0);
    case 'mul':
      return n.factors.reduce((s, t) => s * evaluateConstant(t), 1);
    case 'pow': {
      if (n.exp.kind === 'num' && n.exp.value.q === 2n && n.exp.value.p === 1n) return Math.sqrt(evaluateConstant(n.base));
      if (n.exp.kind === 'num' && n.exp.value.q === 2n && n.exp.value.p === -1n) return 1 / Math.sqrt(evaluateConstant(n.base));
      return Math.pow(evaluateConstant(n.base), evaluateConstant(n.exp));
    }
    case 'call':
      return functionInfo(n.fn).evaluate!(...n.args.map(evaluateConstant));
    case 'piecewise': {
      const taken = n.branches.find((b) => evaluateCondition(b.cond));
      return taken ? evaluateConstant(taken.value) : NaN;
    }
    case 'bool':
    case 'rel':
    case 'and':
    case 'or':
    case 'not':
      throw new Error('symkernel internal error: a condition where a number is expected');
    default:
      return assertNever(n);
  }
}

/** Evaluates a parameter-free condition with IEEE comparison semantics. */
export function evaluateCondition(n: Node): boolean {
  switch (n.kind) {
    case 'bool':
      return n.value;
    case 'rel': {
      const a = evaluateConstant(n.a);
      const b = evaluateConstant(n.b);
      return n.op === '<' ? a < b : n.op === '<=' ? a <= b : n.op === '==' ? a === b : a !== b;
    }
    case 'and':
      return n.args.every(evaluateCondition);
    case 'or':
      return n.args.some(evaluateCondition);
    case 'not':
      return !evaluateCondition(n.arg);
    default:
      throw new Error('symkernel internal error: a number where a condition is expected');
  }
}
