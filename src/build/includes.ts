/**
 * The files a translation unit reads from the include directories (native/, node-api-headers): its
 * `#include` lines followed transitively. Headers found in neither (`<math.h>`, …) are the
 * system's, covered by the compiler's identity in the cache key. A unit's cache key hashes the contents of these files, so editing native/special/gamma.c
 * recompiles only the kernels that call the gamma group.
 *
 * The scan ignores preprocessor conditions: a file behind `#if 0` still counts. That can only
 * recompile too much, never too little.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** `#include "name"` (group 1) or `#include <name>` (group 2). */
const INCLUDE = /^[ \t]*#[ \t]*include[ \t]*(?:"([^"\n]+)"|<([^>\n]+)>)/gm;

/** File contents read during one build, by absolute path (undefined: no such file). */
export type FileCache = Map<string, Promise<string | undefined>>;

function read(cache: FileCache, file: string): Promise<string | undefined> {
  let text = cache.get(file);
  if (!text) {
    text = fs.readFile(file, 'utf8').catch(() => undefined);
    cache.set(file, text);
  }
  return text;
}

/** Resolves an include as the preprocessor does: `"name"` beside the includer, then the -I directories. */
async function resolve(cache: FileCache, name: string, from: string | undefined, includeDirs: readonly string[]) {
  for (const dir of from ? [path.dirname(from), ...includeDirs] : includeDirs) {
    const file = path.resolve(dir, name);
    const text = await read(cache, file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/**
 * sha256 over the relative names and contents of every file `source` includes, directly or not,
 * in a stable order. `source` itself is not part of the digest.
 */
export async function includeDigest(source: string, includeDirs: readonly string[], cache: FileCache): Promise<string> {
  const seen = new Map<string, string>(); // file → text
  const visit = async (text: string, from: string | undefined): Promise<void> => {
    for (const [, quoted, angled] of text.matchAll(INCLUDE)) {
      const found = await resolve(cache, quoted ?? angled, quoted ? from : undefined, includeDirs);
      if (!found || seen.has(found.file)) continue;
      seen.set(found.file, found.text);
      await visit(found.text, found.file);
    }
  };
  await visit(source, undefined);
  const hash = createHash('sha256');
  for (const file of [...seen.keys()].sort()) {
    const base = includeDirs.find((d) => file.startsWith(d + path.sep));
    hash.update(`${base ? path.relative(base, file) : file}\0${seen.get(file)}\0`);
  }
  return hash.digest('hex');
}
