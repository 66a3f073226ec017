// A generated table of fmt's verbs x flags x widths x precisions over values
// of every kind: each line is one Sprintf call, so any difference from gc's
// output names its format and operand.
package main

import (
	"errors"
	"fmt"
	"math"
)

type celsius float64

type word string

type point struct {
	X, Y int
	tag  string
}

type stringer struct{ n int }

func (s stringer) String() string { return fmt.Sprintf("<%d>", s.n) }

type goStringer struct{}

func (goStringer) GoString() string { return "GO!" }

type errT struct{}

func (*errT) Error() string { return "an error" }

type errV struct{ s string }

func (e errV) Error() string { return "errV " + e.s }

type inner struct {
	S []string
	M map[string]int
	E error
	I interface{}
}

func main() {
	values := []interface{}{
		0, 1, -1, 42, -42, 255, math.MaxInt64, math.MinInt64,
		int8(-128), int16(300), int32(-70000), uint(7), uint8(200), uint16(65535), uint32(1 << 31),
		uint64(math.MaxUint64), uintptr(4096),
		0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e21, 2.5e-310, math.Inf(1), math.Inf(-1), math.NaN(),
		float32(0.1), float32(-2.75), float32(1e10),
		complex(1, 2), complex(-1.5, 0), complex64(complex(0.25, -3)),
		"", "a", "hello, world", "tab\there", "ünïcödé", "\x00\xff", "`quoted`", "\"dq\"",
		[]byte("bytes"), []byte{}, []byte(nil), [3]byte{'a', 'b', 'c'},
		true, false, nil,
		'A', 'é', rune(0x1F600), rune(-1), rune(0x110000),
		celsius(36.6), word("named"),
		point{1, 2, "p"}, &point{3, 4, "q"}, []point{{5, 6, "r"}},
		stringer{9}, &stringer{10}, []stringer{{1}, {2}}, goStringer{},
		&errT{}, errors.New("plain"),
		[]int{1, -2, 3}, [2]float64{0.5, -0.25}, []string{"x", "y z"}, [][]int{{1}, nil, {}},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]bool{3: true, -1: false, 2: true},
		map[float64]string{math.NaN(): "nan", -1: "neg", 0.5: "half"},
		map[[2]int]string{{2, 1}: "b", {1, 2}: "a"}, map[bool]int{true: 1, false: 0},
		map[interface{}]int{nil: 0, 2: 2, 1: 1},
		struct{}{}, struct {
			A int
			B string
		}{7, "s"},
		inner{S: []string{"q"}, M: map[string]int{"k": 1}}, &inner{I: 3},
		[]interface{}{1, "two", 3.0, nil, []int{4}},
		[]error{nil, errV{"x"}},
	}
	verbs := "vdbcoOqxXUeEfFgGstT"
	flagSets := []string{"", "+", "-", "#", " ", "0", "+#0", "- #"}
	for _, v := range values {
		fmt.Printf("== %T\n", v)
		for _, verb := range verbs {
			for _, flags := range flagSets {
				line := ""
				for _, wp := range []string{"", "8", "7.3"} {
					format := "%" + flags + wp + string(verb)
					line += "[" + fmt.Sprintf(format, v) + "]"
				}
				fmt.Printf("%%%s%c %s\n", flags, verb, line)
			}
		}
	}
}
