package main

func main() {
	var a complex64 = complex(1e39, 0)
	const k complex128 = 1e309i
	var b int8 = complex(200, 0)
	var m = map[complex128]bool{1i: true, 1i: false}
	println(a, k, b, m)
}
