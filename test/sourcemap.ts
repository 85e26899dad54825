/**
 * A minimal source map v3 decoder for tests (VLQ mappings → original positions), written here so
 * that the test does not trust the library that produced the map.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

interface Mapping { column: number; source: number; line: number; originalColumn: number }

export class SourceMapConsumer {
  private readonly lines: Mapping[][] = [];
  private readonly sources: string[];
  constructor(map: { mappings: string; sources: string[] }) {
    this.sources = map.sources;
    let source = 0, line = 0, originalColumn = 0;
    for (const text of map.mappings.split(';')) {
      let column = 0;
      const row: Mapping[] = [];
      for (const segment of text.split(',').filter(Boolean)) {
        const v = decodeVlq(segment);
        column += v[0];
        if (v.length >= 4) {
          source += v[1];
          line += v[2];
          originalColumn += v[3];
          row.push({ column, source, line, originalColumn });
        }
      }
      this.lines.push(row);
    }
  }
  /** 1-based generated line, 0-based column → 1-based original line, 0-based column. */
  originalPositionFor(line: number, column: number) {
    const row = this.lines[line - 1] ?? [];
    let best: Mapping | undefined;
    for (const m of row) if (m.column <= column) best = m;
    if (!best) return null;
    return { source: this.sources[best.source], line: best.line + 1, column: best.originalColumn };
  }
}
