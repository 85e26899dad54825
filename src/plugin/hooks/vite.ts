/** Vite hooks: client builds are browser builds; SSR builds get the addon beside the server bundle. */
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
      state.browserBuild = !config.build.ssr && config.command === 'build' && !config.build.lib;
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
