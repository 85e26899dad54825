/**
 * Compiles the kernels of one module into its addon for the register hook: the toolchain is
 * looked up once per process (only when a module actually needs compiling), and a missing C
 * compiler is reported once, after which kernels run as JavaScript.
 */
import { buildAddon } from '../build/addon.js';
import { findToolchain, type Toolchain } from '../build/toolchain.js';
import type { CompiledKernel } from '../compile.js';

export type AddonOutcome =
  | { kind: 'built'; file: string; cached: boolean; ms: number }
  | { kind: 'no-compiler'; message: string };

let toolchain: Promise<Toolchain | undefined> | undefined;
let warned = false;

export async function compileModuleAddon(kernels: readonly CompiledKernel[], cacheDir: string): Promise<AddonOutcome> {
  toolchain ??= findToolchain({ cflags: splitFlags(process.env.SYMKERNEL_CFLAGS) });
  const found = await toolchain;
  if (!found) {
    const message = `symkernel: no C compiler found (tried ${process.env.CC ?? 'cc'}); kernels run as JavaScript`;
    if (!warned) process.stderr.write(`${message}\n`);
    warned = true;
    return { kind: 'no-compiler', message };
  }
  const started = performance.now();
  const built = await buildAddon(kernels, found, cacheDir);
  return { kind: 'built', file: built.file, cached: built.cached, ms: performance.now() - started };
}

function splitFlags(flags: string | undefined): string[] {
  return flags ? flags.split(/\s+/).filter(Boolean) : [];
}
