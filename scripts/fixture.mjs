/**
 * Sets up a fixture project the way a user's project looks: its own folder with the fixture's
 * files and a node_modules/ holding symkernel installed from `npm pack` (so only what the package
 * publishes, through its `exports` map, is reachable) plus the bundlers and the package's own
 * dependencies, linked from this repository's node_modules.
 *
 * Used by the tests and by the demo. Assumes `npm run build` has run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let packed;

/** `npm pack` of this repository, once per process. Returns the extracted package folder. */
export function packPackage() {
  if (packed) return packed;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [{ filename }] = JSON.parse(out);
  execFileSync('tar', ['xzf', path.join(dir, path.basename(filename)), '-C', dir]);
  packed = path.join(dir, 'package');
  return packed;
}

/**
 * Copies fixtures/<name> into a fresh temporary folder and installs symkernel into it.
 * @returns the fixture's folder
 */
export function prepareFixture(name, { into } = {}) {
  const source = path.join(ROOT, 'fixtures', name);
  if (!fs.existsSync(source)) throw new Error(`no fixture ${name}`);
  const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), `symkernel-${name}-`));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(source, dir, {
    recursive: true,
    filter: (p) => !/[\\/](node_modules|dist)$/.test(p),
  });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  const rootModules = path.join(ROOT, 'node_modules');
  for (const entry of fs.readdirSync(rootModules)) {
    if (entry === '.cache' || entry === '.package-lock.json') continue;
    fs.symlinkSync(path.join(rootModules, entry), path.join(modules, entry));
  }
  fs.cpSync(packPackage(), path.join(modules, 'symkernel'), { recursive: true });
  return dir;
}

/** Runs a package's CLI script (from this repository's node_modules) inside a fixture. */
export function binPath(pkg, bin) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin ?? pkg];
  return path.join(ROOT, 'node_modules', pkg, rel);
}
