/*
 * Shared helpers for native/vecmath: bit casts between double and uint64_t that GCC turns into
 * plain register moves (and so keeps vectorizable), and the constants used by several files.
 *
 * Every vecmath function is a `static inline` straight-line function of one double: no branches,
 * no tables, no libm calls on the vector path, and only the integer operations SSE2 has on 64-bit
 * lanes (add, sub, and, or, xor, shifts by a constant). The two compilation targets of a kernel
 * (x86-64 baseline and x86-64-v3) therefore both vectorize them, and as the files are compiled with
 * -ffp-contract=off (implied by -std=c11) they give bit-identical results on both.
 */
#ifndef SK_VECMATH_COMMON_C
#define SK_VECMATH_COMMON_C
#include <stdint.h>
#include <string.h>

static inline uint64_t sk_vm_bits(double x)
{
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static inline double sk_vm_double(uint64_t u)
{
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

/* x truncated to its leading 26 significant bits (x - hi is exact and has at most 27 bits), so that
 * products of two such halves are exact. Masking (not Veltkamp's x*C - (x*C - x)) keeps the split
 * exact even where a compiler contracts expressions into fused multiply-adds. */
static inline double sk_vm_hi26(double x)
{
  return sk_vm_double(sk_vm_bits(x) & ~((UINT64_C(1) << 27) - 1));
}

/*
 * |x| < t ? v : x (t > 0 finite; NaN x stays x), by integer operations only. Used to feed lanes
 * whose result is replaced anyway (tiny arguments) with a harmless argument, so that no lane
 * computes with subnormal numbers (slow on many CPUs). A select would not do: GCC moves the
 * arithmetic that follows into both of its arms, and so still computes it on x. The mask is the
 * sign of bits(|x|) - bits(t), which GCC does not see as a comparison (and which, unlike
 * (uint64_t)(a < b), vectorizes for SSE2).
 */
static inline double sk_vm_if_tiny(double x, double t, double v)
{
  uint64_t ax = sk_vm_bits(x) & ~(UINT64_C(1) << 63);
  uint64_t m = 0 - ((ax - sk_vm_bits(t)) >> 63);
  return sk_vm_double((sk_vm_bits(v) & m) | (sk_vm_bits(x) & ~m));
}

/* 0x1.8p52: adding it to |v| < 2^51 rounds v to an integer (ties to even) held in the low bits. */
#define SK_VM_SHIFT 0x1.8p52
#define SK_VM_SHIFT_BITS UINT64_C(0x4338000000000000)

#endif /* SK_VECMATH_COMMON_C */
