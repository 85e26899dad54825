/**
 * Syntax tree → IR: resolves names (parameters shadow constants and functions), checks arity,
 * and builds canonical IR through the hash-consing constructors.
 *
 * Every problem becomes a diagnostic with the span of the offending text; all diagnostics of a
 * literal are collected before throwing, so the user sees every unknown name at once.
 */
import { CompileError, diagnostics, type Diagnostic } from '../diagnostics/codes.js';
import { CONSTANTS, FUNCTIONS } from '../functions/table.js';
import * as ir from '../ir/nodes.js';
import * as Q from '../ir/rational.js';
import type { Expr, Literal } from '../syntax/ast.js';
import { closestName } from './suggest.js';

export const MAX_PARAMS = 64;

export interface ResolvedKernel {
  params: string[];
  body: ir.Node;
}

export function resolve(literal: Literal): ResolvedKernel {
  const found: Diagnostic[] = [];
  const params = new Map<string, ir.Param>();
  literal.params.forEach((p, index) => {
    if (params.has(p.name)) found.push(diagnostics.duplicateParameter(p.name, p.span));
    else params.set(p.name, ir.param(index, p.name));
  });
  if (literal.params.length > MAX_PARAMS) found.push(diagnostics.tooManyParameters(MAX_PARAMS, literal.span));

  const names = () => [...params.keys(), ...CONSTANTS.keys()];

  const lower = (e: Expr): ir.Node => {
    switch (e.kind) {
      case 'number':
        return numberNode(e.text);
      case 'ident': {
        const p = params.get(e.name);
        if (p) return p;
        if (CONSTANTS.has(e.name)) return ir.constant(e.name as 'pi' | 'e');
        if (FUNCTIONS.has(e.name)) found.push(diagnostics.notCallable(e.name, e.span));
        else found.push(diagnostics.unknownName(e.name, closestName(e.name, names()), e.span));
        return ir.ZERO;
      }
      case 'unary':
        return e.op === '-' ? ir.neg(lower(e.arg)) : lower(e.arg);
      case 'binary': {
        const a = lower(e.left);
        const b = lower(e.right);
        switch (e.op) {
          case '+': return ir.add(a, b);
          case '-': return ir.sub(a, b);
          case '*': return ir.mul(a, b);
          case '/': return ir.div(a, b);
          case '^': return ir.pow(a, b);
          default: return ir.assertNever(e as never);
        }
      }
      case 'call': {
        const name = e.callee.name;
        const args = e.args.map(lower);
        if (params.has(name) || CONSTANTS.has(name)) {
          found.push(diagnostics.notCallable(name, e.callee.span));
          return ir.ZERO;
        }
        const info = FUNCTIONS.get(name);
        if (!info) {
          found.push(diagnostics.unknownFunction(name, closestName(name, [...FUNCTIONS.keys()]), e.callee.span));
          return ir.ZERO;
        }
        if (args.length !== info.arity) {
          const expected = `${info.arity} argument${info.arity === 1 ? '' : 's'}`;
          found.push(diagnostics.wrongArity(name, expected, args.length, e.span));
          return ir.ZERO;
        }
        return ir.call(name, args);
      }
      default:
        return ir.assertNever(e);
    }
  };

  const body = lower(literal.body);
  if (found.length) throw new CompileError(found);
  return { params: literal.params.map((p) => p.name), body };
}

/** Integers are exact; decimals and exponent notation are the nearest double (SPEC §3). */
function numberNode(text: string): ir.Node {
  if (/^\d+$/.test(text)) return ir.num(Q.fromIntegerText(text));
  return ir.float(Number(text));
}
