/*
 * Loops `out[i] = f(in[i])` for the vecmath tests and benchmark, compiled like generated kernels
 * (gcc -O3 -std=c11 -fno-math-errno -fno-trapping-math -fopenmp-simd -fPIC) once per variant:
 *   -DVM_PREFIX=name  symbol prefix: vm_<name>_exp, vm_<name>_log, ...
 *   -DVM_IMPL=0       our native/vecmath functions (default)
 *   -DVM_IMPL=1       glibc scalar libm
 *   -DVM_IMPL=2       glibc libmvec (libm functions declared `omp declare simd`)
 *   -DVM_CLONES       the kernels' SK_KERNEL attribute (native/sk_simd.h: target_clones)
 * plus the target flags of the variant (-march=x86-64, -mavx2 -mfma, ...).
 */
#include <stddef.h>
#include <math.h>

#ifndef VM_IMPL
#define VM_IMPL 0
#endif

#if VM_IMPL == 2
#pragma omp declare simd notinbranch
double exp(double);
#pragma omp declare simd notinbranch
double log(double);
#pragma omp declare simd notinbranch
double sin(double);
#pragma omp declare simd notinbranch
double cos(double);
#pragma omp declare simd notinbranch
double expm1(double);
#pragma omp declare simd notinbranch
double log1p(double);
#endif

#if VM_IMPL == 0
#include "vecmath/exp.c"
#include "vecmath/log.c"
#include "vecmath/sincos.c"
#include "vecmath/expm1.c"
#include "vecmath/log1p.c"
#define F_exp sk_vexp
#define F_log sk_vlog
#define F_sin sk_vsin
#define F_cos sk_vcos
#define F_expm1 sk_vexpm1
#define F_log1p sk_vlog1p
#else
#define F_exp exp
#define F_log log
#define F_sin sin
#define F_cos cos
#define F_expm1 expm1
#define F_log1p log1p
#endif

#ifdef VM_CLONES
#include "sk_simd.h" /* the generated kernels' SK_KERNEL (target_clones) */
#define VM_ATTR SK_KERNEL
#else
#define VM_ATTR
#endif

#define VM_CAT3(a, b, c) a##b##c
#define VM_NAME3(a, b, c) VM_CAT3(a, b, c)
#define VM_NAME(fn) VM_NAME3(vm_, VM_PREFIX, _##fn)

#define VM_LOOP(fn)                                                        \
  VM_ATTR void VM_NAME(fn)(size_t n, const double *in, double *out)        \
  {                                                                        \
    _Pragma("GCC ivdep") for (size_t i = 0; i < n; i++) out[i] = F_##fn(in[i]); \
  }

VM_LOOP(exp)
VM_LOOP(log)
VM_LOOP(sin)
VM_LOOP(cos)
VM_LOOP(expm1)
VM_LOOP(log1p)
