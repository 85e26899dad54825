/**
 * The surface syntax tree of a literal, exactly as written (no simplification, no name
 * resolution). Every node carries the span of its text inside the literal.
 */

export interface Span {
  start: number;
  end: number;
}

export type Expr = NumberLit | Ident | Unary | Binary | Call;

export interface NumberLit {
  kind: 'number';
  span: Span;
  /** The digits as written; exactness is decided when lowering to IR. */
  text: string;
}

export interface Ident {
  kind: 'ident';
  span: Span;
  name: string;
}

export interface Unary {
  kind: 'unary';
  span: Span;
  op: '-' | '+';
  arg: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export interface Binary {
  kind: 'binary';
  span: Span;
  /** `**` is recorded as `^`: they are one operator. */
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

export interface Call {
  kind: 'call';
  span: Span;
  callee: Ident;
  args: Expr[];
}

/** `(p1, p2, …) => body` */
export interface Literal {
  params: Ident[];
  body: Expr;
  span: Span;
}
