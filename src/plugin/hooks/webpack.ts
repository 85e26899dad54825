/**
 * webpack and Rspack hooks (unplugin's `webpack` / `rspack` keys, `(compiler) => void`): the same
 * code serves both, through the part of the compiler API they share.
 *
 * - ES module output (`output.module: true`, and webpack's `experiments.outputModule`): the addon
 *   loader module keeps `import.meta.url` as written (a per-rule `importMeta: false`; both bundlers
 *   would otherwise put the build machine's path of the module there), so at run time it names the
 *   chunk. CommonJS output names it through Node's `__filename` and `require`s `symkernel/node`.
 * - `symkernel/node` (the loader, which `require`s node-gyp-build and the addon) stays an external
 *   import of the installed package; `symkernel/runtime` and `symkernel/special` are plain JS and
 *   get bundled.
 * - Unplugin runs `buildEnd` (which compiles the addon) at the `processAssets` stage
 *   ADDITIONAL; at the later stage ADDITIONS each JS asset gets its path to the output root in
 *   place of ROOT_PLACEHOLDER (a ReplaceSource, so source maps stay right) and the addon is
 *   emitted as `prebuilds/<platform>-<arch>/symkernel.napi.node`.
 * - Modules restored from a persistent cache get their kernels back from their source file.
 * - A build whose target is not Node (no `compiler.platform.node`) is a browser build: JS
 *   kernels only, no warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createFilter } from '@rollup/pluginutils';
import { prebuildDir } from '../../build/addon.js';
import { RUNTIME_MODULE, transform } from '../../extract/transform.js';
import { ADDON_FILE } from '../../runtime/node.js';
import { ROOT_PLACEHOLDER, type BuildState } from '../state.js';
import { NODE_LOADER_MODULE } from './rollup.js';

/** The webpack-sources surface both bundlers expose as `compiler.webpack.sources` / `compiler.rspack.sources`. */
interface Source {
  source(): string | Buffer;
}
interface ReplaceSource extends Source {
  replace(start: number, end: number, text: string): void;
}
interface Sources {
  RawSource: new (buffer: Buffer) => Source;
  ReplaceSource: new (source: Source) => ReplaceSource;
}

interface BuiltModule {
  resource?: string;
  originalSource?(): Source | null;
}

interface Compilation {
  hooks: {
    processAssets: { tap(options: { name: string; stage: number }, fn: () => void): void };
    finishModules: { tap(name: string, fn: (modules: Iterable<BuiltModule>) => void): void };
  };
  outputOptions: { module?: boolean };
  warnings: Error[];
  getAssets(): readonly { name: string; source: Source }[];
  getAsset(name: string): unknown;
  emitAsset(name: string, source: Source): void;
  updateAsset(name: string, source: Source): void;
}

interface ResourceData {
  resource: string;
}
interface ResolveData {
  context: string;
  contextInfo: object;
  resolveOptions?: object;
}
type ResolveCallback = (error?: Error | null, resolved?: string | false) => void;
interface NormalModuleFactory {
  hooks: {
    resolveForScheme: {
      for(scheme: string): {
        tapAsync(name: string, fn: (resourceData: ResourceData, resolveData: ResolveData, callback: (error?: Error | null, handled?: boolean) => void) => void): void;
      };
    };
  };
  getResolver(type: string, options?: object): { resolve(contextInfo: object, context: string, request: string, resolveContext: object, callback: ResolveCallback): void };
}

type ExternalCallback = (error?: Error | null, result?: string, type?: string) => void;

/** What this module uses of a webpack or Rspack `Compiler`. */
export interface WebpackLikeCompiler {
  options: {
    module: { rules: unknown[] };
    output: { module?: boolean };
  };
  platform?: { node?: boolean | null };
  hooks: {
    thisCompilation: { tap(name: string, fn: (compilation: Compilation) => void): void };
    compilation: { tap(name: string, fn: (compilation: Compilation, params: { normalModuleFactory: NormalModuleFactory }) => void): void };
  };
  webpack?: WebpackNamespace;
  rspack?: WebpackNamespace;
}

interface WebpackNamespace {
  sources: Sources;
  Compilation: { PROCESS_ASSETS_STAGE_ADDITIONS: number };
  ExternalsPlugin: new (type: string, externals: unknown) => { apply(compiler: never): void };
}

const NAME = 'symkernel';
const JS_ASSET = /\.[cm]?js$/;

export function webpackHooks(state: BuildState, addonModule: string, resolvedAddonModule: string): (compiler: WebpackLikeCompiler) => void {
  const addonResource = encodeURIComponent(resolvedAddonModule);
  const addonScheme = addonModule.slice(0, addonModule.indexOf(':'));
  const filter = createFilter(state.options.include, state.options.exclude);
  return (compiler) => {
    const api = (compiler.rspack ?? compiler.webpack)!;
    const esmOutput = () => compiler.options.output.module === true;

    compiler.options.module.rules.push({
      test: (resource: string) => resource.endsWith(addonResource),
      parser: { importMeta: false },
    });

    // The loader stays an import of the installed package: a static `import` in ES module output,
    // a `require` in CommonJS output (symkernel/node is an ES module; Node ≥ 20.19 requires it).
    new api.ExternalsPlugin(esmOutput() ? 'module' : 'commonjs', ({ request }: { request?: string }, callback: ExternalCallback) => {
      if (request !== NODE_LOADER_MODULE) return callback();
      callback(null, request, esmOutput() ? 'module' : 'commonjs');
    }).apply(compiler as never);

    // webpack (not Rspack) hands `virtual:` requests to its URL-scheme hooks, past the resolver
    // where unplugin's resolveId runs: send ours back through the resolver.
    if (!compiler.rspack) {
      compiler.hooks.compilation.tap(NAME, (_compilation, { normalModuleFactory }) => {
        normalModuleFactory.hooks.resolveForScheme.for(addonScheme).tapAsync(NAME, (resourceData, resolveData, callback) => {
          if (resourceData.resource !== addonModule) return callback();
          const resolver = normalModuleFactory.getResolver('normal', resolveData.resolveOptions);
          resolver.resolve(resolveData.contextInfo, resolveData.context, addonModule, {}, (error, resolved) => {
            if (error || typeof resolved !== 'string') return callback(error ?? new Error(`symkernel: cannot resolve ${addonModule}`));
            Object.assign(resourceData, { resource: resolved, path: resolved, query: '', fragment: '' });
            callback(null, true);
          });
        });
      });
    }

    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const nodeTarget = compiler.platform?.node === true;
      state.browserBuild = !nodeTarget;
      // CommonJS output: the chunk's URL from Node's own __filename (webpack leaves it alone for Node targets).
      state.chunkUrl = esmOutput() ? undefined : 'require("node:url").pathToFileURL(__filename).href';
      compilation.hooks.finishModules.tap(NAME, (modules) => collectCachedKernels(state, modules, filter));
      compilation.hooks.processAssets.tap({ name: NAME, stage: api.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        for (const asset of compilation.getAssets()) {
          if (!JS_ASSET.test(asset.name)) continue;
          const replaced = withOutputRoot(asset.source, asset.name, api.sources);
          if (replaced) compilation.updateAsset(asset.name, replaced);
        }
        if (!state.addon) return;
        const fileName = `${prebuildDir()}/${ADDON_FILE}`;
        const source = new api.sources.RawSource(state.addon);
        if (compilation.getAsset(fileName)) compilation.updateAsset(fileName, source);
        else compilation.emitAsset(fileName, source);
      });
    });
  };
}

/** The asset with ROOT_PLACEHOLDER replaced by its path to the output root, or undefined when it has none. */
function withOutputRoot(source: Source, fileName: string, sources: Sources): Source | undefined {
  const code = source.source().toString();
  const quoted = JSON.stringify(ROOT_PLACEHOLDER);
  let at = code.indexOf(quoted);
  if (at === -1) return undefined;
  const root = JSON.stringify(path.posix.relative(path.posix.dirname(fileName), '.') || '.');
  const out = new sources.ReplaceSource(source);
  while (at !== -1) {
    out.replace(at, at + quoted.length - 1, root);
    at = code.indexOf(quoted, at + quoted.length);
  }
  return out;
}

/**
 * A module restored from a persistent cache (`cache: { type: 'filesystem' }`) is not transformed
 * again, so its kernels would be missing from the addon: find the cached modules that import the
 * runtime and compile their literals from the source file (unchanged, or the cache would not hold).
 */
function collectCachedKernels(state: BuildState, modules: Iterable<BuiltModule>, filter: (id: string) => boolean): void {
  const runtimeImport = JSON.stringify(RUNTIME_MODULE);
  for (const module of modules) {
    const id = module.resource;
    if (!id || state.kernelsByModule.has(id) || !filter(id)) continue;
    const built = module.originalSource?.()?.source().toString();
    if (!built?.includes(runtimeImport)) continue;
    const file = id.replace(/[?#].*$/, '');
    if (!fs.existsSync(file)) continue;
    const result = transform(fs.readFileSync(file, 'utf8'), id);
    if (result) state.kernelsByModule.set(id, result.kernels);
  }
}
