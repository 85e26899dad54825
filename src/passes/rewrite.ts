/**
 * The rewrite engine: applies a rule set bottom-up to a fixpoint over the hash-consed DAG,
 * memoized per node (shared subexpressions are rewritten once), recording which rules fired.
 * Returns the same node when nothing changed.
 */
import * as ir from '../ir/nodes.js';
import { COMPUTATION_RULES, type Rule } from './rules.js';

export interface RuleApplication {
  rule: string;
  from: ir.Node;
  to: ir.Node;
}

const MAX_REWRITES = 10_000;

export function rewrite(nodes: readonly ir.Node[], rules: readonly Rule[] = COMPUTATION_RULES): { nodes: ir.Node[]; applied: RuleApplication[] } {
  const applied: RuleApplication[] = [];
  const memo = new Map<ir.Node, ir.Node>();
  const visit = (n: ir.Node): ir.Node => {
    const cached = memo.get(n);
    if (cached) return cached;
    let current = ir.withChildren(n, ir.children(n).map(visit));
    for (let fired = true; fired; ) {
      fired = false;
      for (const rule of rules) {
        const next = rule.apply(current);
        if (next === undefined || next === current) continue;
        applied.push({ rule: rule.name, from: current, to: next });
        if (applied.length > MAX_REWRITES) throw new Error('symkernel internal error: rewrite rules do not terminate');
        current = ir.withChildren(next, ir.children(next).map(visit));
        fired = true;
        break;
      }
    }
    memo.set(n, current);
    return current;
  };
  return { nodes: nodes.map(visit), applied };
}
