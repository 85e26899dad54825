/**
 * The browser, as a user ships it: fixtures/vite-web built with the real `vite build` (a client
 * build), the emitted files checked for Node-only code, then served over HTTP and opened in headless
 * Chromium; the numbers the page computes are checked against Math.* references.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the demo
import { binPath, prepareFixture } from '../scripts/fixture.mjs';
import { checkReport, launchChromium, readReport } from './vite-web.js';

const VITE = binPath('vite') as string;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

let dir: string;
let dist: string;
let server: http.Server | undefined;
let browser: Browser | undefined;

before(() => {
  dir = prepareFixture('vite-web');
  dist = path.join(dir, 'dist');
});

after(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server!.close(resolve));
});

function filesUnder(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(root, f)).isFile());
}

/** A static file server for dist/, on a free port. */
async function serve(root: string): Promise<string> {
  server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Bytes of `code` minified and gzipped, as a browser bundle would carry it. */
async function minGz(contents: string): Promise<{ min: number; gz: number }> {
  const r = await esbuild.build({ stdin: { contents, resolveDir: dir }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false });
  const text = r.outputFiles[0].contents;
  return { min: text.length, gz: zlib.gzipSync(text, { level: 9 }).length };
}

test('vite build (client): JS kernels only, no addon, nothing from Node', async (t) => {
  const build = spawnSync(process.execPath, [VITE, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  assert.doesNotMatch(build.stdout + build.stderr, /warn|C compiler/i, 'no warning, no compiler looked for');

  const files = filesUnder(dist);
  assert.ok(!files.some((f) => f.includes('prebuilds') || f.endsWith('.node')), `no addon is emitted: ${files.join(', ')}`);
  const scripts = files.filter((f) => f.endsWith('.js'));
  assert.ok(scripts.length > 0);
  for (const f of scripts) {
    const code = fs.readFileSync(path.join(dist, f), 'utf8');
    assert.doesNotMatch(code, /["'`]node:|symkernel\/node|node-gyp-build|loadAddon|createRequire|__SYMKERNEL_OUTPUT_ROOT__/, `${f} carries Node-only code`);
    assert.doesNotMatch(code, /\beval\(|new Function/, `${f}: no eval`);
    assert.doesNotMatch(code, /oxc-parser|parseLiteral|tokenize/, `${f}: no parser`);
    assert.match(code, /hypot/, `${f} carries the generated kernels`);
    assert.doesNotMatch(code, /\(t\) => log\(1 \+ exp\(t\)\)/, `${f}: a fragment only inlined into other literals is dropped`);
  }

  const runtime = await minGz("export * from 'symkernel/runtime';");
  const bundle = scripts.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  t.diagnostic(`runtime: ${runtime.min} B minified, ${runtime.gz} B gzipped; whole page bundle ${bundle} B gzipped`);
  assert.ok(runtime.gz < 5000, `the runtime is ${runtime.gz} B minified + gzipped (SPEC: < 5 kB)`);
});

test('the built page computes the right numbers in Chromium, with no console error', async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'built by the previous test');
  const url = await serve(dist);
  browser = await launchChromium();
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  const { report } = await readReport(page);
  checkReport(report);
  assert.deepEqual(problems, []);
});
