// strconv's fast paths against gc, value for value: FormatFloat shortest (float64, float32), with
// a precision ('e', 'f', 'g', 'E', 'G'), and ParseFloat, over generated values -- random bit
// patterns (every exponent: the exact fallbacks), random mantissas over the binary exponents
// around the fast paths' limits, powers of two and ten with their neighbours, subnormals, short
// decimals, integers near 2^53 and 2^64, decimal strings on halfway points. Each group prints a
// hash of everything it produced plus every 2500th result as a sample line.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// group hashes one group's results and samples some of them.
type group struct {
	name  string
	h     uint64
	count int
}

func (g *group) add(s string) {
	for i := 0; i < len(s); i++ {
		g.h = g.h*1099511628211 ^ uint64(s[i])
	}
	g.h = g.h*1099511628211 ^ 0x1f
	g.count++
	if g.count%2500 == 0 {
		fmt.Println(" ", g.name, g.count, s)
	}
}

func (g *group) done() {
	fmt.Println(g.name, g.count, g.h)
}

// formatAll formats f in every way the fast paths serve, and reads each result back.
func formatAll(g *group, f float64, bitSize int) {
	prec := int(next() % 19)
	outs := []string{
		strconv.FormatFloat(f, 'g', -1, bitSize),
		strconv.FormatFloat(f, 'e', -1, bitSize),
		strconv.FormatFloat(f, 'f', -1, bitSize),
		strconv.FormatFloat(f, 'e', prec, bitSize),
		strconv.FormatFloat(f, 'E', int(next()%8), bitSize),
		strconv.FormatFloat(f, 'f', int(next()%31), bitSize),
		strconv.FormatFloat(f, 'f', 3, bitSize),
		strconv.FormatFloat(f, 'g', prec, bitSize),
		strconv.FormatFloat(f, 'G', int(next()%6), bitSize),
	}
	for i, s := range outs {
		g.add(s)
		if i < 3 || i == 6 {
			back, err := strconv.ParseFloat(s, bitSize)
			g.add(strconv.FormatUint(math.Float64bits(back), 16))
			if err != nil {
				g.add(err.Error())
			}
		}
	}
	// Through AppendFloat too, with a short buffer.
	buf := append(make([]byte, 0, 3), 'x')
	g.add(string(strconv.AppendFloat(buf, f, 'e', prec, bitSize)))
}

// parseAll parses s as float64 and float32.
func parseAll(g *group, s string) {
	for _, bitSize := range []int{64, 32} {
		f, err := strconv.ParseFloat(s, bitSize)
		g.add(strconv.FormatUint(math.Float64bits(f), 16))
		if err != nil {
			g.add(err.Error())
		}
	}
}

func main() {
	g := &group{name: "random-bits-64"}
	for i := 0; i < 800; i++ {
		f := math.Float64frombits(next())
		if !math.IsNaN(f) {
			formatAll(g, f, 64)
		}
	}
	g.done()

	g = &group{name: "random-bits-32"}
	for i := 0; i < 800; i++ {
		f := float64(math.Float32frombits(uint32(next())))
		if !math.IsNaN(f) {
			formatAll(g, f, 32)
		}
	}
	g.done()

	// Binary exponents from -100 to 80 around the fast paths' limits (about 1e-30 to 1e24).
	g = &group{name: "mid-exponents-64"}
	for i := 0; i < 12000; i++ {
		// 2^e times a random mantissa in [1, 2), e from -100 to 80.
		f := math.Float64frombits(uint64(int(next()%181)-100+1023)<<52 | next()>>12)
		if i%2 == 0 {
			f = -f
		}
		formatAll(g, f, 64)
	}
	g.done()

	g = &group{name: "mid-exponents-32"}
	for i := 0; i < 12000; i++ {
		// e from -70 to 50.
		f := float64(math.Float32frombits(uint32(int(next()%121)-70+127)<<23 | uint32(next()>>41)))
		formatAll(g, f, 32)
	}
	g.done()

	g = &group{name: "powers-and-neighbours"}
	for e := -1074; e <= 1023; e += 1 + 6*(e&1) {
		p := math.Float64frombits(uint64(e+1023) << 52)
		if e < -1022 {
			p = math.Float64frombits(1 << uint(e+1074)) // subnormal
		}
		for d := -1; d <= 1; d++ {
			formatAll(g, math.Float64frombits(math.Float64bits(p)+uint64(d)), 64)
		}
	}
	for e := -323; e <= 308; e += 1 + 2*(e&1) {
		p, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
		for d := -1; d <= 1; d++ {
			formatAll(g, math.Float64frombits(math.Float64bits(p)+uint64(d)), 64)
		}
		p32 := float32(p)
		for d := uint32(0); d <= 1; d++ {
			formatAll(g, float64(math.Float32frombits(math.Float32bits(p32)+d)), 32)
		}
	}
	g.done()

	g = &group{name: "subnormals"}
	for i := 0; i < 1000; i++ {
		formatAll(g, math.Float64frombits(next()>>(12+i%52)), 64)
		formatAll(g, float64(math.Float32frombits(uint32(next()>>(41+i%23)))), 32)
	}
	g.done()

	g = &group{name: "short-decimals"}
	for i := 0; i < 20000; i++ {
		n := int64(next() >> (20 + i%44))
		s := strconv.FormatInt(n, 10) + "e-" + strconv.Itoa(int(next()%12))
		f, _ := strconv.ParseFloat(s, 64)
		formatAll(g, f, 64)
		formatAll(g, float64(float32(f)), 32)
	}
	g.done()

	g = &group{name: "integers-2^53-2^64"}
	for i := 0; i < 10000; i++ {
		formatAll(g, float64(next()>>uint(i%12)), 64)
		formatAll(g, float64(1<<53+int64(next()%64)-32), 64)
	}
	g.done()

	// Decimal strings: up to 19 digits with exponents around the fast path's limit of 27, and
	// halfway points between floats (odd integers beyond 2^53, a float's 17 digits and a "5").
	g = &group{name: "parse"}
	for i := 0; i < 20000; i++ {
		digits := strconv.FormatUint(next()>>uint(i%64), 10)
		parseAll(g, digits+"e"+strconv.Itoa(int(next()%80)-40))
		parseAll(g, "0."+digits+"E+"+strconv.Itoa(int(next()%30)))
		half := (next()|1<<63)>>11<<11 | 1<<10
		parseAll(g, strconv.FormatUint(half>>uint(i%3), 10))
		f := math.Float64frombits(next()>>2 | 1<<61)
		s := strconv.FormatFloat(f, 'e', 16, 64)
		parseAll(g, s[:18]+"5"+s[18:])
		parseAll(g, strconv.FormatFloat(f, 'e', 8, 64)[:10]+"5"+strconv.FormatFloat(f, 'e', 8, 64)[10:])
	}
	g.done()
}
