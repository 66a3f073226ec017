// Embedding: promoted fields and methods through values and pointers, several
// levels deep, shadowing by depth, method sets seen through interfaces, and
// interfaces embedded in structs.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }
func (l Logger) Describe() string {
	return fmt.Sprintf("logger %q with %d lines", l.prefix, len(l.lines))
}

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Kind() string     { return "base" }

type Service struct {
	*Logger // embedded pointer: its pointer methods are in Service's method set
	Base    // embedded value
	Name    string
}

// Service.Describe would be ambiguous (Logger and Base at depth 1): define our own.
func (s Service) Describe() string { return "service " + s.Name + " / " + s.Base.Describe() }

type Special struct {
	Service
	Extra int
}

func (s Special) Kind() string { return "special" } // shadows Base.Kind (depth 2)

type Describer interface{ Describe() string }
type Logging interface {
	Log(string)
	Count() int
}
type Identified interface {
	SetID(int)
	Kind() string
}

type Wrapped struct {
	Describer // an embedded interface: its method is promoted
	note      string
}

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Cat struct{ base }

func (Cat) Sound() string { return "meow" }

type Cow struct {
	*base
	loud bool
}

func (c Cow) Sound() string {
	if c.loud {
		return "MOO"
	}
	return "moo"
}

func main() {
	s := Service{Logger: &Logger{prefix: "[svc] "}, Base: Base{ID: 1}, Name: "api"}
	s.Log("started")
	s.Log("ready")
	s.SetID(42)
	fmt.Println(s.Count(), s.ID, s.Describe(), s.Kind(), s.prefix)
	fmt.Println(s.Logger.Describe())

	var lg Logging = s // Service (a value) has Log through its *Logger
	lg.Log("via interface")
	fmt.Println(lg.Count(), s.Count(), len(s.lines))

	var id Identified = &s // SetID needs *Service
	id.SetID(7)
	fmt.Println(s.ID, id.Kind())

	sp := Special{Service: s, Extra: 1}
	sp.Log("special")
	var d Describer = sp
	fmt.Println(d.Describe(), sp.Kind(), sp.Service.Kind(), sp.Count())
	id = &sp
	id.SetID(99)
	fmt.Println(sp.ID, s.ID, id.Kind())

	w := Wrapped{Describer: Base{ID: 3}, note: "n"}
	fmt.Println(w.Describe())
	var d2 Describer = w
	fmt.Println(d2.Describe())
	w.Describer = sp
	fmt.Println(w.Describe())
	var dp Describer = &w
	fmt.Println(dp.Describe())

	animals := []Animal{Cat{base{"tom"}}, Cow{&base{"bess"}, true}, &Cat{base{"felix"}}, Cow{base: &base{"daisy"}}}
	for _, a := range animals {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(s.Logger.lines)
}
