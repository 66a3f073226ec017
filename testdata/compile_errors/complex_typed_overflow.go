package main

func main() {
	const a complex64 = 3e38
	const b = a * 2
	const c complex128 = 1e308 + 1e308i
	const d = c * c
	const e = -a * 10i
	x := 1i
	println(b, d, e, x/0, real(a*a))
}
