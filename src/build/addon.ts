/**
 * Generated C → `.node`, incrementally, with a content-addressed cache in `cacheDir`:
 *
 *   objects/kernel-<key>.o   one per kernel (src/codegen/addon.ts printKernelUnit)
 *   objects/table-<key>.o    the kernel table of a build
 *   objects/driver-<key>.o   the Node-API driver (native/sk_addon.h), the same for every build
 *   addon-<key>.node         the linked addon
 *
 * An object's key hashes its C source, the native files it includes (transitively, by content),
 * the compiler's identity and flags, and the platform. The addon's key hashes its objects' keys
 * and the link flags. A build prints every unit (cheap) and computes the keys; if the addon exists
 * it is returned as is (no compile, no link); otherwise the missing objects are compiled side by
 * side and everything is linked. Changing one literal compiles one kernel object and the table.
 * Files appear by rename, so concurrent builds never see half-written ones.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DRIVER_UNIT, printKernelUnit, printTableUnit, uniqueKernels } from '../codegen/addon.js';
import type { CompiledKernel } from '../compile.js';
import { defaultConcurrency, NativeBuildError, runBounded, runCc } from './cc.js';
import { includeDigest, type FileCache } from './includes.js';
import { compileFlags, linkFlags, type Toolchain } from './toolchain.js';

export { NativeBuildError };

export interface BuildOptions {
  /** Called with (steps done, steps in all) before the first compile and after each compile and the link; not called when the addon is cached. */
  onProgress?(done: number, total: number): void;
  /** Compiles run at once. Default: os.availableParallelism(), at most 16. */
  concurrency?: number;
}

export interface BuiltAddon {
  binary: Buffer;
  /** Path of the cached `.node` file. */
  file: string;
  /** True when nothing had to be compiled nor linked. */
  cached: boolean;
  /** Every translation unit of the addon, each after a `/* ==== <object> ==== *\/` line. */
  source: string;
  /** Kernel objects compiled by this build (the table and driver units are not counted). */
  compiled: number;
  /** Kernel objects taken from the cache. */
  reused: number;
  /** True when this build linked the addon (false: it was cached). */
  linked: boolean;
}

interface Unit {
  kind: 'kernel' | 'table' | 'driver';
  source: string;
  /** Path of the cached object. */
  object: string;
}

const sha = (parts: readonly string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

const exists = (file: string) => fs.access(file).then(() => true, () => false);

export async function buildAddon(
  kernels: readonly CompiledKernel[],
  toolchain: Toolchain,
  cacheDir: string,
  options: BuildOptions = {},
): Promise<BuiltAddon> {
  const unique = uniqueKernels(kernels);
  const objectsDir = path.join(cacheDir, 'objects');
  const cflags = compileFlags(toolchain);
  const lflags = linkFlags(toolchain);
  // The -I directories are absolute paths: their contents are in each key, not their location.
  const identity = [toolchain.cc, toolchain.version, toolchain.flags.join(' '), process.platform, process.arch];
  const files: FileCache = new Map();

  const sources = [
    ...unique.map((k) => ({ kind: 'kernel' as const, source: printKernelUnit(k) })),
    { kind: 'table' as const, source: printTableUnit(unique) },
    { kind: 'driver' as const, source: DRIVER_UNIT },
  ];
  const units: Unit[] = await Promise.all(
    sources.map(async ({ kind, source }) => {
      const key = sha([kind, source, await includeDigest(source, toolchain.includeDirs, files), ...identity]);
      return { kind, source, object: path.join(objectsDir, `${kind}-${key}.o`) };
    }),
  );
  const addonKey = sha(['addon', ...units.map((u) => path.basename(u.object)), toolchain.cc, toolchain.version, lflags.join(' '), process.platform, process.arch]);
  const file = path.join(cacheDir, `addon-${addonKey}.node`);
  const source = units.map((u) => `/* ==== ${path.basename(u.object, '.o')}.c ==== */\n${u.source}`).join('\n');

  try {
    return { binary: await fs.readFile(file), file, cached: true, source, compiled: 0, reused: unique.length, linked: false };
  } catch {
    // not cached yet
  }

  const missing = (await Promise.all(units.map(async (u) => ((await exists(u.object)) ? undefined : u)))).filter((u) => u !== undefined);
  await fs.mkdir(objectsDir, { recursive: true });
  const work = path.join(cacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(work);
  const total = missing.length + 1;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);
  try {
    await runBounded(
      missing.map((u) => async () => {
        const name = path.basename(u.object, '.o');
        const cFile = path.join(work, `${name}.c`);
        const oFile = path.join(work, `${name}.o`);
        await fs.writeFile(cFile, u.source);
        await runCc(toolchain.cc, [...cflags, '-c', cFile, '-o', oFile], name);
        await fs.rename(oFile, u.object);
        step();
      }),
      options.concurrency ?? defaultConcurrency(),
    );
    const out = path.join(work, 'addon.node');
    await runCc(toolchain.cc, [...lflags, '-o', out, ...units.map((u) => u.object), '-lm'], 'link');
    await fs.rename(out, file);
    step();
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  const compiled = missing.filter((u) => u.kind === 'kernel').length;
  return { binary: await fs.readFile(file), file, cached: false, source, compiled, reused: unique.length - compiled, linked: true };
}

/** `prebuilds/<platform>-<arch>`: where node-gyp-build looks. */
export const prebuildDir = (platform = process.platform, arch = process.arch) => `prebuilds/${platform}-${arch}`;
