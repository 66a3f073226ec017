// Structs: literals (keyed and positional), nesting, value copies, comparison and arrays of structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Person struct {
	Name    string
	Age     int
	Address struct {
		City string
		Zip  int
	}
	Scores [3]float64
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func moved(p Point, dx, dy int) Point {
	p.X += dx
	p.Y += dy
	return p
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p.X, p.Y, q.X, q.Y, z.X, z.Y)
	r := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Name: "box"}
	fmt.Println(r.Name, area(r), r.Max.X)
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max.X, r2.Max.X, area(r2))
	fmt.Println(p == Point{1, 2}, p != q, r == r2, z == Point{})
	m := moved(p, 3, 4)
	fmt.Println(p.X, p.Y, m.X, m.Y)
	var who Person
	who.Name = "Grace"
	who.Age = 85
	who.Address.City = "Arlington"
	who.Address.Zip = 22201
	who.Scores[1] = 9.5
	other := who
	other.Address.City = "NYC"
	other.Scores[1] = 1
	fmt.Println(who.Name, who.Age, who.Address.City, who.Address.Zip, who.Scores[1])
	fmt.Println(other.Address.City, other.Scores[1], who == other)
	other = who
	fmt.Println(who == other)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	for i := range pts {
		pts[i].Y -= pts[i].X
	}
	for _, pt := range pts {
		pt.X = 100
		fmt.Print(pt.X, ":", pt.Y, " ")
	}
	fmt.Println(pts[0].X)
	arr := [2]Rect{{Name: "a"}, {Name: "b", Max: Point{1, 1}}}
	fmt.Println(arr[1].Max.Y, area(arr[1]), arr[0] == Rect{Name: "a"})
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon.A, anon.B)
	type Pair struct{ K, V string }
	pairs := [...]Pair{{"k1", "v1"}, {"k2", "v2"}}
	fmt.Println(len(pairs), pairs[1].K+"="+pairs[1].V)
	type Empty struct{}
	fmt.Println(Empty{} == Empty{})
	nested := Rect{Point{-1, -2}, Point{3, 4}, "n"}
	fmt.Printf("%d %d %d %d %s\n", nested.Min.X, nested.Min.Y, nested.Max.X, nested.Max.Y, nested.Name)
}
