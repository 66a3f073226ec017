package main

func main() {
	s := uint(2)
	var c complex128 = 1 << s
	_ = complex(1<<s, 0)
	_ = real(1 << s)
	println(c)
}
