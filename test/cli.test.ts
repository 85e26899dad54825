/** The `symkernel` command line, as installed (dist/cli/index.js, the package's bin). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/cli/index.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `symkernel-cli-${name}-`));

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
  const main = cli('--help');
  assert.equal(main.status, 0);
  for (const command of ['explain', 'check', 'build']) assert.match(main.stdout, new RegExp(`symkernel ${command} `));
  for (const [command, usage] of [['explain', /^Usage: symkernel explain '<literal>'/], ['check', /^Usage: symkernel check \[globs…\]/], ['build', /^Usage: symkernel build \[globs…\] \[options\]/]] as const) {
    const r = cli(command, '--help');
    assert.equal(r.status, 0, command);
    assert.match(r.stdout, usage);
    assert.deepEqual(cli('help', command).stdout, r.stdout, `symkernel help ${command}`);
  }
  assert.match(cli('build', '--help').stdout, /--out-dir <dir>[\s\S]*--no-js[\s\S]*--quiet/);
  const r = cli('frobnicate');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  const bad = cli('build', '--frobnicate');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /symkernel build: unknown option '--frobnicate'\n\nUsage: symkernel build/);
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

test('build: the prebuild for this platform, progress on stderr when asked, nothing written on errors', () => {
  const cache = tmp('cache');
  const out = tmp('out');
  const env = { ...process.env, SYMKERNEL_CACHE_DIR: cache };
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'build', ...args], { cwd, encoding: 'utf8', env });

  const r = run('fixtures/rollup-app', '--out-dir', out, '--no-js', '--progress');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^symkernel build: 3 files, 7 kernels; addon: .*prebuilds\/[\w-]+\/symkernel\.napi\.node \(7 kernels compiled, 0 reused, [\d.]+ s\); no JavaScript written \(--no-js\)/);
  assert.match(r.stderr, /^\[1\/3\] compiling literals of src\/app\.js\n\[2\/3\] compiling literals of src\/densities\.js\n\[3\/3\] compiling literals of src\/units\.ts\n/);
  assert.match(r.stderr, /\[\d+\/\d+\] compiling kernels…\n$/);
  assert.deepEqual(fs.readdirSync(out, { recursive: true }).sort(), ['prebuilds', `prebuilds/${process.platform}-${process.arch}`, `prebuilds/${process.platform}-${process.arch}/symkernel.napi.node`]);

  // Not a terminal and no --progress: stderr stays empty; the unchanged kernels come from the cache.
  const again = run('fixtures/rollup-app', '--out-dir', out, '--no-js');
  assert.equal(again.stderr, '');
  assert.match(again.stdout, /\(from the cache\)/);
  assert.equal(run('fixtures/rollup-app', '--out-dir', out, '--no-js', '--quiet').stdout, '');

  const broken = tmp('broken');
  const b = run('fixtures/broken-literal', 'src/**/*.js', '--out-dir', broken);
  assert.equal(b.status, 1);
  assert.match(b.stderr, /src\/main\.js:6:12: error SK0002: Unexpected '\*'[\s\S]*6:\s+sin\(x\) \+ \* cos\(y\)`;\n\s+\^/);
  assert.match(b.stderr, /1 file with errors; nothing written/);
  assert.deepEqual(fs.readdirSync(broken), []);
});
