/*
 * Vector math for the kernel loops: declares which libm functions have SIMD variants the compiler
 * may call (glibc's libmvec: _ZGVbN2v_exp for SSE2, _ZGVdN4v_exp for AVX2, …), so that a kernel
 * loop calling them vectorizes without -ffast-math. Generated kernels are compiled for two targets
 * in one binary (target_clones: the x86-64 baseline and AVX2+FMA, chosen at load time by the CPU).
 *
 * Only functions whose vector variants were measured within the scalar accuracy bound (1 ulp,
 * test/accuracy.test.ts through the real kernel path) are listed; the others stay scalar calls.
 * Elsewhere (not glibc, not x86-64) nothing is declared and loops call the scalar functions.
 */
#ifndef SK_SIMD_H
#define SK_SIMD_H

#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(__clang__)
#define SK_KERNEL __attribute__((target_clones("avx2,fma", "default")))
#else
#define SK_KERNEL
#endif

/*
 * glibc 2.36's vector log measured within 1 ulp; its vector exp (2 ulp), sin and cos (2 ulp and
 * more) are not, so those stay scalar here until our own vector versions replace them.
 */
#if defined(__x86_64__) && defined(__GLIBC__)
#pragma omp declare simd notinbranch
double log(double);
#endif

#endif /* SK_SIMD_H */
