/**
 * Line/column lookup and code frames for diagnostics.
 *
 * Lines are 1-based, columns 0-based (Rollup's `loc` convention); the rendered location string
 * uses 1-based columns as editors show them (`file:3:17`).
 */

export interface Location {
  line: number;
  column: number;
}

export function locate(source: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart };
}

/**
 * Renders the lines around `start` with a caret run under [start, end) on the first line.
 * Shape follows Rollup's getCodeFrame: a gutter with line numbers, two lines of context.
 */
export function codeFrame(source: string, start: number, end = start + 1): string {
  const lines = source.split('\n');
  const { line, column } = locate(source, start);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1].replace(/\t/g, '  ');
    out.push(`${String(n).padStart(width)}: ${text}`);
    if (n === line) {
      const prefix = lines[n - 1].slice(0, column).replace(/\t/g, '  ');
      const lineRest = Math.max(1, Math.min(end - start, lines[n - 1].length - column));
      out.push(`${' '.repeat(width)}  ${' '.repeat(prefix.length)}${'^'.repeat(lineRest)}`);
    }
  }
  return out.join('\n');
}
