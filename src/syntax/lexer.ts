/**
 * Splits a literal's text into tokens. Whitespace (including newlines) separates tokens and is
 * otherwise ignored. Never throws an unstructured exception: bad input becomes a CompileError.
 */
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import { PUNCTUATORS, type Token } from './tokens.js';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => /[A-Za-z_$\u00C0-\uFFFF]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u00C0-\uFFFF]/.test(c);

/** Matches integers, decimals (`.5`, `5.`, `1.25`) and exponent notation (`1e-3`). */
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      const match = NUMBER.exec(text.slice(i));
      const value = match![0];
      const end = i + value.length;
      // `1e` or `2x` glued to a number is a typo, not an implicit product.
      if (end < text.length && isIdentPart(text[end])) {
        let bad = end;
        while (bad < text.length && isIdentPart(text[bad])) bad++;
        throw new CompileError([diagnostics.malformedNumber(text.slice(i, bad), { start: i, end: bad })]);
      }
      tokens.push({ kind: 'number', value, span: { start: i, end } });
      i = end;
      continue;
    }
    if (isIdentStart(c)) {
      let end = i + 1;
      while (end < text.length && isIdentPart(text[end])) end++;
      tokens.push({ kind: 'ident', value: text.slice(i, end), span: { start: i, end } });
      i = end;
      continue;
    }
    const punct = PUNCTUATORS.find((p) => text.startsWith(p, i));
    if (punct) {
      tokens.push({ kind: 'punct', value: punct, span: { start: i, end: i + punct.length } });
      i += punct.length;
      continue;
    }
    throw new CompileError([diagnostics.unexpectedCharacter(c, { start: i, end: i + 1 })]);
  }
  tokens.push({ kind: 'eof', value: '', span: { start: text.length, end: text.length } });
  return tokens;
}
