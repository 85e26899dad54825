/**
 * Splits a literal's text into tokens. Whitespace separates tokens; a line break is remembered on
 * the next token (`newlineBefore`), because a line break can end a local definition.
 * `${…}` holes (given by their spans) become single `hole` tokens.
 * Never throws an unstructured exception: bad input becomes a CompileError.
 */
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import type { Span } from './ast.js';
import { PUNCTUATORS, type Token } from './tokens.js';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => /[A-Za-z_$\u00C0-\uFFFF]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u00C0-\uFFFF]/.test(c);

/** Matches integers, decimals (`.5`, `5.`, `1.25`) and exponent notation (`1e-3`). */
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

export function tokenize(text: string, holes: readonly Span[] = []): Token[] {
  const tokens: Token[] = [];
  let newlineBefore = false;
  let i = 0;
  const push = (kind: Token['kind'], value: string, start: number, end: number) => {
    tokens.push({ kind, value, span: { start, end }, newlineBefore });
    newlineBefore = false;
    i = end;
  };
  while (i < text.length) {
    const c = text[i];
    const hole = holes.findIndex((h) => h.start === i);
    if (hole !== -1) {
      push('hole', String(hole), i, holes[hole].end);
      continue;
    }
    if (c === '\n') newlineBefore = true;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      const value = NUMBER.exec(text.slice(i))![0];
      const end = i + value.length;
      // `1e` or `2x` glued to a number is a typo, not an implicit product.
      if (end < text.length && isIdentPart(text[end])) {
        let bad = end;
        while (bad < text.length && isIdentPart(text[bad])) bad++;
        throw new CompileError([diagnostics.malformedNumber(text.slice(i, bad), { start: i, end: bad })]);
      }
      push('number', value, i, end);
      continue;
    }
    if (isIdentStart(c)) {
      let end = i + 1;
      while (end < text.length && isIdentPart(text[end])) end++;
      push('ident', text.slice(i, end), i, end);
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close === -1 || text.slice(i + 1, close).includes('\n')) {
        throw new CompileError([diagnostics.unterminatedString({ start: i, end: i + 1 })]);
      }
      push('string', text.slice(i + 1, close), i, close + 1);
      continue;
    }
    const punct = PUNCTUATORS.find((p) => text.startsWith(p, i));
    if (punct) {
      push('punct', punct, i, i + punct.length);
      continue;
    }
    throw new CompileError([diagnostics.unexpectedCharacter(c, { start: i, end: i + 1 })]);
  }
  tokens.push({ kind: 'eof', value: '', span: { start: text.length, end: text.length }, newlineBefore });
  return tokens;
}
