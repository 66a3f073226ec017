package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"time"
)

type hexValue uint

func (h *hexValue) String() string { return fmt.Sprintf("%#x", uint(*h)) }
func (h *hexValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 16, 64)
	*h = hexValue(v)
	return err
}

func newSet(name string, out *bytes.Buffer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Bool("b", false, "a boolean")
	fs.Int("count", 3, "how many `times` to try")
	fs.String("s", "", "a string")
	fs.String("greeting", "hello there", "what to say,\non two lines")
	fs.Duration("wait", 1500*time.Millisecond, "how long to wait")
	fs.Float64("ratio", 0.25, "a ratio")
	fs.Uint("n", 0, "a count")
	fs.Int64("offset", -1, "where to start")
	fs.Uint64("size", 0, "a size")
	fs.Func("f", "a func flag", func(s string) error {
		if s == "bad" {
			return errors.New("bad func value")
		}
		return nil
	})
	return fs
}

func try(args ...string) {
	var out bytes.Buffer
	fs := newSet("tool", &out)
	err := fs.Parse(args)
	fmt.Printf("%q -> err=%v help=%v args=%q\n", args, err, err == flag.ErrHelp, fs.Args())
	fmt.Print(out.String())
	fmt.Println("--")
}

func main() {
	var out bytes.Buffer
	fs := newSet("tool", &out)
	fs.PrintDefaults()
	fmt.Print(out.String())
	fmt.Println("==")

	try("-b", "-count", "5", "x", "-s", "y")
	try("-undefined")
	try("-count")
	try("-count=abc")
	try("-count=99999999999999999999")
	try("-n=-1")
	try("-b=maybe")
	try("-wait=10")
	try("-wait=2h3m4.5s")
	try("-ratio=1e400")
	try("-f=bad")
	try("---b")
	try("-=x")
	try("-h")
	try("-help")
	try("--", "-b")
	try("-", "-b")
	try("plain", "-b")

	unnamed := flag.NewFlagSet("", flag.ContinueOnError)
	unnamed.SetOutput(&out)
	out.Reset()
	unnamed.Int("x", 0, "")
	fmt.Println(unnamed.Parse([]string{"-y"}))
	fmt.Print(out.String())

	custom := flag.NewFlagSet("custom", flag.ContinueOnError)
	custom.SetOutput(&out)
	out.Reset()
	custom.Usage = func() { fmt.Fprintln(custom.Output(), "custom usage") }
	var h hexValue = 0x1f
	custom.Var(&h, "mask", "a hex `mask`")
	fmt.Println(custom.Parse([]string{"-mask", "ff", "-bad"}), uint(h))
	fmt.Print(out.String())
	out.Reset()
	custom.PrintDefaults()
	fmt.Print(out.String())

	panicking := flag.NewFlagSet("p", flag.PanicOnError)
	panicking.SetOutput(&out)
	out.Reset()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicking.Parse([]string{"-zzz"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicking.Int("dup", 0, "")
		panicking.Int("dup", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicking.Int("-dash", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicking.Int("a=b", 0, "")
	}()
	fmt.Print(out.String())
	var zero flag.FlagSet
	zero.SetOutput(&out)
	out.Reset()
	zero.Bool("q", false, "quiet")
	fmt.Println(zero.Parse([]string{"-q", "-r"}), zero.Name() == "", zero.ErrorHandling() == flag.ContinueOnError)
	fmt.Print(out.String())
	fmt.Println(zero.Output() == &out)
}
