/**
 * A small sign analysis on the IR, for rewrite guards: is an expression provably > 0 or ≥ 0 for
 * every real value of the parameters? "No" means "not provable", never "negative".
 */
import * as ir from '../ir/nodes.js';

export function isPositive(n: ir.Node): boolean {
  switch (n.kind) {
    case 'num':
    case 'float':
      return ir.numberValue(n) > 0;
    case 'const':
      return true;
    case 'mul':
      return n.factors.every(isPositive);
    case 'add':
      return n.terms.every(isNonNegative) && n.terms.some(isPositive);
    case 'pow':
      return isPositive(n.base) || (isEvenInteger(n.exp) && isNonZero(n.base));
    case 'call':
      return (
        n.fn === 'exp' || n.fn === 'exp2' || n.fn === 'cosh' ||
        (n.fn === 'sqrt' && isPositive(n.args[0])) ||
        ((n.fn === 'abs' || n.fn === 'hypot') && n.args.some(isNonZero))
      );
    default:
      return false;
  }
}

export function isNonNegative(n: ir.Node): boolean {
  if (isPositive(n)) return true;
  switch (n.kind) {
    case 'num':
    case 'float':
      return ir.numberValue(n) >= 0;
    case 'mul':
      return n.factors.every(isNonNegative);
    case 'add':
      return n.terms.every(isNonNegative);
    case 'pow':
      return isNonNegative(n.base) || isEvenInteger(n.exp);
    case 'call':
      return n.fn === 'abs' || n.fn === 'hypot' || n.fn === 'sqrt' || n.fn === 'expm1' && isNonNegative(n.args[0]);
    default:
      return false;
  }
}

function isNonZero(n: ir.Node): boolean {
  return isPositive(n) || (ir.isNumber(n) && ir.numberValue(n) !== 0);
}

function isEvenInteger(n: ir.Node): boolean {
  return n.kind === 'num' && n.value.q === 1n && n.value.p % 2n === 0n;
}
