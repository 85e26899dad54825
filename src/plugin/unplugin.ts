/**
 * The unplugin shell around `transform()`: filtering, error reporting, collecting the kernels of
 * the build, compiling them into one addon at the end of the build and emitting it as
 * `prebuilds/<platform>-<arch>/symkernel.napi.node` in the output directory.
 *
 * Bundler glue only: no compiling of math happens here.
 */
import { createFilter } from '@rollup/pluginutils';
import { createUnplugin, type UnpluginContext } from 'unplugin';
import { buildAddon, NativeBuildError, type BuiltAddon } from '../build/addon.js';
import { findToolchain } from '../build/toolchain.js';
import { SymkernelBuildError } from '../diagnostics/located.js';
import { ADDON_MODULE, transform } from '../extract/transform.js';
import { NODE_LOADER_MODULE, rollupHooks, rollupOutputHooks } from './hooks/rollup.js';
import { overlayFrame, viteHooks } from './hooks/vite.js';
import { esbuildHooks } from './hooks/esbuild.js';
import { webpackHooks } from './hooks/webpack.js';
import { resolveOptions, type Options } from './options.js';
import { ROOT_PLACEHOLDER, type BuildState } from './state.js';
import { setUserFunctions } from '../functions/table.js';
import { userFunctionInfos } from '../functions/user.js';
import { createHash } from 'node:crypto';
import type { CompiledKernel } from '../compile.js';

const RESOLVED_ADDON_MODULE = `\0${ADDON_MODULE}`;

/** `\0virtual:symkernel/addon?from=<module>&k=<hash of its kernel ids>` (dev server only). */
function devAddonModuleId(importer: string, kernels: readonly CompiledKernel[]): string {
  const hash = createHash('sha256').update(kernels.map((k) => k.id).join(',')).digest('hex').slice(0, 12);
  return `${RESOLVED_ADDON_MODULE}?from=${encodeURIComponent(importer)}&k=${hash}`;
}

function devAddonImporter(id: string): string | undefined {
  const query = id.slice(RESOLVED_ADDON_MODULE.length);
  if (!query.startsWith('?from=')) return undefined;
  return decodeURIComponent(query.slice('?from='.length, query.lastIndexOf('&k=')));
}

export type { Options };

export const unplugin = createUnplugin<Options | undefined>((rawOptions, meta) => {
  const options = resolveOptions(rawOptions);
  // User functions live in the process-wide function table: this instance puts its own there
  // before each compile (transform and the addon's C printing are synchronous), so several
  // instances with different `functions` do not see each other's.
  const userFunctions = userFunctionInfos(options.functions);
  const useOwnFunctions = () => setUserFunctions(userFunctions);
  useOwnFunctions();
  const filter = createFilter(options.include, options.exclude);
  const state: BuildState = { options, kernelsByModule: new Map(), addon: undefined, browserBuild: false };
  const { kernelsByModule } = state;

  const reportBuildError = (ctx: UnpluginContext, error: SymkernelBuildError): never => {
    const first = error.diagnostics[0];
    if (meta.framework === 'webpack' || meta.framework === 'rspack') {
      // A loader's error() only records the error and the throw that must follow would report it
      // a second time: throw once, with the frame in the message and without our stack
      // (webpack's and Rspack's `hideStack`).
      throw Object.assign(new Error(error.diagnostics.map((d) => `${d.headline}\n${d.frame}`).join('\n')), { hideStack: true });
    }
    // The bundler prints `frame` itself; the message lists every diagnostic of the file.
    ctx.error({
      message: error.diagnostics.map((d) => d.headline).join('\n'),
      id: first.file,
      code: first.code,
      loc: { file: first.file, line: first.loc.line, column: first.loc.column },
      frame: state.devServer ? overlayFrame(first.frame) : first.frame,
    } as Parameters<UnpluginContext['error']>[0]);
    throw error; // unreachable for bundlers whose error() throws
  };

  /**
   * The addon of `kernels`, compiled (or found in the cache) with this instance's user functions;
   * undefined when there is no C compiler (a warning, or an error with `native: true`).
   */
  const compileAddon = async (ctx: UnpluginContext, kernels: CompiledKernel[]): Promise<BuiltAddon | undefined> => {
    const toolchain = await findToolchain(options);
    if (!toolchain) {
      const message = `symkernel: no C compiler found (tried ${options.cc ?? process.env.CC ?? 'cc'}); kernels will run as JavaScript`;
      if (options.native === true) throw new Error(`${message}. Install a C compiler or set native: 'auto'.`);
      ctx.warn?.(message);
      return undefined;
    }
    try {
      useOwnFunctions();
      return await buildAddon(kernels, toolchain, options.cacheDir);
    } catch (error) {
      if (error instanceof NativeBuildError) throw new Error(error.message);
      throw error;
    }
  };

  /** SSR in a dev server: the module's kernels compiled on request (per-kernel objects are cached). */
  const devAddonModule = async (ctx: UnpluginContext, kernels: CompiledKernel[]): Promise<string> => {
    const built = kernels.length ? await compileAddon(ctx, kernels) : undefined;
    if (!built) return 'export const addon = null;\n';
    return `import { loadAddonFile } from ${JSON.stringify(NODE_LOADER_MODULE)};\nexport const addon = loadAddonFile(${JSON.stringify(built.file)});\n`;
  };

  return {
    name: 'symkernel',
    enforce: 'pre',

    buildStart() {
      state.addon = undefined;
    },

    resolveId(id, importer) {
      if (id !== ADDON_MODULE) return null;
      // A dev server builds no bundle: each module gets its own addon module, named by the
      // module and its kernels, so that an edited literal is a new module (and a new addon).
      if (state.devServer && importer) return devAddonModuleId(importer, kernelsByModule.get(importer) ?? []);
      return RESOLVED_ADDON_MODULE;
    },

    loadInclude: (id) => id.startsWith(RESOLVED_ADDON_MODULE),
    // Vite passes `{ ssr }`: in a dev server (browserBuild) only SSR modules run in Node.
    async load(id, loadOptions?: { ssr?: boolean }) {
      if (!id.startsWith(RESOLVED_ADDON_MODULE)) return null;
      if (options.native === false || (state.browserBuild && !loadOptions?.ssr)) return 'export const addon = null;\n';
      const importer = devAddonImporter(id);
      if (importer !== undefined) return devAddonModule(this as unknown as UnpluginContext, kernelsByModule.get(importer) ?? []);
      return (
        `import { loadAddon } from ${JSON.stringify(NODE_LOADER_MODULE)};\n` +
        `export const addon = loadAddon(${state.chunkUrl ?? 'import.meta.url'}, ${JSON.stringify(ROOT_PLACEHOLDER)});\n`
      );
    },

    transformInclude: (id) => filter(id),
    transform(code, id) {
      try {
        useOwnFunctions();
        const result = transform(code, id);
        if (!result) {
          kernelsByModule.delete(id);
          return null;
        }
        kernelsByModule.set(id, result.kernels);
        for (const w of result.warnings) {
          this.warn({ message: w.headline, id: w.file, code: w.code, loc: { file: w.file, line: w.loc.line, column: w.loc.column }, frame: w.frame } as Parameters<UnpluginContext['warn']>[0]);
        }
        return { code: result.code, map: result.map };
      } catch (error) {
        if (error instanceof SymkernelBuildError) return reportBuildError(this, error);
        throw error;
      }
    },

    async buildEnd() {
      const kernels = [...kernelsByModule.values()].flat();
      if (kernels.length === 0 || options.native === false || state.browserBuild) return;
      state.addon = (await compileAddon(this as unknown as UnpluginContext, kernels))?.binary;
    },

    rollup: rollupHooks(state, RESOLVED_ADDON_MODULE, ADDON_MODULE),
    rolldown: rollupOutputHooks(state) as never,
    vite: viteHooks(state) as never,
    webpack: webpackHooks(state, ADDON_MODULE, RESOLVED_ADDON_MODULE) as never,
    rspack: webpackHooks(state, ADDON_MODULE, RESOLVED_ADDON_MODULE) as never,
    esbuild: esbuildHooks(state),
  };
});
