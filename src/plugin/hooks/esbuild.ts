/**
 * esbuild hooks (unplugin's `esbuild` key): `config` sees the build options, `setup` gets the raw
 * esbuild build after unplugin has registered the shared hooks.
 *
 * - `platform` other than 'node' (esbuild's default is 'browser') is a browser build: JS kernels
 *   only.
 * - `symkernel/node` (the loader, which `require`s node-gyp-build and the addon) stays an external
 *   import of the installed package; `symkernel/runtime` and `symkernel/special` get bundled.
 * - ES module output finds its chunk through `import.meta.url`; CommonJS output (esbuild's default
 *   for `platform: 'node'`), where esbuild empties `import.meta`, through `__filename`, and requires
 *   `symkernel/node` (an ES module: Node ≥ 20.19 loads it with `require`).
 * - `onEnd` runs after unplugin's `buildEnd` (which compiled the addon): each JS output gets its
 *   path to the output directory in place of ROOT_PLACEHOLDER, padded with spaces to the same
 *   length so that source maps stay right, and the addon is written as
 *   `<outdir>/prebuilds/<platform>-<arch>/symkernel.napi.node` (to disk, or into `outputFiles`
 *   with `write: false`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BuildOptions, BuildResult, OutputFile, PartialMessage, PluginBuild } from 'esbuild';
import { prebuildDir } from '../../build/addon.js';
import { ADDON_FILE } from '../../runtime/node.js';
import { ROOT_PLACEHOLDER, type BuildState } from '../state.js';
import { NODE_LOADER_MODULE } from './rollup.js';

const JS_OUTPUT = /\.[cm]?js$/;
const QUOTED_PLACEHOLDER = JSON.stringify(ROOT_PLACEHOLDER);

export interface EsbuildHooks {
  config(options: BuildOptions): void;
  setup(build: PluginBuild): void;
}

export function esbuildHooks(state: BuildState): EsbuildHooks {
  return {
    config(options) {
      state.browserBuild = options.platform !== 'node';
      state.chunkUrl = options.format === 'esm' ? undefined : 'require("node:url").pathToFileURL(__filename).href';
      // The outputs to patch when esbuild writes them itself.
      if (options.write !== false) options.metafile = true;
    },

    setup(build) {
      const options = build.initialOptions;
      const escaped = NODE_LOADER_MODULE.replace(/[/]/g, '\\/');
      build.onResolve({ filter: new RegExp(`^${escaped}$`) }, (args) => ({ path: args.path, external: true }));

      build.onEnd(async (result) => {
        if (result.errors.length > 0) return undefined;
        const warnings: PartialMessage[] = [];
        const done = () => {
          // Messages from onEnd reach the result but not esbuild's log: print them as it would.
          if (warnings.length > 0 && options.logLevel !== 'error' && options.logLevel !== 'silent') {
            const color = typeof options.color === 'boolean' ? options.color : process.stderr.isTTY === true;
            for (const text of build.esbuild.formatMessagesSync(warnings, { kind: 'warning', color })) process.stderr.write(text);
          }
          return { warnings };
        };
        const cwd = options.absWorkingDir ?? process.cwd();
        const outdir = options.outdir ?? (options.outfile ? path.dirname(options.outfile) : undefined);
        if (!outdir) {
          if (state.addon) warnings.push({ text: 'symkernel: no outdir or outfile, so the native addon is not written; kernels will run as JavaScript' });
          return done();
        }
        const root = path.resolve(cwd, outdir);
        await patchOutputs(result, cwd, root);
        if (!state.addon) return done();
        const file = path.join(root, prebuildDir(), ADDON_FILE);
        if (result.outputFiles) {
          result.outputFiles.push(outputFile(file, state.addon));
        } else {
          await fs.mkdir(path.dirname(file), { recursive: true });
          await fs.writeFile(file, state.addon);
        }
        return done();
      });
    },
  };
}

/** Replaces ROOT_PLACEHOLDER in every JS output, in `outputFiles` (write: false) or on disk. */
async function patchOutputs(result: BuildResult, cwd: string, root: string): Promise<void> {
  if (result.outputFiles) {
    result.outputFiles.forEach((file, i, files) => {
      if (!JS_OUTPUT.test(file.path)) return;
      const text = file.text;
      const patched = withOutputRoot(text, file.path, root);
      if (patched !== text) files[i] = outputFile(file.path, Buffer.from(patched));
    });
    return;
  }
  for (const name of Object.keys(result.metafile?.outputs ?? {})) {
    const file = path.resolve(cwd, name);
    if (!JS_OUTPUT.test(file)) continue;
    const text = await fs.readFile(file, 'utf8');
    const patched = withOutputRoot(text, file, root);
    if (patched !== text) await fs.writeFile(file, patched);
  }
}

function withOutputRoot(text: string, file: string, root: string): string {
  if (!text.includes(QUOTED_PLACEHOLDER)) return text;
  const rel = JSON.stringify(path.relative(path.dirname(file), root).split(path.sep).join('/') || '.');
  // Same length (the quoted placeholder is 27 characters): columns after it, and so the source map, stay right.
  const replacement = rel.length <= QUOTED_PLACEHOLDER.length ? rel.padEnd(QUOTED_PLACEHOLDER.length) : rel;
  return text.split(QUOTED_PLACEHOLDER).join(replacement);
}

function outputFile(file: string, contents: Uint8Array): OutputFile {
  return {
    path: file,
    contents,
    hash: '',
    get text() {
      return Buffer.from(contents).toString('utf8');
    },
  };
}
