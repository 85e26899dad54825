/**
 * The published TypeScript declarations, checked by the real compiler (`tsc --noEmit`, TypeScript
 * from this repository's node_modules) on fixture projects that have symkernel installed from
 * `npm pack` (so the .d.ts files are the ones users get):
 * - fixtures/types-app: correct usages with exact result types (src/app.ts) and wrong usages,
 *   each under `// @ts-expect-error TSnnnn` (src/wrong.ts), so that a check that stops failing
 *   fails the build; then, with the directives removed, each wrong line must fail with its code
 *   and nothing else may fail;
 * - every other fixtures/<name>/tsconfig.json present (the bundler fixtures' TypeScript sources).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { prepareFixture, ROOT } from '../scripts/fixture.mjs';
import { transform } from '../src/extract/transform.js';

const TSC = path.join(ROOT as string, 'node_modules', 'typescript', 'bin', 'tsc');

function tsc(dir: string) {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', '.'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** `file(line,col): error TSnnnn` → "file:line TSnnnn". */
function errorsOf(output: string): string[] {
  return [...output.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
}

test('types-app: correct usages and every @ts-expect-error wrong usage type-check against the published .d.ts', async (t) => {
  const dir = prepareFixture('types-app') as string;
  const installed = path.join(dir, 'node_modules', 'symkernel');
  assert.ok(!fs.lstatSync(installed).isSymbolicLink() && fs.existsSync(path.join(installed, 'dist', 'index.d.ts')), 'symkernel comes from npm pack');

  const r = tsc(dir);
  assert.equal(r.status, 0, r.output);

  await t.test('with the directives removed, each wrong usage fails with its own error code, and nothing else fails', () => {
    const file = path.join(dir, 'src', 'wrong.ts');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const expected: string[] = [];
    lines.forEach((line, i) => {
      const directive = /^\s*\/\/ @ts-expect-error (TS\d+)/.exec(line);
      if (!directive) return;
      expected.push(`src/wrong.ts:${i + 2} ${directive[1]}`);
      lines[i] = '//';
    });
    assert.ok(expected.length >= 12, `only ${expected.length} wrong usages`);
    fs.writeFileSync(file, lines.join('\n'));
    const stripped = tsc(dir);
    assert.notEqual(stripped.status, 0);
    assert.deepEqual(errorsOf(stripped.output), expected, stripped.output);
  });

  await t.test('the plugin compiles typed literals: the type arguments go with the literal', () => {
    const source = fs.readFileSync(path.join(dir, 'src', 'kernels.ts'), 'utf8');
    const out = transform(source, path.join(dir, 'src', 'kernels.ts'))!;
    assert.equal(out.kernels.length, 6);
    assert.deepEqual(
      out.kernels.map((k) => k.params.join(',')),
      ['x,mu,sigma', 'x,y,z', 'x,y', 'x', 'x,y', 'x'],
    );
    assert.doesNotMatch(out.code, /\bsym</);
    assert.match(out.code, /export const polar = (\/\* @__PURE__ \*\/ )?__symkernel_located\(/);
  });
});

test('every fixture with a tsconfig.json type-checks with symkernel installed from npm pack', async (t) => {
  const fixtures = fs
    .readdirSync(path.join(ROOT as string, 'fixtures'))
    .filter((name) => name !== 'types-app' && fs.existsSync(path.join(ROOT as string, 'fixtures', name, 'tsconfig.json')));
  assert.ok(fixtures.includes('vite-app'), fixtures.join(', '));
  for (const name of fixtures) {
    await t.test(name, () => {
      const r = tsc(prepareFixture(name) as string);
      assert.equal(r.status, 0, `${name}:\n${r.output}`);
    });
  }
});
