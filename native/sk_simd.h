/*
 * Vectorization setup for the kernel loops. Generated kernels are compiled for two targets in one
 * binary (SK_KERNEL: GCC target_clones for the x86-64 baseline and x86-64-v3 — AVX2, FMA, BMI —
 * chosen at load time by the CPU); elsewhere SK_KERNEL is empty and the compiler's default target
 * is used.
 */
#ifndef SK_SIMD_H
#define SK_SIMD_H

#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(__clang__)
#define SK_KERNEL __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define SK_KERNEL
#endif

/*
 * No libm function is declared SIMD here: glibc 2.36's vector exp (2 ulp), sin and cos (2 ulp and
 * more) break the 1-ulp bound, and our own vectorizable versions (native/vecmath: exp, log, sin,
 * cos, expm1, log1p, ≤ 0.6 ulp) replace them through the function table.
 */

#endif /* SK_SIMD_H */
