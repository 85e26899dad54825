/** The usage text of the `symkernel` command and of each of its commands, in one table. */
import { VERSION } from '../version.js';
import { DEFAULT_BUILD_GLOBS } from './build.js';
import { DEFAULT_CHECK_GLOBS } from './check.js';

export const HELP: Record<string, string> = {
  main: `symkernel ${VERSION} — compile math literals to native and JS kernels

Usage:
  symkernel explain '<literal>'   show every stage of the compiler for one literal
  symkernel check [globs…]        check every literal of the sources (for CI and editors)
  symkernel build [globs…]        prebuild a library: prebuilds/<platform>-<arch>/ and dist/
  symkernel <command> --help      help for a command
  symkernel --version

The bundler plugins (symkernel/vite, /rollup, /webpack, /esbuild, /rspack) compile in a build;
\`node --import symkernel/register app.ts\` compiles on load, without a bundler.`,
  explain: `Usage: symkernel explain '<literal>'

Prints, for one literal such as '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2))':
parsed syntax, canonical form, the form after the computation rewrites (with the rules that
fired and why), the computation decisions, the straight-line program after common-subexpression
elimination, and the generated C and JS kernels. Exit status 1 if the literal has errors.`,
  check: `Usage: symkernel check [globs…]

Finds every sym literal in the matching files (default: ${DEFAULT_CHECK_GLOBS.join(' ')}, without
node_modules and dist) and prints its diagnostics as file:line:column with a code frame, errors
and warnings. Compiles nothing natively. Exit status 1 if any literal has an error, else 0.`,
  build: `Usage: symkernel build [globs…] [options]

Builds what a library publishes, without a bundler. Run it in the package folder:
  <out-dir>/prebuilds/<platform>-<arch>/symkernel.napi.node
      every kernel of the sources in one addon, for this machine's platform and architecture
  <out-dir>/dist/…
      the sources as JavaScript, mirrored (src/a/b.ts → dist/a/b.js): literals replaced by
      runtime calls, TypeScript types erased, plus dist/symkernel-addon.js, which loads the
      package's prebuilds/ at run time (node-gyp-build; no match → the JS kernels run)
Publish both (package.json "files": ["dist", "prebuilds"]) with symkernel as a dependency.
Build on each platform you support and merge the prebuilds/ folders (docs/publishing.md).

Globs default to ${DEFAULT_BUILD_GLOBS.join(' ')} (node_modules and .d.ts excluded).

Options:
  --out-dir <dir>    where prebuilds/ (and dist/) go; default: the current folder
  --js-dir <dir>     the JavaScript folder, relative to --out-dir; default: dist
  --no-js            write the prebuild only (when a bundler makes your JavaScript)
  --cc <compiler>    C compiler; default: $CC, else cc
  --cflags "<f…>"    extra C flags
  --progress         progress lines on stderr even when it is not a terminal
  -q, --quiet        no progress and no summary
  -h, --help         this text

Nothing is written when a literal has an error (exit status 1); no C compiler is an error too.
Compiled kernels are cached in node_modules/.cache/symkernel: an unchanged rebuild compiles nothing.`,
};
