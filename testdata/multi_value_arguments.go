package main

import (
	"errors"
	"fmt"
)

// Every builtin and library function accepting several values takes the results of
// one multi-valued call as its argument list (the spec's f(g()) form).

func ints() ([]int, int) { return []int{1}, 2 }
func anys() ([]interface{}, int, string) { return []interface{}{"a"}, 2, "c" }
func bytes() ([]byte, string) { return make([]byte, 3), "hey" }
func slices() ([]int, []int) { return make([]int, 2), []int{7, 8, 9} }

var m = map[string]int{"a": 1, "b": 2}

func mapAndKey() (map[string]int, string) { return m, "a" }
func pair() (int, int)                    { return 3, 4 }
func format() (string, int)               { return "%d!", 5 }
func three() (int, string, bool)          { return 1, "x", true }
func mixed() (float64, error, *int)       { return 1.5, errors.New("boom"), nil }
func message() (string, int, string)      { return "%d-%s", 9, "z" }

type point struct{ x, y int }

func points() (point, *point) { return point{1, 2}, &point{3, 4} }

func deferred() {
	defer fmt.Println(three())
	defer println(pair())
	fmt.Println("deferred body")
}

func main() {
	fmt.Println(append(ints()))
	fmt.Println(append(anys()))
	b, _ := bytes()
	fmt.Println(copy(bytes()), b)
	fmt.Println(copy(slices()))
	delete(mapAndKey())
	fmt.Println(len(m), m)
	print(pair())
	print("\n")
	println(pair())
	println(three())
	fmt.Println(fmt.Sprintf(format()))
	fmt.Println(fmt.Sprintf(message()))
	fmt.Println(three())
	fmt.Print(three())
	fmt.Println()
	fmt.Printf(message())
	fmt.Println()
	fmt.Println(fmt.Sprint(pair()), fmt.Sprintln(three()))
	fmt.Println(fmt.Errorf(format()))
	fmt.Println(mixed())
	fmt.Println(points())
	n, err := fmt.Println(pair())
	fmt.Println(n, err)
	deferred()
}
