/**
 * Shared by the browser tests (browser.test.ts, vite-dev.test.ts): headless Chromium, and the
 * fixtures/vite-web page's report checked against references written here with Math.*.
 */
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertClose } from './helpers.js';

/** Generous: the test machine is small and shared. */
export const WAIT = 60_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    timeout: WAIT,
  });
}

/** The page's inputs (src/main.ts). */
const XS = [0.5, 1, 2.5, 4, 5.5, 7];
const YS = [0.25, -1.5, 2, 3.5, -4.5, 1];
const GAIN = 2.5;

/** Γ(x) for positive integers and half-integers: (x-1)! or ∏ (x-k) · √π. */
function gammaRef(x: number): number {
  let p = 1;
  for (let t = x - 1; t > 0; t--) p *= t;
  return Number.isInteger(x) ? p : p * Math.sqrt(Math.PI);
}

export interface WebReport {
  scaled: number[];
  polar: { r: number[]; theta: number[]; area: number[] };
  gamma: number[];
  backends: string[];
}

/** Waits until #out holds the page's JSON (different from `previous`, when given) and returns it. */
export async function readReport(page: Page, previous?: string): Promise<{ report: WebReport; text: string }> {
  const handle = await page.waitForFunction(
    (prev) => {
      const text = document.getElementById('out')?.textContent ?? '';
      return text.startsWith('{') && text !== prev ? text : undefined;
    },
    previous,
    { timeout: WAIT },
  );
  const text = (await handle.jsonValue()) as string;
  return { report: JSON.parse(text) as WebReport, text };
}

/** Checks every number of the page; `areaDivisor` is what the fixture's `area: x*y/2` divides by. */
export function checkReport(report: WebReport, areaDivisor = 2): void {
  assert.deepEqual(report.backends, ['js', 'js', 'js'], 'only JS kernels in the browser');
  const r = XS.map((x, i) => Math.hypot(x, YS[i]));
  assertClose(report.scaled, XS.map((x, i) => r[i] * GAIN + Math.log1p(Math.exp(x - r[i]))), 1e-15, 'scaled (captured ${gain}, inlined ${softplus})');
  assertClose(report.polar.r, r, 1e-15, 'polar.r');
  assertClose(report.polar.theta, XS.map((x, i) => Math.atan2(YS[i], x)), 1e-15, 'polar.theta');
  assertClose(report.polar.area, XS.map((x, i) => (x * YS[i]) / areaDivisor), 1e-15, 'polar.area');
  assertClose(report.gamma, XS.map(gammaRef), 1e-15, 'gamma');
}
