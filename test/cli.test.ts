/** The `symkernel` command line, as installed (dist/cli/index.js, the package's bin). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/index.js', ...args], { encoding: 'utf8' });

test('explain shows every stage, the rules that fired and both kernels', () => {
  const r = cli('explain', '(x, y) => r = hypot(x, y); [log(1 + r)/r, exp(-r)/r]');
  assert.equal(r.status, 0, r.stderr);
  for (const section of ['literal', 'parsed', 'canonical', 'after rewrites', 'computation', 'program (after CSE)', 'C', 'JS']) {
    assert.match(r.stdout, new RegExp(`── ${section.replace(/[()]/g, '\\$&')} ─`));
  }
  assert.match(r.stdout, /logOnePlusToLog1p: \(log \(\+ 1 \(hypot x y\)\)\)  →  \(log1p \(hypot x y\)\)/);
  assert.match(r.stdout, /static void sk_k[0-9a-f]+\(size_t n/);
  assert.match(r.stdout, /Math\.log1p\(t2\) \/ t2/);
  assert.equal(r.stdout.match(/hypot\(x0, x1\)/g)?.length, 2, 'hypot computed once in C and once in JS');
});

test('explain: a broken literal prints the diagnostic with a frame and exits 1', () => {
  const r = cli('explain', '(x) => sin(x +');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /<literal>:1:15: error SK0003: Unexpected end of literal/);
  assert.match(r.stderr, /1: \(x\) => sin\(x \+\n\s+\^/);
});

test('--help for the tool and for each command; unknown commands fail', () => {
  assert.match(cli('--help').stdout, /symkernel explain '<literal>'/);
  assert.match(cli('explain', '--help').stdout, /Usage: symkernel explain/);
  const r = cli('frobnicate');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('check: diagnostics for a project, exit 1 on errors, 0 when clean', () => {
  const broken = spawnSync(process.execPath, ['../../dist/cli/index.js', 'check'], { cwd: 'fixtures/broken-literal', encoding: 'utf8' });
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /src\/main\.js:6:12: error SK0002: Unexpected '\*'/);
  assert.match(broken.stdout, /3 files, 0 literals compiled, 1 errors, 0 warnings/);
  const clean = spawnSync(process.execPath, ['../../dist/cli/index.js', 'check', 'src/**/*.js'], { cwd: 'fixtures/rollup-app', encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stdout);
  assert.match(clean.stdout, /2 files, 6 literals compiled, 0 errors, 0 warnings/);
});
