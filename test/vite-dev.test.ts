/**
 * The Vite dev server, as a user runs it: the real `vite` CLI serving fixtures/vite-web in a child
 * process, the page opened in headless Chromium. Literals are compiled on request; an edit reaches
 * the page by HMR without a reload; a broken literal shows Vite's error overlay with the SK code,
 * file:line:col and the code frame; fixing it brings the numbers back. SSR modules of a dev server
 * get native kernels: each module's own addon, compiled on request.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the demo
import { binPath, prepareFixture } from '../scripts/fixture.mjs';
import { checkReport, launchChromium, readReport, WAIT } from './vite-web.js';

const VITE = binPath('vite') as string;
const ADDON_URL = '@id/__x00__virtual:symkernel/addon';

let dir: string;
let kernelsFile: string;
let original: string;
let vite: ChildProcess | undefined;
let viteOutput = '';
let browser: Browser | undefined;

before(() => {
  dir = prepareFixture('vite-web');
  kernelsFile = path.join(dir, 'src', 'kernels.js');
  original = fs.readFileSync(kernelsFile, 'utf8');
});

after(async () => {
  await browser?.close();
  if (vite && vite.exitCode === null) {
    const exited = new Promise((resolve) => vite!.once('exit', resolve));
    vite.kill('SIGTERM');
    const stuck = setTimeout(() => vite!.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(stuck);
  }
});

/** Starts `vite` on a free port and resolves with its URL once it is listening. */
function startVite(): Promise<string> {
  vite = spawn(process.execPath, [VITE, '--port', '0', '--strictPort', '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start:\n${viteOutput}`)), WAIT);
    const onData = (chunk: Buffer) => {
      viteOutput += chunk.toString();
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(viteOutput)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    vite!.stdout!.on('data', onData);
    vite!.stderr!.on('data', onData);
    vite!.once('exit', (code) => reject(new Error(`vite exited with ${code}:\n${viteOutput}`)));
  });
}

/** Line (1-based) and column (1-based) of `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

test('vite dev server: compile on request, HMR edit, error overlay, recovery', async (t) => {
  const url = await startVite();
  browser = await launchChromium();
  const page: Page = await browser.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

  let text = '';
  await t.test('literals are compiled on request; the client gets no addon', async () => {
    const addonModule = await (await fetch(url + ADDON_URL)).text();
    assert.match(addonModule, /^export const addon = null;/);
    assert.doesNotMatch(addonModule, /loadAddon|symkernel\/node/);
    await page.goto(url);
    const read = await readReport(page);
    checkReport(read.report);
    text = read.text;
  });

  await t.test('editing a literal updates the page by HMR, without a reload or a restart', async () => {
    await page.evaluate(() => Object.assign(window, { __symkernelMarker: 'kept' }));
    const loadsBefore = loads;
    fs.writeFileSync(kernelsFile, original.replace('area: x*y/2', 'area: x*y/3'));
    const read = await readReport(page, text);
    checkReport(read.report, 3);
    text = read.text;
    assert.equal(await page.evaluate(() => (window as unknown as { __symkernelMarker?: string }).__symkernelMarker), 'kept', 'no full reload');
    assert.equal(loads, loadsBefore, 'no load event');
    assert.equal(vite!.exitCode, null);
    assert.doesNotMatch(viteOutput, /server restarted/i);
    assert.deepEqual(problems, [], 'no console error before a literal breaks');
  });

  await t.test("a broken literal shows Vite's error overlay: SK code, file:line:col, code frame", async () => {
    const broken = original.replace('atan2(y, x)', 'atan2(y, * x)');
    const { line, column } = position(broken, '* x)');
    fs.writeFileSync(kernelsFile, broken);
    const overlay = page.locator('vite-error-overlay .window');
    await overlay.waitFor({ timeout: WAIT });
    const shown = await overlay.innerText();
    assert.match(shown, /error SK0002: Unexpected '\*', expected an expression/);
    assert.ok(shown.includes(`src/kernels.js:${line}:${column}: error SK0002`), shown);
    const frame = await page.locator('vite-error-overlay .frame').innerText();
    assert.match(frame, new RegExp(`> ${line} \\|   theta: atan2\\(y, \\* x\\),\\n\\s+\\| {${column}}\\^`), frame);
  });

  await t.test('fixing the literal removes the overlay and shows the right numbers', async () => {
    fs.writeFileSync(kernelsFile, original);
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: WAIT });
    const read = await readReport(page, text);
    checkReport(read.report);
    assert.equal(vite!.exitCode, null);
  });
});

test('vite dev server, SSR: ssrLoadModule gets each module its own addon, compiled on request; the client none', () => {
  const script = path.join(dir, 'ssr-dev.mjs');
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';
import { createServer } from 'vite';
const server = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
try {
  const clientAddon = (await server.environments.client.transformRequest('virtual:symkernel/addon')).code;
  const k = await server.ssrLoadModule('/src/kernels.js');
  // 100 elements: above the crossover, so the native kernel computes them.
  const xs = Float64Array.from({ length: 100 }, (_, i) => i / 7 - 5), ys = Float64Array.from({ length: 100 }, (_, i) => 3 - i / 11);
  const polar = k.polar(xs, ys);
  // An edited literal: a new addon module for the edited module, compiled on request.
  const file = new URL('./src/kernels.js', import.meta.url);
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, original.replace('area: x*y/2', 'area: x*y/4'));
  let edited;
  try {
    server.environments.ssr.moduleGraph.invalidateAll();
    const k2 = await server.ssrLoadModule('/src/kernels.js');
    edited = { backend: k2.polar.backend, area: Array.from(k2.polar(xs, ys).area) };
  } finally {
    fs.writeFileSync(file, original);
  }
  console.log(JSON.stringify({ clientAddon, backend: k.polar.backend, xs: Array.from(xs), ys: Array.from(ys), r: Array.from(polar.r), theta: Array.from(polar.theta), area: Array.from(polar.area), edited }));
} finally {
  await server.close();
}
`,
  );
  const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: WAIT });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.match(out.clientAddon, /export const addon = null/);
  assert.equal(out.backend, 'native', 'the SSR module loads its own addon, compiled on request');
  out.xs.forEach((x: number, i: number) => {
    const y = out.ys[i];
    assert.ok(Math.abs(out.r[i] - Math.hypot(x, y)) <= 1e-15 * Math.hypot(x, y), `r[${i}]`);
    assert.ok(Math.abs(out.theta[i] - Math.atan2(y, x)) <= 1e-15 * Math.abs(Math.atan2(y, x)), `theta[${i}]`);
    // === (not Object.is): JSON carries -0 as 0
    assert.ok(out.area[i] === (x * y) / 2, `area[${i}]: ${out.area[i]}`);
    assert.ok(out.edited.area[i] === (x * y) / 4, `area[${i}] after the edit: ${out.edited.area[i]}`);
  });
  assert.equal(out.edited.backend, 'native', 'the edited module gets a new addon');
});
