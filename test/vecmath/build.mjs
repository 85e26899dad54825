/**
 * Builds the native/vecmath test and benchmark driver (test/vecmath/driver.c) with one object of
 * test/vecmath/kernels.c per variant, compiled with the flags of generated kernels
 * (src/build/toolchain.ts) plus the variant's own:
 *
 *   base    -march=x86-64                 our functions, the baseline (SSE2) code path
 *   avx2    -mavx2 -mfma                  our functions, the AVX2+FMA code path
 *   avx2fc  -mavx2 -mfma -ffp-contract=fast  the same with FMA contraction (robustness check)
 *   clones  SK_KERNEL of native/sk_simd.h (target_clones), as generated kernels are (objdump checks)
 *   libm    glibc's scalar libm
 *   mvec    glibc's libmvec (functions declared `omp declare simd`), AVX2
 *
 * Used by test/vecmath.test.ts and bench/vecmath.mjs. Needs gcc (target_clones, libmvec) on
 * x86-64 Linux with glibc; `vecmathSupported()` says whether this machine qualifies.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');

/** Flags of generated kernels (src/build/toolchain.ts), then the include path of native/. */
export const KERNEL_FLAGS = [
  '-O3',
  '-std=c11',
  '-fno-math-errno',
  '-fno-trapping-math',
  '-fopenmp-simd',
  '-fPIC',
  `-I${path.join(ROOT, 'native')}`,
];

export const VARIANTS = {
  base: ['-march=x86-64'],
  avx2: ['-mavx2', '-mfma'],
  avx2fc: ['-mavx2', '-mfma', '-ffp-contract=fast'],
  clones: ['-DVM_CLONES'],
  libm: ['-DVM_IMPL=1'],
  mvec: ['-DVM_IMPL=2', '-mavx2', '-mfma'],
};

export const CC = process.env.VM_CC ?? 'gcc';

export function vecmathSupported() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return 'not x86-64 Linux';
  try {
    const v = execFileSync(CC, ['--version'], { encoding: 'utf8' });
    if (/clang/i.test(v)) return `${CC} is clang (target_clones/libmvec need gcc)`;
  } catch {
    return `no ${CC}`;
  }
  return null;
}

export function cpuHasAvx2Fma() {
  try {
    const info = execFileSync('cat', ['/proc/cpuinfo'], { encoding: 'utf8' });
    return /\bavx2\b/.test(info) && /\bfma\b/.test(info);
  } catch {
    return false;
  }
}

/** Compiles every variant and links the driver into a fresh temporary folder (or `dir`). */
export async function buildVecmath(dir) {
  const out = dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'symkernel-vecmath-')));
  await fs.mkdir(out, { recursive: true });
  const kernels = path.join(HERE, 'kernels.c');
  const objects = {};
  for (const [name, flags] of Object.entries(VARIANTS)) {
    const obj = path.join(out, `${name}.o`);
    execFileSync(CC, [...KERNEL_FLAGS, ...flags, `-DVM_PREFIX=${name}`, '-c', kernels, '-o', obj], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    objects[name] = obj;
  }
  const driver = path.join(out, 'driver');
  execFileSync(
    CC,
    ['-O2', '-std=c11', path.join(HERE, 'driver.c'), ...Object.values(objects), '-o', driver, '-lmvec', '-lm'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return { dir: out, driver, objects };
}

/** Runs the driver; its output is one JSON object a line. */
export function runDriver(driver, args) {
  const text = execFileSync(driver, args.map(String), { encoding: 'utf8', maxBuffer: 1 << 26 });
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}
