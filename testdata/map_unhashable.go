package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["ok"] = 2
	fmt.Println(len(m))
	var key interface{} = []int{1, 2, 3}
	m[key] = 3
	fmt.Println("unreachable")
}
