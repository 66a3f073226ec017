package strconv

// FormatComplex formats c as "(a+bi)", a and b formatted as FormatFloat
// formats them with fmt and prec, in floats of half of bitSize: 64 for a
// complex64, 128 for a complex128. It panics for another bitSize.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	partSize := bitSize / 2
	imaginary := FormatFloat(imag(c), fmt, prec, partSize)
	if imaginary[0] != '+' && imaginary[0] != '-' {
		imaginary = "+" + imaginary
	}
	return "(" + FormatFloat(real(c), fmt, prec, partSize) + imaginary + "i)"
}
