/**
 * `symkernel/compiler`: the programmatic compiler. Text in; diagnostics, canonical expression,
 * C and JS out. Also the one-module transform the plugins use.
 */
export { compileLiteral, kernelId, type CompiledKernel } from './compile.js';
export { sexpr } from './ir/sexpr.js';
export { CompileError, CODES, type Diagnostic } from './diagnostics/codes.js';
export { SymkernelBuildError, type LocatedDiagnostic } from './diagnostics/located.js';
export { transform, type TransformResult } from './extract/transform.js';
export { printAddon } from './codegen/addon.js';
export { buildAddon, prebuildDir } from './build/addon.js';
export { findToolchain } from './build/toolchain.js';
export { explain } from './explain.js';
export { parseLiteral } from './syntax/parser.js';
export { printLiteral } from './syntax/print.js';
export { COMPUTATION_RULES, type Rule } from './passes/rules.js';
export { FUNCTIONS } from './functions/table.js';
export { DISTRIBUTIONS } from './functions/distributions.js';
export { defineUserFunctions, type UserFunction, type UserFunctions } from './functions/user.js';
export { applyProjectConfig, findProjectConfig } from './config.js';
