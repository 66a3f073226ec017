// math/big.Rat against gc: arithmetic, comparisons and conversions on random fractions, exact
// float conversions both ways (subnormals and overflow included), SetString's forms and panics.
package main

import (
	"fmt"
	"math"
	"math/big"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func randomInt() *big.Int {
	x := new(big.Int).SetUint64(next() >> (next() % 64))
	for n := next() % 3; n > 0 && next()%2 == 0; n-- {
		x.Lsh(x, 64)
		x.Add(x, new(big.Int).SetUint64(next()))
	}
	if next()%2 == 0 {
		x.Neg(x)
	}
	return x
}

func randomRat() *big.Rat {
	d := randomInt()
	if d.Sign() == 0 {
		d.SetInt64(1)
	}
	r := new(big.Rat).SetFrac(randomInt(), d)
	if next()%5 == 0 {
		r.Mul(r, new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), uint(next()%1200))))
	}
	if next()%7 == 0 {
		r.Mul(r, new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(next()%1100))))
	}
	return r
}

func try(f func() string) (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = fmt.Sprint("panic: ", e)
		}
	}()
	return f()
}

func main() {
	for i := 0; i < 150; i++ {
		x, y := randomRat(), randomRat()
		f64, exact64 := x.Float64()
		f32, exact32 := x.Float32()
		fmt.Println(x, x.RatString(), x.FloatString(0), x.FloatString(5), x.Sign(), x.IsInt(), x.Num(), x.Denom())
		fmt.Println(" ", new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), try(func() string { return new(big.Rat).Quo(x, y).String() }), x.Cmp(y))
		fmt.Println(" ", math.Float64bits(f64), exact64, math.Float32bits(f32), exact32, try(func() string { return new(big.Rat).Inv(x).String() }), new(big.Rat).Neg(x), new(big.Rat).Abs(x))
		g := math.Float64frombits(next())
		if r := new(big.Rat).SetFloat64(g); r != nil {
			back, exact := r.Float64()
			fmt.Println(" ", r.FloatString(3), math.Float64bits(back) == math.Float64bits(g), exact)
		} else {
			fmt.Println("  not finite")
		}
	}
	for _, s := range []string{"3/4", "-6/8", "6/-8", "+1/3", "1/0", "0x10/0b11", "010/3", "1.25", "-1.25e3", "1e-5", "1E2", ".5", "5.", "1.2.3", "", "/", "1/", "abc",
		"12345678901234567890.0987654321", "1e", "1e+2", "-0", "0/5", " 1", "1_000", "0.000001e6", "3/0x10"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q: %v %v\n", s, r, ok)
	}
	fmt.Println(try(func() string { return big.NewRat(1, 0).String() }))
	fmt.Println(try(func() string { return new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat)).String() }))
	fmt.Println(try(func() string { return new(big.Rat).Inv(new(big.Rat)).String() }))
	var zero big.Rat
	fmt.Println(zero.String(), zero.Denom(), zero.Num(), zero.IsInt(), zero.FloatString(2))
	fmt.Println(big.NewRat(-1, 1000).FloatString(2), big.NewRat(-5, 1000).FloatString(2), big.NewRat(5, 1000).FloatString(2), big.NewRat(999, 1000).FloatString(2), big.NewRat(-999, 1000).FloatString(0))
	text, _ := big.NewRat(-3, 6).MarshalText()
	itext, _ := big.NewRat(8, 4).MarshalText()
	var r big.Rat
	fmt.Println(string(text), string(itext), r.UnmarshalText([]byte("7/21")), r.String())
	fmt.Println(r.UnmarshalText([]byte("x")))
	for _, f := range []float64{0, math.Copysign(0, -1), 1, 0.1, math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324 * 3, 2.2250738585072014e-308, math.Inf(1), math.NaN()} {
		fmt.Println(new(big.Rat).SetFloat64(f))
	}
	tiny := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1076))
	huge := new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 1024))
	half := new(big.Rat).SetFrac(big.NewInt(3), new(big.Int).Lsh(big.NewInt(1), 1076))
	for _, x := range []*big.Rat{tiny, huge, half, new(big.Rat).Neg(tiny)} {
		f, e := x.Float64()
		g, e2 := x.Float32()
		fmt.Println(f, e, g, e2, math.Float64bits(f)>>63)
	}
}
