/**
 * Every diagnostic symkernel can report, in one table, sorted by code.
 *
 * A diagnostic is data: `{ code, message, span }`. The span is an offset range inside the literal's
 * text; `located()` maps it back to the user's file. Factories live here so that the wording of a
 * message is decided in one place and the error catalogue (docs/errors.md) can be generated from
 * this table.
 */
import type { Span } from '../syntax/ast.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Offsets into the literal text (the template's raw text, `${}` holes included). */
  span: Span;
}

export const CODES = {
  SK0001: 'unexpected character',
  SK0002: 'unexpected token',
  SK0003: 'unexpected end of literal',
  SK0004: 'malformed number',
  SK0005: 'literal must be an arrow `(params) => body`',
  SK0007: 'unterminated string',
  SK0101: 'unknown name',
  SK0102: 'unknown function',
  SK0103: 'wrong number of arguments',
  SK0104: 'parameter declared twice',
  SK0105: 'not callable',
  SK0106: 'too many parameters',
  SK0107: 'condition used as a number',
  SK0108: 'number used as a condition',
  SK0109: 'name defined twice',
  SK0110: 'unused parameter',
  SK0111: 'cannot differentiate',
  SK0112: 'malformed special form',
  SK0113: 'error inside an inlined definition',
  SK0114: 'bad interpolation',
  SK0115: 'declared signature does not match',
} as const;

export type Code = keyof typeof CODES;

function diag(code: Code, message: string, span: Span, severity: Severity = 'error'): Diagnostic {
  return { code, severity, message, span };
}

export const diagnostics = {
  unexpectedCharacter: (ch: string, span: Span) =>
    diag('SK0001', `Unexpected character ${JSON.stringify(ch)}`, span),
  unexpectedToken: (found: string, expected: string, span: Span) =>
    diag('SK0002', `Unexpected ${found}, expected ${expected}`, span),
  unexpectedEnd: (expected: string, span: Span) =>
    diag('SK0003', `Unexpected end of literal, expected ${expected}`, span),
  malformedNumber: (text: string, span: Span) => diag('SK0004', `Malformed number ${JSON.stringify(text)}`, span),
  notAnArrow: (span: Span) =>
    diag('SK0005', 'A sym literal must be an arrow function: `(p1, p2, …) => expression`', span),
  unterminatedString: (span: Span) => diag('SK0007', 'Unterminated string', span),
  unknownName: (name: string, suggestion: string | undefined, span: Span) =>
    diag('SK0101', `Unknown name '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`, span),
  unknownFunction: (name: string, suggestion: string | undefined, span: Span) =>
    diag('SK0102', `Unknown function '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`, span),
  wrongArity: (name: string, expected: string, got: number, span: Span) =>
    diag('SK0103', `'${name}' takes ${expected}, got ${got}`, span),
  duplicateParameter: (name: string, span: Span) => diag('SK0104', `Parameter '${name}' is declared twice`, span),
  notCallable: (name: string, span: Span) => diag('SK0105', `'${name}' is not a function`, span),
  tooManyParameters: (max: number, span: Span) => diag('SK0106', `A kernel takes at most ${max} parameters`, span),
  conditionAsNumber: (span: Span) =>
    diag('SK0107', 'A condition (comparison or logic) is used where a number is needed; use `c ? a : b` or Piecewise', span),
  numberAsCondition: (span: Span) =>
    diag('SK0108', 'A number is used where a condition is needed; compare it, e.g. `x != 0`', span),
  definedTwice: (name: string, span: Span) => diag('SK0109', `'${name}' is already defined in this literal`, span),
  unusedParameter: (name: string, span: Span) => diag('SK0110', `Parameter '${name}' is never used`, span, 'warning'),
  cannotDifferentiate: (what: string, span: Span) => diag('SK0111', `Cannot differentiate ${what}`, span),
  malformedForm: (message: string, span: Span) => diag('SK0112', message, span),
  insideDefinition: (name: string, message: string, span: Span) => diag('SK0113', `In '${name}': ${message}`, span),
  badInterpolation: (message: string, span: Span) => diag('SK0114', message, span),
  signatureMismatch: (message: string, span: Span) => diag('SK0115', message, span),
};

/** Thrown by the compiler stages; carries structured diagnostics, never a bare message. */
export class CompileError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    this.name = 'CompileError';
    this.diagnostics = diagnostics;
  }
}
