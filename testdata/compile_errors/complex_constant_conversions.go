package main

const c complex128 = 1e300 + 0i

const f = 1e30
const g float64 = 1e30

func main() {
	_ = complex64(1e300 + 0i)
	_ = float32(c)
	_ = complex64(c)
	_ = int(c)
	_ = complex128(1 << 1100)
	_ = int(f)
	_ = int(g)
	_ = int32(1e10 + 0i)
}
