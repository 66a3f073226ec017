package main

import (
	"errors"
	. "errors"
	. "fmt"
	. "math"
	. "strconv"
	. "sync"
	"time"
	. "time"
)

// Dot imports: the package's exported names used without a qualifier, as types,
// functions, constants and in package-level declarations; the same package may be
// imported both ways.

type Celsius float64

func (c Celsius) String() string { return Sprintf("%.1f°C", float64(c)) }

var _ Stringer = Celsius(0)
var circle = 2 * Pi
var base = New("base")

func half(x float64) float64 { return Floor(x / 2) }

func main() {
	Println("hello", Itoa(42), Celsius(21.5))
	n, err := Atoi("x")
	Println(n, err != nil)
	Printf("%.4f %.0f %v %v\n", circle, half(7), MaxInt64, Sqrt(16))
	wrapped := Errorf("wrap: %w", base)
	Println(Is(wrapped, base), errors.Is(wrapped, base), Unwrap(wrapped) == base)
	var wg WaitGroup
	var mu Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	var d Duration = 3 * Millisecond
	Sleep(d)
	Println(total, d == 3*time.Millisecond, Sprint(Inf(1), IsNaN(NaN())))
}
