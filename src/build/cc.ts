/**
 * Running the C compiler: one invocation (a failure becomes a NativeBuildError carrying the
 * compiler's output), and a bounded pool that runs many of them side by side.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class NativeBuildError extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
    this.name = 'NativeBuildError';
  }
}

/** Runs `cc args`; `what` names the step in the error ("kernel k1a2…", "link"). */
export async function runCc(cc: string, args: readonly string[], what: string): Promise<void> {
  try {
    await run(cc, args, { timeout: 10 * 60_000, maxBuffer: 16 << 20 });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new NativeBuildError(
      `symkernel: the C compiler failed on generated code (${what}; a symkernel bug; please report it):\n${e.stderr || e.message}`,
      e.stderr ?? '',
    );
  }
}

/** How many compiles run at once: one per available CPU, at most `cap`. */
export const defaultConcurrency = (cap = 16) => Math.max(1, Math.min(cap, os.availableParallelism()));

/**
 * Runs every task, at most `concurrency` at a time. On a failure no new task starts; the ones
 * running are awaited (so none still writes when the caller cleans up) and the first error is
 * thrown.
 */
export async function runBounded(tasks: ReadonlyArray<() => Promise<void>>, concurrency: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < tasks.length) {
      const task = tasks[next++];
      try {
        await task();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  if (failure) throw failure.error;
}
