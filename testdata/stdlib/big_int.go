// math/big.Int against gc: every operation on random operands of 0..120 words (so that
// Karatsuba and long division run), both signs, with a digest of the bulk and sample lines;
// then conversions, cofactors, primes and panics.
package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func randomInt(maxWords int) *big.Int {
	words := int(next() % uint64(maxWords+1))
	x := new(big.Int)
	for i := 0; i < words; i++ {
		w := next()
		switch next() % 5 {
		case 0:
			w = ^uint64(0)
		case 1:
			w = 0
		}
		x.Lsh(x, 64)
		x.Or(x, new(big.Int).SetUint64(w))
	}
	if next()%3 == 0 {
		x.Neg(x)
	}
	if next()%4 == 0 {
		x.Add(x, big.NewInt(int64(next()%7)-3))
	}
	return x
}

var digest uint64

func record(sample bool, parts ...string) {
	line := strings.Join(parts, " ")
	for i := 0; i < len(line); i++ {
		digest = digest*1099511628211 + uint64(line[i])
	}
	if sample {
		fmt.Println(line)
	}
}

func try(f func() string) (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = fmt.Sprint("panic: ", e)
		}
	}()
	return f()
}

func arithmetic(x, y *big.Int, sample bool) {
	n := uint(next() % 200)
	i := int(next() % 300)
	record(sample, "x", x.Text(16), "y", y.Text(16))
	record(sample, "add", new(big.Int).Add(x, y).Text(16), "sub", new(big.Int).Sub(x, y).Text(16), "mul", new(big.Int).Mul(x, y).Text(16))
	record(sample, "quo", try(func() string {
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		return q.Text(16) + " " + r.Text(16) + " " + new(big.Int).Quo(x, y).Text(16) + " " + new(big.Int).Rem(x, y).Text(16)
	}))
	record(sample, "div", try(func() string {
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		return d.Text(16) + " " + m.Text(16) + " " + new(big.Int).Div(x, y).Text(16) + " " + new(big.Int).Mod(x, y).Text(16)
	}))
	record(sample, "cmp", fmt.Sprint(x.Cmp(y), x.CmpAbs(y), x.Sign(), x.BitLen(), x.TrailingZeroBits(), x.IsInt64(), x.IsUint64(), x.Int64(), x.Uint64()))
	record(sample, "bits", new(big.Int).And(x, y).Text(16), new(big.Int).Or(x, y).Text(16), new(big.Int).Xor(x, y).Text(16),
		new(big.Int).AndNot(x, y).Text(16), new(big.Int).Not(x).Text(16))
	record(sample, "shift", fmt.Sprint(n), new(big.Int).Lsh(x, n).Text(16), new(big.Int).Rsh(x, n).Text(16),
		fmt.Sprint(x.Bit(i)), new(big.Int).SetBit(x, i, 1).Text(16), new(big.Int).SetBit(x, i, 0).Text(16))
	record(sample, "text", x.String(), x.Text(2), x.Text(7), x.Text(36), x.Text(62), string(x.Append([]byte("<"), 3)))
	record(sample, "sqrt", try(func() string { return new(big.Int).Sqrt(x).String() }))
	g, a, b := new(big.Int), new(big.Int), new(big.Int)
	g.GCD(a, b, x, y)
	record(sample, "gcd", g.Text(16), a.Text(16), b.Text(16), new(big.Int).GCD(nil, nil, x, y).Text(16))
	record(sample, "bytes", fmt.Sprintf("%x", x.Bytes()), new(big.Int).SetBytes(x.Bytes()).Text(16))
	// aliasing: results into operands
	z := new(big.Int).Set(x)
	z.Mul(z, z)
	w := new(big.Int).Set(y)
	w.Sub(x, w)
	record(sample, "alias", z.Text(16), w.Text(16), try(func() string {
		v := new(big.Int).Set(x)
		return v.Quo(v, y).Text(16)
	}))
}

func modular(x, y, m *big.Int, sample bool) {
	e := new(big.Int).Abs(y)
	if e.BitLen() > 200 {
		e.Rsh(e, uint(e.BitLen()-200))
	}
	if m.Sign() == 0 {
		e.Mod(e, big.NewInt(40))
	}
	record(sample, "exp", try(func() string { return new(big.Int).Exp(x, e, m).Text(16) }),
		try(func() string { return fmt.Sprint(new(big.Int).ModInverse(x, m)) }))
	if m.Sign() != 0 && m.Bit(0) == 1 {
		record(sample, "jacobi", fmt.Sprint(big.Jacobi(x, m)))
	}
}

func main() {
	for round := 0; round < 1500; round++ {
		size := 4
		if round%10 == 0 {
			size = 120
		}
		arithmetic(randomInt(size), randomInt(size), round%50 == 5)
	}
	for round := 0; round < 300; round++ {
		modular(randomInt(3), randomInt(2), randomInt(2), round%30 == 0)
	}
	fmt.Println("digest", digest)

	for _, s := range []string{"0", "-0", "+12", "0x1F", "0X1f", "0b101", "0o17", "017", "0_1", "1_000", "_1", "1__0", "1_", "0x", "0x_1f",
		"08", "", "-", "+", "12a", "zz", "Zz", " 1", "1 ", "--1", "0b102", "1e3", "123456789012345678901234567890"} {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 62} {
			z, ok := new(big.Int).SetString(s, base)
			fmt.Printf("%q/%d:%v:%v ", s, base, z, ok)
		}
		fmt.Println()
	}

	for _, s := range []string{"2", "3", "4", "61", "63", "65", "2047", "561", "1105", "3215031751", "1000000007", "4294967297",
		"18446744073709551557", "18446744073709551617", "170141183460469231731687303715884105727", "170141183460469231731687303715884105729",
		"6864797660130609714981900799081393217269435300143305409394463459185543183397656052122559640661454554977296311391480858037121987999716643812574028291115057151",
		"3825123056546413051", "318665857834031151167461", "1194649", "12327121", "2152302898747"} {
		x, _ := new(big.Int).SetString(s, 10)
		fmt.Println(s, x.ProbablyPrime(0), x.ProbablyPrime(20))
	}
	fmt.Println(try(func() string { return fmt.Sprint(big.NewInt(7).ProbablyPrime(-1)) }))

	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Binomial(10, 11), new(big.Int).MulRange(-5, -1), new(big.Int).MulRange(-6, -1),
		new(big.Int).MulRange(-3, 3), new(big.Int).MulRange(5, 1))
	var nilInt *big.Int
	fmt.Println(nilInt.String(), nilInt.Text(10), string(nilInt.Append(nil, 10)))
	fmt.Println(try(func() string { return new(big.Int).Quo(big.NewInt(1), big.NewInt(0)).String() }))
	fmt.Println(try(func() string { return fmt.Sprint(big.NewInt(1).Bit(-1)) }), try(func() string { return new(big.Int).SetBit(big.NewInt(1), -1, 1).String() }))
	fmt.Println(try(func() string { return new(big.Int).Sqrt(big.NewInt(-4)).String() }))
	fmt.Println(try(func() string { return fmt.Sprint(big.NewInt(1 << 40).FillBytes(make([]byte, 2))) }))
	fmt.Println(fmt.Sprintf("%x", big.NewInt(258).FillBytes(make([]byte, 4))))
	g, a, b := new(big.Int), new(big.Int), new(big.Int)
	for _, p := range [][2]int64{{0, 0}, {0, 5}, {0, -5}, {6, 0}, {-6, 0}, {240, 46}, {-240, 46}, {240, -46}, {46, 240}, {1, 1}} {
		g.GCD(a, b, big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println("gcd", p, g, a, b)
	}
	j, _ := json.Marshal(struct {
		A *big.Int
		B *big.Int
	}{big.NewInt(-12345), nil})
	fmt.Println(string(j))
	var target struct{ A *big.Int }
	fmt.Println(json.Unmarshal([]byte(`{"A": 123456789012345678901234567890}`), &target), target.A)
	fmt.Println(json.Unmarshal([]byte(`{"A": "12"}`), &target), target.A)
	var t big.Int
	fmt.Println(t.UnmarshalText([]byte("0x10")), &t, t.UnmarshalText([]byte("1.5")))
	text, _ := big.NewInt(-7).MarshalText()
	fmt.Println(string(text))
}
