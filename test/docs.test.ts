/** Generated docs stay in step with the code that generates them; the version is one number. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { VERSION } from '../src/version.js';
import { CODES } from '../src/diagnostics/codes.js';

test('docs/errors.md is generated from the current diagnostics table', () => {
  const r = spawnSync(process.execPath, ['scripts/docs-errors.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc = fs.readFileSync('docs/errors.md', 'utf8');
  for (const code of Object.keys(CODES)) assert.match(doc, new RegExp(`## ${code}:`));
});

test('src/version.ts matches package.json', () => {
  assert.equal(VERSION, JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
});
