/**
 * Symbolic differentiation on the canonical IR. Sums and products by linearity and the product
 * rule, powers by the general rule (with the constant-exponent and constant-base shortcuts),
 * functions through the derivative table, Piecewise branch by branch (conditions unchanged).
 * The result is canonical IR like any other expression: it simplifies, is rewritten and CSE'd
 * with the rest.
 */
import { DERIVATIVES } from '../functions/derivatives.js';
import * as ir from '../ir/nodes.js';

export class NotDifferentiable extends Error {
  constructor(readonly what: string) {
    super(`cannot differentiate ${what}`);
  }
}

export function diff(expr: ir.Node, x: ir.Param, order = 1): ir.Node {
  let result = expr;
  for (let i = 0; i < order; i++) result = derivative(result, x, new Map());
  return result;
}

function derivative(n: ir.Node, x: ir.Param, memo: Map<ir.Node, ir.Node>): ir.Node {
  const cached = memo.get(n);
  if (cached) return cached;
  const d = (m: ir.Node) => derivative(m, x, memo);
  let result: ir.Node;
  switch (n.kind) {
    case 'num':
    case 'float':
    case 'const':
      result = ir.ZERO;
      break;
    case 'param':
      result = n === x ? ir.ONE : ir.ZERO;
      break;
    case 'add':
      result = ir.add(...n.terms.map(d));
      break;
    case 'mul':
      result = ir.add(...n.factors.map((f, i) => ir.mul(d(f), ...n.factors.filter((_, j) => j !== i))));
      break;
    case 'pow': {
      const db = d(n.base);
      const de = d(n.exp);
      // d(b^e) = e b^e/b b' + b^e log(b) e'. Written b^e/b as SymPy does: for a numeric e the
      // product folds to b^(e-1); for a symbolic e it stays apart, so that at b = 0 the value is
      // SymPy's (0^k/0 is NaN), not the one-sided limit that b^(k-1) would give.
      const viaBase = db === ir.ZERO ? ir.ZERO : ir.mul(n.exp, n, ir.pow(n.base, ir.MINUS_ONE), db);
      const viaExp = de === ir.ZERO ? ir.ZERO : ir.mul(n, ir.call('log', [n.base]), de);
      result = ir.add(viaBase, viaExp);
      break;
    }
    case 'call': {
      // An argument that does not depend on x contributes nothing, even where the function has no
      // partial derivative in that argument (d/dk zeta(s) = 0).
      const partials = DERIVATIVES[n.fn];
      const terms = n.args.map((arg, i) => {
        const da = d(arg);
        if (da === ir.ZERO) return ir.ZERO;
        if (!partials) throw new NotDifferentiable(`${n.fn}(…)`);
        const partial = partials[i];
        if (!partial) throw new NotDifferentiable(`${n.fn}(…) with respect to its argument ${i + 1}`);
        return ir.mul(partial([...n.args]), da);
      });
      result = ir.add(...terms);
      break;
    }
    case 'piecewise':
      result = ir.piecewise(n.branches.map((b) => ({ value: d(b.value), cond: b.cond })));
      break;
    case 'bool':
    case 'rel':
    case 'and':
    case 'or':
    case 'not':
      throw new NotDifferentiable('a condition');
    default:
      result = ir.assertNever(n);
  }
  memo.set(n, result);
  return result;
}
