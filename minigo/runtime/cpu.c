/* What stdlib/math asks about the processor.
 *
 * gc's amd64 math.Exp has two instruction sequences, one with fused multiply-adds
 * (taken when the CPU has AVX and FMA) and one without; they round differently, so
 * stdlib/math computes whichever gc would on this machine and asks here, once, at
 * package initialisation. */
#include "runtime.h"

int64_t runtime_cpu_has_fma(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}
