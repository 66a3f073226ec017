package main

import "fmt"

// Anonymous struct types: variables, slices of them, nested, compared, converted
// to and from a named type with identical fields; struct tags are ignored.

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty" xml:"age"`
}

type pointXY struct{ X, Y int }

func describe(p struct {
	Name string
	Tags []string
}) string {
	return fmt.Sprint(p.Name, len(p.Tags))
}

func main() {
	point := struct{ X, Y int }{3, 4}
	fmt.Println(point, point.X*point.Y)

	var config struct {
		Host    string
		Port    int
		Verbose bool
		Limits  struct{ Min, Max int }
	}
	config.Host = "localhost"
	config.Port = 8080
	config.Limits.Max = 10
	fmt.Printf("%+v\n", config)

	rows := []struct {
		key   string
		value int
	}{{"a", 1}, {"b", 2}, {key: "c"}}
	total := 0
	for _, row := range rows {
		total += row.value
		fmt.Print(row.key, " ")
	}
	fmt.Println(total)

	// identical anonymous struct types are the same type: comparable and assignable
	a := struct {
		Name string
		N    int
	}{"x", 1}
	b := struct {
		Name string
		N    int
	}{"x", 1}
	fmt.Println(a == b)
	b.N = 2
	fmt.Println(a == b, a != b)

	// conversion between a named struct and an anonymous one with the same fields
	named := pointXY(point)
	back := struct{ X, Y int }(named)
	fmt.Println(named, back, named == pointXY{3, 4})

	// tags do not matter for identity, conversion ignores them
	p := Person{"Ann", 30}
	plain := struct {
		Name string
		Age  int
	}(p)
	fmt.Println(plain.Name, plain.Age)

	fmt.Println(describe(struct {
		Name string
		Tags []string
	}{"tagged", []string{"a", "b"}}))

	pointer := &struct{ count int }{}
	pointer.count++
	pointer.count += 2
	fmt.Println(pointer.count)

	empty := struct{}{}
	fmt.Println(empty == struct{}{}, fmt.Sprint(empty))

	matrix := [2]struct{ a, b float64 }{{1, 2}, {3, 4}}
	fmt.Println(matrix[1].a+matrix[0].b, matrix)
}
