/**
 * Recursive-descent parser with precedence climbing over the operator table in tokens.ts.
 *
 * Input: a literal's text. Output: a `Literal` syntax tree with spans. The parser knows nothing of
 * functions or constants; names are resolved when lowering to IR.
 */
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import type { Expr, Ident, Literal } from './ast.js';
import { tokenize } from './lexer.js';
import { BINARY_OPERATORS, UNARY_PRECEDENCE, type Token } from './tokens.js';

export function parseLiteral(text: string): Literal {
  return new Parser(text).literal();
}

/** Parses a bare expression (no parameter list); used by tests and the compiler API. */
export function parseExpression(text: string): Expr {
  const parser = new Parser(text);
  const expr = parser.expression(0);
  parser.expectEnd();
  return expr;
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'end of literal';
  if (token.kind === 'number') return `number ${token.value}`;
  if (token.kind === 'ident') return `name '${token.value}'`;
  return `'${token.value}'`;
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  private get token(): Token {
    return this.tokens[this.pos];
  }

  private isPunct(value: string): boolean {
    return this.token.kind === 'punct' && this.token.value === value;
  }

  private fail(expected: string): never {
    const token = this.token;
    if (token.kind === 'eof') throw new CompileError([diagnostics.unexpectedEnd(expected, token.span)]);
    throw new CompileError([diagnostics.unexpectedToken(describe(token), expected, token.span)]);
  }

  private expectPunct(value: string): Token {
    if (!this.isPunct(value)) this.fail(`'${value}'`);
    return this.tokens[this.pos++];
  }

  expectEnd(): void {
    if (this.token.kind !== 'eof') this.fail('an operator or end of literal');
  }

  literal(): Literal {
    const start = this.token.span.start;
    const params: Ident[] = [];
    if (this.token.kind === 'ident' && this.tokens[this.pos + 1]?.value === '=>') {
      params.push(this.ident());
    } else {
      if (!this.isPunct('(')) throw new CompileError([diagnostics.notAnArrow(this.token.span)]);
      this.pos++;
      if (!this.isPunct(')')) {
        for (;;) {
          params.push(this.ident());
          if (this.isPunct(')')) break;
          if (!this.isPunct(',')) this.fail("',' or ')'");
          this.pos++;
        }
      }
      this.pos++;
    }
    if (!this.isPunct('=>')) throw new CompileError([diagnostics.notAnArrow(this.token.span)]);
    this.pos++;
    const body = this.expression(0);
    this.expectEnd();
    return { params, body, span: { start, end: body.span.end } };
  }

  private ident(): Ident {
    const token = this.token;
    if (token.kind !== 'ident') this.fail('a parameter name');
    this.pos++;
    return { kind: 'ident', name: token.value, span: token.span };
  }

  /** Parses an expression whose binary operators all bind tighter than `minPrecedence`. */
  expression(minPrecedence: number): Expr {
    let left = this.unary();
    for (;;) {
      const token = this.token;
      const info = token.kind === 'punct' ? BINARY_OPERATORS[token.value] : undefined;
      if (!info || info.precedence <= minPrecedence) return left;
      this.pos++;
      // Power's right operand may start with a unary sign: `2**-y`.
      const right =
        info.op === '^' ? this.powerOperand() : this.expression(info.rightAssoc ? info.precedence - 1 : info.precedence);
      left = { kind: 'binary', op: info.op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
  }

  private powerOperand(): Expr {
    if (this.isPunct('-') || this.isPunct('+')) return this.unary();
    return this.expression(BINARY_OPERATORS['^'].precedence - 1);
  }

  private unary(): Expr {
    if (this.isPunct('-') || this.isPunct('+')) {
      const opToken = this.tokens[this.pos++];
      const arg = this.expression(UNARY_PRECEDENCE);
      return { kind: 'unary', op: opToken.value as '-' | '+', arg, span: { start: opToken.span.start, end: arg.span.end } };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.token;
    if (token.kind === 'number') {
      this.pos++;
      return { kind: 'number', text: token.value, span: token.span };
    }
    if (token.kind === 'ident') {
      const callee = this.ident();
      if (!this.isPunct('(')) return callee;
      this.pos++;
      const args: Expr[] = [];
      if (!this.isPunct(')')) {
        for (;;) {
          args.push(this.expression(0));
          if (this.isPunct(')')) break;
          if (!this.isPunct(',')) this.fail("',' or ')'");
          this.pos++;
        }
      }
      const close = this.tokens[this.pos++];
      return { kind: 'call', callee, args, span: { start: callee.span.start, end: close.span.end } };
    }
    if (this.isPunct('(')) {
      this.pos++;
      const inner = this.expression(0);
      this.expectPunct(')');
      return inner;
    }
    this.fail('an expression');
  }
}
