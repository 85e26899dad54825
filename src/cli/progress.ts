/**
 * Progress lines for long CLI builds, on stderr: rewritten in place on a terminal, one line per
 * step when forced on elsewhere (CI logs), silent otherwise. Never touches stdout, which carries
 * the results.
 */
export interface Progress {
  update(done: number, total: number, what: string): void;
  done(): void;
}

export function createProgress(mode: 'auto' | 'on' | 'off', stream: NodeJS.WriteStream = process.stderr): Progress {
  const enabled = mode === 'on' || (mode === 'auto' && stream.isTTY === true);
  const inPlace = enabled && stream.isTTY === true;
  let open = false;
  return {
    update(done, total, what) {
      if (!enabled) return;
      const line = `[${done}/${total}] ${what}`;
      if (inPlace) {
        stream.write(`\r\x1b[K${line}`);
        open = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (open) stream.write('\r\x1b[K');
      open = false;
    },
  };
}
