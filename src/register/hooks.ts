/**
 * Node module customization hooks (`module.register`, run on Node's hooks thread) behind
 * `node --import symkernel/register app.ts`.
 *
 * load: a project file (not under node_modules) that is TypeScript, or JavaScript mentioning
 * `symkernel`, is compiled once (literals → kernels, types erased) and its addon built with the
 * system C compiler — one addon per module, content-addressed — then both are kept in the cache
 * (cache.ts). Later starts read the cached JavaScript and never parse, look for a compiler or
 * compile: the compiler modules are not even imported on that path.
 *
 * resolve: `virtual:symkernel/addon` imported by such a module resolves to addon.js with the
 * module's addon file in the query (one module instance per addon); a relative `./x.js` that does
 * not exist resolves to `./x.ts` (and `.mjs` → `.mts`, `.cjs` → `.cts`), an extensionless one to
 * `.ts` or `/index.ts`, as TypeScript resolves them.
 *
 * A broken literal or TypeScript that cannot be erased fails the import with file:line:col and a
 * code frame as the whole message. `SYMKERNEL_DEBUG=1` reports each module (cache hit or compiled,
 * and whether cc ran) on stderr.
 */
import { promises as fsp } from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { moduleKey, readModule, writeModule, type CachedModule } from './cache.js';

/** What index.ts passes to `register()`. */
export interface HookData {
  cacheDir: string;
  debug: boolean;
  cwd: string;
  /** The project's symkernel.config.mjs (src/config.ts), applied before the first compile. */
  config?: { file: string; hash: string };
}

const ADDON_SPECIFIER = 'virtual:symkernel/addon'; // ADDON_MODULE of src/extract/transform.ts
const ADDON_LOADER = new URL('./addon.js', import.meta.url).href;
const TS_FILE = /\.(?:ts|mts|cts|tsx)$/;

let data: HookData = { cacheDir: '', debug: false, cwd: process.cwd() };
let configApplied = false;
/** Module URL → absolute path of its addon (null: kernels without an addon, they run as JS). */
const addonOf = new Map<string, string | null>();

export function initialize(init: HookData): void {
  data = init;
}

type Context = { parentURL?: string; format?: string | null; conditions?: string[]; importAttributes?: Record<string, string> };
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean };
type LoadResult = { format: string; source?: string | ArrayBuffer | Uint8Array | null; shortCircuit?: boolean };

export async function resolve(
  specifier: string,
  context: Context,
  nextResolve: (specifier: string, context?: Context) => Promise<ResolveResult>,
): Promise<ResolveResult> {
  if (specifier === ADDON_SPECIFIER) {
    const url = new URL(ADDON_LOADER);
    const file = context.parentURL ? addonOf.get(context.parentURL) : undefined;
    if (file) url.searchParams.set('file', file);
    return { url: url.href, format: 'module', shortCircuit: true };
  }
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const url = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && typeScriptCandidate(specifier, context.parentURL);
    if (!url) throw error;
    return { url, shortCircuit: true };
  }
}

/** The `.ts` file a relative specifier means, when it exists. */
function typeScriptCandidate(specifier: string, parentURL: string | undefined): string | undefined {
  if (!parentURL?.startsWith('file:') || !/^\.\.?\//.test(specifier)) return undefined;
  const base = new URL(specifier, parentURL);
  const file = fileURLToPath(base);
  const candidates = /\.[cm]?jsx?$/.test(file)
    ? [file.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts').replace(/\.cjs$/, '.cts').replace(/\.jsx$/, '.tsx')]
    : [`${file}.ts`, `${file}.tsx`, path.join(file, 'index.ts')];
  const found = candidates.find((c) => c !== file && fs.existsSync(c) && fs.statSync(c).isFile());
  return found ? pathToFileURL(found).href + base.search : undefined;
}

export async function load(
  url: string,
  context: Context,
  nextLoad: (url: string, context?: Context) => Promise<LoadResult>,
): Promise<LoadResult> {
  if (!url.startsWith('file:') || url.includes('/node_modules/')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  if (TS_FILE.test(file)) {
    const source = await fsp.readFile(file, 'utf8');
    const entry = await compiled(url, file, source);
    return { format: entry.format, source: entry.code, shortCircuit: true };
  }
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || result.source == null) return result;
  const source = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
  if (!source.includes('symkernel')) return result;
  const entry = await compiled(url, file, source);
  return { format: 'module', source: entry.code, shortCircuit: true };
}

/** The module's JavaScript from the cache, else compiled (and cached when complete). */
async function compiled(url: string, file: string, source: string): Promise<CachedModule> {
  const key = moduleKey(url, data.config ? `${source}\0config ${data.config.hash}` : source);
  const display = path.relative(data.cwd, file) || file;
  const hit = readModule(data.cacheDir, key);
  if (hit) {
    addonOf.set(url, hit.addon && path.join(data.cacheDir, hit.addon));
    debug(`${display}: cache hit${hit.addon ? `, addon ${hit.addon}` : ''}`);
    return hit;
  }

  // Cold path: only now load the compiler (oxc-parser, the math pipeline, the C toolchain).
  const [{ compileModule, withInlineMap }, { compileModuleAddon }] = await Promise.all([
    import('./compile-module.js'),
    import('./native.js'),
  ]);
  if (data.config && !configApplied) {
    const { applyProjectConfig } = await import('../config.js');
    await applyProjectConfig(data.config.file);
    configApplied = true;
  }
  let module;
  try {
    module = compileModule(source, display);
  } catch (error) {
    throw asReport(error, url);
  }
  for (const w of module.warnings) process.stderr.write(`${w.formatted}\n`);
  const entry: CachedModule = { format: module.format, code: withInlineMap(module, url), addon: null };
  let complete = true;
  if (module.kernels.length) {
    const outcome = await compileModuleAddon(module.kernels, data.cacheDir);
    if (outcome.kind === 'built') {
      entry.addon = path.relative(data.cacheDir, outcome.file);
      const how = outcome.cached ? 'addon found in cache' : `addon compiled by cc in ${Math.round(outcome.ms)} ms`;
      debug(`${display}: compiled ${module.kernels.length} kernels, ${how}`);
    } else {
      complete = false; // retried on the next start, in case a compiler is installed by then
      debug(`${display}: compiled ${module.kernels.length} kernels, no addon (no C compiler)`);
    }
  } else {
    debug(`${display}: no sym literals, types erased`);
  }
  addonOf.set(url, entry.addon && path.join(data.cacheDir, entry.addon));
  if (complete) writeModule(data.cacheDir, key, entry);
  return entry;
}

/**
 * A compile error as the user should see it: the located diagnostics with their code frames, and
 * one stack line pointing at the user's file instead of the hook's internals.
 */
function asReport(error: unknown, url: string): unknown {
  const e = error as { name?: string; message: string; diagnostics?: Array<{ loc: { line: number; column: number } }>; line?: number; column?: number };
  if (e?.name !== 'SymkernelBuildError' && e?.name !== 'TypeStripError') return error;
  const loc = e.diagnostics?.[0]?.loc ?? { line: e.line ?? 1, column: e.column ?? 0 };
  const report = new Error(e.message);
  report.stack = `${e.name}: ${e.message}\n    at ${url}:${loc.line}:${loc.column + 1}`;
  return report;
}

function debug(message: string): void {
  if (data.debug) process.stderr.write(`symkernel: ${message}\n`);
}
