// Slice-backed stack and ring-buffer queue of structs; bracket matching and RPN evaluation.
package main

import (
	"fmt"
	"strconv"
)

type Item struct {
	Name     string
	Priority int
}

type Queue struct {
	buf        [4]Item
	head, size int
}

func enqueue(q *Queue, it Item) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = it
	q.size++
	return true
}

func dequeue(q *Queue) (Item, bool) {
	if q.size == 0 {
		return Item{}, false
	}
	it := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return it, true
}

func balanced(s string) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				return false
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if (c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{') {
				return false
			}
		}
	}
	return len(stack) == 0
}

func rpn(tokens []string) (int, string) {
	var st []int
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			if len(st) < 2 {
				return 0, "stack underflow at " + t
			}
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, "division by zero"
				}
				r = a / b
			}
			st = append(st, r)
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, "bad token " + t
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, "leftover values: " + strconv.Itoa(len(st))
	}
	return st[0], ""
}

func main() {
	var q Queue
	for i, name := range []string{"a", "b", "c", "d", "e"} {
		fmt.Println("enqueue", name, enqueue(&q, Item{name, i * 10}))
	}
	for k := 0; k < 2; k++ {
		it, ok := dequeue(&q)
		fmt.Println("dequeue", it.Name, it.Priority, ok)
	}
	enqueue(&q, Item{"f", 50})
	enqueue(&q, Item{"g", 60})
	for {
		it, ok := dequeue(&q)
		if !ok {
			break
		}
		fmt.Print(it.Name, it.Priority, " ")
	}
	fmt.Println("| head", q.head, "size", q.size)
	for _, s := range []string{"", "()", "([]{})", "(]", "((", "{[()()]}", "}{", "a(b)c"} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	exprs := [][]string{
		{"3", "4", "+", "2", "*"},
		{"5", "1", "2", "+", "4", "*", "+", "3", "-"},
		{"1", "+"},
		{"4", "0", "/"},
		{"2", "x", "*"},
		{"1", "2"},
		{"-7", "2", "/"},
	}
	for _, e := range exprs {
		v, errMsg := rpn(e)
		if errMsg != "" {
			fmt.Println("error:", errMsg)
		} else {
			fmt.Println("value:", v)
		}
	}
}
