// Typed and untyped constants, constant groups with implicit repetition, constant expressions.
package main

import "fmt"

const Greeting = "hello"
const Answer int = 42
const Big = 1 << 40
const Half = 0.5
const (
	A = 7
	B
	C = "see"
	D
	E float32 = 1.25
	F
)

type Weekday int

const Sunday Weekday = 0
const Monday = Sunday + 1

func main() {
	fmt.Println(Greeting, Answer, Big, Half)
	fmt.Println(A, B, C, D, E, F)
	fmt.Printf("%T %T %T %T\n", A, C, E, Monday)
	var f32 float32 = Half
	var i8 int8 = A * 18
	fmt.Println(f32, i8)
	const local = len(Greeting) * 2
	var arr [local]int
	fmt.Println(local, len(arr))
	const r = 'x'
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T\n", r, Half)
	const s = Greeting + ", " + "world"
	fmt.Println(s, len(s))
	var d float64 = Big
	fmt.Println(d)
	const typed uint8 = 255
	fmt.Println(typed, typed/2)
	const neg = -5
	var u int64 = 10
	fmt.Println(u*3 + neg + 5)
	fmt.Println(Monday, Sunday)
	const mixed = 3 / 2
	const mixedF = 3 / 2.0
	fmt.Println(mixed, mixedF)
	const b1 = 1 < 2
	const b2 = "abc" < "abd" && !b1
	fmt.Println(b1, b2)
}
