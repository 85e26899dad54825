/**
 * C compiler discovery and the flags every addon is built with.
 *
 * We call the system C compiler directly against the `node-api-headers` package instead of going
 * through node-gyp: Node-API is ABI-stable, so no Node headers download, no Python, no gyp
 * project, and a build of one small translation unit takes a fraction of node-gyp's start-up.
 * An addon is compiled as several units and linked (src/build/addon.ts): compileFlags for the
 * `-c` steps, linkFlags for the link.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface Toolchain {
  cc: string;
  /** First line of `cc --version`: part of the cache key. */
  version: string;
  flags: string[];
  includeDirs: string[];
}

/** Where native/sk_addon.h lives: `<package>/native`, beside `dist/`. */
export const NATIVE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../native');

export const DEFAULT_CFLAGS = [
  '-O3',
  '-std=c11',
  '-fPIC',
  '-shared',
  '-fvisibility=hidden',
  // errno is never read by a kernel; without this, sqrt() cannot be inlined nor loops vectorized.
  '-fno-math-errno',
  // Floating-point traps are never enabled in Node; lets branches be if-converted for SIMD.
  '-fno-trapping-math',
  // `#pragma omp declare simd` (vecmath's SIMD-clone fallbacks) without the OpenMP runtime.
  '-fopenmp-simd',
  // Keep both sides of a Piecewise computed before the select (the printer hoists them): sinking
  // a side into a branch stops the loop from vectorizing when that side calls a SIMD clone.
  '-fno-tree-sink',
  '-pthread',
  '-Wall',
  '-Wno-unused-function',
];

function platformFlags(): string[] {
  // Node-API symbols come from the node process that loads the addon.
  if (process.platform === 'darwin') return ['-undefined', 'dynamic_lookup'];
  return [];
}

/** Flags that only mean something when linking: dropped from `-c` compiles. */
const LINK_ONLY = new Set(['-shared']);

/** Flags for compiling one translation unit to an object (`cc … -c unit.c -o unit.o`). */
export function compileFlags(toolchain: Toolchain): string[] {
  const flags: string[] = [];
  for (let i = 0; i < toolchain.flags.length; i++) {
    const flag = toolchain.flags[i];
    if (flag === '-undefined') i++; // darwin's `-undefined dynamic_lookup`: a linker option
    else if (!LINK_ONLY.has(flag)) flags.push(flag);
  }
  return [...flags, ...toolchain.includeDirs.map((d) => `-I${d}`)];
}

/** Flags for linking the objects into the `.node` (all of them: -shared, -pthread, -O3, …). */
export function linkFlags(toolchain: Toolchain): string[] {
  return [...toolchain.flags];
}

export interface ToolchainOptions {
  cc?: string;
  cflags?: string[];
}

/** Finds a working C compiler; undefined when there is none. */
export async function findToolchain(options: ToolchainOptions = {}): Promise<Toolchain | undefined> {
  const cc = options.cc ?? process.env.CC ?? 'cc';
  let version: string;
  try {
    const { stdout } = await run(cc, ['--version'], { timeout: 20_000 });
    version = stdout.split('\n')[0].trim();
  } catch {
    return undefined;
  }
  const headers = require('node-api-headers') as { include_dir: string };
  return {
    cc,
    version,
    flags: [...DEFAULT_CFLAGS, ...platformFlags(), ...(options.cflags ?? [])],
    includeDirs: [NATIVE_DIR, headers.include_dir],
  };
}
