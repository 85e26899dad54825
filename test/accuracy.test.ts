/**
 * Accuracy against high-precision references, per function and backend, through the real kernel
 * path (see test/accuracy/measure.ts). Bounds live in test/data/accuracy-bounds/<group>.json with their
 * documented regions; docs/accuracy.md shows the measured figures (scripts/accuracy-doc.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJs, evaluateNative, loadBounds, loadReference, measurableFunctions, measure } from './accuracy/measure.js';

const bounds = loadBounds();

test('every function with reference values has a documented bound', () => {
  const missing = measurableFunctions().filter((fn) => !bounds[fn]);
  assert.deepEqual(missing, [], 'add bounds to test/data/accuracy-bounds/<group>.json');
});

test('accuracy within the documented bounds, both backends', async (t) => {
  const fns = measurableFunctions();
  const points = new Map(fns.map((fn) => [fn, loadReference(fn)]));
  const native = await evaluateNative(fns.map((fn) => ({ fn, points: points.get(fn)! })));
  for (const fn of fns) {
    for (const backend of ['js', 'native'] as const) {
      await t.test(`${fn} (${backend})`, async () => {
        const got = backend === 'js' ? await evaluateJs(fn, points.get(fn)!) : native.get(fn)!;
        const stats = measure(points.get(fn)!, got, bounds[fn], backend);
        const shown = stats.failures.slice(0, 5).map((f) => `${fn}(${f.args.join(', ')}) = ${f.got}, want ${f.want} (rel ${f.error.rel.toExponential(2)}, ${f.error.ulps.toFixed(1)} ulp${f.region ? `, region ${f.region}` : ''})`);
        assert.equal(stats.failures.length, 0, `${stats.failures.length} of ${stats.count} points past the bound ${JSON.stringify(stats.failures[0]?.bound)}:\n${shown.join('\n')}`);
      });
    }
  }
});
