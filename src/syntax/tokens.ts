/**
 * Token kinds and the operator table. Precedence and associativity are facts, kept here as data
 * (acorn's binop table): the parser reads them, it does not encode them in branches.
 *
 * Precedence follows Python/SymPy for arithmetic: `-x**2` is `-(x**2)`, power is
 * right-associative and binds tighter than unary minus on its left but accepts a unary operand on
 * its right (`2**-y`). Logic sits below comparisons (SymPy prints `(x > 0) & (y < 1)` with
 * parentheses, JS's `&&` binds below `<` too). Postfix `!` binds tightest: `2^n!` is `2^(n!)`.
 */
import type { BinaryOp, Span } from './ast.js';

export type TokenKind = 'number' | 'ident' | 'string' | 'punct' | 'hole' | 'eof';

export interface Token {
  kind: TokenKind;
  /** For punct: the operator text, e.g. `**`; for ident/number: the text; for string: the contents; for hole: its index. */
  value: string;
  span: Span;
  /** A line break separates this token from the previous one. */
  newlineBefore: boolean;
}

/** Punctuators, longest first so that the lexer can match greedily. */
export const PUNCTUATORS = [
  '**', '=>', '<=', '>=', '==', '!=', '&&', '||',
  '(', ')', '[', ']', '{', '}', ',', ';', ':', '?',
  '+', '-', '*', '/', '%', '^', '<', '>', '=', '!', '~', '&', '|',
] as const;

export interface BinaryInfo {
  op: BinaryOp;
  precedence: number;
  rightAssoc: boolean;
}

export const PRECEDENCE = {
  ternary: 1,
  or: 2,
  and: 3,
  not: 4,
  comparison: 5,
  sum: 6,
  product: 7,
  unary: 8,
  power: 9,
} as const;

/** Infix operators. Higher binds tighter. */
export const BINARY_OPERATORS: Readonly<Record<string, BinaryInfo>> = {
  '||': { op: 'or', precedence: PRECEDENCE.or, rightAssoc: false },
  '|': { op: 'or', precedence: PRECEDENCE.or, rightAssoc: false },
  '&&': { op: 'and', precedence: PRECEDENCE.and, rightAssoc: false },
  '&': { op: 'and', precedence: PRECEDENCE.and, rightAssoc: false },
  '<': { op: '<', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '<=': { op: '<=', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '>': { op: '>', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '>=': { op: '>=', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '==': { op: '==', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '!=': { op: '!=', precedence: PRECEDENCE.comparison, rightAssoc: false },
  '+': { op: '+', precedence: PRECEDENCE.sum, rightAssoc: false },
  '-': { op: '-', precedence: PRECEDENCE.sum, rightAssoc: false },
  '*': { op: '*', precedence: PRECEDENCE.product, rightAssoc: false },
  '/': { op: '/', precedence: PRECEDENCE.product, rightAssoc: false },
  '%': { op: '%', precedence: PRECEDENCE.product, rightAssoc: false },
  '^': { op: '^', precedence: PRECEDENCE.power, rightAssoc: true },
  '**': { op: '^', precedence: PRECEDENCE.power, rightAssoc: true },
};

export const isComparison = (op: BinaryOp) => op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=';
