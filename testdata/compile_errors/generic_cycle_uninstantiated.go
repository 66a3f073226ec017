package main

// f would need f[*int], f[**int], ...: an instantiation cycle even though nothing
// instantiates f.

func f[T any]() {
	f[*T]()
}

func main() {
}
