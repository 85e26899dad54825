/**
 * Shared statement emission for the printers: turns a Program into local definitions plus output
 * expressions, inlining values used once and naming the rest (`t3`). Parenthesizes by precedence;
 * the right operand of every binary operator keeps its parentheses, so evaluation order (and thus
 * rounding) is exactly the one the schedule decided.
 *
 * Target specifics (number syntax, callee names, declarations) come from a `TargetSyntax`. This
 * module makes no numerical decisions.
 */
import { assertNever } from '../ir/nodes.js';
import { isConditionInstr, type Instr, type Program, type Value } from '../passes/schedule.js';

export interface TargetSyntax {
  number(value: number): string;
  boolean(value: boolean): string;
  callee(fn: string): string;
  /** Expression naming parameter `index`'s element value inside the loop. */
  param(index: number): string;
  /** A statement declaring a temporary (`condition`: its value is true/false). */
  declare(name: string, expression: string, condition: boolean): string;
  /**
   * Compute both sides of every select before choosing (C: lets the compiler if-convert and
   * vectorize a Piecewise); otherwise the sides stay inline and only the taken one is computed.
   */
  eagerSelect?: boolean;
}

interface Printed {
  text: string;
  precedence: number;
}

const ATOM = 100;
const UNARY = 50;
const PRODUCT = 40;
const SUM = 30;
const COMPARISON = 20;
const AND = 15;
const OR = 10;
const SELECT = 5;

const BINARY: Record<'add' | 'sub' | 'mul' | 'div', { symbol: string; precedence: number }> = {
  add: { symbol: '+', precedence: SUM },
  sub: { symbol: '-', precedence: SUM },
  mul: { symbol: '*', precedence: PRODUCT },
  div: { symbol: '/', precedence: PRODUCT },
};

function operands(instr: Instr): Value[] {
  switch (instr.op) {
    case 'const':
    case 'param':
      return [];
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return [instr.a, instr.b];
    case 'neg':
    case 'not':
      return [instr.a];
    case 'call':
      return instr.args;
    case 'bool':
      return [];
    case 'cmp':
    case 'and':
    case 'or':
      return [instr.a, instr.b];
    case 'select':
      return [instr.cond, instr.a, instr.b];
    default:
      return assertNever(instr);
  }
}

export function emitProgram(program: Program, target: TargetSyntax): { statements: string[]; outputs: string[] } {
  const uses = new Array<number>(program.instrs.length).fill(0);
  for (const instr of program.instrs) for (const v of operands(instr)) uses[v]++;
  for (const v of program.outputs) uses[v]++;
  const materialize = new Set<Value>();
  if (target.eagerSelect) {
    for (const instr of program.instrs) if (instr.op === 'select') [instr.a, instr.b].forEach((v) => materialize.add(v));
  }

  const printed: Printed[] = [];
  const statements: string[] = [];
  const wrap = (v: Value, min: number) => (printed[v].precedence >= min ? printed[v].text : `(${printed[v].text})`);

  program.instrs.forEach((instr, v) => {
    let p: Printed;
    switch (instr.op) {
      case 'const': {
        const text = target.number(instr.value);
        p = { text, precedence: text.startsWith('-') ? UNARY : ATOM };
        break;
      }
      case 'param':
        p = { text: target.param(instr.index), precedence: ATOM };
        break;
      case 'neg':
        p = { text: `-${wrap(instr.a, UNARY + 1)}`, precedence: UNARY };
        break;
      case 'add':
      case 'sub':
      case 'mul':
      case 'div': {
        const { symbol, precedence } = BINARY[instr.op];
        p = { text: `${wrap(instr.a, precedence)} ${symbol} ${wrap(instr.b, precedence + 1)}`, precedence };
        break;
      }
      case 'call':
        p = { text: `${target.callee(instr.fn)}(${instr.args.map((a) => printed[a].text).join(', ')})`, precedence: ATOM };
        break;
      case 'bool':
        p = { text: target.boolean(instr.value), precedence: ATOM };
        break;
      case 'cmp':
        p = { text: `${wrap(instr.a, COMPARISON + 1)} ${instr.rel} ${wrap(instr.b, COMPARISON + 1)}`, precedence: COMPARISON };
        break;
      case 'and':
        p = { text: `${wrap(instr.a, AND)} && ${wrap(instr.b, AND + 1)}`, precedence: AND };
        break;
      case 'or':
        // `a || (b && c)`: parenthesized even where precedence does not require it (-Wparentheses).
        p = { text: `${wrap(instr.a, OR + 1 + (printed[instr.a].precedence === AND ? AND : 0))} || ${wrap(instr.b, AND + 1)}`, precedence: OR };
        break;
      case 'not':
        p = { text: `!${wrap(instr.a, UNARY + 1)}`, precedence: UNARY };
        break;
      case 'select':
        p = { text: `${wrap(instr.cond, OR)} ? ${wrap(instr.a, SELECT + 1)} : ${wrap(instr.b, SELECT)}`, precedence: SELECT };
        break;
      default:
        p = assertNever(instr);
    }
    const shared = (uses[v] > 1 || materialize.has(v)) && instr.op !== 'const' && instr.op !== 'param' && instr.op !== 'bool';
    if (shared) {
      const name = `t${v}`;
      statements.push(target.declare(name, p.text, isConditionInstr(instr)));
      p = { text: name, precedence: ATOM };
    }
    printed.push(p);
  });
  return { statements, outputs: program.outputs.map((v) => printed[v].text) };
}
