/**
 * The register hook's persistent cache: where it lives and the transformed-module entries.
 *
 * Location: `$SYMKERNEL_CACHE_DIR`, else `node_modules/.cache/symkernel` of the nearest folder
 * with a package.json at or above the working directory (the folder the bundler plugins use too),
 * else `<tmpdir>/symkernel-cache`. Deleting the folder clears it.
 *
 *   addon-<hash>.node      compiled addons (src/build/addon.ts), keyed by their C source, compiler and flags
 *   register/<hash>.json   one transformed module: its JavaScript and the name of its addon,
 *                          keyed by symkernel's version, the module's URL, its source text and
 *                          the compiler settings ($CC, $SYMKERNEL_CFLAGS)
 *
 * A warm start reads only these files: no parsing, no compiler lookup, no C compilation. Nothing
 * here imports the compiler, so loading this module stays cheap.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VERSION } from '../version.js';

export interface CachedModule {
  format: 'module' | 'commonjs';
  /** The module's JavaScript as Node runs it. */
  code: string;
  /** File name of the module's addon inside the cache folder; null when the module has no kernels. */
  addon: string | null;
}

export function defaultCacheDir(cwd = process.cwd(), env = process.env): string {
  if (env.SYMKERNEL_CACHE_DIR) return path.resolve(cwd, env.SYMKERNEL_CACHE_DIR);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'node_modules', '.cache', 'symkernel');
    if (path.dirname(dir) === dir) return path.join(os.tmpdir(), 'symkernel-cache');
  }
}

/** The compiler settings a cached module's addon was built with are part of its key (no spawn needed). */
export function moduleKey(url: string, source: string, env: NodeJS.ProcessEnv = process.env): string {
  return createHash('sha256')
    .update(`${VERSION}\0${url}\0${env.CC ?? ''}\0${env.SYMKERNEL_CFLAGS ?? ''}\0`)
    .update(source)
    .digest('hex')
    .slice(0, 40);
}

const entryPath = (cacheDir: string, key: string) => path.join(cacheDir, 'register', `${key}.json`);

/** The cached module, or undefined when it is missing, unreadable or its addon is gone. */
export function readModule(cacheDir: string, key: string): CachedModule | undefined {
  let entry: CachedModule;
  try {
    entry = JSON.parse(fs.readFileSync(entryPath(cacheDir, key), 'utf8')) as CachedModule;
  } catch {
    return undefined;
  }
  if (typeof entry.code !== 'string') return undefined;
  if (entry.addon !== null && !fs.existsSync(path.join(cacheDir, entry.addon))) return undefined;
  return entry;
}

/** Writes atomically (temporary file + rename): concurrent processes never read half an entry. */
export function writeModule(cacheDir: string, key: string, entry: CachedModule): void {
  const file = entryPath(cacheDir, key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(entry));
  fs.renameSync(temporary, file);
}
