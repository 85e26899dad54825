/**
 * The whole literal language (SPEC §3): operators and precedence, conditions, Piecewise, local
 * definitions and functions, several outputs, SymPy spellings, special forms, type errors.
 * Values are checked by running the generated JS kernel against Math-based references.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { expectError, expectIR, loadJsKernel } from './helpers.js';
import { FUNCTIONS } from '../src/functions/table.js';
import { sexpr } from '../src/ir/sexpr.js';

/** Evaluates a literal's JS kernel at one point; returns every output. */
async function evaluate(literal: string, ...args: number[]): Promise<number[]> {
  const k = compileLiteral(literal);
  const js = await loadJsKernel(k.js);
  const outs = k.program.outputs.map(() => new Float64Array(1));
  js(1, ...args, ...outs);
  return outs.map((o) => o[0]);
}

async function expectValue(literal: string, args: number[], expected: number | number[]) {
  const got = await evaluate(literal, ...args);
  const want = Array.isArray(expected) ? expected : [expected];
  got.forEach((g, i) => {
    if (Number.isNaN(want[i])) assert.ok(Number.isNaN(g), `${literal} at ${args}: got ${g}, want NaN`);
    else if (!Number.isFinite(want[i])) assert.equal(g, want[i], `${literal} at ${args}`);
    else assert.ok(Math.abs(g - want[i]) <= 1e-15 * Math.max(1, Math.abs(want[i])), `${literal} at ${args}: got ${g}, want ${want[i]}`);
  });
}

test('comparisons, logic (both spellings) and the ternary', async () => {
  await expectValue('(x) => x > 0 ? 1 : 2', [3], 1);
  await expectValue('(x) => x > 0 ? 1 : 2', [-3], 2);
  await expectValue('(x) => x >= 1 && x <= 2 ? 1 : 0', [1], 1);
  await expectValue('(x) => (x >= 1) & (x <= 2) ? 1 : 0', [2.5], 0);
  await expectValue('(x) => x < 0 || x > 1 ? 1 : 0', [0.5], 0);
  await expectValue('(x) => (x < 0) | (x > 1) ? 1 : 0', [-1], 1);
  await expectValue('(x) => !(x == 1) ? 5 : 6', [1], 6);
  await expectValue('(x) => ~(x != 1) ? 5 : 6', [1], 5);
  await expectValue('(x, y) => x < y < 3 ? 1 : 0', [1, 2], 1); // chained: x < y and y < 3
  await expectValue('(x, y) => x < y < 3 ? 1 : 0', [1, 4], 0);
  await expectValue('(x) => x < 0 ? -1 : x > 0 ? 1 : 0', [0], 0); // right-associative
  await expectValue('(x) => x > 0 ? 1 : 0', [NaN], 0); // IEEE: comparisons with NaN are false
});

test('Piecewise: first true branch, NaN when none holds, SymPy spellings of conditions', async () => {
  const pw = '(x, y) => Piecewise((x, (x > 0) & (y < 1)), (y, Eq(x, y) | Ne(y, 2)), (0, True))';
  await expectValue(pw, [1, 0], 1);
  await expectValue(pw, [-1, 3], 3);
  await expectValue(pw, [-1, 2], 0);
  await expectValue('(x) => Piecewise((1, x > 0), (2, x < 0))', [0], NaN);
  await expectValue('(x) => Piecewise((1, And(x > 0, x < 1, True)), (2, Or(x < -5, Not(x < 5))))', [7], 2);
  expectIR('(x) => Piecewise((1, False), (x, True))', 'x');
});

test('Heaviside(0) = 1/2, Heaviside(x, h0); sign; Mod floors, fmod truncates', async () => {
  await expectValue('(x) => Heaviside(x)', [0], 0.5);
  await expectValue('(x) => Heaviside(x)', [-2], 0);
  await expectValue('(x) => Heaviside(x, 1)', [0], 1);
  await expectValue('(x) => Heaviside(x)', [NaN], NaN);
  await expectValue('(x, y) => Mod(x, y)', [-7, 3], 2);
  await expectValue('(x, y) => x % y', [7, -3], -2);
  await expectValue('(x, y) => fmod(x, y)', [-7, 3], -1);
  await expectValue('(x) => sign(x)', [-0.2], -1);
});

test('postfix factorial, Min/Max n-ary, clamp, abs spellings', async () => {
  expectIR('(n) => n!', '(factorial n)');
  expectIR('(n) => 2^n!', '(^ 2 (factorial n))');
  expectIR('(n) => -n!', '(* -1 (factorial n))');
  await expectValue('(x) => Max(x, 1, 2) + Min(x, -1) + min(x, 3) + max(1, x)', [5], 5 - 1 + 3 + 5);
  await expectValue('(x) => Max(x, 1)', [NaN], NaN);
  await expectValue('(x) => clamp(x, 0, 1)', [2], 1);
  await expectValue('(x) => Abs(x) + abs(x)', [-2], 4);
});

test('SymPy trig spellings and constants', async () => {
  const x = 0.7;
  await expectValue('(x) => sec(x) + csc(x) + cot(x)', [x], 1 / Math.cos(x) + 1 / Math.sin(x) + Math.cos(x) / Math.sin(x));
  await expectValue('(x) => asec(x) + acsc(x) + acot(x)', [2], Math.acos(0.5) + Math.asin(0.5) + Math.atan(0.5));
  await expectValue('(x) => sech(x) + csch(x) + coth(x)', [x], 1 / Math.cosh(x) + 1 / Math.sinh(x) + Math.cosh(x) / Math.sinh(x));
  await expectValue('() => E + e + pi', [], 2 * Math.E + Math.PI);
  await expectValue('(x) => x < oo ? 1 : 0', [1e308], 1);
  await expectValue('(x) => x + nan', [1], NaN);
  await expectValue('(x) => -oo < x ? inf : 0', [1], Infinity);
  await expectValue('(x) => log(x, 2) + ceiling(x) + ln(x)', [8], 3 + 8 + Math.log(8));
});

test('Rational and Float: exact vs double', async () => {
  expectIR('(x) => x + Rational(1, 3) - 1/3', 'x');
  expectIR("(x) => Float('0.1') * x", '(* 0.1f x)');
  expectIR('(x) => Float(1) + x', '(+ 1f x)');
  expectIR("(x) => Float('1e-3', 15) + x", '(+ 0.001f x)');
  expectIR('(x) => Integer(3) * x', '(* 3 x)');
  expectError("(x) => Float('abc')", 'SK0004', 13);
  expectError("(x) => x + 'a'", 'SK0112', 11, /only allowed as the argument of Float/);
});

test('local definitions and local functions, separated by ; or line breaks', async () => {
  await expectValue('(x, y) => r = hypot(x, y); exp(-r)/r', [3, 4], Math.exp(-5) / 5);
  await expectValue('(x) => f(t) = t^2 + 1\n  g(a, b) = f(a) * b\n  g(x, 2) + f(1)', [3], 22);
  await expectValue('(x) => a = x + 1\n b = a * 2\n a + b\n  - 1', [1], 2 + 4 - 1); // a line starting with an operator continues
  await expectValue('(x) => a = x\n(a + 1)^2', [2], 9); // `(` on a new line is not a call
  expectError('(x) => r = x; r = 2; r', 'SK0109', 14);
  expectError('(x) => x = 2; x', 'SK0109', 7);
  expectError('(x) => f(t) = t; f(1, 2)', 'SK0103', 17);
  expectError('(x) => r = x r', 'SK0002', 13, /';' or a line break/);
});

test('a parameter or a local shadows constants and functions, also keywords as names', async () => {
  await expectValue('(e, pi) => e + pi', [1, 2], 3);
  await expectValue('(x) => exp = x + 1; exp * 2', [1], 4);
  await expectValue('(lambda, var, int) => lambda + var * int', [1, 2, 3], 7);
  expectError('(exp) => exp(1)', 'SK0105', 9);
});

test('several outputs: a tuple or named, sharing subexpressions', async () => {
  await expectValue('(x) => [sin(x)^2, cos(x) * sin(x), 1]', [0.5], [Math.sin(0.5) ** 2, Math.cos(0.5) * Math.sin(0.5), 1]);
  await expectValue('(x) => {a: x + 1, b: (x + 1)^2}', [2], [3, 9]);
  const k = compileLiteral('(x) => {a: x + 1, b: (x + 1)^2}');
  assert.equal(k.shape, 'named');
  assert.deepEqual(k.outputNames, ['a', 'b']);
  assert.equal(k.js.match(/1 \+ x0/g)?.length, 1, 'x + 1 is computed once for both outputs');
  expectError('(x) => {a: 1, a: 2}', 'SK0109', 14);
});

test('hyper([…], […], z) picks 0F1, 1F1 or 2F1', () => {
  for (const [literal, fn] of [
    ['(z) => hyper([], [2], z)', 'hyp0f1'],
    ['(z) => hyper([1], [2], z)', 'hyp1f1'],
    ['(z) => hyper([1/2, 1], [3/2], z)', 'hyp2f1'],
    // SymPy prints the parameter lists as tuples: () and (b,)
    ['(z) => hyper((), (2,), z)', 'hyp0f1'],
    ['(z) => hyper((1,), (2,), z)', 'hyp1f1'],
    ['(z) => hyper((1/2, 1), (3/2,), z)', 'hyp2f1'],
  ]) {
    if (FUNCTIONS.has(fn)) assert.match(compileLiteral(literal).canonical.map(sexpr).join(), new RegExp(`^\\(${fn} `));
    else expectError(literal, 'SK0102', 7, new RegExp(`'${fn}'`));
  }
  expectError('(z) => hyper([1, 2, 3], [4], z)', 'SK0112', 7, /not supported/);
  expectError('(z) => hyper(1, [4], z)', 'SK0112', 13);
  expectError('(z) => ()', 'SK0112', 7);
});

test('type errors: a condition as a number, a number as a condition', () => {
  expectError('(x) => (x > 0) * 2', 'SK0107', 8);
  expectError('(x) => x ? 1 : 0', 'SK0108', 7);
  expectError('(x) => Piecewise((1, x))', 'SK0108', 21);
  expectError('(x) => x > 0', 'SK0107', 7);
  expectError('(x) => And(x, 1 > 0) ? 1 : 0', 'SK0108', 11);
  expectError('(x) => sin(x > 0)', 'SK0107', 11);
});

test('unused parameters are a warning, not an error', () => {
  const k = compileLiteral('(x, y, z) => 2*x + diff(z^2, z)');
  assert.deepEqual(k.warnings.map((w) => [w.code, w.span.start, w.severity]), [['SK0110', 4, 'warning']]);
});

test('every diagnostic of a literal is reported at once', () => {
  try {
    compileLiteral('(x) => foo(x) + bar + sin(x, x)');
    assert.fail('expected errors');
  } catch (error) {
    assert.deepEqual((error as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code), ['SK0102']);
  }
});
