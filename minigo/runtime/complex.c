/* Complex division, the one complex operation generated code does not inline.
 *
 * The quotient is computed as gc computes it, so results agree bit for bit: Smith's
 * scaling (divide through by the larger of the divisor's parts, so that the
 * squares never overflow), and when both parts come out NaN, C99 Annex G's
 * recovery of infinities and zeros (a finite number over zero is infinite, an
 * infinite one over a finite one infinite, a finite one over an infinite one zero).
 * Built with -ffp-contract=off like the rest of the runtime: no fused
 * multiply-adds, each step rounds as gc's does on amd64. */
#include "runtime.h"

#include <math.h>

static double unit_or_zero(int infinite, double sign_of)
{
    return copysign(infinite ? 1.0 : 0.0, sign_of);
}

static GoComplex128 smith_quotient(double a, double b, double c, double d)
{
    GoComplex128 q;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c;
        double denominator = c + ratio * d;
        q.real = (a + b * ratio) / denominator;
        q.imag = (b - a * ratio) / denominator;
    } else {
        double ratio = c / d;
        double denominator = d + ratio * c;
        q.real = (a * ratio + b) / denominator;
        q.imag = (b * ratio - a) / denominator;
    }
    return q;
}

GoComplex128 runtime_complex128div(double a, double b, double c, double d)
{
    GoComplex128 q = smith_quotient(a, b, c, d);
    if (!(isnan(q.real) && isnan(q.imag)))
        return q;
    if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
        double infinity = copysign(INFINITY, c);
        q.real = infinity * a;
        q.imag = infinity * b;
    } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
        a = unit_or_zero(isinf(a), a);
        b = unit_or_zero(isinf(b), b);
        q.real = INFINITY * (a * c + b * d);
        q.imag = INFINITY * (b * c - a * d);
    } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
        c = unit_or_zero(isinf(c), c);
        d = unit_or_zero(isinf(d), d);
        q.real = 0.0 * (a * c + b * d);
        q.imag = 0.0 * (b * c - a * d);
    }
    return q;
}
