#!/usr/bin/env node
/**
 * The `symkernel` command line. Commands:
 *   explain '<literal>'   every compiler stage for one literal (parsed, canonical, rewrites, CSE, C, JS)
 *   check [globs…]        diagnostics for every literal of a project's sources; exit 1 on errors
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { SymkernelBuildError } from '../diagnostics/located.js';
import { transform } from '../extract/transform.js';
import { CompileError } from '../diagnostics/codes.js';
import { codeFrame } from '../diagnostics/frame.js';
import { explain } from '../explain.js';
import { VERSION } from '../version.js';

const DEFAULT_GLOBS = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'];
const IGNORED = ['**/node_modules/**', '**/dist/**'];

function check(globs: string[]): number {
  const files = globSync(globs.length ? globs : DEFAULT_GLOBS, { ignore: IGNORED, absolute: false }).sort();
  let errors = 0;
  let warnings = 0;
  let literals = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    try {
      const result = transform(code, file);
      literals += result?.kernels.length ?? 0;
      for (const w of result?.warnings ?? []) {
        warnings++;
        process.stdout.write(`${w.formatted}\n\n`);
      }
    } catch (error) {
      if (!(error instanceof SymkernelBuildError)) throw error;
      for (const d of error.diagnostics) {
        errors++;
        process.stdout.write(`${d.formatted}\n\n`);
      }
    }
  }
  process.stdout.write(`${files.length} files, ${literals} literals compiled, ${errors} errors, ${warnings} warnings\n`);
  return errors ? 1 : 0;
}

const HELP: Record<string, string> = {
  main: `symkernel ${VERSION} — compile math literals to native and JS kernels

Usage:
  symkernel explain '<literal>'   show every stage of the compiler for one literal
  symkernel check [globs…]        check every literal of the sources (for CI and editors)
  symkernel <command> --help      help for a command
  symkernel --version

The bundler plugins (symkernel/vite, symkernel/rollup) do the compiling in a build.`,
  explain: `Usage: symkernel explain '<literal>'

Prints, for one literal such as '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2))':
parsed syntax, canonical form, the form after the computation rewrites (with the rules that
fired and why), the computation decisions, the straight-line program after common-subexpression
elimination, and the generated C and JS kernels. Exit status 1 if the literal has errors.`,
  check: `Usage: symkernel check [globs…]

Finds every sym literal in the matching files (default: ${DEFAULT_GLOBS.join(' ')}, without
node_modules and dist) and prints its diagnostics as file:line:column with a code frame, errors
and warnings. Compiles nothing natively. Exit status 1 if any literal has an error, else 0.`,
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
    case 'check':
      return check(rest);
    default:
      return unknown(command);
  }
}

function unknown(command: string): number {
  process.stderr.write(`symkernel: unknown command '${command}'\n\n${HELP.main}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
