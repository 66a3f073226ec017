// Every function of package math on special values (NaN, ±Inf, ±0,
// subnormals, the largest floats, huge trigonometric arguments, the values
// each function treats apart) and on a large pseudo-random sample (random bit
// patterns, random magnitudes, each function's interesting range), printing
// an FNV-1a digest of the results' bits per function: one differing bit in
// any result changes it. With an argument N it evaluates N random inputs per
// function, and with a second argument (any) it also prints every input and
// result, for diffing with gc's.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// xorshift64* (Vigna): a random source independent of math/rand.
type source struct{ state uint64 }

func (s *source) next() uint64 {
	s.state ^= s.state >> 12
	s.state ^= s.state << 25
	s.state ^= s.state >> 27
	return s.state * 2685821657736338717
}

// uniform is in [0, 1).
func (s *source) uniform() float64 { return float64(s.next()>>11) / (1 << 53) }

func (s *source) intn(n int) int { return int(s.next() % uint64(n)) }

// float draws from a mixture: raw bit patterns (every exponent, NaN payloads,
// subnormals), random magnitudes 2**[-60, 60], [-4, 4], [-800, 800], and the
// caller's own range [lo, hi].
func (s *source) float(lo, hi float64) float64 {
	switch s.intn(6) {
	case 0:
		return math.Float64frombits(s.next())
	case 1:
		x := math.Ldexp(s.uniform(), s.intn(121)-60)
		if s.intn(2) == 0 {
			x = -x
		}
		return x
	case 2:
		return 8*s.uniform() - 4
	case 3:
		return 1600*s.uniform() - 800
	}
	return lo + (hi-lo)*s.uniform()
}

var specials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, -0.1, 1.5, -1.5,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000000),
	math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF4000000000123),
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1022, 0x1.8p-1030, -0x1p-1050,
	math.MaxFloat64, -math.MaxFloat64, 1 << 52, 1<<52 + 0.5, 1 << 53, 1 << 63, -(1 << 63),
	1e300, -1e300, 1e-300, 1 << 29, 1<<29 + 1, 1 << 30, 1e10, 1e15, 1e22, 1e100, 1e200, -1e200,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, math.E, math.Sqrt2 / 2, 1 / math.Sqrt2,
	0.7071067811865476, 0.84375, 1.25, 6, 28, 0.85, 0.9, 2.5, 4.5454, 2.8571, 8, 33, 34, 143, 171.5,
	172, 200, -33.5, -170.5, -180.5, 0.25, 0.625, 21, 22, 44.014845965556525, 709.78, 709.782712893384,
	709.5, 710, -745.1, -745.2, -746, -1075, 1023.9, 1024, -1074, -1075.5, 38.816242111356935,
	1.0397207708399179, 0.34657359027997264, 1 - 0x1p-53, 1 + 0x1p-52, 1e-9, -1e-9, 1e-30, 0x1p-28,
	0x1p-54, 0x1p-70, 1 << 28, 1 << 58, 1.4616321449683622, 0.4616321449683622, 0.2, 1.23,
	-0.99999999, 0.99999999, 2.2250738585072014e-308, 0x1p-969, 0x1p970,
}

var intSpecials = []int{0, 1, -1, 2, -2, 3, 5, 10, 33, 34, 52, 53, 100, -100, 300, -300, 308, 309,
	-323, -324, 1022, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, math.MaxInt32, math.MinInt32,
	math.MaxInt64, math.MinInt64}

// digest is FNV-1a over 64-bit words.
type digest struct {
	sum   uint64
	count int
}

func newDigest() *digest { return &digest{sum: 14695981039346656037} }

func (d *digest) add(words ...uint64) {
	for _, w := range words {
		for i := 0; i < 8; i++ {
			d.sum ^= w & 0xFF
			d.sum *= 1099511628211
			w >>= 8
		}
	}
	d.count++
}

func bits(x float64) uint64 { return math.Float64bits(x) }

// A function under test: its name, how to draw an input, how to evaluate it
// into result words.
type function struct {
	name string
	eval func(s *source, special int) (inputs []uint64, results []uint64, ok bool)
}

// unary tests f on specials and on draws from [lo, hi].
func unary(name string, f func(float64) float64, lo, hi float64) function {
	return function{name, func(s *source, special int) ([]uint64, []uint64, bool) {
		var x float64
		if special >= 0 {
			if special >= len(specials) {
				return nil, nil, false
			}
			x = specials[special]
		} else {
			x = s.float(lo, hi)
		}
		return []uint64{bits(x)}, []uint64{bits(f(x))}, true
	}}
}

func pairFrom(s *source, special int, lo, hi float64) (float64, float64, bool) {
	n := len(specials)
	if special >= 0 {
		if special >= n*n {
			return 0, 0, false
		}
		return specials[special/n], specials[special%n], true
	}
	return s.float(lo, hi), s.float(lo, hi), true
}

func binary(name string, f func(float64, float64) float64, lo, hi float64) function {
	return function{name, func(s *source, special int) ([]uint64, []uint64, bool) {
		x, y, ok := pairFrom(s, special, lo, hi)
		return []uint64{bits(x), bits(y)}, []uint64{bits(f(x, y))}, ok
	}}
}

// withInt tests f(x, n) on specials × intSpecials and on draws.
func withInt(name string, f func(float64, int) []uint64, lo, hi float64, nmax int) function {
	return function{name, func(s *source, special int) ([]uint64, []uint64, bool) {
		var x float64
		var n int
		if special >= 0 {
			if special >= len(specials)*len(intSpecials) {
				return nil, nil, false
			}
			x, n = specials[special/len(intSpecials)], intSpecials[special%len(intSpecials)]
		} else {
			x, n = s.float(lo, hi), s.intn(2*nmax+1)-nmax
		}
		return []uint64{bits(x), uint64(n)}, f(x, n), true
	}}
}

func functions() []function {
	return []function{
		unary("Abs", math.Abs, -10, 10),
		unary("Acos", math.Acos, -1, 1),
		unary("Acosh", math.Acosh, 1, 10),
		unary("Asin", math.Asin, -1, 1),
		unary("Asinh", math.Asinh, -10, 10),
		unary("Atan", math.Atan, -10, 10),
		unary("Atanh", math.Atanh, -1, 1),
		unary("Cbrt", math.Cbrt, -100, 100),
		unary("Ceil", math.Ceil, -1e16, 1e16),
		unary("Cos", math.Cos, -1e6, 1e6),
		unary("Cosh", math.Cosh, -30, 30),
		unary("Erf", math.Erf, -7, 7),
		unary("Erfc", math.Erfc, -7, 30),
		unary("Erfcinv", math.Erfcinv, 0, 2),
		unary("Erfinv", math.Erfinv, -1, 1),
		unary("Exp", math.Exp, -750, 710),
		unary("Exp2", math.Exp2, -1080, 1030),
		unary("Expm1", math.Expm1, -40, 710),
		unary("Floor", math.Floor, -1e16, 1e16),
		unary("Gamma", math.Gamma, -180, 180),
		unary("J0", math.J0, -50, 50),
		unary("J1", math.J1, -50, 50),
		unary("Log", math.Log, 0, 1e6),
		unary("Log10", math.Log10, 0, 1e6),
		unary("Log1p", math.Log1p, -1, 10),
		unary("Log2", math.Log2, 0, 1e6),
		unary("Logb", math.Logb, -1e6, 1e6),
		unary("Round", math.Round, -1e16, 1e16),
		unary("RoundToEven", math.RoundToEven, -1e16, 1e16),
		unary("Sin", math.Sin, -1e6, 1e6),
		unary("Sinh", math.Sinh, -30, 30),
		unary("Sqrt", math.Sqrt, 0, 1e6),
		unary("Tan", math.Tan, -1e6, 1e6),
		unary("Tanh", math.Tanh, -50, 50),
		unary("Trunc", math.Trunc, -1e16, 1e16),
		unary("Y0", math.Y0, 0, 50),
		unary("Y1", math.Y1, 0, 50),
		unary("Signbit", func(x float64) float64 {
			if math.Signbit(x) {
				return 1
			}
			return 0
		}, -1, 1),
		unary("IsNaN/IsInf", func(x float64) float64 {
			r := 0.0
			if math.IsNaN(x) {
				r += 1
			}
			for sign := -1; sign <= 1; sign++ {
				if math.IsInf(x, sign) {
					r += float64(int(4) << (sign + 1))
				}
			}
			return r
		}, -1, 1),
		unary("Float32", func(x float64) float64 {
			f := float32(x)
			b := math.Float32bits(f)
			return float64(b) + float64(math.Float32frombits(b^1))
		}, -1e38, 1e38),
		binary("Atan2", math.Atan2, -10, 10),
		binary("Copysign", math.Copysign, -10, 10),
		binary("Dim", math.Dim, -10, 10),
		binary("Hypot", math.Hypot, -1e10, 1e10),
		binary("Max", math.Max, -10, 10),
		binary("Min", math.Min, -10, 10),
		binary("Mod", math.Mod, -1e10, 1e10),
		binary("Nextafter", math.Nextafter, -10, 10),
		binary("Pow", math.Pow, -20, 20),
		binary("Remainder", math.Remainder, -1e10, 1e10),
		binary("Nextafter32", func(x, y float64) float64 {
			return float64(math.Nextafter32(float32(x), float32(y)))
		}, -10, 10),
		function{"Pow(int y)", func(s *source, special int) ([]uint64, []uint64, bool) {
			if special >= 0 {
				return nil, nil, false
			}
			x := s.float(-3, 3)
			y := float64(s.intn(2001) - 1000)
			return []uint64{bits(x), bits(y)}, []uint64{bits(math.Pow(x, y))}, true
		}},
		function{"FMA", func(s *source, special int) ([]uint64, []uint64, bool) {
			x, y, ok := pairFrom(s, special, -10, 10)
			var z float64
			if special >= 0 {
				z = specials[(special*7)%len(specials)]
			} else {
				z = s.float(-100, 100)
			}
			return []uint64{bits(x), bits(y), bits(z)}, []uint64{bits(math.FMA(x, y, z))}, ok
		}},
		unary("Frexp", func(x float64) float64 {
			frac, exp := math.Frexp(x)
			return frac + float64(exp)*4
		}, -10, 10),
		unary("Frexp.frac", func(x float64) float64 { frac, _ := math.Frexp(x); return frac }, -10, 10),
		unary("Modf", func(x float64) float64 { i, _ := math.Modf(x); return i }, -1e17, 1e17),
		unary("Modf.frac", func(x float64) float64 { _, f := math.Modf(x); return f }, -1e17, 1e17),
		unary("Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }, -10, 10),
		unary("Lgamma", func(x float64) float64 { l, _ := math.Lgamma(x); return l }, -180, 180),
		unary("Lgamma.sign", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) }, -180, 180),
		unary("Sincos.sin", func(x float64) float64 { s, _ := math.Sincos(x); return s }, -1e6, 1e6),
		unary("Sincos.cos", func(x float64) float64 { _, c := math.Sincos(x); return c }, -1e6, 1e6),
		withInt("Ldexp", func(x float64, n int) []uint64 { return []uint64{bits(math.Ldexp(x, n))} }, -10, 10, 1100),
		withInt("Jn", func(x float64, n int) []uint64 {
			if n > 1000 || n < -1000 {
				n %= 1000
			}
			return []uint64{bits(math.Jn(n, x))}
		}, -60, 60, 40),
		withInt("Yn", func(x float64, n int) []uint64 {
			if n > 1000 || n < -1000 {
				n %= 1000
			}
			return []uint64{bits(math.Yn(n, x))}
		}, 0, 60, 40),
		withInt("Pow10", func(x float64, n int) []uint64 { return []uint64{bits(math.Pow10(n))} }, 0, 0, 400),
	}
}

func main() {
	samples, verbose := 3000, len(os.Args) > 2
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			panic(err)
		}
		samples = n
	}
	fmt.Println(math.Pi, math.E, math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.Phi,
		math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.MaxInt, math.MinInt,
		math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
		math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16,
		math.MaxUint32, uint64(math.MaxUint64), bits(math.NaN()), bits(math.Inf(1)), bits(math.Inf(-1)))
	for i, f := range functions() {
		s := &source{state: 0x9E3779B97F4A7C15 + uint64(i)}
		d := newDigest()
		record := func(inputs, results []uint64) {
			d.add(results...)
			if verbose {
				fmt.Printf("%s %x -> %x\n", f.name, inputs, results)
			}
		}
		for special := 0; ; special++ {
			inputs, results, ok := f.eval(s, special)
			if !ok {
				break
			}
			record(inputs, results)
		}
		for n := 0; n < samples; n++ {
			inputs, results, _ := f.eval(s, -1)
			record(inputs, results)
		}
		fmt.Printf("%-12s %6d results, digest %016x\n", f.name, d.count, d.sum)
	}
}
