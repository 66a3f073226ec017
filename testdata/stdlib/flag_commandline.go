// args: -v -n 5 --name=gopher -d 1m30s -f 2.5 -big=-9000000000 -u 0x10 -list a -list b -each=x -- rest1 -notflag
package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return fmt.Sprint([]string(*l)) }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	verbose := flag.Bool("v", false, "verbose output")
	n := flag.Int("n", 1, "how many")
	name := flag.String("name", "world", "who to greet")
	d := flag.Duration("d", time.Second, "how long")
	f := flag.Float64("f", 0, "a factor")
	big := flag.Int64("big", 0, "a big number")
	u := flag.Uint("u", 7, "unsigned")
	u64 := flag.Uint64("u64", 0, "unsigned 64")
	var quiet bool
	flag.BoolVar(&quiet, "quiet", true, "less output")
	var list listValue
	flag.Var(&list, "list", "repeatable `item`")
	var seen []string
	flag.Func("each", "called for each value", func(s string) error {
		seen = append(seen, strings.ToUpper(s))
		return nil
	})
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(*verbose, *n, *name, *d, *f, *big, *u, *u64, quiet, list, seen)
	fmt.Println("NFlag", flag.NFlag(), "NArg", flag.NArg(), "Args", flag.Args())
	fmt.Printf("Arg(0)=%q Arg(1)=%q Arg(5)=%q Arg(-1)=%q\n", flag.Arg(0), flag.Arg(1), flag.Arg(5), flag.Arg(-1))
	flag.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s ", f.Name) })
	fmt.Println()
	fmt.Println(flag.Lookup("name").Usage, flag.Lookup("missing") == nil)
	fmt.Println(flag.Set("n", "42"), *n, flag.Set("nope", "1"), flag.Set("n", "x"))
	g, ok := flag.Lookup("d").Value.(flag.Getter)
	fmt.Println(ok, g.Get())
	fmt.Println(flag.CommandLine.Name() != "", flag.CommandLine.ErrorHandling() == flag.ExitOnError)
}
