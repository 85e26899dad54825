/**
 * Stack traces that name the literal. The runtime validates arguments and throws from its own
 * module, so a stack through `k(…)` would show only symkernel's frames and the call site. The
 * transform therefore passes, next to the kernel, a tiny `wrap` function written where the
 * literal was (`(f) => function normalPdf(...a) { return f(...a); }`, source-mapped to the
 * literal's start): `located` re-exposes the kernel and each of its methods through such
 * wrappers, so every call has a frame at the user's `sym` line (with `node --enable-source-maps`
 * or a browser's devtools).
 *
 * Must not: change what a call computes or returns, or copy anything but the kernel's own
 * properties (methods are wrapped, the rest is copied as is, descriptors unchanged).
 */
import type { Kernel } from './index.js';

type Callable = (...args: unknown[]) => unknown;

/** Function properties every function has; the wrapper keeps its own. */
const OWN_FUNCTION_KEYS = new Set<PropertyKey>(['length', 'name', 'prototype', 'arguments', 'caller']);

export function located(k: Kernel, wrap: (f: Callable) => Callable): Kernel {
  const entry = wrap(k as unknown as Callable);
  const descriptors: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(k)) {
    if (OWN_FUNCTION_KEYS.has(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(k, key)!;
    if (typeof descriptor.value === 'function') descriptor.value = wrap(descriptor.value as Callable);
    descriptors[key as string] = descriptor;
  }
  return Object.defineProperties(entry, descriptors) as unknown as Kernel;
}
