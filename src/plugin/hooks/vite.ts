/**
 * Vite hooks: client builds are browser builds; SSR builds get the addon beside the server bundle.
 * A dev server counts as a browser build too (no bundle addon; the client's virtual addon module is
 * `addon = null`); the modules it loads for SSR (`{ ssr: true }`) get one addon each, compiled on
 * request (unplugin.ts, devAddonModule).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plugin as VitePlugin } from 'vite';
import { prebuildDir } from '../../build/addon.js';
import { ADDON_FILE } from '../../runtime/node.js';
import type { BuildState } from '../state.js';
import { rollupOutputHooks } from './rollup.js';

export function viteHooks(state: BuildState): Partial<VitePlugin> {
  return {
    ...(rollupOutputHooks(state) as object),
    configResolved(config) {
      state.browserBuild = config.command === 'serve' || (!config.build.ssr && !config.build.lib);
      state.devServer = config.command === 'serve';
    },
    // Vite drops assets emitted by SSR builds (build.ssrEmitAssets); the addon is not an
    // asset of the client, it belongs beside the server bundle, so write it there ourselves.
    async writeBundle(outputOptions, bundle) {
      const fileName = `${prebuildDir()}/${ADDON_FILE}`;
      if (!state.addon || bundle[fileName]) return;
      const dir = outputOptions.dir ?? path.dirname(outputOptions.file ?? '.');
      await fs.mkdir(path.join(dir, prebuildDir()), { recursive: true });
      await fs.writeFile(path.join(dir, fileName), state.addon);
    },
  };
}

/**
 * A code frame of ours (`12:   text`, then a caret line) in the shape Vite's error overlay
 * recognizes (`> 12 |   text`, then `   |   ^`); the overlay hides frames of any other shape.
 */
export function overlayFrame(frame: string): string {
  const lines = frame.split('\n');
  const numbered = lines.map((line) => /^\s*(\d+): (.*)$/.exec(line));
  const width = Math.max(...numbered.map((m) => (m ? m[1].length : 0)));
  return lines
    .map((line, i) => {
      const m = numbered[i];
      if (!m) return `  ${' '.repeat(width)} | ${line.slice(width + 2)}`;
      const marker = i + 1 < lines.length && !numbered[i + 1] ? '>' : ' ';
      return `${marker} ${m[1].padStart(width)} | ${m[2]}`;
    })
    .join('\n');
}
