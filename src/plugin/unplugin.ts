/**
 * The unplugin shell around `transform()`: filtering, error reporting, collecting the kernels of
 * the build, compiling them into one addon at the end of the build and emitting it as
 * `prebuilds/<platform>-<arch>/symkernel.napi.node` in the output directory.
 *
 * Bundler glue only: no compiling of math happens here.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createFilter } from '@rollup/pluginutils';
import MagicString from 'magic-string';
import { createUnplugin, type UnpluginContext } from 'unplugin';
import type { Plugin as RollupPlugin } from 'rollup';
import { buildAddon, NativeBuildError, prebuildDir } from '../build/addon.js';
import { findToolchain } from '../build/toolchain.js';
import type { CompiledKernel } from '../compile.js';
import { SymkernelBuildError } from '../diagnostics/located.js';
import { ADDON_MODULE, RUNTIME_MODULE, SPECIAL_MODULE, transform } from '../extract/transform.js';
import { ADDON_FILE } from '../runtime/node.js';
import { resolveOptions, type Options } from './options.js';

const RESOLVED_ADDON_MODULE = `\0${ADDON_MODULE}`;
const NODE_LOADER_MODULE = 'symkernel/node';
/** Replaced per chunk by the chunk's path to the output root. */
const ROOT_PLACEHOLDER = '__SYMKERNEL_OUTPUT_ROOT__';

export type { Options };

export const unplugin = createUnplugin<Options | undefined>((rawOptions, meta) => {
  const options = resolveOptions(rawOptions);
  const filter = createFilter(options.include, options.exclude);
  const kernelsByModule = new Map<string, CompiledKernel[]>();
  let addon: Buffer | undefined;
  /** Vite client builds are for browsers: no addon is loaded there. */
  let browserBuild = false;

  const reportBuildError = (ctx: UnpluginContext, error: SymkernelBuildError): never => {
    const first = error.diagnostics[0];
    // The bundler prints `frame` itself; the message lists every diagnostic of the file.
    ctx.error({
      message: error.diagnostics.map((d) => d.headline).join('\n'),
      id: first.file,
      code: first.code,
      loc: { file: first.file, line: first.loc.line, column: first.loc.column },
      frame: first.frame,
    } as Parameters<UnpluginContext['error']>[0]);
    throw error; // unreachable for bundlers whose error() throws
  };

  /** Rollup-family hooks: place the addon next to the chunks and tell each chunk where it is. */
  const rollupHooks: Partial<RollupPlugin> = {
    renderChunk(code, chunk) {
      if (!code.includes(ROOT_PLACEHOLDER)) return null;
      const root = path.posix.relative(path.posix.dirname(chunk.fileName), '.') || '.';
      const s = new MagicString(code);
      let at = code.indexOf(ROOT_PLACEHOLDER);
      while (at !== -1) {
        s.overwrite(at, at + ROOT_PLACEHOLDER.length, root);
        at = code.indexOf(ROOT_PLACEHOLDER, at + 1);
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
    generateBundle() {
      if (!addon) return;
      this.emitFile({ type: 'asset', fileName: `${prebuildDir()}/${ADDON_FILE}`, source: addon });
    },
  };

  return {
    name: 'symkernel',
    enforce: 'pre',

    buildStart() {
      addon = undefined;
    },

    resolveId(id) {
      if (id === ADDON_MODULE) return RESOLVED_ADDON_MODULE;
      return null;
    },

    loadInclude: (id) => id === RESOLVED_ADDON_MODULE,
    load(id) {
      if (id !== RESOLVED_ADDON_MODULE) return null;
      if (options.native === false || browserBuild) return 'export const addon = null;\n';
      return (
        `import { loadAddon } from ${JSON.stringify(NODE_LOADER_MODULE)};\n` +
        `export const addon = loadAddon(import.meta.url, ${JSON.stringify(ROOT_PLACEHOLDER)});\n`
      );
    },

    transformInclude: (id) => filter(id),
    transform(code, id) {
      try {
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
      if (kernels.length === 0 || options.native === false || browserBuild) return;
      const toolchain = await findToolchain(options);
      if (!toolchain) {
        const message = `symkernel: no C compiler found (tried ${options.cc ?? process.env.CC ?? 'cc'}); kernels will run as JavaScript`;
        if (options.native === true) throw new Error(`${message}. Install a C compiler or set native: 'auto'.`);
        (this as unknown as UnpluginContext).warn?.(message);
        return;
      }
      try {
        addon = (await buildAddon(kernels, toolchain, options.cacheDir)).binary;
      } catch (error) {
        if (error instanceof NativeBuildError) throw new Error(error.message);
        throw error;
      }
    },

    rollup: {
      ...rollupHooks,
      // Rollup without a resolver for node_modules: the runtime stays an external import.
      async resolveId(id, importer) {
        if (id === ADDON_MODULE) return RESOLVED_ADDON_MODULE;
        if (id !== RUNTIME_MODULE && id !== NODE_LOADER_MODULE && id !== SPECIAL_MODULE) return null;
        const resolved = await this.resolve(id, importer, { skipSelf: true });
        return resolved ?? { id, external: true };
      },
    },
    rolldown: rollupHooks as never,
    vite: {
      ...(rollupHooks as object),
      configResolved(config) {
        browserBuild = !config.build.ssr && config.command === 'build' && !config.build.lib;
      },
      // Vite drops assets emitted by SSR builds (build.ssrEmitAssets); the addon is not an
      // asset of the client, it belongs beside the server bundle, so write it there ourselves.
      async writeBundle(outputOptions, bundle) {
        const fileName = `${prebuildDir()}/${ADDON_FILE}`;
        if (!addon || bundle[fileName]) return;
        const dir = outputOptions.dir ?? path.dirname(outputOptions.file ?? '.');
        await fs.mkdir(path.join(dir, prebuildDir()), { recursive: true });
        await fs.writeFile(path.join(dir, fileName), addon);
      },
    },
  };
  void meta;
});
