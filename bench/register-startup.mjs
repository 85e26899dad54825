/**
 * Benchmark: start-up cost of `node --import symkernel/register` (warm and cold cache).
 *
 * fixtures/register-app, installed as a user installs it (scripts/fixture.mjs prepareFixture), is
 * run as a child `node` in these variants, interleaved round by round so machine noise hits them
 * alike:
 *   plain          node plain.js                                  (the baseline: plain node)
 *   empty hook     node --import <a do-nothing module.register>  plain.js  (Node's hooks thread alone)
 *   register       node --import symkernel/register plain.js      (our hooks, nothing to compile)
 *   app warm       node --import symkernel/register app.ts        (3 modules and 2 addons from the cache)
 * and, a few times with the cache deleted before each run:
 *   app cold       the same with an empty cache (compiles the literals and 2 addons with cc)
 *
 * Prints the median wall time of each (min..max), the median CPU time where GNU time exists (the
 * steadier figure on a shared machine: the hooks thread runs in parallel, so CPU can exceed wall),
 * and the warm delta against plain node (the target: < 300 ms). Run after `npm run build`:  node bench/register-startup.mjs   (ROUNDS=n)
 * Not a test: numbers depend on the machine and its load.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareFixture } from '../scripts/fixture.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const COLD_ROUNDS = Math.max(1, Math.round(ROUNDS / 5));
const EMPTY_HOOK =
  'data:text/javascript,import{register}from"node:module";register("data:text/javascript,export async function load(u,c,n){return n(u,c)}")';

const dir = prepareFixture('register-app');
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-bench-cache-'));
const env = { ...process.env, SYMKERNEL_CACHE_DIR: cache };

/** GNU time, where present, also gives the child's CPU time (user + system): steadier than wall time on a busy machine. */
const GNU_TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? '/usr/bin/time' : undefined;
const cpu = Object.fromEntries([...Object.keys({ plain: 0, 'empty hook': 0, register: 0, 'app warm': 0, 'app cold': 0 })].map((k) => [k, []]));

function time(args, name) {
  const started = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'symkernel-cpu %U %S', process.execPath, ...args], { cwd: dir, env, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stderr}`);
  const m = /symkernel-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (m && name) cpu[name].push((Number(m[1]) + Number(m[2])) * 1000);
  return ms;
}

const variants = {
  plain: ['plain.js'],
  'empty hook': ['--import', EMPTY_HOOK, 'plain.js'],
  register: ['--import', 'symkernel/register', 'plain.js'],
  'app warm': ['--import', 'symkernel/register', 'app.ts'],
};
const samples = Object.fromEntries([...Object.keys(variants), 'app cold'].map((k) => [k, []]));

for (let i = 0; i < COLD_ROUNDS; i++) {
  fs.rmSync(cache, { recursive: true, force: true });
  samples['app cold'].push(time(variants['app warm'], 'app cold'));
}
time(variants['app warm']); // the cache is warm from here on
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(variants);
  for (let j = 0; j < names.length; j++) {
    const name = names[(round + j) % names.length];
    samples[name].push(time(variants[name], name));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const plain = median(samples.plain);
console.log(`register start-up, ${ROUNDS} rounds (cold: ${COLD_ROUNDS}), ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  const delta = name === 'plain' ? '' : `  (+${(m - plain).toFixed(0)} ms, ×${(m / plain).toFixed(2)} plain)`;
  console.log(`  ${name.padEnd(11)} ${m.toFixed(0).padStart(6)} ms  [${Math.min(...xs).toFixed(0)}..${Math.max(...xs).toFixed(0)}]${delta}`);
}
if (GNU_TIME) {
  const plainCpu = median(cpu.plain);
  console.log('CPU time (user + system) of the child, medians:');
  for (const [name, xs] of Object.entries(cpu)) {
    console.log(`  ${name.padEnd(11)} ${median(xs).toFixed(0).padStart(6)} ms${name === 'plain' ? '' : `  (+${(median(xs) - plainCpu).toFixed(0)} ms)`}`);
  }
}
const warmDelta = median(samples['app warm']) - plain;
console.log(`warm start-up delta against plain node: ${warmDelta.toFixed(0)} ms (target < 300 ms: ${warmDelta < 300 ? 'met' : 'not met'})`);
fs.rmSync(cache, { recursive: true, force: true });
