package main

import "fmt"

func main() {
	// make without and with a hint
	ages := make(map[string]int)
	sized := make(map[int]string, 100)
	fmt.Println(len(ages), len(sized), ages == nil, sized == nil)

	ages["alice"] = 31
	ages["bob"] = 27
	ages["carol"] = 45
	fmt.Println(len(ages), ages["alice"], ages["bob"], ages["carol"])

	// overwrite keeps the length
	ages["bob"] = 28
	fmt.Println(len(ages), ages["bob"])

	// missing keys read as the zero value
	fmt.Println(ages["nobody"], len(ages))

	// comma-ok
	if age, ok := ages["carol"]; ok {
		fmt.Println("carol is", age)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("no dave")
	}
	var v int
	var ok bool
	v, ok = ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)

	// delete, including missing keys
	delete(ages, "alice")
	delete(ages, "nobody")
	_, ok = ages["alice"]
	fmt.Println(len(ages), ok)

	// literals
	squares := map[int]int{1: 1, 2: 4, 3: 9, 4: 16}
	fmt.Println(squares, len(squares))
	empty := map[string]bool{}
	fmt.Println(empty, len(empty), empty == nil)

	// nil maps: reads, len, delete and range all work
	var nothing map[string]int
	fmt.Println(nothing["x"], len(nothing), nothing == nil)
	delete(nothing, "x")
	for k := range nothing {
		fmt.Println("never", k)
	}
	x, found := nothing["y"]
	fmt.Println(x, found)

	// integer keys of many sizes and signs
	small := map[int8]string{-128: "min", 127: "max", 0: "zero"}
	fmt.Println(small[-128], small[127], small[0], small)
	unsigned := map[uint64]int{18446744073709551615: 1, 0: 2}
	fmt.Println(unsigned[18446744073709551615], unsigned[0], unsigned)

	// sized and sized map[int]string fill-up
	for i := 0; i < 200; i++ {
		sized[i] = fmt.Sprint("v", i)
	}
	fmt.Println(len(sized), sized[0], sized[99], sized[199], sized[200] == "")

	// printing sorts the keys
	fmt.Println(map[string]int{"zebra": 1, "apple": 2, "mango": 3, "Banana": 4})
	fmt.Printf("%v|%d|%T\n", squares, squares, squares)
}
