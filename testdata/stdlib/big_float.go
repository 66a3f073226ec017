// math/big.Float against gc: arithmetic under every rounding mode and several precisions,
// conversions, comparisons and decimal formatting (shortest and fixed) of random values.
package main

import (
	"fmt"
	"math"
	"math/big"
)

var state uint64 = 0xD1B54A32D192ED03

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func randomFloat() float64 {
	switch next() % 6 {
	case 0:
		return float64(int64(next()%2001) - 1000)
	case 1:
		return float64(int64(next()%200001)-100000) / 64
	case 2:
		return math.Float64frombits(next() & 0x7FFFFFFFFFFFFFFF >> 2 << 2)
	}
	f := math.Float64frombits(next())
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 1.5
	}
	return f
}

var precs = []uint{8, 24, 53, 64, 100, 200}
var modes = []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}

func try(f func() string) (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = fmt.Sprint("panic: ", e)
		}
	}()
	return f()
}

func show(f *big.Float) string {
	return fmt.Sprintf("%s/%v", f.Text('g', -1), f.Acc())
}

func main() {
	for i := 0; i < 300; i++ {
		a, b := randomFloat(), randomFloat()
		prec := precs[next()%uint64(len(precs))]
		mode := modes[next()%uint64(len(modes))]
		x := new(big.Float).SetPrec(prec).SetMode(mode).SetFloat64(a)
		y := new(big.Float).SetPrec(200).SetFloat64(b)
		z := func() *big.Float { return new(big.Float).SetPrec(prec).SetMode(mode) }
		fmt.Println(i, prec, mode, show(x), show(y))
		fmt.Println(" ", show(z().Add(x, y)), show(z().Sub(x, y)), show(z().Mul(x, y)), try(func() string { return show(z().Quo(x, y)) }))
		fmt.Println(" ", try(func() string { return z().Sqrt(new(big.Float).Abs(x)).Text('g', -1) }), x.Cmp(y), x.Sign(), x.IsInt(), x.MinPrec(), x.MantExp(nil))
		f64, acc64 := z().Quo(x, big.NewFloat(3)).Float64()
		f32, acc32 := x.Float32()
		i64, acci := x.Int64()
		u64, accu := x.Uint64()
		n, accn := x.Int(nil)
		fmt.Println(" ", math.Float64bits(f64), acc64, math.Float32bits(f32), acc32, i64, acci, u64, accu, n, accn)
		q := z().Quo(x, big.NewFloat(7))
		fmt.Println(" ", q.String(), q.Text('e', 5), q.Text('f', 3), q.Text('g', 20), q.Text('E', -1), q.Text('f', -1), q.Text('G', 3), q.Text('e', 0))
	}
	for _, s := range []string{"0", "-0", "1", "0.1", "1e100", "-2.5e-300", "123456789012345678901234567890", "1_000.5", "Inf", "-inf", "+Inf", "0.000001", "3.14159265358979323846264338327950288419716939937510"} {
		f, ok := new(big.Float).SetString(s)
		if !ok {
			fmt.Println(s, "failed")
			continue
		}
		g, _, err := big.ParseFloat(s, 10, 200, big.ToZero)
		fmt.Println(s, f.Text('g', -1), f.Prec(), f.Acc(), g.Text('g', 40), err)
	}
	fmt.Println(try(func() string { return new(big.Float).Quo(new(big.Float), new(big.Float)).String() }))
	fmt.Println(try(func() string {
		return new(big.Float).Sub(new(big.Float).SetInf(false), new(big.Float).SetInf(false)).String()
	}))
	fmt.Println(try(func() string { return new(big.Float).Mul(new(big.Float).SetInf(true), new(big.Float)).String() }))
	fmt.Println(try(func() string { return big.NewFloat(math.NaN()).String() }))
	fmt.Println(new(big.Float).SetInf(true).String(), new(big.Float).SetInf(false).String(), new(big.Float).Neg(new(big.Float)).String(), new(big.Float).SetInt64(-7).Text('f', 2))
	fmt.Println(new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(3), 200)).String(), new(big.Float).SetRat(big.NewRat(1, 3)).Text('g', 30))
	r, _ := big.NewFloat(0.75).Rat(nil)
	fmt.Println(r, big.NewFloat(2.5).MinPrec(), big.ToNearestAway, big.Below, big.Exact, big.Above)
	m := new(big.Float)
	e := big.NewFloat(-12.5).MantExp(m)
	fmt.Println(m.String(), e, new(big.Float).SetMantExp(m, e+2).String())
	t, _ := big.NewFloat(1.1).MarshalText()
	var u big.Float
	fmt.Println(string(t), u.UnmarshalText([]byte("2.5e3")), u.String())
}
