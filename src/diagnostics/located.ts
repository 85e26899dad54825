/**
 * A diagnostic mapped from literal offsets to the user's file: file:line:col and a code frame.
 */
import type { Diagnostic } from './codes.js';
import { codeFrame, locate, type Location } from './frame.js';

export interface LocatedDiagnostic extends Diagnostic {
  file: string;
  loc: Location;
  frame: string;
  /** `file:line:col: error CODE: message`, one line. */
  headline: string;
  /** The headline followed by the code frame, as the CLI prints it. */
  formatted: string;
}

/**
 * @param literalStart offset in `source` where the literal's text (inside the backticks) begins
 */
export function locateDiagnostic(
  diagnostic: Diagnostic,
  file: string,
  source: string,
  literalStart: number,
): LocatedDiagnostic {
  const start = literalStart + diagnostic.span.start;
  const end = literalStart + Math.max(diagnostic.span.end, diagnostic.span.start + 1);
  const loc = locate(source, start);
  const frame = codeFrame(source, start, end);
  const headline = `${file}:${loc.line}:${loc.column + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  return { ...diagnostic, file, loc, frame, headline, formatted: `${headline}\n${frame}` };
}

/** Raised to the bundler: carries the located diagnostics of one file. */
export class SymkernelBuildError extends Error {
  readonly diagnostics: LocatedDiagnostic[];
  constructor(diagnostics: LocatedDiagnostic[]) {
    super(diagnostics.map((d) => d.formatted).join('\n\n'));
    this.name = 'SymkernelBuildError';
    this.diagnostics = diagnostics;
  }
}
