#!/usr/bin/env node
/**
 * The `symkernel` command line. Commands:
 *   explain '<literal>'   every compiler stage for one literal (parsed, canonical, rewrites, CSE, C, JS)
 *   check [globs…]        diagnostics for every literal of a project's sources; exit 1 on errors
 *   build [globs…]        a library's prebuilt addon and its sources as JavaScript (build.ts)
 * `symkernel <command> --help` prints each command's usage (help.ts).
 */
import { build, parseBuildArgs } from './build.js';
import { check } from './check.js';
import { CompileError } from '../diagnostics/codes.js';
import { codeFrame } from '../diagnostics/frame.js';
import { explain } from '../explain.js';
import { VERSION } from '../version.js';
import { HELP } from './help.js';
import { applyProjectConfig, findProjectConfig } from '../config.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic && !HELP[topic]) return unknown(topic);
    (command ? process.stdout : process.stderr).write(`${HELP[topic ?? 'main']}\n`);
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    if (!HELP[command] || command === 'main') return unknown(command);
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  // symkernel.config.mjs in the project root: user functions for every command.
  const config = findProjectConfig();
  if (config) await applyProjectConfig(config.file);
  switch (command) {
    case 'explain':
      return explainCommand(rest);
    case 'check':
      return check(rest);
    case 'build': {
      const args = parseBuildArgs(rest);
      if (typeof args === 'string') {
        process.stderr.write(`symkernel build: ${args}\n\n${HELP.build}\n`);
        return 1;
      }
      return build(args);
    }
    default:
      return unknown(command);
  }
}

function explainCommand(rest: string[]): number {
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

function unknown(command: string): number {
  process.stderr.write(`symkernel: unknown command '${command}'\n\n${HELP.main}\n`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
