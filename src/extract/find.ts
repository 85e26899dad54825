/**
 * Finds `sym` tagged templates in a JS/TS module with a real parser (oxc-parser).
 *
 * Only the `sym` export of 'symkernel' counts, under any local alias (`import { sym as s }`) or
 * through a namespace (`import * as sk` → sk.sym`…`), and only where that binding is not
 * shadowed by a local declaration of the same name. Everything else is left alone.
 */
import { parseSync } from 'oxc-parser';

export const PACKAGE_NAME = 'symkernel';

export interface FoundLiteral {
  /** Offsets of the whole tagged template expression (tag included). */
  start: number;
  end: number;
  /** The literal's raw text: everything between the backticks. */
  text: string;
  /** Offset in the module where `text` begins. */
  textStart: number;
  /** Each `${…}` hole: its offsets relative to `text`, and the JS expression inside it. */
  holes: FoundHole[];
  /** The top-level `const` this literal initializes, if any (such a literal is a fragment). */
  binding?: string;
  /** The signature declared by a type argument `sym<(x: Vec, mu: number) => …>`, when it is a function type. */
  declared?: DeclaredSignature;
}

/** What a `sym<F>` type argument says about the kernel, read from the syntax (no type checking). */
export interface DeclaredSignature {
  /** Offsets of the function type in the module. */
  start: number;
  end: number;
  params: string[];
  /** A rest or optional parameter: the count is not fixed, so it is not checked. */
  variadic: boolean;
  /** The return type: a tuple of `count` outputs, an object type with `names`, or anything else. */
  returns: { kind: 'single' } | { kind: 'tuple'; count: number } | { kind: 'named'; names: string[] } | { kind: 'other' };
}

export interface FoundHole {
  start: number;
  end: number;
  /** Offsets of the JS expression inside `${…}` in the module. */
  expression: { start: number; end: number };
  /** When the expression is the name of a top-level `const` bound to a sym literal (not shadowed). */
  fragment?: string;
}

export interface FindResult {
  literals: FoundLiteral[];
  /** Syntax errors of the host module itself (left for the bundler to report). */
  parseFailed: boolean;
  /**
   * `import … from 'symkernel'` statements whose every binding is used only as a literal's tag:
   * once the literals are replaced they import nothing, so the transform drops them.
   */
  deadImports: { start: number; end: number }[];
}

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (v: unknown): v is AstNode => typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

export function findLiterals(code: string, filename: string): FindResult {
  if (!code.includes(PACKAGE_NAME)) return { literals: [], parseFailed: false, deadImports: [] };
  const parsed = parseSync(filename, code, { sourceType: 'module' });
  if (parsed.errors.some((e) => e.severity === 'Error')) return { literals: [], parseFailed: true, deadImports: [] };

  const direct = new Set<string>();
  const namespaces = new Set<string>();
  for (const imp of parsed.module.staticImports) {
    if (imp.moduleRequest.value !== PACKAGE_NAME) continue;
    for (const entry of imp.entries) {
      if (entry.isType) continue;
      if (entry.importName.kind === 'Name' && entry.importName.name === 'sym') direct.add(entry.localName.value);
      if (entry.importName.kind === 'NamespaceObject') namespaces.add(entry.localName.value);
    }
  }
  if (direct.size === 0 && namespaces.size === 0) return { literals: [], parseFailed: false, deadImports: [] };

  const literals: FoundLiteral[] = [];
  const tracked = new Set([...direct, ...namespaces]);
  let fragments = new Map<string, AstNode>();
  let trackedForShadowing = tracked;
  /** Every reference to a tracked binding, and those that are a compiled literal's tag. */
  let references = 0;
  let tagReferences = 0;

  const visit = (node: AstNode, shadowed: ReadonlySet<string>): void => {
    if (node.type === 'ImportDeclaration') return;
    const declared = declaredIn(node, trackedForShadowing);
    const scope = declared.size ? new Set([...shadowed, ...declared]) : shadowed;
    if (node.type === 'Identifier' && tracked.has(node.name as string) && !scope.has(node.name as string)) references++;
    if (node.type === 'TaggedTemplateExpression' && isSymTag(node.tag as AstNode, scope)) {
      const literal = literalOf(code, node, fragments, scope);
      const binding = [...fragments].find(([, n]) => n === node)?.[0];
      literals.push(binding ? { ...literal, binding } : literal);
      tagReferences++;
    }
    for (const key in node) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) visit(c, scope);
      } else if (isNode(child)) visit(child, scope);
    }
  };

  const isSymTag = (tag: AstNode, scope: ReadonlySet<string>): boolean => {
    if (tag.type === 'Identifier') return direct.has(tag.name as string) && !scope.has(tag.name as string);
    if (tag.type === 'MemberExpression' && !tag.computed) {
      const object = tag.object as AstNode;
      const property = tag.property as AstNode;
      return (
        object.type === 'Identifier' &&
        namespaces.has(object.name as string) &&
        !scope.has(object.name as string) &&
        property.name === 'sym'
      );
    }
    return false;
  };

  fragments = topLevelSymConstants(parsed.program as unknown as AstNode, (tag) => isSymTag(tag, new Set()));
  trackedForShadowing = new Set([...tracked, ...fragments.keys()]);
  visit(parsed.program as unknown as AstNode, new Set());
  const deadImports =
    references === tagReferences
      ? parsed.module.staticImports
          .filter((imp) => imp.moduleRequest.value === PACKAGE_NAME)
          // Type-only entries (`import { sym, type Kernel }`) go with it: types are erased anyway.
          .filter((imp) => imp.entries.every((e) => e.isType || tracked.has(e.localName.value)))
          .map((imp) => ({ start: imp.start, end: imp.end }))
      : [];
  return { literals, parseFailed: false, deadImports };
}

function literalOf(code: string, node: AstNode, fragments: Map<string, AstNode>, scope: ReadonlySet<string>): FoundLiteral {
  const quasi = node.quasi as AstNode;
  // Between the backticks, whatever the parser's convention for template element spans.
  const textStart = quasi.start + 1;
  const textEnd = quasi.end - 1;
  const holes = (quasi.expressions as AstNode[]).map((e): FoundHole => {
    const hole: FoundHole = {
      start: code.lastIndexOf('${', e.start) - textStart,
      end: code.indexOf('}', e.end) + 1 - textStart,
      expression: { start: e.start, end: e.end },
    };
    const name = e.type === 'Identifier' ? (e.name as string) : undefined;
    return name && fragments.has(name) && !scope.has(name) ? { ...hole, fragment: name } : hole;
  });
  const declared = declaredSignature(node);
  return { start: node.start, end: node.end, text: code.slice(textStart, textEnd), textStart, holes, ...(declared && { declared }) };
}

/** `Vec`, `number`, `Float64Array`, … or a union of them: one output (a type alias could be anything: not judged). */
const SINGLE_OUTPUT_NAMES = new Set(['Vec', 'NumericArray', 'Float64Array', 'Float32Array']);
function isSingleOutputType(t: AstNode): boolean {
  if (t.type === 'TSNumberKeyword') return true;
  if (t.type === 'TSTypeReference') {
    const name = t.typeName as AstNode;
    return name.type === 'Identifier' && SINGLE_OUTPUT_NAMES.has(name.name as string);
  }
  if (t.type === 'TSUnionType') return (t.types as AstNode[]).every(isSingleOutputType);
  return false;
}

function declaredSignature(node: AstNode): DeclaredSignature | undefined {
  const typeArguments = node.typeArguments as AstNode | null | undefined;
  const fn = (typeArguments?.params as AstNode[] | undefined)?.[0];
  if (!fn || fn.type !== 'TSFunctionType') return undefined;
  const params = fn.params as AstNode[];
  const variadic = params.some((p) => p.type === 'RestElement' || p.optional === true);
  const names = params.map((p) => (p.type === 'Identifier' ? (p.name as string) : '…'));
  const returned = ((fn.returnType as AstNode | null)?.typeAnnotation ?? null) as AstNode | null;
  let returns: DeclaredSignature['returns'] = { kind: 'other' };
  if (returned && isSingleOutputType(returned)) returns = { kind: 'single' };
  else if (returned?.type === 'TSTupleType') returns = { kind: 'tuple', count: (returned.elementTypes as AstNode[]).length };
  else if (returned?.type === 'TSTypeLiteral') {
    const members = returned.members as AstNode[];
    const keys = members.map((m) => m.key as AstNode | undefined);
    if (members.every((m, i) => m.type === 'TSPropertySignature' && keys[i] && (keys[i]!.type === 'Identifier' || keys[i]!.type === 'Literal'))) {
      returns = { kind: 'named', names: keys.map((k) => String(k!.type === 'Identifier' ? k!.name : k!.value)) };
    }
  }
  return { start: fn.start, end: fn.end, params: names, variadic, returns };
}

/** `const name = sym\`…\`` at the top level of the module (exported or not): the fragments. */
function topLevelSymConstants(program: AstNode, isSym: (tag: AstNode) => boolean): Map<string, AstNode> {
  const found = new Map<string, AstNode>();
  for (let statement of program.body as AstNode[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) statement = statement.declaration as AstNode;
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    for (const d of statement.declarations as AstNode[]) {
      const id = d.id as AstNode;
      let init = d.init as AstNode | null;
      while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression' || init.type === 'ParenthesizedExpression')) {
        init = init.expression as AstNode;
      }
      if (id.type === 'Identifier' && init?.type === 'TaggedTemplateExpression' && isSym(init.tag as AstNode)) found.set(id.name as string, init);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Shadowing: which of the tracked names does this node declare for its own scope?

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const BLOCKS = new Set(['BlockStatement', 'StaticBlock', 'Program', 'SwitchStatement']);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement']);

function declaredIn(node: AstNode, tracked: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const add = (name: unknown) => {
    if (typeof name === 'string' && tracked.has(name)) names.add(name);
  };
  if (FUNCTIONS.has(node.type)) {
    for (const p of (node.params as AstNode[]) ?? []) patternNames(p, add);
    if (node.type === 'FunctionExpression' && node.id) add((node.id as AstNode).name);
    const body = node.body as AstNode | null;
    if (body && body.type === 'BlockStatement') hoistedVars(body, add);
  } else if (BLOCKS.has(node.type) && node.type !== 'Program') {
    const statements = (node.type === 'SwitchStatement'
      ? (node.cases as AstNode[]).flatMap((c) => c.consequent as AstNode[])
      : (node.body as AstNode[])) ?? [];
    for (const s of statements) lexicalNames(s, add);
  } else if (LOOPS.has(node.type)) {
    const init = (node.init ?? node.left) as AstNode | null;
    if (init && init.type === 'VariableDeclaration') lexicalNames(init, add);
  } else if (node.type === 'CatchClause' && node.param) {
    patternNames(node.param as AstNode, add);
  } else if ((node.type === 'ClassExpression') && node.id) {
    add((node.id as AstNode).name);
  }
  return names;
}

function lexicalNames(statement: AstNode, add: (name: unknown) => void): void {
  if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
    for (const d of statement.declarations as AstNode[]) patternNames(d.id as AstNode, add);
  } else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) {
    add((statement.id as AstNode).name);
  }
}

/** `var` declarations anywhere in a function body (not in nested functions); lexical ones are per block. */
function hoistedVars(node: AstNode, add: (name: unknown) => void): void {
  if (node.type === 'VariableDeclaration' && node.kind === 'var') {
    for (const d of node.declarations as AstNode[]) patternNames(d.id as AstNode, add);
  }
  for (const key in node) {
    const child = node[key];
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      if (!isNode(c) || FUNCTIONS.has(c.type) || c.type.startsWith('Class')) continue;
      hoistedVars(c, add);
    }
  }
}

function patternNames(pattern: AstNode | null, add: (name: unknown) => void): void {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      add(pattern.name);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left as AstNode, add);
      break;
    case 'RestElement':
      patternNames(pattern.argument as AstNode, add);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements as (AstNode | null)[]) patternNames(e, add);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties as AstNode[]) patternNames((p.type === 'RestElement' ? p : p.value) as AstNode, add);
      break;
    case 'TSParameterProperty':
      patternNames(pattern.parameter as AstNode, add);
      break;
  }
}
