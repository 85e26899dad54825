/** The literal language's surface: precedence, numbers, spans, and syntax errors with positions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLiteral } from '../src/syntax/parser.js';
import { tokenize } from '../src/syntax/lexer.js';
import { expectError, expectIR } from './helpers.js';

test('power binds tighter than unary minus, and is right-associative', () => {
  expectIR('(x) => -x**2', '(* -1 (^ x 2))');
  expectIR('(x) => -x^2', '(* -1 (^ x 2))');
  expectIR('(x, y, z) => x^y^z', '(^ x (^ y z))');
  expectIR('(y) => 2**-y', '(^ 2 (* -1 y))');
  expectIR('(x) => (-x)^2', '(^ x 2)');
});

test('`^` and `**` are one operator', () => {
  expectIR('(x, y) => x**y + 1', '(+ 1 (^ x y))');
  expectIR('(x, y) => x^y + 1', '(+ 1 (^ x y))');
});

test('left associativity of - and /', () => {
  expectIR('(a, b, c) => a - b - c', '(+ a (* -1 b) (* -1 c))');
  expectIR('(a, b, c) => a / b / c', '(* a (^ b -1) (^ c -1))');
});

test('numbers: integers exact, decimals in every spelling', () => {
  const values = tokenize('1 2.5 .5 5. 1e-3 2E+2 1.5e3').filter((t) => t.kind === 'number').map((t) => t.value);
  assert.deepEqual(values, ['1', '2.5', '.5', '5.', '1e-3', '2E+2', '1.5e3']);
  expectIR('(x) => x + .5', '(+ 0.5f x)');
  expectIR('(x) => x * 5.', '(* 5f x)');
  expectIR('(x) => x + 1/3', '(+ 1/3 x)');
});

test('single parameter without parentheses, and no parameters', () => {
  expectIR('x => x + 1', '(+ 1 x)');
  expectIR('() => 2 + 3', '5');
});

test('spans point into the literal text', () => {
  const literal = parseLiteral('(x, y) => sin(x) * y');
  assert.deepEqual(literal.params.map((p) => p.span), [{ start: 1, end: 2 }, { start: 4, end: 5 }]);
  assert.equal(literal.body.kind, 'single');
  assert.equal(literal.body.kind === 'single' && literal.body.expr.kind, 'binary');
  assert.deepEqual(literal.body.kind === 'single' && literal.body.expr.span, { start: 10, end: 20 });
});

test('syntax errors carry a code and the offending position', () => {
  expectError('(x) => x +', 'SK0003', 10, /end of literal/);
  expectError('(x) => x + * 2', 'SK0002', 11, /Unexpected '\*'/);
  expectError('(x) => x # 2', 'SK0001', 9, /"#"/);
  expectError('(x) => 2x', 'SK0004', 7, /"2x"/);
  expectError('x + 1', 'SK0005', 0);
  expectError('(x) => (x + 1', 'SK0003', 13, /'\)'/);
  expectError('(x) => sin(x, ', 'SK0003', 14);
  expectError('(x y) => x', 'SK0002', 3);
});

test('name errors: unknown names and functions suggest the closest known one', () => {
  expectError('(x) => exq(x)', 'SK0102', 7, /did you mean 'exp'/);
  expectError('(sigma) => sigam + 1', 'SK0101', 11, /did you mean 'sigma'/);
  expectError('(x) => x + zzz', 'SK0101', 11, /Unknown name 'zzz'$/);
  expectError('(x) => sin(x, x)', 'SK0103', 7, /takes 1 argument, got 2/);
  expectError('(x, x) => x', 'SK0104', 4);
  expectError('(x) => x(2)', 'SK0105', 7);
  expectError('(x) => exp + x', 'SK0105', 7);
});

test('parameters shadow constants', () => {
  expectIR('(e) => e + 1', '(+ 1 e)');
  expectIR('(x) => e + x', '(+ e x)');
  expectIR('(pi) => pi * 2', '(* 2 pi)');
});
