/** S-expression printer for the syntax tree (before any simplification), for `explain` and tests. */
import type { Body, Expr, Literal } from './ast.js';

export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'string':
      return JSON.stringify(e.value);
    case 'ident':
      return e.name;
    case 'hole':
      return `\${${e.index + 1}}`;
    case 'unary':
      return `(${e.op} ${printExpr(e.arg)})`;
    case 'binary':
      return `(${e.op} ${printExpr(e.left)} ${printExpr(e.right)})`;
    case 'postfix':
      return `(postfix! ${printExpr(e.arg)})`;
    case 'ternary':
      return `(? ${printExpr(e.test)} ${printExpr(e.then)} ${printExpr(e.otherwise)})`;
    case 'call':
      return `(${e.callee.kind === 'ident' ? e.callee.name : printExpr(e.callee)} ${e.args.map(printExpr).join(' ')})`.replace(/ \)$/, ')');
    case 'list':
      return `${e.paren ? '(tuple' : '(list'} ${e.items.map(printExpr).join(' ')})`;
    default:
      return assertNever(e);
  }
}

function printBody(b: Body): string {
  if (b.kind === 'single') return printExpr(b.expr);
  if (b.kind === 'tuple') return `[${b.items.map(printExpr).join(', ')}]`;
  return `{${b.entries.map((e) => `${e.name.name}: ${printExpr(e.value)}`).join(', ')}}`;
}

export function printLiteral(l: Literal): string {
  const defs = l.definitions.map((d) => `${d.name.name}${d.params ? `(${d.params.map((p) => p.name).join(', ')})` : ''} = ${printExpr(d.value)}; `);
  return `(${l.params.map((p) => p.name).join(', ')}) => ${defs.join('')}${printBody(l.body)}`;
}

function assertNever(x: never): never {
  throw new Error(`symkernel internal error: unhandled syntax node ${JSON.stringify(x)}`);
}
