// The functions stdlib/math/bits leaves to minigo's code generator (one instruction each:
// minigo/codegen/bits_lowering.py), written over Go's own math/bits for the check with gc
// (tests/stdlib_gc.py).

package bits

import gobits "math/bits"

func Mul64(x, y uint64) (hi, lo uint64) { return gobits.Mul64(x, y) }

func Add64(x, y, carry uint64) (sum, carryOut uint64) { return gobits.Add64(x, y, carry) }

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) { return gobits.Sub64(x, y, borrow) }

func div128(hi, lo, y uint64) (quo, rem uint64) { return gobits.Div64(hi, lo, y) }

func Len64(x uint64) int { return gobits.Len64(x) }

func TrailingZeros64(x uint64) int { return gobits.TrailingZeros64(x) }

func OnesCount64(x uint64) int { return gobits.OnesCount64(x) }

func RotateLeft32(x uint32, k int) uint32 { return gobits.RotateLeft32(x, k) }

func RotateLeft64(x uint64, k int) uint64 { return gobits.RotateLeft64(x, k) }

func Reverse64(x uint64) uint64 { return gobits.Reverse64(x) }

func ReverseBytes64(x uint64) uint64 { return gobits.ReverseBytes64(x) }
