package main

import (
	"fmt"
	"strconv"

	"example.com/m/coll"
	"example.com/m/use"
)

func main() {
	l := coll.Ints()
	l.Push(7)
	l.Each(func(i, v int) { fmt.Println(i, v) })
	fmt.Println(l, *l)
	s := use.Strings()
	s.Push("v")
	fmt.Println(*s)
	var m coll.List[string]
	m.Push("w")
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(coll.Map([]int{1, 2}, strconv.Itoa), coll.Sum(1.5, 2.5), use.Total([]int{4, 5}))
	fmt.Println(coll.Map[int, string]([]int{3}, func(i int) string { return fmt.Sprint(i * 2) }))
	var st fmt.Stringer = l
	fmt.Println(st.String())
	var items coll.List[coll.Item]
	var locals coll.List[Local]
	var nested coll.List[map[string]coll.Item]
	fmt.Printf("%T %T %T\n", items, locals, nested)
}

type Local struct{}
