/** S-expression debug printer for the IR: `(+ 1 (* -1 x) (^ y 2))`. For tests and `explain`. */
import { assertNever, type Node } from './nodes.js';

export function sexpr(n: Node): string {
  switch (n.kind) {
    case 'num':
      return n.value.q === 1n ? `${n.value.p}` : `${n.value.p}/${n.value.q}`;
    case 'float':
      return `${n.value}f`;
    case 'const':
      return n.name;
    case 'param':
      return n.name;
    case 'add':
      return `(+ ${n.terms.map(sexpr).join(' ')})`;
    case 'mul':
      return `(* ${n.factors.map(sexpr).join(' ')})`;
    case 'pow':
      return `(^ ${sexpr(n.base)} ${sexpr(n.exp)})`;
    case 'call':
      return `(${n.fn} ${n.args.map(sexpr).join(' ')})`;
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'rel':
      return `(${n.op} ${sexpr(n.a)} ${sexpr(n.b)})`;
    case 'and':
    case 'or':
      return `(${n.kind} ${n.args.map(sexpr).join(' ')})`;
    case 'not':
      return `(not ${sexpr(n.arg)})`;
    case 'piecewise':
      return `(piecewise ${n.branches.map((b) => `(${sexpr(b.value)} ${sexpr(b.cond)})`).join(' ')})`;
    default:
      return assertNever(n);
  }
}
