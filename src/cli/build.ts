/**
 * `symkernel build`: a library's sources → what it publishes, without a bundler.
 *
 *   <out-dir>/prebuilds/<platform>-<arch>/symkernel.napi.node   every kernel of the sources, one addon
 *   <out-dir>/<js-dir>/…                                        the sources as JavaScript, mirrored:
 *       literals replaced by runtime calls, TypeScript types erased (.ts → .js, .mts → .mjs,
 *       .cts → .cjs), source maps beside the modules that had literals
 *   <out-dir>/<js-dir>/symkernel-addon.js                       what those modules import as their
 *       addon: `loadAddon(import.meta.url, <path to out-dir>)`, i.e. the package's prebuilds/
 *
 * At run time node-gyp-build picks the prebuild of the consumer's platform; with none, the
 * generated JS kernels run. Each CI machine runs this for its own platform; the JS is identical
 * everywhere. Nothing is written when any literal has an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { buildAddon, NativeBuildError } from '../build/addon.js';
import { findToolchain } from '../build/toolchain.js';
import type { CompiledKernel } from '../compile.js';
import { ADDON_MODULE } from '../extract/transform.js';
import { defaultCacheDir } from '../register/cache.js';
import { compileModule, type CompiledModule } from '../register/compile-module.js';
import { ADDON_FILE } from '../runtime/node.js';
import { createProgress } from './progress.js';

export const DEFAULT_BUILD_GLOBS = ['src/**/*.{js,mjs,cjs,ts,mts,cts}'];
const IGNORED = ['**/node_modules/**', '**/*.d.ts', '**/*.d.mts', '**/*.d.cts'];
export const ADDON_LOADER_FILE = 'symkernel-addon.js';

export interface BuildArgs {
  globs: string[];
  outDir: string;
  /** Relative to outDir; null: prebuilds only (`--no-js`). */
  jsDir: string | null;
  cc?: string;
  cflags: string[];
  quiet: boolean;
  progress: 'auto' | 'on' | 'off';
}

/** Parses the arguments after `build`; a string is a usage error. */
export function parseBuildArgs(argv: string[]): BuildArgs | string {
  const args: BuildArgs = { globs: [], outDir: '.', jsDir: 'dist', cflags: [], quiet: false, progress: 'auto' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    try {
      if (arg === '--out-dir') args.outDir = value();
      else if (arg === '--js-dir') args.jsDir = value();
      else if (arg === '--no-js') args.jsDir = null;
      else if (arg === '--cc') args.cc = value();
      else if (arg === '--cflags') args.cflags.push(...value().split(/\s+/).filter(Boolean));
      else if (arg === '--quiet' || arg === '-q') args.quiet = true;
      else if (arg === '--progress') args.progress = 'on';
      else if (arg.startsWith('-')) return `unknown option '${arg}'`;
      else args.globs.push(arg);
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (args.quiet) args.progress = 'off';
  return args;
}

export async function build(args: BuildArgs, cwd = process.cwd()): Promise<number> {
  const started = performance.now();
  const globs = args.globs.length ? args.globs : DEFAULT_BUILD_GLOBS;
  const outDir = path.resolve(cwd, args.outDir);
  const jsDir = args.jsDir === null ? null : path.resolve(outDir, args.jsDir);
  const ignore = [...IGNORED];
  if (jsDir && isInside(jsDir, cwd) && jsDir !== cwd) ignore.push(`${toPosix(path.relative(cwd, jsDir))}/**`);
  const files = globSync(globs, { cwd, ignore }).sort();
  if (files.length === 0) {
    process.stderr.write(`symkernel build: no files match ${globs.join(' ')} in ${cwd}\n`);
    return 1;
  }

  // 1. Compile every literal (nothing is written if any is broken).
  const progress = createProgress(args.progress);
  const modules = new Map<string, CompiledModule>();
  let errors = 0;
  files.forEach((file, i) => {
    progress.update(i + 1, files.length, `compiling literals of ${file}`);
    try {
      const module = compileModule(fs.readFileSync(path.join(cwd, file), 'utf8'), file);
      modules.set(file, module);
      for (const w of module.warnings) process.stderr.write(`${w.formatted}\n\n`);
    } catch (error) {
      const name = (error as Error).name;
      if (name !== 'SymkernelBuildError' && name !== 'TypeStripError') throw error;
      errors++;
      progress.done();
      process.stderr.write(`${(error as Error).message}\n\n`);
    }
  });
  progress.done();
  if (errors) {
    process.stderr.write(`symkernel build: ${errors} file${errors > 1 ? 's' : ''} with errors; nothing written\n`);
    return 1;
  }
  const kernels: CompiledKernel[] = [...modules.values()].flatMap((m) => m.kernels);
  const kernelCount = new Set(kernels.map((k) => k.id)).size;

  // 2. One addon with every kernel, compiled with the system C compiler (cached objects reused).
  let native = 'no kernels, no addon';
  if (kernels.length) {
    const toolchain = await findToolchain({ cc: args.cc, cflags: args.cflags });
    if (!toolchain) {
      process.stderr.write(`symkernel build: no C compiler found (tried ${args.cc ?? process.env.CC ?? 'cc'}); install one, or pass --cc or set $CC\n`);
      return 1;
    }
    const ccStarted = performance.now();
    let built;
    try {
      built = await buildAddon(kernels, toolchain, defaultCacheDir(cwd), {
        onProgress: (done, total) => progress.update(done, total, 'compiling kernels…'),
      });
    } catch (error) {
      progress.done();
      if (error instanceof NativeBuildError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
    progress.done();
    const target = path.join(outDir, 'prebuilds', `${process.platform}-${process.arch}`, ADDON_FILE);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, built.binary);
    const how = built.cached ? 'from the cache' : `${built.compiled} kernels compiled, ${built.reused} reused, ${seconds(performance.now() - ccStarted)}`;
    native = `${shown(cwd, target)} (${how})`;
  }

  // 3. The JavaScript, mirrored under jsDir, with the addon import pointing at the package's prebuilds.
  let js = 'no JavaScript written (--no-js)';
  if (jsDir) {
    const base = commonBase(globs.map(staticBase));
    let withKernels = 0;
    for (const [file, module] of modules) {
      const target = path.join(jsDir, jsName(path.relative(base, file)));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      let code = module.code;
      if (module.kernels.length) {
        withKernels++;
        const loader = toPosix(path.relative(path.dirname(target), path.join(jsDir, ADDON_LOADER_FILE)));
        const specifier = JSON.stringify(loader.startsWith('.') ? loader : `./${loader}`);
        code = code.replace(JSON.stringify(ADDON_MODULE), () => specifier); // the import transform() prepends
      }
      if (module.map) {
        const map = JSON.parse(module.map) as { sources: string[]; file?: string };
        map.sources = [toPosix(path.relative(path.dirname(target), path.join(cwd, file)))];
        map.file = path.basename(target);
        fs.writeFileSync(`${target}.map`, JSON.stringify(map));
        code += `\n//# sourceMappingURL=${path.basename(target)}.map\n`;
      }
      fs.writeFileSync(target, code);
    }
    if (withKernels) fs.writeFileSync(path.join(jsDir, ADDON_LOADER_FILE), addonLoaderModule(toPosix(path.relative(jsDir, outDir)) || '.'));
    js = `${modules.size} modules → ${shown(cwd, jsDir)}/`;
  }

  if (!args.quiet) {
    process.stdout.write(
      `symkernel build: ${files.length} files, ${kernelCount} kernels; addon: ${native}; ${js}; ${seconds(performance.now() - started)}\n`,
    );
  }
  return 0;
}

/** The module every built module imports its addon from: the package's own prebuilds/. */
function addonLoaderModule(root: string): string {
  return (
    '// Generated by `symkernel build` — do not edit. The addon of this package: prebuilds/ under the\n' +
    "// package root, picked for the platform by node-gyp-build; null (JS kernels) when none matches.\n" +
    "import { loadAddon } from 'symkernel/node';\n\n" +
    `export const addon = loadAddon(import.meta.url, ${JSON.stringify(root)});\n`
  );
}

/** `src/a/b.ts` → `src/a/b.js`: TypeScript extensions become their JavaScript ones. */
function jsName(file: string): string {
  return file.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs').replace(/\.tsx$/, '.jsx');
}

/** The folder part of a glob before its first pattern character: `src/**\/*.ts` → `src`. */
function staticBase(glob: string): string {
  const parts = toPosix(glob).split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

function commonBase(dirs: string[]): string {
  const split = dirs.map((d) => path.normalize(d).split(path.sep).filter((s) => s && s !== '.'));
  const common: string[] = [];
  for (let i = 0; split.every((s) => i < s.length && s[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.join(path.sep) || '.';
}

const toPosix = (p: string) => p.split(path.sep).join('/');
/** A path for messages: relative to the working folder when inside it, else absolute. */
const shown = (cwd: string, p: string) => (isInside(p, cwd) ? toPosix(path.relative(cwd, p)) || '.' : p);
const isInside = (child: string, parent: string) => !path.relative(parent, child).startsWith('..') && !path.isAbsolute(path.relative(parent, child));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
