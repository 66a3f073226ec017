// Package subtle implements functions that are often useful in cryptographic code but require
// careful thought to use correctly: their running time depends only on the lengths of their
// inputs, never on the values.
package subtle

// ConstantTimeCompare returns 1 if the two slices, x and y, have equal contents and 0
// otherwise. The time taken is a function of the length of the slices and is independent of
// the contents.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var diff byte
	for i := range x {
		diff |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(diff, 0)
}

// ConstantTimeSelect returns x if v == 1 and y if v == 0. Its behavior is undefined if v takes
// any other value.
func ConstantTimeSelect(v, x, y int) int { return ^(v-1)&x | (v-1)&y }

// ConstantTimeByteEq returns 1 if x == y and 0 otherwise.
func ConstantTimeByteEq(x, y uint8) int {
	return int((uint32(x^y) - 1) >> 31)
}

// ConstantTimeEq returns 1 if x == y and 0 otherwise.
func ConstantTimeEq(x, y int32) int {
	return int((uint64(uint32(x^y)) - 1) >> 63)
}

// ConstantTimeCopy copies the contents of y into x (a slice of equal length) if v == 1. If v ==
// 0, x is left unchanged. Its behavior is undefined if v takes any other value.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	keep := byte(v - 1)
	take := ^keep
	for i := range x {
		x[i] = x[i]&keep | y[i]&take
	}
}

// ConstantTimeLessOrEq returns 1 if x <= y and 0 otherwise. Its behavior is undefined if x or y
// are negative or > 2**31 - 1.
func ConstantTimeLessOrEq(x, y int) int {
	return int(((int32(x) - int32(y) - 1) >> 31) & 1)
}
