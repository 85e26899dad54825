/** Finding literals in host modules (real parser) and splicing replacements with source maps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMapConsumer } from './sourcemap.js';
import { transform } from '../src/extract/transform.js';
import { findLiterals } from '../src/extract/find.js';
import { SymkernelBuildError } from '../src/diagnostics/located.js';
import { sexpr } from '../src/ir/sexpr.js';

const literalsIn = (code: string, file = 'a.ts') => findLiterals(code, file).literals.map((l) => l.text);

test('finds sym imported from symkernel under any alias or namespace', () => {
  assert.deepEqual(literalsIn("import { sym } from 'symkernel';\nconst k = sym`(x) => x`;"), ['(x) => x']);
  assert.deepEqual(literalsIn("import { sym as s } from 'symkernel';\nconst k = s`(x) => 2*x`;"), ['(x) => 2*x']);
  assert.deepEqual(literalsIn("import * as sk from 'symkernel';\nconst k = sk.sym`(x) => x^2`;"), ['(x) => x^2']);
  assert.deepEqual(literalsIn("import symkernel, { sym } from 'symkernel';\nf(sym`(y) => y`);"), ['(y) => y']);
});

test('ignores sym from elsewhere, shadowed bindings and other tags', () => {
  assert.deepEqual(literalsIn("import { sym } from 'other';\nsym`(x) => x`; // symkernel"), []);
  assert.deepEqual(literalsIn("const sym = String.raw;\nsym`(x) => x`; // symkernel"), []);
  const shadowed = [
    "import { sym } from 'symkernel';",
    'function f(sym) { return sym`(a) => a`; }',
    'function g() { const sym = String.raw; return sym`(b) => b`; }',
    'function h() { if (1) { let sym = 1; } return sym`(c) => c`; }',
    'const k = ({ sym }) => sym`(d) => d`;',
    'try {} catch (sym) { sym`(e) => e`; }',
    'function v() { { var sym = 2; } return sym`(f) => f`; }',
    'for (const sym of []) sym`(g) => g`;',
    'export const ok = sym`(z) => z`;',
  ].join('\n');
  assert.deepEqual(literalsIn(shadowed), ['(c) => c', '(z) => z']);
  assert.deepEqual(literalsIn("import { sym } from 'symkernel';\nconst t = html`(x) => x`;"), []);
});

test('TS, TSX, JSX and JS sources all parse', () => {
  const ts = "import { sym } from 'symkernel';\nconst k: unknown = sym`(x) => x` as unknown;\ninterface A { b: number }";
  assert.deepEqual(literalsIn(ts, 'a.ts'), ['(x) => x']);
  const tsx = "import { sym } from 'symkernel';\nconst k = sym`(x) => x`;\nexport const C = (p: { n: number }) => <div>{p.n}</div>;";
  assert.deepEqual(literalsIn(tsx, 'a.tsx'), ['(x) => x']);
  const jsx = "import { sym } from 'symkernel';\nconst k = sym`(x) => x`;\nexport const C = () => <b>{1}</b>;";
  assert.deepEqual(literalsIn(jsx, 'a.jsx'), ['(x) => x']);
});

test('a module without literals is left unchanged', () => {
  assert.equal(transform('export const a = 1;', 'a.js'), undefined);
  assert.equal(transform("import { sym } from 'symkernel';\nexport { sym };", 'a.js'), undefined);
});

test('replacement: a runtime call with the JS kernel, no eval, imports added, dead import dropped', () => {
  const code = "import { sym } from 'symkernel';\nexport const k = sym`(x, y) => x*y + 1`;\nconsole.log(1);\n";
  const out = transform(code, '/p/a.js')!;
  assert.ok(out);
  assert.equal(out.kernels.length, 1);
  assert.match(out.code, /from "symkernel\/runtime"/);
  assert.match(out.code, /from "virtual:symkernel\/addon"/);
  assert.doesNotMatch(out.code, /from 'symkernel'/);
  assert.doesNotMatch(out.code, /\beval\b|new Function/);
  assert.match(out.code, /params: \["x","y"\]/);
  assert.equal(out.code.split('\n').length, code.split('\n').length, 'line count is preserved');
});

test('a dead import with type-only entries is dropped too (types are erased anyway)', () => {
  const code = "import { sym, type Kernel } from 'symkernel';\nexport const k: Kernel = sym`(x) => x + 1`;\n";
  assert.doesNotMatch(transform(code, '/p/a.ts')!.code, /from 'symkernel'/);
});

test('a declared signature sym<F> must match the literal: parameters, tuple size, output names', () => {
  const header = "import { sym, type Vec } from 'symkernel';\n";
  const fails = (line: string, message: RegExp) => {
    const error = (() => {
      try {
        transform(header + line + '\n', '/p/a.ts');
      } catch (e) {
        return e as SymkernelBuildError;
      }
      assert.fail(`no error for ${line}`);
    })();
    assert.ok(error instanceof SymkernelBuildError);
    const [d] = error.diagnostics;
    assert.equal(d.code, 'SK0115');
    assert.match(d.message, message);
    // located at the function type inside sym<…>
    assert.equal(d.loc.line, 2);
    assert.equal(d.loc.column, line.indexOf('<') + 1);
  };
  fails('export const a = sym<(x: Vec, mu: number) => Vec>`(x) => x`;', /takes 2 parameters \(x, mu\), but the literal takes 1 \(x\)/);
  fails('export const a = sym<(x: Vec) => [Vec, Vec]>`(x) => [x, 2*x, 3*x]`;', /tuple of 2, but the literal returns 3 outputs/);
  fails('export const a = sym<(x: Vec) => { a: Vec; b: Vec }>`(x) => {a: x, c: 2*x}`;', /returns \{a, b\}, but the literal returns \{a, c\}/);
  fails('export const a = sym<(x: Vec) => Vec>`(x) => [x, 2*x]`;', /returns one output, but the literal returns a tuple of 2/);
  // What matches, or what the syntax cannot judge (optional/rest parameters, a type alias), compiles.
  for (const ok of [
    'export const a = sym<(x: Vec, mu: number) => Vec>`(x, mu) => x - mu`;',
    'export const a = sym<(x: Vec) => { a: Vec; b: Vec }>`(x) => {b: x, a: 2*x}`;',
    'export const a = sym<(x: Vec, y?: number) => Vec>`(x) => x`;',
    'type Pair = [Vec, Vec];\nexport const a = sym<(x: Vec) => Pair>`(x) => [x, 2*x]`;',
  ]) assert.ok(transform(header + ok + '\n', '/p/a.ts'), ok);
});

test('an import still used elsewhere is kept', () => {
  const code = "import { sym } from 'symkernel';\nexport const k = sym`(x) => x`;\nexport { sym };\n";
  assert.match(transform(code, 'a.js')!.code, /import \{ sym \} from 'symkernel'/);
});

test('identifiers never collide with the module’s own', () => {
  const code = "import { sym } from 'symkernel';\nconst __symkernel_kernel = 1;\nexport const k = sym`(x) => x`;\n";
  const out = transform(code, 'a.js')!.code;
  assert.match(out, /import \{ kernel as __symkernel2_kernel \}/);
});

test('the source map points the replacement back at the literal', async () => {
  const code = "import { sym } from 'symkernel';\n\n// comment\nexport const k =   sym`(x) => exp(x)`;\n";
  const out = transform(code, '/p/a.js')!;
  const consumer = new SourceMapConsumer(out.map);
  const line = out.code.split('\n').findIndex((l) => l.includes('kernel({')) + 1;
  const column = out.code.split('\n')[line - 1].indexOf('__symkernel_kernel({');
  const original = consumer.originalPositionFor(line, column);
  assert.deepEqual(original, { source: '/p/a.js', line: 4, column: 19 });
});

test('a broken literal: every diagnostic with file, line, column and a code frame', () => {
  const code = "import { sym } from 'symkernel';\nexport const a = sym`(x) => sin(x) +`;\nexport const b = sym`(x) =>\n  foo(x)`;\n";
  try {
    transform(code, '/p/bad.ts');
    assert.fail('expected a build error');
  } catch (error) {
    assert.ok(error instanceof SymkernelBuildError);
    const [first, second] = error.diagnostics;
    assert.equal(first.code, 'SK0003');
    assert.deepEqual(first.loc, { line: 2, column: 36 });
    assert.equal(first.headline, '/p/bad.ts:2:37: error SK0003: Unexpected end of literal, expected an expression');
    assert.equal(second.code, 'SK0102');
    assert.deepEqual(second.loc, { line: 4, column: 2 });
    assert.equal(
      second.frame,
      [
        "2: export const a = sym`(x) => sin(x) +`;",
        '3: export const b = sym`(x) =>',
        '4:   foo(x)`;',
        '     ^^^',
        '5: ',
      ].join('\n'),
    );
  }
});

test('interpolation: a fragment is inlined, anything else is a captured run-time scalar', () => {
  const code = [
    "import { sym } from 'symkernel';",
    'const scale = 2.5;',
    'export const sq = sym`(t) => t^2 + 1`;',
    'export const k = sym`(x) => ${sq}(x) * ${scale} + ${Math.PI / 2}`;',
    '',
  ].join('\n');
  const out = transform(code, 'i.js')!;
  const k = out.kernels[1];
  assert.deepEqual(k.params, ['x']);
  assert.deepEqual(k.hidden, ['interpolation2', 'interpolation3']);
  assert.match(out.code, /captured: \[\(scale\), \(Math\.PI \/ 2\)\]/);
  assert.equal(sexpr(k.canonical[0]), '(+ interpolation3 (* interpolation2 (+ 1 (^ x 2))))');
});

test('interpolation errors point at the hole', () => {
  const code = "import { sym } from 'symkernel';\nexport const sq = sym`(t) => t^2`;\nexport const a = sym`(x) => ${sq}(x, x)`;\n";
  assert.throws(() => transform(code, 'i.js'), (e: SymkernelBuildError) => {
    assert.equal(e.diagnostics[0].code, 'SK0103');
    assert.deepEqual(e.diagnostics[0].loc, { line: 3, column: 28 });
    return true;
  });
  const scalarCalled = "import { sym } from 'symkernel';\nconst c = 1;\nexport const a = sym`(x) => ${c}(x)`;\n";
  assert.throws(() => transform(scalarCalled, 'i.js'), (e: SymkernelBuildError) => e.diagnostics[0].code === 'SK0114');
});
