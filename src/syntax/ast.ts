/**
 * The surface syntax tree of a literal, exactly as written (no simplification, no name
 * resolution). Every node carries the span of its text inside the literal.
 */

export interface Span {
  start: number;
  end: number;
}

export type Expr = NumberLit | StringLit | Ident | Unary | Binary | Postfix | Ternary | Call | List | Hole;

export interface NumberLit {
  kind: 'number';
  span: Span;
  /** The digits as written; exactness is decided when lowering to IR. */
  text: string;
}

/** `'0.1'`: only meaningful as the argument of `Float('…')`. */
export interface StringLit {
  kind: 'string';
  span: Span;
  value: string;
}

export interface Ident {
  kind: 'ident';
  span: Span;
  name: string;
}

export type UnaryOp = '-' | '+' | 'not';

export interface Unary {
  kind: 'unary';
  span: Span;
  /** `!x` and `~x` are both 'not'. */
  op: UnaryOp;
  arg: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

export interface Binary {
  kind: 'binary';
  span: Span;
  /** `**` is recorded as `^`; `&&`/`&` as 'and'; `||`/`|` as 'or'. */
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** Postfix `!` (factorial). */
export interface Postfix {
  kind: 'postfix';
  span: Span;
  op: '!';
  arg: Expr;
}

export interface Ternary {
  kind: 'ternary';
  span: Span;
  test: Expr;
  then: Expr;
  otherwise: Expr;
}

export interface Call {
  kind: 'call';
  span: Span;
  callee: Ident | Hole;
  args: Expr[];
}

/** `[a, b]`: a tuple of outputs at the top, an argument list inside `hyper([…], […], z)`, or a Piecewise pair `(a, c)`. */
export interface List {
  kind: 'list';
  span: Span;
  items: Expr[];
  /** `(a, b)` (a parenthesized tuple, as in SymPy's Piecewise) rather than `[a, b]`. */
  paren: boolean;
}

/** `${…}`: the index-th interpolation of the template. */
export interface Hole {
  kind: 'hole';
  span: Span;
  index: number;
}

/** `name = expr` or `name(a, b) = expr`. */
export interface Definition {
  name: Ident;
  /** Present for a local function. */
  params?: Ident[];
  value: Expr;
  span: Span;
}

export type Body =
  | { kind: 'single'; expr: Expr }
  | { kind: 'tuple'; items: Expr[]; span: Span }
  | { kind: 'named'; entries: { name: Ident; value: Expr }[]; span: Span };

/** `(p1, p2, …) => defs; body`. */
export interface Literal {
  params: Ident[];
  definitions: Definition[];
  body: Body;
  span: Span;
}
