/**
 * User functions (plugin option `functions`): validated with a TypeError naming the option, callable
 * from literals, compiled into both backends (C body and JS body), never folded at build time, and
 * not differentiable. Values are checked against formulas written here.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { defineUserFunctions, userFunctionInfos, type UserFunctions } from '../src/functions/user.js';
import { evaluateJsKernel, evaluateNativeKernels } from './accuracy/measure.js';
import fs from 'node:fs';
import path from 'node:path';
import { expectError, runNode, runNodeOk } from './helpers.js';
// @ts-expect-error plain JS helper shared with the demo
import { prepareFixture } from '../scripts/fixture.mjs';

const FUNCTIONS: UserFunctions = {
  softclip: { params: ['x'], c: 'return x / (1.0 + fabs(x));', js: '// x / (1 + |x|)\nreturn x / (1 + Math.abs(x));' },
  logaddexp: {
    params: ['a', 'b'],
    c: 'double m = fmax(a, b);\nreturn m + log1p(exp(-fabs(a - b)));',
    js: 'const m = Math.max(a, b);\nreturn m + Math.log1p(Math.exp(-Math.abs(a - b)));',
  },
};

after(() => defineUserFunctions(undefined));

test('the option is checked: a TypeError that names what is wrong', () => {
  const bad: [unknown, RegExp][] = [
    [[], /option 'functions' must be an object/],
    [{ 'soft-clip': FUNCTIONS.softclip }, /functions\.soft-clip'.*identifier/],
    [{ exp: FUNCTIONS.softclip }, /'exp' is a built-in/],
    [{ Abs: FUNCTIONS.softclip }, /'Abs' is a built-in/],
    [{ f: { params: [], c: 'return 1;', js: 'return 1;' } }, /functions\.f'\.params must be a non-empty array/],
    [{ f: { params: ['x', 'x'], c: 'return x;', js: 'return x;' } }, /repeated/],
    [{ f: { params: ['int'], c: 'return 1;', js: 'return 1;' } }, /"int" is not a usable parameter name/],
    [{ f: { params: ['x'], c: 'x + 1', js: 'return x;' } }, /functions\.f'\.c must be a function body/],
    [{ f: { params: ['x'], c: 'return x;' } }, /functions\.f'\.js must be a function body/],
  ];
  for (const [defs, message] of bad) assert.throws(() => userFunctionInfos(defs as UserFunctions), (e: Error) => e instanceof TypeError && message.test(e.message), JSON.stringify(defs));
});

test('literals call user functions on both backends; a constant call is not folded', async () => {
  defineUserFunctions(FUNCTIONS);
  const k = compileLiteral('(x, y) => softclip(x)^2 + logaddexp(x, y) + softclip(3)');
  assert.match(k.js, /sk_user_softclip\(3\)/, 'a user function is not evaluated at build time');
  const points = [
    [0, 0],
    [1.5, -2],
    [-3, 4],
    [40, 39],
    [-700, -701],
  ].map((args) => ({ args, value: NaN }));
  const reference = ([x, y]: number[]) => {
    const m = Math.max(x, y);
    return (x / (1 + Math.abs(x))) ** 2 + (m + Math.log(Math.exp(x - m) + Math.exp(y - m))) + 3 / 4;
  };
  const js = await evaluateJsKernel(k, points);
  const [native] = await evaluateNativeKernels([{ kernel: k, points }]);
  points.forEach((p, i) => {
    const want = reference(p.args);
    assert.ok(Math.abs(js[i] - want) <= 4e-16 * Math.abs(want) + 1e-300, `js at ${p.args}: ${js[i]} vs ${want}`);
    assert.ok(Math.abs(native[i] - want) <= 4e-16 * Math.abs(want) + 1e-300, `native at ${p.args}: ${native[i]} vs ${want}`);
  });
});

test('names: did-you-mean includes user functions; arity is checked; no derivative', () => {
  defineUserFunctions(FUNCTIONS);
  expectError('(x) => softclp(x)', 'SK0102', 7, /softclip/);
  expectError('(x) => softclip(x, 2)', 'SK0103', 7);
  expectError('(x) => diff(softclip(x), x)', 'SK0111', 12, /softclip/);
  defineUserFunctions(undefined);
  expectError('(x) => softclip(x)', 'SK0102', 7);
});

test('symkernel.config.mjs gives the register hook and the CLI the same user functions', async (t) => {
  const dir = prepareFixture('config-app') as string;
  const env = { SYMKERNEL_CACHE_DIR: path.join(dir, '.cache') };
  const check = (stdout: string) => {
    const out = JSON.parse(stdout) as { backend: string; xs: number[]; ys: number[] };
    assert.equal(out.backend, 'native');
    out.xs.forEach((x, i) => assert.equal(out.ys[i], (2 * x) / (1 + Math.abs(2 * x)) + 1, `x = ${x}`));
  };
  await t.test('node --import symkernel/register: compiled, then from the cache', () => {
    check(runNodeOk(dir, ['--import', 'symkernel/register', 'src/app.ts'], env).stdout);
    const warm = runNodeOk(dir, ['--import', 'symkernel/register', 'src/app.ts'], { ...env, SYMKERNEL_DEBUG: '1' });
    check(warm.stdout);
    assert.match(warm.stderr, /app\.ts: cache hit/);
  });
  await t.test('a changed configuration is a new cache key', () => {
    const config = path.join(dir, 'symkernel.config.mjs');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('// User functions', '// The user functions'));
    const r = runNodeOk(dir, ['--import', 'symkernel/register', 'src/app.ts'], { ...env, SYMKERNEL_DEBUG: '1' });
    check(r.stdout);
    assert.doesNotMatch(r.stderr, /app\.ts: cache hit/);
  });
  await t.test('symkernel check knows the function', () => {
    const r = runNode(dir, [path.join(dir, 'node_modules', 'symkernel', 'dist', 'cli', 'index.js'), 'check', 'src/**/*.ts']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.stdout, /1 literals? compiled, 0 errors/);
  });
});
