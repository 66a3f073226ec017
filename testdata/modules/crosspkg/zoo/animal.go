// Package zoo: types embedded, enumerations with String methods, closures and
// interfaces used from another package.
package zoo

import (
	"errors"
	"fmt"
)

type Kind int

const (
	Cat Kind = iota
	Dog
	Bird
)

var kindNames = [...]string{"cat", "dog", "bird"}

func (k Kind) String() string { return kindNames[k] }

type Base struct {
	Name string
	legs int
}

func (b *Base) Legs() int       { return b.legs }
func (b Base) Hello() string    { return "I am " + b.Name }
func NewBase(name string, legs int) Base { return Base{name, legs} }

type Animal struct {
	Base
	Kind Kind
}

type Speaker interface {
	Speak() string
}

func (a Animal) Speak() string { return fmt.Sprintf("%v %s says hi", a.Kind, a.Name) }

var ErrEscaped = errors.New("zoo: animal escaped")

var Registry = map[string]Kind{}

func Counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func Describe(s Speaker) string { return "[" + s.Speak() + "]" }

func MustFind(name string) Kind {
	k, ok := Registry[name]
	if !ok {
		panic(fmt.Errorf("%w: %s", ErrEscaped, name))
	}
	return k
}
