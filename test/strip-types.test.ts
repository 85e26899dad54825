/** TypeScript type erasure (src/register/strip-types.ts): what goes, what stays, what is refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'oxc-parser';
import { stripTypes, TypeStripError } from '../src/register/strip-types.js';

/** Erases `ts`; the result keeps length and line breaks, parses as JavaScript, and reads `js` once runs of blanks are squeezed and lines trimmed. */
function expectStripped(ts: string, js: string): string {
  const { code } = stripTypes(ts, 'input.ts');
  assert.equal(code.length, ts.length, 'same length');
  assert.deepEqual([...code.matchAll(/\n/g)].map((m) => m.index), [...ts.matchAll(/\n/g)].map((m) => m.index), 'same line breaks');
  assert.deepEqual(parseSync('output.js', code, { sourceType: 'module' }).errors, [], `valid JavaScript:\n${code}`);
  assert.equal(code.replace(/[ \t]+/g, ' ').replace(/^ | $/gm, ''), js);
  return code;
}

function expectRefused(ts: string, position: string, reason: RegExp): void {
  assert.throws(() => stripTypes(ts, 'input.ts'), (error: unknown) => {
    assert.ok(error instanceof TypeStripError);
    assert.match(error.message, new RegExp(`^input\\.ts:${position}: error: `));
    assert.match(error.reason, reason);
    assert.match(error.frame, /\^/);
    return true;
  });
}

test('annotations, parameters, return types, generics, assertions', () => {
  expectStripped('let x: number = 1;', 'let x = 1;');
  expectStripped('function f<T>(a: T, b?: number, ...r: string[]): T { return a; }', 'function f (a , b , ...r ) { return a; }');
  expectStripped('const g = <T,>(a: T): T => a;', 'const g = (a ) => a;');
  expectStripped('const m = new Map<string, number>(); f<number>(1);', 'const m = new Map (); f (1);');
  expectStripped('const a = b as unknown as number; const c = d satisfies T; const e = <T>h; const n = o!.p!;', 'const a = b ; const c = d ; const e = h; const n = o .p ;');
  expectStripped('function t(this: Window, a: number) {}', 'function t( a ) {}');
  expectStripped('let d!: number; const { a, b }: { a: 1; b: 2 } = o;', 'let d ; const { a, b } = o;');
  expectStripped('const i = f<string>;', 'const i = f ;');
});

test('declarations that are types only disappear, line breaks stay', () => {
  expectStripped('interface A {\n  x: number;\n}\nexport interface B { y: A }\nconst v = 1;', '\n\n\n\nconst v = 1;');
  expectStripped('type T = string | number;\nexport type U = T[];\nexport default interface D {}', '\n\n');
  expectStripped('declare const g: number;\ndeclare function h(): void;\ndeclare module "m" {}\ndeclare global { var z: 1 }\ndeclare enum E { A }', '\n\n\n\n');
  expectStripped('function o(a: string): string;\nfunction o(a: any) { return a; }\nexport function p(): void;\nexport function p() {}', '\nfunction o(a ) { return a; }\n\nexport function p() {}');
});

test('type imports and exports', () => {
  expectStripped("import type { A } from './a.js';\nimport { type B, c, type D } from './b.js';\nexport type { A };\nexport { type B, c };\nexport type * from './t.js';", "\nimport { c, } from './b.js';\n\nexport { c };\n");
  expectStripped("import { type Kernel } from 'symkernel';", "import { } from 'symkernel';");
});

test('classes: modifiers, abstract members, index signatures, implements, optional and definite fields', () => {
  const ts = [
    'export abstract class Shape<T> extends Base<T> implements Named, Sized {',
    '  private readonly name: string = "s";',
    '  declare kind: string;',
    '  protected static count?: number = 0;',
    '  size!: number;',
    '  public override get label(): string { return this.name; }',
    '  abstract area(): number;',
    '  [key: string]: unknown;',
    '  scale(f: number): void;',
    '  scale(f: any) { this.size *= f; }',
    '  public static readonly area2 = 2;',
    '  readonly = 3;',
    '  m?(): void {}',
    '}',
  ].join('\n');
  expectStripped(
    ts,
    [
      'export class Shape extends Base {',
      'name = "s";',
      '',
      'static count = 0;',
      'size ;',
      'get label() { return this.name; }',
      '',
      '',
      '',
      'scale(f ) { this.size *= f; }',
      'static area2 = 2;',
      'readonly = 3;',
      'm () {}',
      '}',
    ].join('\n'),
  );
});

test('the erased module runs, with errors at the TypeScript line', async () => {
  const ts = [
    'interface P { x: number }',
    'class Acc<T extends P> {',
    '  private total: number = 0;',
    '  add(p: T): this { this.total += p.x as number; return this; }',
    '  get value(): number { return this.total; }',
    '}',
    'export const value: number = new Acc<P>().add({ x: 2 }).add({ x: 3 }).value;',
    'export function fail(): never { throw new Error("line 8"); }',
  ].join('\n');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-strip-')), 'module.mjs');
  fs.writeFileSync(file, stripTypes(ts, 'module.ts').code);
  const mod = await import(pathToFileURL(file).href);
  assert.equal(mod.value, 5);
  assert.throws(() => mod.fail(), (e: Error) => /module\.mjs:8:\d+/.test(e.stack ?? ''));
});

test('syntax that needs generated JavaScript is refused with its location', () => {
  expectRefused('const a = 1;\nenum E { A, B }', '2:1', /`enum`/);
  expectRefused('class C {\n  constructor(private x: number) {}\n}', '2:15', /parameter properties/);
  expectRefused('namespace N { export const a = 1; }', '1:1', /namespace/);
  expectRefused("import fs = require('fs');", '1:1', /require/);
  expectRefused('export = 1;', '1:1', /export =/);
  expectRefused('let x: = 1;', '1:\\d+', /./);
});
