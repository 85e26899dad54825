/**
 * Generated C → `.node`, with a content-addressed cache: the key is the hash of the C source, the
 * driver header, the compiler's identity and the flags. An unchanged build compiles nothing.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { printAddon } from '../codegen/addon.js';
import type { CompiledKernel } from '../compile.js';
import { NATIVE_DIR, type Toolchain } from './toolchain.js';

const run = promisify(execFile);

export interface BuiltAddon {
  binary: Buffer;
  /** Path of the cached `.node` file. */
  file: string;
  /** True when nothing had to be compiled. */
  cached: boolean;
  source: string;
}

export class NativeBuildError extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
    this.name = 'NativeBuildError';
  }
}

export async function buildAddon(
  kernels: readonly CompiledKernel[],
  toolchain: Toolchain,
  cacheDir: string,
): Promise<BuiltAddon> {
  const source = printAddon(kernels);
  const key = createHash('sha256')
    .update([source, await nativeSourcesDigest(), toolchain.cc, toolchain.version, toolchain.flags.join(' '), process.platform, process.arch].join('\0'))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cacheDir, `addon-${key}.node`);
  try {
    return { binary: await fs.readFile(file), file, cached: true, source };
  } catch {
    // not cached yet
  }

  await fs.mkdir(cacheDir, { recursive: true });
  const work = path.join(cacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(work);
  try {
    const cFile = path.join(work, 'addon.c');
    const out = path.join(work, 'addon.node');
    await fs.writeFile(cFile, source);
    const args = [...toolchain.flags, ...toolchain.includeDirs.map((d) => `-I${d}`), '-o', out, cFile, '-lm'];
    try {
      await run(toolchain.cc, args, { timeout: 10 * 60_000, maxBuffer: 16 << 20 });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new NativeBuildError(
        `symkernel: the C compiler failed on generated code (a symkernel bug; please report it):\n${e.stderr ?? e.message}`,
        e.stderr ?? '',
      );
    }
    await fs.rename(out, file); // atomic: concurrent builds never see a half-written addon
    return { binary: await fs.readFile(file), file, cached: false, source };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

let nativeDigest: Promise<string> | undefined;

/** Hash of every file under native/ (the driver and the special functions the addon includes). */
function nativeSourcesDigest(): Promise<string> {
  nativeDigest ??= (async () => {
    const hash = createHash('sha256');
    const files = (await fs.readdir(NATIVE_DIR, { recursive: true })).map(String).sort();
    for (const file of files) {
      const full = path.join(NATIVE_DIR, file);
      if (!(await fs.stat(full)).isFile()) continue;
      hash.update(`${file}\0`).update(await fs.readFile(full)).update('\0');
    }
    return hash.digest('hex');
  })();
  return nativeDigest;
}

/** `prebuilds/<platform>-<arch>`: where node-gyp-build looks. */
export const prebuildDir = (platform = process.platform, arch = process.arch) => `prebuilds/${platform}-${arch}`;
