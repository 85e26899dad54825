/**
 * What the benchmarks share: seeded inputs, the median, and a line-based JSON channel to a Python
 * process over two FIFOs (the scipy servers of bench/performance.mjs and bench/special-functions.mjs:
 * one process for the whole run, so each measurement is one round trip, not a Python start-up).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** mulberry32: uniform in [lo, hi); output k (k = 1, 2, …) depends only on seed + k·0x6d2b79f5. */
export function uniformArray(n, lo, hi, seed) {
  const x = new Float64Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    x[i] = lo + (hi - lo) * (((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return x;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Opens the two FIFOs, defines `reply(obj)` and sends the versions line: the start of every server. */
const SERVER_PROLOGUE = String.raw`
import json, sys
import numpy as np, scipy
requests = open(sys.argv[1], "r")
responses = open(sys.argv[2], "w")
def reply(obj):
    responses.write(json.dumps(obj) + "\n")
    responses.flush()
reply({"versions": {"numpy": np.__version__, "scipy": scipy.__version__, "python": sys.version.split()[0]}})
`;

/**
 * Starts `python -c source requests responses`, SERVER_PROLOGUE first (it defines `requests` and
 * `reply`), after checking that `probe` imports; returns `{ error }` when it does not. The server
 * reads one JSON command per line from `requests` and answers one JSON line on `responses`; its
 * first line is `{ versions }`. `{ op: 'quit' }` ends it.
 */
export function startPythonServer(python, source, probe, prefix) {
  const check = spawnSync(python, ['-c', probe], { encoding: 'utf8' });
  if (check.status !== 0) return { error: (check.stderr || check.error?.message || 'not available').trim().split('\n').pop() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const requests = path.join(dir, 'requests');
  const responses = path.join(dir, 'responses');
  execFileSync('mkfifo', [requests, responses]);
  const child = spawn(python, ['-c', SERVER_PROLOGUE + source, requests, responses], { stdio: ['ignore', 'ignore', 'inherit'] });
  const out = fs.openSync(requests, 'w'); // both block until the server has opened its ends
  const input = fs.openSync(responses, 'r');
  let pending = '';
  const readLine = () => {
    const buffer = Buffer.alloc(4096);
    while (!pending.includes('\n')) {
      const got = fs.readSync(input, buffer, 0, buffer.length, null);
      if (got === 0) throw new Error('the Python server exited');
      pending += buffer.toString('utf8', 0, got);
    }
    const i = pending.indexOf('\n');
    const line = pending.slice(0, i);
    pending = pending.slice(i + 1);
    return JSON.parse(line);
  };
  const call = (cmd) => {
    fs.writeSync(out, `${JSON.stringify(cmd)}\n`);
    return readLine();
  };
  const { versions } = readLine();
  return {
    versions,
    dir,
    call,
    close: () => {
      fs.writeSync(out, `${JSON.stringify({ op: 'quit' })}\n`);
      fs.closeSync(out);
      fs.closeSync(input);
      child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
