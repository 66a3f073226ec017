package main

import "fmt"

// Variadic functions: no extra arguments (a nil slice), several, a slice passed
// with s... (shared, not copied), and variadic func values and methods.

func sum(prefix string, values ...int) string {
	total := 0
	for _, v := range values {
		total += v
	}
	return fmt.Sprintf("%s%d (%d values, nil=%v)", prefix, total, len(values), values == nil)
}

func zeroFirst(values ...int) {
	if len(values) > 0 {
		values[0] = 0
	}
}

func join(separator string, parts ...string) string {
	text := ""
	for i, part := range parts {
		if i > 0 {
			text += separator
		}
		text += part
	}
	return text
}

func pairs() (string, int, int) { return "pairs:", 3, 4 }

type collector struct{ items []string }

func (c *collector) add(items ...string) *collector {
	c.items = append(c.items, items...)
	return c
}

func forward(values ...interface{}) string {
	return fmt.Sprint(values...)
}

func apply(f func(...int) int, values ...int) int { return f(values...) }

func max(first int, rest ...int) int {
	best := first
	for _, v := range rest {
		if v > best {
			best = v
		}
	}
	return best
}

func main() {
	fmt.Println(sum("none: "))
	fmt.Println(sum("three: ", 1, 2, 3))
	values := []int{10, 20, 30}
	fmt.Println(sum("spread: ", values...))
	fmt.Println(sum("empty spread: ", []int{}...))
	fmt.Println(sum("nil spread: ", nil...))
	fmt.Println(sum(pairs()))

	zeroFirst(values...)
	fmt.Println(values)
	zeroFirst(7, 8)

	fmt.Println(join("-", "a", "b", "c"), join("+"), join(", ", []string{"x", "y", "z"}...))

	c := &collector{}
	c.add("one").add().add("two", "three")
	more := []string{"four", "five"}
	c.add(more...)
	fmt.Println(c.items, len(c.items))

	fmt.Println(forward("a", 1, true, 2.5), forward())
	args := []interface{}{"x", 'y', nil}
	fmt.Println(forward(args...))

	total := func(vs ...int) int {
		t := 0
		for _, v := range vs {
			t += v
		}
		return t
	}
	fmt.Println(apply(total, 1, 2, 3, 4), apply(total))
	fmt.Println(max(3), max(3, 9, 2), max(-1, []int{-5, -2}...))
}
