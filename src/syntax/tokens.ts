/**
 * Token kinds and the operator table. Precedence and associativity are facts, kept here as data
 * (acorn's binop table): the parser reads them, it does not encode them in branches.
 *
 * Precedence follows Python/SymPy: `-x**2` is `-(x**2)`, power is right-associative and binds
 * tighter than unary minus on its left but accepts a unary operand on its right (`2**-y`).
 */
import type { BinaryOp, Span } from './ast.js';

export type TokenKind = 'number' | 'ident' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** For punct: the operator text, e.g. `**`; for ident/number: the text. */
  value: string;
  span: Span;
}

/** Punctuators, longest first so that the lexer can match greedily. */
export const PUNCTUATORS = ['**', '=>', '(', ')', ',', '+', '-', '*', '/', '^'] as const;

export interface BinaryInfo {
  op: BinaryOp;
  precedence: number;
  rightAssoc: boolean;
}

/** Infix operators. Higher binds tighter. Unary minus sits at UNARY_PRECEDENCE. */
export const BINARY_OPERATORS: Readonly<Record<string, BinaryInfo>> = {
  '+': { op: '+', precedence: 10, rightAssoc: false },
  '-': { op: '-', precedence: 10, rightAssoc: false },
  '*': { op: '*', precedence: 20, rightAssoc: false },
  '/': { op: '/', precedence: 20, rightAssoc: false },
  '^': { op: '^', precedence: 40, rightAssoc: true },
  '**': { op: '^', precedence: 40, rightAssoc: true },
};

export const UNARY_PRECEDENCE = 30;
