/**
 * TypeScript → JavaScript by erasing types: every piece of type syntax is replaced by spaces
 * (line breaks kept), so the JavaScript keeps each token at the line and column it had in the
 * TypeScript file and stack traces point into the user's source without a source map. This is the
 * method of Node's own type stripping (amaro) and of ts-blank-space, done here on oxc-parser's AST
 * (symkernel's parser already) because Node 20 has no type stripping and we add no dependency.
 *
 * Erased: type annotations, `interface`, `type`, `declare …`, overloads, `import type` / `export
 * type` and inline `type` specifiers, type parameters and arguments, `as` / `satisfies` / `<T>x`
 * assertions, non-null `!`, definite `!:`, optional `?:`, `this` parameters, `implements`,
 * `abstract` members and classes, accessibility / `readonly` / `override` modifiers, index
 * signatures.
 *
 * Syntax that needs JavaScript to be generated (not just erased) is rejected with a located error,
 * as Node's strip-only mode does: `enum` (except `declare enum`), runtime `namespace`, constructor
 * parameter properties (`constructor(private x)`), `import x = require()`, `export =`.
 * JSX is left as it is. Values imported from other modules must not be types only: write
 * `import type` for those (TypeScript's `verbatimModuleSyntax`), since erasing cannot know.
 */
import { parseSync } from 'oxc-parser';
import { codeFrame, locate } from '../diagnostics/frame.js';

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (v: unknown): v is AstNode => typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** A TypeScript construct that cannot be erased, or a syntax error; carries file:line:col and a code frame. */
export class TypeStripError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly frame: string,
  ) {
    super(`${file}:${line}:${column + 1}: error: ${reason}\n${frame}`);
    this.name = 'TypeStripError';
  }
}

/** Files whose types are stripped. */
export const TS_EXTENSION = /\.(?:ts|mts|cts|tsx)$/;

/** Declarations erased whole. */
const TYPE_ONLY_DECLARATIONS = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
  'TSNamespaceExportDeclaration',
  'TSIndexSignature',
  'TSAbstractMethodDefinition',
  'TSAbstractPropertyDefinition',
  'TSAbstractAccessorProperty',
]);

/** Type syntax inside expressions and signatures, erased whole. */
const TYPE_SYNTAX = new Set(['TSTypeAnnotation', 'TSTypeParameterDeclaration', 'TSTypeParameterInstantiation']);

/** Syntax that needs generated JavaScript: what to tell the user. */
const UNSUPPORTED: Record<string, string> = {
  TSEnumDeclaration: '`enum` needs generated JavaScript; use a `const` object (or `declare enum`)',
  TSParameterProperty: 'constructor parameter properties need generated JavaScript; declare the field and assign it in the constructor',
  TSImportEqualsDeclaration: '`import x = require()` needs generated JavaScript; use `import`',
  TSExportAssignment: '`export =` needs generated JavaScript; use `export default`',
  TSModuleDeclaration: 'a runtime `namespace` needs generated JavaScript; use a module or `declare namespace`',
};

/** Class member modifiers that only TypeScript knows. */
const TS_MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'override', 'declare', 'abstract']);

export interface StrippedModule {
  /** The JavaScript: same length, same line breaks, types replaced by spaces. */
  code: string;
  /** `import`/`export` present: the module is ESM (Node's syntax detection, for `.ts` files). */
  hasModuleSyntax: boolean;
}

/** @param filename decides the dialect (`.tsx` allows JSX) and names the file in errors */
export function stripTypes(code: string, filename: string): StrippedModule {
  const parsed = parseSync(filename, code, { sourceType: 'module' });
  const error = parsed.errors.find((e) => e.severity === 'Error');
  if (error) {
    const label = error.labels?.[0];
    throw located(filename, code, label?.start ?? 0, label?.end ?? 1, error.message);
  }
  const blank: Array<[number, number]> = [];
  const erase = (start: number, end: number) => {
    if (end > start) blank.push([start, end]);
  };

  const visit = (node: AstNode): void => {
    if (eraseWhole(node, code, erase)) return;
    const unsupported = UNSUPPORTED[node.type];
    if (unsupported && !(node.type === 'TSEnumDeclaration' && node.declare)) {
      throw located(filename, code, node.start, node.end, unsupported);
    }
    eraseParts(node, code, erase);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(parsed.program as unknown as AstNode);
  return { code: applyBlanks(code, blank), hasModuleSyntax: parsed.module.hasModuleSyntax };
}

/** Erases nodes that are types through and through; true when `node` is gone. */
function eraseWhole(node: AstNode, code: string, erase: (s: number, e: number) => void): boolean {
  const decl = node.declaration as AstNode | null | undefined;
  const whole =
    TYPE_ONLY_DECLARATIONS.has(node.type) ||
    TYPE_SYNTAX.has(node.type) ||
    node.declare === true ||
    (node.type === 'ImportDeclaration' && node.importKind === 'type') ||
    (node.type === 'TSImportEqualsDeclaration' && node.importKind === 'type') ||
    ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.exportKind === 'type') ||
    ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') &&
      isNode(decl) &&
      (decl.declare === true || TYPE_ONLY_DECLARATIONS.has(decl.type))) ||
    // An overload signature inside a class: `m(a: string): void;`
    ((node.type === 'MethodDefinition' || node.type === 'TSAbstractMethodDefinition') &&
      isNode(node.value) &&
      node.value.type === 'TSEmptyBodyFunctionExpression') ||
    // `this: T` as a function's first parameter
    (node.type === 'Identifier' && node.name === 'this' && isNode(node.typeAnnotation));
  if (!whole) return false;
  erase(node.start, node.type === 'Identifier' ? afterComma(code, node.end) : node.end);
  return true;
}

/** Erases the TypeScript parts of a node that stays. */
function eraseParts(node: AstNode, code: string, erase: (s: number, e: number) => void): void {
  switch (node.type) {
    case 'ImportSpecifier':
    case 'ExportSpecifier':
      if (node.importKind === 'type' || node.exportKind === 'type') erase(node.start, afterComma(code, node.end));
      return;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      erase((node.expression as AstNode).end, node.end);
      return;
    case 'TSTypeAssertion':
      erase(node.start, (node.expression as AstNode).start);
      return;
    case 'TSInstantiationExpression':
      erase((node.expression as AstNode).end, node.end);
      return;
    case 'Identifier':
      // `x?: T` and `x!: T`: the mark sits between the name and the annotation
      if (node.optional || node.definite) eraseMark(code, node.start + String(node.name).length, node.end, erase);
      return;
    case 'VariableDeclarator':
      if (node.definite) eraseMark(code, (node.id as AstNode).start + String((node.id as AstNode).name ?? '').length, (node.id as AstNode).end, erase);
      return;
    case 'ClassDeclaration':
    case 'ClassExpression': {
      if (node.abstract && code.startsWith('abstract', node.start)) erase(node.start, node.start + 'abstract'.length);
      const impls = node.implements as AstNode[] | undefined;
      if (impls?.length) erase(code.lastIndexOf('implements', impls[0].start), impls[impls.length - 1].end);
      return;
    }
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'AccessorProperty': {
      const key = node.key as AstNode;
      const decorators = (node.decorators as AstNode[] | undefined) ?? [];
      const from = decorators.length ? decorators[decorators.length - 1].end : node.start;
      eraseModifiers(code, from, node.computed ? code.lastIndexOf('[', key.start) : key.start, erase);
      if (node.optional || node.definite) {
        const keyEnd = node.computed ? code.indexOf(']', key.end) + 1 : key.end;
        eraseMark(code, keyEnd, node.end, erase);
      }
      return;
    }
  }
}

/** Erases the `?` or `!` that is the first non-blank character at or after `from`. */
function eraseMark(code: string, from: number, limit: number, erase: (s: number, e: number) => void): void {
  let i = from;
  while (i < limit && /\s/.test(code[i])) i++;
  if (code[i] === '?' || code[i] === '!') erase(i, i + 1);
}

/** Erases TypeScript-only modifier words in [from, to): `private readonly x` keeps `x`. */
function eraseModifiers(code: string, from: number, to: number, erase: (s: number, e: number) => void): void {
  const words = /[A-Za-z_$][\w$]*/g;
  words.lastIndex = from;
  for (let m = words.exec(code); m && m.index < to; m = words.exec(code)) {
    if (TS_MODIFIERS.has(m[0])) erase(m.index, m.index + m[0].length);
  }
}

/** The offset after a comma that follows `end` (past blanks), else `end`. */
function afterComma(code: string, end: number): number {
  let i = end;
  while (i < code.length && /\s/.test(code[i])) i++;
  return code[i] === ',' ? i + 1 : end;
}

/** Replaces every character of the ranges by a space, keeping line terminators. */
function applyBlanks(code: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return code;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += code.slice(at, from) + code.slice(from, end).replace(/[^\r\n\u2028\u2029]/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

function located(file: string, code: string, start: number, end: number, reason: string): TypeStripError {
  const loc = locate(code, start);
  return new TypeStripError(file, loc.line, loc.column, reason, codeFrame(code, start, end));
}
