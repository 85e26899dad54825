#!/usr/bin/env node
/**
 * The `symkernel` command line. Commands:
 *   explain '<literal>'   every compiler stage for one literal (parsed, canonical, rewrites, CSE, C, JS)
 */
import { CompileError } from '../diagnostics/codes.js';
import { codeFrame } from '../diagnostics/frame.js';
import { explain } from '../explain.js';
import { VERSION } from '../version.js';

const HELP: Record<string, string> = {
  main: `symkernel ${VERSION} — compile math literals to native and JS kernels

Usage:
  symkernel explain '<literal>'   show every stage of the compiler for one literal
  symkernel <command> --help      help for a command
  symkernel --version

The bundler plugins (symkernel/vite, symkernel/rollup) do the compiling in a build.`,
  explain: `Usage: symkernel explain '<literal>'

Prints, for one literal such as '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2))':
parsed syntax, canonical form, the form after the computation rewrites (with the rules that
fired and why), the computation decisions, the straight-line program after common-subexpression
elimination, and the generated C and JS kernels. Exit status 1 if the literal has errors.`,
};

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    if (!HELP[command]) return unknown(command);
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  switch (command) {
    case 'explain': {
      if (rest.length !== 1) {
        process.stderr.write(`${HELP.explain}\n`);
        return 1;
      }
      const [text] = rest;
      try {
        process.stdout.write(explain(text));
        return 0;
      } catch (error) {
        if (!(error instanceof CompileError)) throw error;
        for (const d of error.diagnostics) {
          process.stderr.write(`<literal>:1:${d.span.start + 1}: ${d.severity} ${d.code}: ${d.message}\n${codeFrame(text, d.span.start, d.span.end)}\n`);
        }
        return 1;
      }
    }
    default:
      return unknown(command);
  }
}

function unknown(command: string): number {
  process.stderr.write(`symkernel: unknown command '${command}'\n\n${HELP.main}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
