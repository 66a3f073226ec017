// The functions stdlib/math declares without a body, which minigo's compiler
// supplies as LLVM instructions (minigo/codegen/math_lowering.py) and its
// runtime answers (runtime_cpu_has_fma), written over Go's own math for
// tests/stdlib_gc.py. minigo never compiles this file.
package math

import (
	gomath "math"
	_ "unsafe" // for go:linkname
)

func Float64bits(f float64) uint64     { return gomath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return gomath.Float64frombits(b) }
func Float32bits(f float32) uint32     { return gomath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return gomath.Float32frombits(b) }

func Sqrt(x float64) float64           { return gomath.Sqrt(x) }
func Abs(x float64) float64            { return gomath.Abs(x) }
func Copysign(f, sign float64) float64 { return gomath.Copysign(f, sign) }

func floorInstruction(x float64) float64     { return gomath.Floor(x) }
func ceilInstruction(x float64) float64      { return gomath.Ceil(x) }
func truncInstruction(x float64) float64     { return gomath.Trunc(x) }
func fmaInstruction(x, y, z float64) float64 { return gomath.FMA(x, y, z) }

// gc's own math decides its Exp's path with this variable.
//
//go:linkname goUseFMA math.useFMA
var goUseFMA bool

func cpuHasFMA() bool { return goUseFMA }
