package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Celsius float64

type Key struct {
	Name  string
	Shard int8
	Tags  [2]string
}

type Padded struct {
	A byte
	B int64
	C bool
}

func main() {
	// float keys: +0 and -0 are the same key; NaN is never found
	f := map[float64]string{}
	f[0.5] = "half"
	f[0] = "zero"
	var zero float64
	negZero := -zero
	fmt.Println(f[negZero], len(f))
	f[negZero] = "negative zero"
	fmt.Println(f[0], len(f), f)
	nan := math.NaN()
	f[nan] = "a"
	f[nan] = "b"
	_, found := f[nan]
	fmt.Println(len(f), found)
	nanCount := 0
	for k, v := range f {
		if k != k {
			nanCount++
			_ = v
		}
	}
	fmt.Println("NaN keys:", nanCount)
	delete(f, nan)
	fmt.Println(len(f))
	inf := map[float64]int{math.Inf(1): 1, math.Inf(-1): -1, 1e300: 2, -1e-300: 3}
	fmt.Println(inf)

	f32 := map[float32]int{1.25: 1, -3.5: 2}
	f32[1.25]++
	fmt.Println(f32)

	temps := map[Celsius]string{36.6: "normal", 40: "fever"}
	fmt.Println(temps[36.6], temps[40], temps)

	// bool keys
	b := map[bool]int{}
	for i := 0; i < 10; i++ {
		b[i%3 == 0]++
	}
	fmt.Println(b, b[true], b[false])

	// pointer keys: identity, not contents
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	ptrs := map[*Point]string{p1: "first", p2: "second"}
	fmt.Println(len(ptrs), ptrs[p1], ptrs[p2], ptrs[nil] == "")
	ptrs[nil] = "nil pointer"
	fmt.Println(len(ptrs), ptrs[nil])

	// struct keys
	grid := map[Point]rune{}
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			grid[Point{x, y}] = rune('a' + y*3 + x)
		}
	}
	fmt.Println(len(grid), string(grid[Point{0, 0}]), string(grid[Point{2, 1}]), grid[Point{5, 5}])
	fmt.Println(grid)

	// structs holding strings and arrays
	keys := map[Key]int{}
	keys[Key{"a", 1, [2]string{"x", "y"}}] = 1
	keys[Key{"a", 1, [2]string{"x", "z"}}] = 2
	keys[Key{"a", 2, [2]string{"x", "y"}}] = 3
	name := "a"
	keys[Key{name + "", 1, [2]string{"x", "y"}}] += 10
	fmt.Println(len(keys), keys[Key{"a", 1, [2]string{"x", "y"}}], keys)

	// padding between fields does not matter
	padded := map[Padded]int{}
	for i := 0; i < 5; i++ {
		padded[Padded{byte(i % 2), int64(i % 2), i%2 == 0}]++
	}
	fmt.Println(padded)

	// array keys
	arr := map[[3]int]string{{1, 2, 3}: "abc", {3, 2, 1}: "cba"}
	k := [3]int{1, 2, 3}
	fmt.Println(arr[k], arr[[3]int{3, 2, 1}], len(arr), arr)
	strs := map[[2]string]bool{{"go", "lang"}: true}
	fmt.Println(strs[[2]string{"go", "lang"}], strs[[2]string{"go", "pher"}])

	// rune, byte and string keys with unicode
	runes := map[rune]int{}
	for _, r := range "héllo wörld" {
		runes[r]++
	}
	fmt.Println(runes['l'], runes['ö'], runes['é'], len(runes))
	bytes := map[byte]int{}
	for i := 0; i < len("mississippi"); i++ {
		bytes["mississippi"[i]]++
	}
	fmt.Println(bytes)
	words := map[string]int{"": 1, "日本": 2, "a\x00b": 3}
	fmt.Println(words[""], words["日本"], words["a\x00b"], words["a"], words)

	// long strings that share prefixes
	long := map[string]int{}
	base := "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
	for i := 0; i < len(base); i++ {
		long[base[:i]] = i
	}
	total := 0
	for i := 0; i < len(base); i++ {
		total += long[base[:i]]
	}
	fmt.Println(len(long), total)

	// named key types
	type ID uint16
	ids := map[ID]string{7: "seven", 65535: "max"}
	fmt.Println(ids[7], ids[65535], ids)
}
