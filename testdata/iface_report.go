// A report printer built on fmt's use of String() and Error(): Stringers on values
// and pointers, nested in structs, slices and interfaces, with every verb that asks
// for a string, and types whose String() is not called (%d, unexported fields).
package main

import (
	"errors"
	"fmt"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

type Status int

const (
	Pending Status = iota
	Paid
	Overdue
)

var statusNames = [...]string{"pending", "paid", "overdue"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Customer struct {
	Name  string
	Email string
}

func (c *Customer) String() string { return c.Name + " <" + c.Email + ">" }

type Line struct {
	Item  string
	Qty   int
	Price Money
}

func (l Line) Total() Money { return Money(l.Qty) * l.Price }

type Invoice struct {
	ID       int
	Customer *Customer
	Lines    []Line
	Status   Status
	note     Status // unexported: fmt does not call its String
}

func (inv *Invoice) Total() Money {
	var t Money
	for _, l := range inv.Lines {
		t += l.Total()
	}
	return t
}

func (inv *Invoice) String() string {
	return fmt.Sprintf("invoice #%d for %v: %v (%v)", inv.ID, inv.Customer, inv.Total(), inv.Status)
}

type ValidationError struct {
	Field string
	Value interface{}
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type Errors []error

func (es Errors) Error() string {
	s := fmt.Sprintf("%d problems:", len(es))
	for _, e := range es {
		s += " [" + e.Error() + "]"
	}
	return s
}

func validate(inv *Invoice) error {
	var problems Errors
	if inv.Customer == nil {
		problems = append(problems, errors.New("no customer"))
	}
	for _, l := range inv.Lines {
		if l.Qty <= 0 {
			problems = append(problems, ValidationError{"quantity of " + l.Item, l.Qty})
		}
		if l.Price < 0 {
			problems = append(problems, ValidationError{"price", l.Price})
		}
	}
	if inv.Status > Overdue {
		problems = append(problems, ValidationError{"status", inv.Status})
	}
	if len(problems) == 0 {
		return nil
	}
	return problems
}

type Table struct {
	Title string
	Rows  [][]fmt.Stringer
}

type Text string

func (t Text) String() string { return string(t) }

func (t *Table) Print() {
	fmt.Println("==", t.Title, "==")
	for _, row := range t.Rows {
		for i, cell := range row {
			if i > 0 {
				fmt.Print(" | ")
			}
			fmt.Printf("%-12s", cell)
		}
		fmt.Println()
	}
}

func main() {
	alice := &Customer{"Alice", "alice@example.com"}
	invoices := []*Invoice{
		{1, alice, []Line{{"widget", 3, 250}, {"gadget", 1, 1999}}, Paid, Overdue},
		{2, &Customer{"Bob", "bob@example.com"}, []Line{{"gizmo", 10, 5}}, Pending, Paid},
		{3, nil, []Line{{"refund", 1, -500}, {"thing", 0, 100}}, Status(7), Pending},
	}
	table := &Table{Title: "invoices"}
	for _, inv := range invoices {
		fmt.Println(inv)
		table.Rows = append(table.Rows, []fmt.Stringer{Text(fmt.Sprint(inv.ID)), inv.Status, inv.Total()})
		if err := validate(inv); err != nil {
			fmt.Println("  validation:", err)
			fmt.Printf("  %T with %d entries; first is %T\n", err, len(err.(Errors)), err.(Errors)[0])
		}
	}
	table.Print()

	l := invoices[0].Lines[1]
	fmt.Printf("%v|%s|%d|%q|%x|%8v|%-8v|\n", l.Price, l.Price, l.Price, l.Price, l.Price, l.Price, l.Price)
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%v\n", *invoices[1])
	fmt.Printf("%+v\n", invoices[1].Lines)
	fmt.Println([]Status{Paid, Overdue, 9}, map[string]Money{"a": 1}, [2]Money{-5, 123456})
	fmt.Println(Money(-1), Status(1), &Customer{"C", "c@x"}, Customer{"D", "d@x"})
	var s fmt.Stringer = Paid
	var e error = ValidationError{"x", Money(5)}
	fmt.Println(s, e)
	fmt.Printf("%v %s %d\n", s, e, s)
	fmt.Println(fmt.Sprint(Paid, Overdue), fmt.Sprintln(Money(100), 1))
	var nobody *Customer
	fmt.Printf("[%v] [%s] [%+v]\n", nobody, nobody, nobody)
	fmt.Println(struct {
		M  Money
		ST fmt.Stringer
		E  error
	}{3, Overdue, nil})
}
