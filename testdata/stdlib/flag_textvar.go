package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// level is a TextMarshaler and TextUnmarshaler of its own.
type level int

var names = []string{"debug", "info", "warn"}

func (l level) MarshalText() ([]byte, error) {
	if int(l) < len(names) {
		return []byte(names[l]), nil
	}
	return nil, errors.New("no such level")
}

func (l *level) UnmarshalText(text []byte) error {
	for i, name := range names {
		if strings.EqualFold(name, string(text)) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", text)
}

// onlyIn unmarshals but cannot marshal; its receiver is a value, not a pointer.
type onlyIn struct{}

func (onlyIn) UnmarshalText([]byte) error { return nil }

func parse(args ...string) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var when time.Time
	var lvl, quiet level
	fs.TextVar(&when, "when", time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), "the `instant`")
	fs.TextVar(&lvl, "level", level(1), "how much to say")
	fs.TextVar(&quiet, "quiet", level(0), "zero default")
	err := fs.Parse(args)
	fmt.Printf("%q: err=%v when=%v level=%d quiet=%d\n", args, err, when, lvl, quiet)
	if f := fs.Lookup("when"); f != nil {
		fmt.Println("  default:", f.DefValue, "value:", f.Value, "get:", f.Value.(flag.Getter).Get() == &when)
	}
}

func expectPanic(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	parse()
	parse("-when", "2022-03-04T05:06:07+01:00", "-level=WARN")
	parse("-when=yesterday")
	parse("-level", "loud")
	parse("-h")

	fs := flag.NewFlagSet("p", flag.ContinueOnError)
	var lvl level
	expectPanic("mismatch", func() { fs.TextVar(&lvl, "a", time.Time{}, "") })
	expectPanic("not a pointer", func() { fs.TextVar(onlyIn{}, "b", level(0), "") })
	var t time.Time
	def := time.Unix(0, 0).UTC()
	fs.TextVar(&t, "c", &def, "a pointer default")
	fmt.Println("pointer default:", t)

	flag.TextVar(&lvl, "lvl", level(2), "on the command line")
	flag.CommandLine.Parse([]string{"-lvl=debug"})
	fmt.Println("command line:", lvl)
}
