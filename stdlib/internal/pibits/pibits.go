// Package pibits holds 4/π and 1/π in fixed point to 1280 bits and the
// product of a float64 with them that Payne and Hanek's argument reduction
// needs: math's Sin, Cos and Tan reduce by π/4 with it, math/cmplx's Tan
// by π. The tables come from _gen/pi_bits.py.
package pibits

import "math/bits"

const (
	mantissaBits = 52
	exponentMask = 0x7FF
	exponentBias = 1023
	mantissaMask = 1<<mantissaBits - 1
)

// Product multiplies the 53-bit mantissa of the float64 whose bits are ix
// (a normal number at least 2**29) by the 192 bits of table starting at
// its exponent plus offset, returning the top 128 bits of the product: the
// fraction of x·table's number (its integer part beyond is a multiple of
// the period) after offset-64 integer bits.
func Product(ix uint64, table []uint64, offset int) (hi, lo uint64) {
	exp := int(ix>>mantissaBits&exponentMask) - exponentBias - mantissaBits
	ix &= mantissaMask
	ix |= 1 << mantissaBits
	digit, shift := uint(exp+offset)/64, uint(exp+offset)%64
	z0 := (table[digit] << shift) | (table[digit+1] >> (64 - shift))
	z1 := (table[digit+1] << shift) | (table[digit+2] >> (64 - shift))
	z2 := (table[digit+2] << shift) | (table[digit+3] >> (64 - shift))
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ = bits.Add64(z0lo, z1hi, carry)
	return hi, lo
}

// FractionBits is the bits of the float64 of the binary fraction 0.hi,
// truncated to 53 bits of mantissa; the bits shifted in below hi's lowest
// are lo's top ones (gc's reductions pass the unshifted low word even after
// shifting hi).
func FractionBits(hi, lo uint64) uint64 {
	leading := uint(bits.LeadingZeros64(hi))
	exponent := uint64(exponentBias - (leading + 1))
	hi = (hi << (leading + 1)) | (lo >> (64 - (leading + 1)))
	hi >>= 64 - mantissaBits
	return hi | exponent<<mantissaBits
}

// The tables below are what _gen/pi_bits.py prints.

// FourOverPi is 4/π in fixed point: 64 integer bits, then 19 words of fraction.
var FourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// OneOverPi is 1/π in fixed point: 64 integer bits, then 19 words of fraction.
var OneOverPi = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}
