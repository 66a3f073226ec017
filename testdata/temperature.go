// Named float types for units, conversion functions and a formatted table with %6.1f.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func main() {
	fmt.Printf("%8s %8s %8s\n", "C", "F", "K")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8.1f %8.1f %8.2f\n", c, CToF(c), CToK(c))
	}
	fmt.Println(CToF(BoilingC), CToF(FreezingC), CToK(AbsoluteZeroC))
	fmt.Println(FToC(212), FToC(-40), FToC(98.6))
	var f Fahrenheit = 451
	fmt.Printf("%.3f %v %T\n", FToC(f), f, f)
	temps := []Celsius{21.5, 19.0, 23.25, 18.75, 25.0}
	var sum, lo, hi Celsius = 0, temps[0], temps[0]
	for _, t := range temps {
		sum += t
		if t < lo {
			lo = t
		}
		if t > hi {
			hi = t
		}
	}
	avg := sum / Celsius(len(temps))
	fmt.Printf("avg=%.2f min=%.2f max=%.2f spread=%g\n", avg, lo, hi, hi-lo)
	fmt.Println(Celsius(37) == FToC(CToF(37)), float64(CToK(0)))
}
