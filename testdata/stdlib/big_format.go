// math/big's Int and Float through fmt's verbs and flags (their Format methods), against gc.
package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	ints := []*big.Int{big.NewInt(0), big.NewInt(255), big.NewInt(-255), new(big.Int).Lsh(big.NewInt(1), 100), nil}
	for _, x := range ints {
		for _, f := range []string{"%v", "%d", "%s", "%b", "%o", "%O", "%x", "%X", "%#x", "%#X", "%#o", "%#b", "%+d", "% d", "%8d", "%-8d|", "%08d", "%.5d", "%8.5d", "%.0d", "%q", "%+x", "%010x", "%-#10x|"} {
			fmt.Printf("%s=[%s] ", f, fmt.Sprintf(f, x))
		}
		fmt.Println()
	}
	floats := []*big.Float{big.NewFloat(0), big.NewFloat(1.5), big.NewFloat(-123456.789), new(big.Float).SetPrec(200).Quo(big.NewFloat(1), big.NewFloat(3)), new(big.Float).SetInf(false), new(big.Float).SetInf(true), big.NewFloat(1e-20)}
	for _, x := range floats {
		for _, f := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%G", "%.3f", "%.10g", "%10.2f|", "%-10.2f|", "%+.2e", "% f", "%012.3f", "%s", "%d", "%.0f"} {
			fmt.Printf("%s=[%s] ", f, fmt.Sprintf(f, x))
		}
		fmt.Println()
	}
	fmt.Println(big.NewInt(42), big.NewFloat(2.5), big.NewRat(3, 4))
	fmt.Printf("%v %v\n", []*big.Int{big.NewInt(1), big.NewInt(2)}, map[string]*big.Float{"pi": big.NewFloat(3.14159)})
}

func init() {
	rnd := rand.New(rand.NewSource(42))
	limits := []*big.Int{big.NewInt(10), big.NewInt(1 << 40), new(big.Int).Lsh(big.NewInt(1), 64), new(big.Int).Lsh(big.NewInt(3), 130), big.NewInt(0), big.NewInt(-5)}
	for _, n := range limits {
		for i := 0; i < 4; i++ {
			fmt.Print(new(big.Int).Rand(rnd, n), " ")
		}
		fmt.Println()
	}
	for _, in := range []string{"123 0x1f -0b101 0o17 017", "ff FF 10", "zz"} {
		var a, b, c big.Int
		n, err := fmt.Sscan(in, &a, &b, &c)
		fmt.Println(n, err, &a, &b, &c)
		n, err = fmt.Sscanf(in, "%x %X %d", &a, &b, &c)
		fmt.Println(n, err, &a, &b, &c)
	}
}
