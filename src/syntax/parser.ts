/**
 * Recursive-descent parser with precedence climbing over the operator table in tokens.ts.
 *
 * Input: a literal's text (and the spans of its `${…}` holes). Output: a `Literal` syntax tree
 * with spans. The parser knows nothing of functions or constants; names are resolved when
 * lowering to IR.
 *
 * Statements: local definitions (`r = …`, `f(t) = …`) end at `;` or at a line break followed by
 * something that cannot continue the expression (a line that starts with a binary operator
 * continues the previous one). A call's `(` must be on the callee's line, so a definition followed
 * by a line starting with `(` is two statements.
 */
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import type { Body, Definition, Expr, Ident, Literal, Span } from './ast.js';
import { tokenize } from './lexer.js';
import { BINARY_OPERATORS, isComparison, PRECEDENCE, type Token } from './tokens.js';

export function parseLiteral(text: string, holes: readonly Span[] = []): Literal {
  return new Parser(text, holes).literal();
}

/** Parses a bare expression (no parameter list); used by tests and the compiler API. */
export function parseExpression(text: string): Expr {
  const parser = new Parser(text, []);
  const expr = parser.expression(0);
  parser.expectEnd();
  return expr;
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'end of literal';
  if (token.kind === 'number') return `number ${token.value}`;
  if (token.kind === 'ident') return `name '${token.value}'`;
  if (token.kind === 'string') return `string '${token.value}'`;
  if (token.kind === 'hole') return '${…}';
  return `'${token.value}'`;
}

const span = (a: { span: Span }, b: { span: Span }): Span => ({ start: a.span.start, end: b.span.end });

class Parser {
  private readonly tokens: Token[];
  private pos = 0;

  constructor(text: string, holes: readonly Span[]) {
    this.tokens = tokenize(text, holes);
  }

  private get token(): Token {
    return this.tokens[this.pos];
  }

  private peek(offset: number): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  private isPunct(value: string, token = this.token): boolean {
    return token.kind === 'punct' && token.value === value;
  }

  private fail(expected: string): never {
    const token = this.token;
    if (token.kind === 'eof') throw new CompileError([diagnostics.unexpectedEnd(expected, token.span)]);
    throw new CompileError([diagnostics.unexpectedToken(describe(token), expected, token.span)]);
  }

  private expectPunct(value: string, expected = `'${value}'`): Token {
    if (!this.isPunct(value)) this.fail(expected);
    return this.tokens[this.pos++];
  }

  expectEnd(): void {
    if (this.token.kind !== 'eof') this.fail('an operator or end of literal');
  }

  // -------------------------------------------------------------------------------------------
  // Literal and statements

  literal(): Literal {
    const start = this.token.span.start;
    const params = this.parameters();
    const definitions: Definition[] = [];
    while (this.isDefinitionStart()) {
      definitions.push(this.definition());
      if (this.isPunct(';')) this.pos++;
      else if (!this.token.newlineBefore) this.fail("';' or a line break after a definition");
    }
    if (this.token.kind === 'eof') this.fail('an expression (the kernel body)');
    const body = this.body();
    if (this.isPunct(';')) this.pos++;
    this.expectEnd();
    const end = body.kind === 'single' ? body.expr.span.end : body.span.end;
    return { params, definitions, body, span: { start, end } };
  }

  /** `(a, b) =>`, `a =>` or `() =>`. */
  private parameters(): Ident[] {
    if (this.token.kind === 'ident' && this.isPunct('=>', this.peek(1))) {
      const p = this.ident('a parameter name');
      this.pos++;
      return [p];
    }
    if (!this.isPunct('(')) throw new CompileError([diagnostics.notAnArrow(this.token.span)]);
    const params = this.identList('a parameter name');
    if (!this.isPunct('=>')) throw new CompileError([diagnostics.notAnArrow(this.token.span)]);
    this.pos++;
    return params;
  }

  /** `( ident, … )`, positioned at `(`. */
  private identList(what: string): Ident[] {
    this.expectPunct('(');
    const list: Ident[] = [];
    if (!this.isPunct(')')) {
      for (;;) {
        list.push(this.ident(what));
        if (this.isPunct(')')) break;
        if (!this.isPunct(',')) this.fail("',' or ')'");
        this.pos++;
      }
    }
    this.pos++;
    return list;
  }

  /** `name =` or `name(a, b) =` ahead (`==` is a different token). */
  private isDefinitionStart(): boolean {
    if (this.token.kind !== 'ident') return false;
    if (this.isPunct('=', this.peek(1))) return true;
    if (!this.isPunct('(', this.peek(1))) return false;
    let i = 2;
    for (;;) {
      const t = this.peek(i);
      if (t.kind !== 'ident') return this.isPunct(')', t) && i === 2 && this.isPunct('=', this.peek(i + 1));
      const next = this.peek(i + 1);
      if (this.isPunct(')', next)) return this.isPunct('=', this.peek(i + 2));
      if (!this.isPunct(',', next)) return false;
      i += 2;
    }
  }

  private definition(): Definition {
    const name = this.ident('a name');
    const params = this.isPunct('(') ? this.identList('a parameter name') : undefined;
    this.expectPunct('=');
    const value = this.expression(0);
    return { name, params, value, span: span(name, value) };
  }

  private body(): Body {
    if (this.isPunct('[')) {
      const open = this.token;
      const items = this.sequence('[', ']');
      return { kind: 'tuple', items, span: { start: open.span.start, end: this.tokens[this.pos - 1].span.end } };
    }
    if (this.isPunct('{')) {
      const open = this.token;
      this.pos++;
      const entries: { name: Ident; value: Expr }[] = [];
      if (!this.isPunct('}')) {
        for (;;) {
          const name = this.ident('an output name');
          this.expectPunct(':');
          entries.push({ name, value: this.expression(0) });
          if (this.isPunct('}')) break;
          if (!this.isPunct(',')) this.fail("',' or '}'");
          this.pos++;
          if (this.isPunct('}')) break; // trailing comma
        }
      }
      const close = this.tokens[this.pos++];
      return { kind: 'named', entries, span: { start: open.span.start, end: close.span.end } };
    }
    return { kind: 'single', expr: this.expression(0) };
  }

  private ident(what: string): Ident {
    const token = this.token;
    if (token.kind !== 'ident') this.fail(what);
    this.pos++;
    return { kind: 'ident', name: token.value, span: token.span };
  }

  /** `open e, e, … close` with an optional trailing comma; positioned at `open`. */
  private sequence(open: string, close: string): Expr[] {
    this.expectPunct(open);
    const items: Expr[] = [];
    while (!this.isPunct(close)) {
      items.push(this.expression(0));
      if (this.isPunct(close)) break;
      if (!this.isPunct(',')) this.fail(`',' or '${close}'`);
      this.pos++;
    }
    this.pos++;
    return items;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** Parses an expression whose operators all bind tighter than `minPrecedence`. */
  expression(minPrecedence: number): Expr {
    let left = this.prefix(minPrecedence);
    let previousComparison: Expr | undefined;
    for (;;) {
      const token = this.token;
      if (this.isPunct('?') && PRECEDENCE.ternary > minPrecedence) {
        this.pos++;
        const then = this.expression(0);
        this.expectPunct(':', "':' (of a ternary `c ? a : b`)");
        const otherwise = this.expression(PRECEDENCE.ternary - 1);
        left = { kind: 'ternary', test: left, then, otherwise, span: span(left, otherwise) };
        continue;
      }
      const info = token.kind === 'punct' ? BINARY_OPERATORS[token.value] : undefined;
      if (!info || info.precedence <= minPrecedence) return left;
      this.pos++;
      // Power's right operand may start with a unary sign: `2**-y`.
      const right =
        info.op === '^' ? this.powerOperand() : this.expression(info.rightAssoc ? info.precedence - 1 : info.precedence);
      if (isComparison(info.op)) {
        // Python-style chains: a < b < c is a < b and b < c.
        const lhs = previousComparison ?? left;
        const comparison: Expr = { kind: 'binary', op: info.op, left: lhs, right, span: span(lhs, right) };
        left = previousComparison ? { kind: 'binary', op: 'and', left, right: comparison, span: span(left, right) } : comparison;
        previousComparison = right;
      } else {
        left = { kind: 'binary', op: info.op, left, right, span: span(left, right) };
        previousComparison = undefined;
      }
    }
  }

  private powerOperand(): Expr {
    if (this.isPunct('-') || this.isPunct('+')) return this.prefix(PRECEDENCE.power);
    return this.expression(PRECEDENCE.power - 1);
  }

  private prefix(minPrecedence: number): Expr {
    const token = this.token;
    if (this.isPunct('-') || this.isPunct('+')) {
      this.pos++;
      const arg = this.expression(Math.max(minPrecedence, PRECEDENCE.unary));
      return { kind: 'unary', op: token.value as '-' | '+', arg, span: span(token, arg) };
    }
    if (this.isPunct('!') || this.isPunct('~')) {
      this.pos++;
      const arg = this.expression(Math.max(minPrecedence, PRECEDENCE.not));
      return { kind: 'unary', op: 'not', arg, span: span(token, arg) };
    }
    return this.postfix();
  }

  private postfix(): Expr {
    let expr = this.primary();
    while (this.isPunct('!') && !this.token.newlineBefore) {
      const bang = this.tokens[this.pos++];
      expr = { kind: 'postfix', op: '!', arg: expr, span: span(expr, bang) };
    }
    return expr;
  }

  private primary(): Expr {
    const token = this.token;
    switch (token.kind) {
      case 'number':
        this.pos++;
        return { kind: 'number', text: token.value, span: token.span };
      case 'string':
        // Only meaningful inside Float('…'); resolve says so elsewhere.
        this.pos++;
        return { kind: 'string', value: token.value, span: token.span };
      case 'hole': {
        this.pos++;
        const hole = { kind: 'hole' as const, index: Number(token.value), span: token.span };
        return this.callAfter(hole);
      }
      case 'ident': {
        const callee = this.ident('a name');
        return this.callAfter(callee);
      }
      default:
        break;
    }
    if (this.isPunct('(')) {
      const open = this.tokens[this.pos];
      const items = this.sequence('(', ')');
      if (items.length === 1 && !this.isPunct(',', this.tokens[this.pos - 2])) return items[0];
      // `()` and `(a,)` are tuples, as SymPy prints hyper's parameter lists: hyper((), (b,), z).
      return { kind: 'list', items, paren: true, span: { start: open.span.start, end: this.tokens[this.pos - 1].span.end } };
    }
    if (this.isPunct('[')) {
      const open = this.tokens[this.pos];
      const items = this.sequence('[', ']');
      return { kind: 'list', items, paren: false, span: { start: open.span.start, end: this.tokens[this.pos - 1].span.end } };
    }
    this.fail('an expression');
  }

  /** `callee(args)` when `(` follows on the same line; otherwise the callee itself. */
  private callAfter(callee: Ident | Expr & { kind: 'hole' }): Expr {
    if (!this.isPunct('(') || this.token.newlineBefore) return callee;
    const args = this.sequence('(', ')');
    return { kind: 'call', callee, args, span: { start: callee.span.start, end: this.tokens[this.pos - 1].span.end } };
  }
}
