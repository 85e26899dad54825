/**
 * Fuzzing the front end: random and mutated literals must either compile or fail with a
 * CompileError carrying diagnostics whose spans lie inside the literal — never any other exception.
 * Bounded in time (FUZZ_SECONDS, default 20 s for the whole file) so CI stays fast.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileLiteral } from '../src/compile.js';
import { CompileError } from '../src/diagnostics/codes.js';
import { transform } from '../src/extract/transform.js';
import { SymkernelBuildError } from '../src/diagnostics/located.js';

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);

const SEEDS = [
  '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))',
  '(x, y) => Piecewise((x, (x > 0) & (y < 1)), (y, Eq(x, y) | Ne(y, 2)), (0, True))',
  '(x, y) => r = hypot(x, y); f(t) = t^2 + 1\n f(r) / r',
  '(x) => [sin(x)^2, cos(x)*sin(x)]',
  '(x) => {a: x + 1, b: (x + 1)^2}',
  '(x) => diff(sin(x)*x^3, x, 2)',
  "(x) => Heaviside(x, 1) + Max(x, 1, 2) + Mod(x, 3) + x % 2 + sec(x) + Float('0.1') + Rational(1, 3)",
  '(n, x) => n! + 2**-x + x < 0 ? -x : x',
  '(z) => hyper([1/2, 1], [3/2], -z^2) + normal_cdf(z, 0, 1) + log(z, 2)',
  '(x) => x > 0 && !(x == 1) || ~(x != 2) ? 1e-3 : .5 + 5.',
];

/** Tokens of the language (and some that are not), for random token soups. */
const TOKENS = [
  'x', 'y', 'n', 'pi', 'e', 'E', 'oo', 'nan', 'True', 'False', '1', '0', '2.5', '.5', '1e-3', '3/4',
  '+', '-', '*', '/', '^', '**', '%', '!', '~', '&', '|', '&&', '||', '<', '<=', '>', '>=', '==', '!=',
  '?', ':', '(', ')', '[', ']', '{', '}', ',', ';', '\n', '=', '=>', "'", '"', '#', '@', '\\', '$',
  'sin', 'exp', 'log', 'Piecewise', 'Float', 'Rational', 'diff', 'hyper', 'Heaviside', 'Max', 'f', 'a',
];

function check(text: string): void {
  try {
    compileLiteral(text);
  } catch (error) {
    if (!(error instanceof CompileError)) throw new Error(`unstructured ${String(error)} for ${JSON.stringify(text)}`);
    assert.ok(error.diagnostics.length > 0);
    for (const d of error.diagnostics) {
      assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end, `span ${JSON.stringify(d.span)} outside ${JSON.stringify(text)}`);
      assert.match(d.code, /^SK\d{4}$/);
    }
  }
}

const mutation = fc.record({
  seed: fc.constantFrom(...SEEDS),
  edits: fc.array(
    fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })) }),
    { minLength: 1, maxLength: 4 },
  ),
});

function mutate({ seed, edits }: { seed: string; edits: { at: number; remove: number; insert: string }[] }): string {
  let text = seed;
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
  }
  return text;
}

test('mutated literals: compile or a structured CompileError, never anything else', () => {
  fc.assert(fc.property(mutation, (m) => check(mutate(m))), { numRuns: 1_000_000, interruptAfterTimeLimit: (SECONDS * 1000) / 3, seed: 20261126 });
});

test('random token soups and random strings', () => {
  const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((ts) => `(x, y, n) => ${ts.join(' ')}`);
  fc.assert(fc.property(fc.oneof(soup, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), check), {
    numRuns: 1_000_000,
    interruptAfterTimeLimit: (SECONDS * 1000) / 3,
    seed: 7,
  });
});

test('host modules with mutated literals: transform returns or throws a located build error', () => {
  fc.assert(
    fc.property(mutation, (m) => {
      const literal = mutate(m).replace(/`/g, "'").replace(/\$\{/g, '$ {').replace(/\\/g, '/');
      const code = `import { sym } from 'symkernel';\nconst k = 2;\nexport const f = sym\`${literal}\`;\n`;
      try {
        transform(code, 'fuzz.ts');
      } catch (error) {
        if (!(error instanceof SymkernelBuildError)) throw new Error(`unstructured ${String(error)} for ${JSON.stringify(literal)}`);
        for (const d of error.diagnostics) assert.ok(d.loc.line >= 3, `location ${d.loc.line}:${d.loc.column} is inside the literal`);
      }
    }),
    { numRuns: 1_000_000, interruptAfterTimeLimit: (SECONDS * 1000) / 3, seed: 11 },
  );
});
