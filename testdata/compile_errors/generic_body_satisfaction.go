package main

// Type arguments that are type parameters satisfy a constraint by their own: methods,
// comparability, and a type set inside the constraint's.

import "fmt"

type Number interface{ ~int | ~float64 }

func g[U Number](u U) {}
func h[U comparable](u U) {}
func k[U fmt.Stringer](u U) {}

func f1[T any](t T)              { g(t) }
func f2[T ~int | ~string](t T)   { g(t) }
func f3[T any](t T)              { h(t) }
func f4[T any](t T)              { k(t) }
func f5[T ~int](t T)             { g(t) }
func f6[T comparable](t T)       { h(t) }
func f7[T Number](t T)           { h(t) }
func f8[T fmt.Stringer](t T)     { k(t) }
func f9[T interface{ ~[]int }](t T) { h(t) }

func main() {}
