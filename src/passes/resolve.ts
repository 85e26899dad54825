/**
 * Syntax tree → IR: resolves names, inlines local definitions, local functions, distribution
 * helpers and interpolated fragments, checks arity and types (number vs condition), performs
 * build-time `diff`, and builds canonical IR through the hash-consing constructors.
 *
 * Name lookup, innermost first: local definitions, parameters, distribution helpers and functions
 * (when called), constants. A parameter or a local shadows a constant or function of the same
 * name (SPEC §3).
 *
 * Every problem becomes a diagnostic with the span of the offending text; all diagnostics of a
 * literal are collected before throwing, so the user sees every unknown name at once.
 */
import { CompileError, diagnostics, type Diagnostic } from '../diagnostics/codes.js';
import { DISTRIBUTIONS } from '../functions/distributions.js';
import { core, MissingFunction, SURFACE, type ArgKind } from '../functions/surface.js';
import { FUNCTIONS } from '../functions/table.js';
import * as ir from '../ir/nodes.js';
import * as Q from '../ir/rational.js';
import type { Call, Expr, Ident, List, Literal, Span } from '../syntax/ast.js';
import { parseLiteral } from '../syntax/parser.js';
import { diff, NotDifferentiable } from './diff.js';
import { closestName } from './suggest.js';

export const MAX_PARAMS = 64;

/** What an interpolation `${…}` stands for, decided by the extractor. */
export type HoleBinding =
  | { kind: 'fragment'; name: string; literal: Literal }
  | { kind: 'scalar'; name: string };

export interface Output {
  /** For named outputs. */
  name?: string;
  node: ir.Node;
}

export interface ResolvedKernel {
  params: string[];
  /** Hidden parameters (run-time scalar interpolations), after `params`, in hole order. */
  hidden: string[];
  shape: 'single' | 'tuple' | 'named';
  outputs: Output[];
  warnings: Diagnostic[];
}

export interface ResolveOptions {
  holes?: readonly HoleBinding[];
}

const CONSTANTS: Record<string, () => ir.Node> = {
  pi: () => ir.constant('pi'),
  e: () => ir.constant('e'),
  E: () => ir.constant('e'),
  oo: () => ir.float(Infinity),
  inf: () => ir.float(Infinity),
  nan: () => ir.NAN,
  zoo: () => ir.NAN,
  True: () => ir.TRUE,
  true: () => ir.TRUE,
  False: () => ir.FALSE,
  false: () => ir.FALSE,
};

/** Special forms: they see the syntax tree of their arguments. */
const SPECIAL_FORMS = new Set(['Piecewise', 'Float', 'diff', 'hyper']);

type Binding =
  | { kind: 'value'; node: ir.Node }
  | { kind: 'function'; name: string; params: Ident[]; body: Expr; scope: Scope; foreign: boolean };

class Scope {
  private readonly names = new Map<string, Binding>();
  constructor(readonly parent?: Scope) {}
  get(name: string): Binding | undefined {
    return this.names.get(name) ?? this.parent?.get(name);
  }
  hasOwn(name: string): boolean {
    return this.names.has(name);
  }
  set(name: string, binding: Binding): void {
    this.names.set(name, binding);
  }
  allNames(): string[] {
    return [...this.names.keys(), ...(this.parent?.allNames() ?? [])];
  }
}

/** Internal: aborts lowering of the current subexpression after a diagnostic was recorded. */
class Reported extends Error {}

const parsedDistributions = new Map<string, Literal>();
function distribution(name: string): Literal | undefined {
  const source = DISTRIBUTIONS[name];
  if (source === undefined) return undefined;
  let literal = parsedDistributions.get(name);
  if (!literal) {
    literal = parseLiteral(source);
    parsedDistributions.set(name, literal);
  }
  return literal;
}

export function resolve(literal: Literal, options: ResolveOptions = {}): ResolvedKernel {
  const found: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const holes = options.holes ?? [];
  const report = (d: Diagnostic): never => {
    found.push(d);
    throw new Reported();
  };

  // ---------------------------------------------------------------------------------------------
  // Parameters

  const top = new Scope();
  const params: ir.Param[] = [];
  literal.params.forEach((p) => {
    if (top.hasOwn(p.name)) {
      found.push(diagnostics.duplicateParameter(p.name, p.span));
      return;
    }
    const node = ir.param(params.length, p.name);
    params.push(node);
    top.set(p.name, { kind: 'value', node });
  });
  const hidden: string[] = [];
  const holeParams = holes.map((h) => {
    if (h.kind !== 'scalar') return undefined;
    hidden.push(h.name);
    return ir.param(literal.params.length + hidden.length - 1, h.name);
  });
  if (literal.params.length + hidden.length > MAX_PARAMS) found.push(diagnostics.tooManyParameters(MAX_PARAMS, literal.span));
  const paramUses = new Map(literal.params.map((p) => [p.name, 0]));

  // ---------------------------------------------------------------------------------------------
  // Expressions

  const number = (e: Expr, scope: Scope): ir.Node => {
    const node = lower(e, scope);
    if (ir.isCondition(node)) report(diagnostics.conditionAsNumber(e.span));
    return node;
  };

  const condition = (e: Expr, scope: Scope): ir.Node => {
    const node = lower(e, scope);
    if (!ir.isCondition(node)) report(diagnostics.numberAsCondition(e.span));
    return node;
  };

  const ofKind = (kind: ArgKind, e: Expr, scope: Scope) => (kind === 'condition' ? condition(e, scope) : number(e, scope));

  const lower = (e: Expr, scope: Scope): ir.Node => {
    switch (e.kind) {
      case 'number':
        return numberNode(e.text);
      case 'string':
        return report(diagnostics.malformedForm("A string is only allowed as the argument of Float('…')", e.span));
      case 'ident':
        return lookup(e, scope);
      case 'hole':
        return hole(e.index, e.span, NO_ARGS, scope);
      case 'unary':
        if (e.op === 'not') return ir.not(condition(e.arg, scope));
        return e.op === '-' ? ir.neg(number(e.arg, scope)) : number(e.arg, scope);
      case 'postfix':
        return callFunction('factorial', [number(e.arg, scope)], e.span);
      case 'ternary':
        return ir.piecewise([
          { value: number(e.then, scope), cond: condition(e.test, scope) },
          { value: number(e.otherwise, scope), cond: ir.TRUE },
        ]);
      case 'binary': {
        if (e.op === 'and' || e.op === 'or') {
          const a = condition(e.left, scope);
          const b = condition(e.right, scope);
          return e.op === 'and' ? ir.and(a, b) : ir.or(a, b);
        }
        const a = number(e.left, scope);
        const b = number(e.right, scope);
        switch (e.op) {
          case '+': return ir.add(a, b);
          case '-': return ir.sub(a, b);
          case '*': return ir.mul(a, b);
          case '/': return ir.div(a, b);
          case '^': return ir.pow(a, b);
          case '%': return callFunction('mod', [a, b], e.span);
          default: return ir.rel(e.op, a, b);
        }
      }
      case 'call':
        return call(e, scope);
      case 'list':
        return report(
          diagnostics.malformedForm(
            e.paren ? 'A parenthesized pair is only allowed inside Piecewise((value, condition), …)' : 'A list is only allowed as an argument of hyper([…], […], z) or as the whole body (several outputs)',
            e.span,
          ),
        );
      default:
        return ir.assertNever(e);
    }
  };

  const lookup = (e: Ident, scope: Scope): ir.Node => {
    const binding = scope.get(e.name);
    if (binding?.kind === 'value') {
      if (paramUses.has(e.name) && top.get(e.name) === binding) paramUses.set(e.name, paramUses.get(e.name)! + 1);
      return binding.node;
    }
    if (binding?.kind === 'function') return report(diagnostics.notCallable(e.name, e.span));
    const constant = CONSTANTS[e.name];
    if (constant) return constant();
    if (FUNCTIONS.has(e.name) || SURFACE.has(e.name) || DISTRIBUTIONS[e.name] || SPECIAL_FORMS.has(e.name)) {
      return report(diagnostics.notCallable(e.name, e.span));
    }
    return report(diagnostics.unknownName(e.name, closestName(e.name, [...scope.allNames(), ...Object.keys(CONSTANTS)]), e.span));
  };

  const hole = (index: number, span: Span, args: Expr[], scope: Scope, callSpan = span): ir.Node => {
    const binding = holes[index];
    if (!binding) return report(diagnostics.badInterpolation('Unknown interpolation', span));
    if (binding.kind === 'scalar') {
      if (args !== NO_ARGS) return report(diagnostics.badInterpolation('A run-time value interpolated with ${…} cannot be called', callSpan));
      return holeParams[index]!;
    }
    const fragment = binding.literal;
    if (fragment.body.kind !== 'single') {
      return report(diagnostics.badInterpolation(`Fragment '${binding.name}' has several outputs; only a single-output fragment can be inlined`, span));
    }
    if (args.length !== fragment.params.length) {
      return report(diagnostics.wrongArity(binding.name, plural(fragment.params.length), args.length, callSpan));
    }
    return inline(binding.name, fragment.params, fragment.definitions, fragment.body.expr, args.map((a) => number(a, scope)), new Scope(), callSpan);
  };

  /** Inlines a function body (local, distribution or fragment) with its parameters bound to `args`. */
  const inline = (
    name: string,
    fnParams: Ident[],
    definitions: Literal['definitions'],
    body: Expr,
    args: ir.Node[],
    definingScope: Scope,
    callSpan: Span,
    foreign = true,
  ): ir.Node => {
    const scope = new Scope(definingScope);
    fnParams.forEach((p, i) => scope.set(p.name, { kind: 'value', node: args[i] }));
    if (!foreign) {
      define(definitions, scope);
      return number(body, scope);
    }
    // Text from elsewhere (a distribution helper, another literal): report problems at the call.
    const before = found.length;
    try {
      define(definitions, scope);
      return number(body, scope);
    } catch (error) {
      if (!(error instanceof Reported || error instanceof CompileError)) throw error;
      const inner = error instanceof CompileError ? error.diagnostics : found.splice(before);
      return report(diagnostics.insideDefinition(name, inner.map((d) => d.message).join('; '), callSpan));
    }
  };

  const call = (e: Call, scope: Scope): ir.Node => {
    if (e.callee.kind === 'hole') return hole(e.callee.index, e.callee.span, e.args, scope, e.span);
    const name = e.callee.name;
    const binding = scope.get(name);
    if (binding?.kind === 'function') {
      if (e.args.length !== binding.params.length) return report(diagnostics.wrongArity(name, plural(binding.params.length), e.args.length, e.span));
      const args = e.args.map((a) => number(a, scope));
      return inline(name, binding.params, [], binding.body, args, binding.scope, e.span, binding.foreign);
    }
    if (binding?.kind === 'value') return report(diagnostics.notCallable(name, e.callee.span));
    if (CONSTANTS[name]) return report(diagnostics.notCallable(name, e.callee.span));

    switch (name) {
      case 'Piecewise':
        return piecewiseForm(e, scope);
      case 'Float':
        return floatForm(e, scope);
      case 'diff':
        return diffForm(e, scope);
      case 'hyper':
        return hyperForm(e, scope);
    }

    const dist = distribution(name);
    if (dist) {
      if (e.args.length !== dist.params.length) return report(diagnostics.wrongArity(name, plural(dist.params.length), e.args.length, e.span));
      const body = dist.body.kind === 'single' ? dist.body.expr : undefined;
      return inline(name, dist.params, dist.definitions, body!, e.args.map((a) => number(a, scope)), new Scope(), e.span);
    }

    const surface = SURFACE.get(name);
    if (surface) {
      const [lo, hi] = surface.arity;
      if (e.args.length < lo || e.args.length > hi) return report(diagnostics.wrongArity(name, arityText(lo, hi), e.args.length, e.span));
      const args = e.args.map((a) => ofKind(surface.args ?? 'number', a, scope));
      try {
        return surface.lower(args);
      } catch (error) {
        if (error instanceof MissingFunction) return report(diagnostics.unknownFunction(error.fn, undefined, e.callee.span));
        throw error;
      }
    }

    const info = FUNCTIONS.get(name);
    if (!info) {
      const known = [...FUNCTIONS.keys(), ...SURFACE.keys(), ...Object.keys(DISTRIBUTIONS), ...SPECIAL_FORMS, ...scope.allNames()];
      return report(diagnostics.unknownFunction(name, closestName(name, known), e.callee.span));
    }
    if (e.args.length !== info.arity) return report(diagnostics.wrongArity(name, plural(info.arity), e.args.length, e.span));
    return callFunction(name, e.args.map((a) => number(a, scope)), e.span);
  };

  const callFunction = (fn: string, args: ir.Node[], span: Span): ir.Node => {
    try {
      return core(fn, ...args);
    } catch (error) {
      if (error instanceof MissingFunction) return report(diagnostics.unknownFunction(error.fn, undefined, span));
      throw error;
    }
  };

  // ---------------------------------------------------------------------------------------------
  // Special forms

  /** Piecewise((value, condition), …): the first branch whose condition holds; NaN when none does. */
  const piecewiseForm = (e: Call, scope: Scope): ir.Node => {
    const branches = e.args.map((arg) => {
      if (arg.kind !== 'list' || !arg.paren || arg.items.length !== 2) {
        return report(diagnostics.malformedForm('Piecewise takes pairs: Piecewise((value, condition), …)', arg.span));
      }
      return { value: number(arg.items[0], scope), cond: condition(arg.items[1], scope) };
    });
    return ir.piecewise(branches);
  };

  /** Float('0.1') or Float(0.1): the nearest double. */
  const floatForm = (e: Call, scope: Scope): ir.Node => {
    if (e.args.length < 1 || e.args.length > 2) return report(diagnostics.wrongArity('Float', '1 or 2 arguments', e.args.length, e.span));
    const [arg] = e.args;
    if (arg.kind === 'string') {
      const text = arg.value.trim();
      const value = /^[+-]?(?:inf|oo)$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : /^nan$/i.test(text) ? NaN : Number(text.replace(/_/g, ''));
      if (text === '' || (Number.isNaN(value) && !/^nan$/i.test(text))) return report(diagnostics.malformedNumber(arg.value, arg.span));
      return ir.float(value);
    }
    const node = number(arg, scope);
    return ir.isNumber(node) ? ir.float(ir.numberValue(node)) : node;
  };

  /** diff(expr, x) / diff(expr, x, n): the n-th derivative in the parameter x, at build time. */
  const diffForm = (e: Call, scope: Scope): ir.Node => {
    if (e.args.length < 2 || e.args.length > 3) return report(diagnostics.wrongArity('diff', '2 or 3 arguments', e.args.length, e.span));
    const [body, variable, orderExpr] = e.args;
    const x = variable.kind === 'ident' ? scope.get(variable.name) : undefined;
    if (variable.kind !== 'ident' || x?.kind !== 'value' || x.node.kind !== 'param') {
      return report(diagnostics.malformedForm('diff(expr, x): x must be a parameter of the literal', variable.span));
    }
    paramUses.set(variable.name, (paramUses.get(variable.name) ?? 0) + 1);
    let order = 1;
    if (orderExpr) {
      if (orderExpr.kind !== 'number' || !/^\d+$/.test(orderExpr.text)) {
        return report(diagnostics.malformedForm('diff(expr, x, n): n must be a non-negative integer', orderExpr.span));
      }
      order = Number(orderExpr.text);
    }
    const f = number(body, scope);
    try {
      return diff(f, x.node, order);
    } catch (error) {
      if (error instanceof NotDifferentiable) return report(diagnostics.cannotDifferentiate(error.what, body.span));
      if (error instanceof MissingFunction) return report(diagnostics.cannotDifferentiate(`(needs '${error.fn}', not available)`, body.span));
      throw error;
    }
  };

  /** hyper([a…], [b…], z): the real 0F1, 1F1 and 2F1 cases. */
  const hyperForm = (e: Call, scope: Scope): ir.Node => {
    if (e.args.length !== 3) return report(diagnostics.wrongArity('hyper', '3 arguments', e.args.length, e.span));
    const list = (arg: Expr): ir.Node[] => {
      if (arg.kind !== 'list') return report(diagnostics.malformedForm('hyper([a1, …], [b1, …], z): the first two arguments are lists', arg.span));
      return (arg as List).items.map((item) => number(item, scope));
    };
    const a = list(e.args[0]);
    const b = list(e.args[1]);
    const z = number(e.args[2], scope);
    const fn = a.length === 0 && b.length === 1 ? 'hyp0f1' : a.length === 1 && b.length === 1 ? 'hyp1f1' : a.length === 2 && b.length === 1 ? 'hyp2f1' : undefined;
    if (!fn) return report(diagnostics.malformedForm(`hyper with ${a.length} and ${b.length} parameters is not supported (0F1, 1F1 and 2F1 are)`, e.span));
    return callFunction(fn, [...a, ...b, z], e.span);
  };

  // ---------------------------------------------------------------------------------------------
  // Definitions and body

  const define = (definitions: Literal['definitions'], scope: Scope) => {
    for (const d of definitions) {
      if (scope.hasOwn(d.name.name) || (scope === top && paramUses.has(d.name.name))) {
        report(diagnostics.definedTwice(d.name.name, d.name.span));
      }
      if (d.params) {
        const seen = new Set<string>();
        for (const p of d.params) {
          if (seen.has(p.name)) report(diagnostics.duplicateParameter(p.name, p.span));
          seen.add(p.name);
        }
        scope.set(d.name.name, { kind: 'function', name: d.name.name, params: d.params, body: d.value, scope, foreign: false });
      } else {
        scope.set(d.name.name, { kind: 'value', node: number(d.value, scope) });
      }
    }
  };

  let outputs: Output[] = [];
  try {
    define(literal.definitions, top);
    const body = literal.body;
    const attempt = (f: () => Output): Output | undefined => {
      try {
        return f();
      } catch (error) {
        if (error instanceof Reported) return undefined;
        throw error;
      }
    };
    if (body.kind === 'single') outputs = [attempt(() => ({ node: number(body.expr, top) }))!];
    else if (body.kind === 'tuple') {
      if (body.items.length === 0) report(diagnostics.malformedForm('A tuple of outputs needs at least one output', body.span));
      outputs = body.items.map((item) => attempt(() => ({ node: number(item, top) }))!);
    } else {
      if (body.entries.length === 0) report(diagnostics.malformedForm('Named outputs need at least one output', body.span));
      const names = new Set<string>();
      outputs = body.entries.map((entry) => {
        if (names.has(entry.name.name)) found.push(diagnostics.definedTwice(entry.name.name, entry.name.span));
        names.add(entry.name.name);
        return attempt(() => ({ name: entry.name.name, node: number(entry.value, top) }))!;
      });
    }
  } catch (error) {
    if (!(error instanceof Reported)) throw error;
  }
  if (found.length) throw new CompileError(found);

  for (const p of literal.params) if (paramUses.get(p.name) === 0) warnings.push(diagnostics.unusedParameter(p.name, p.span));
  return { params: params.map((p) => p.name), hidden, shape: literal.body.kind, outputs, warnings };
}

/** A bare `${…}` (not called). */
const NO_ARGS: Expr[] = [];

const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
const arityText = (lo: number, hi: number) =>
  hi === Infinity ? `at least ${plural(lo)}` : lo === hi ? plural(lo) : hi === lo + 1 ? `${lo} or ${plural(hi)}` : `${lo} to ${plural(hi)}`;

/** Integers are exact; decimals and exponent notation are the nearest double (SPEC §3). */
function numberNode(text: string): ir.Node {
  if (/^\d+$/.test(text)) return ir.num(Q.fromIntegerText(text));
  return ir.float(Number(text));
}
