package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// self is this file's path; short shows it as "prog.go" (the check with gc builds
// this program as another file).
var _, self, _, _ = runtime.Caller(0)

func short(file string) string {
	if file == self {
		return "prog.go"
	}
	return filepath.Base(file)
}

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s %s:%d %v", runtime.FuncForPC(pc).Name(), short(file), line, ok)
}

func here() string {
	pc, file, line, ok := runtime.Caller(0)
	return fmt.Sprintf("%s %s:%d %v", runtime.FuncForPC(pc).Name(), short(file), line, ok)
}

type T struct{}

func (T) method() string   { return where() }
func (*T) pointer() string { return here() }

// stackUpTo lists the frames above its caller, up to main.main (gc lists its own
// runtime.main and runtime.goexit after it).
func stackUpTo() []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		name := ""
		if f.Func != nil {
			name = f.Func.Name()
		}
		out = append(out, fmt.Sprintf("%s %s:%d entry=%v func=%v", f.Function, short(f.File), f.Line,
			f.Entry != 0, name == f.Function))
		if !more || f.Function == "main.main" {
			return out
		}
	}
}

func recurse(n int) []string {
	if n > 0 {
		return recurse(n - 1)
	}
	return stackUpTo()
}

func main() {
	fmt.Println(where())
	fmt.Println(here())
	fmt.Println(T{}.method())
	fmt.Println((&T{}).pointer())
	func() {
		fmt.Println("closure:", here())
	}()
	done := make(chan string)
	go func() { done <- where() }()
	fmt.Println("goroutine:", <-done)
	for _, line := range recurse(3) {
		fmt.Println(line)
	}
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println("beyond the stack:", ok)
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, line := f.FileLine(pc)
	fmt.Println(f.Name(), short(file), line, f.Entry() != 0 && f.Entry() <= pc)
	var none *runtime.Func
	fmt.Printf("nil Func: %q\n", none.Name())
	fmt.Println("no frames:", len(stackUpToNothing()))

	buf := make([]byte, 1<<16)
	trace := string(buf[:runtime.Stack(buf, false)])
	lines := strings.Split(trace, "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1], strings.HasPrefix(lines[2], "\t") && strings.Contains(lines[2], self+":"))
	short := make([]byte, 10)
	fmt.Printf("%q\n", short[:runtime.Stack(short, false)])
	stack := strings.Split(string(debug.Stack()), "\n")
	fmt.Println(stack[0], stack[1][:strings.Index(stack[1], "(")]) // gc's arguments vary

	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, strings.HasPrefix(runtime.Version(), "go1.19"))
	fmt.Println(runtime.NumCPU() > 0, runtime.NumGoroutine() >= 1, runtime.GOMAXPROCS(0) > 0)
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	fmt.Println(stats.Mallocs >= stats.Frees, len(stats.BySize))
	var err interface{}
	func() {
		defer func() { err = recover() }()
		var s []int
		_ = s[5]
	}()
	_, isRuntimeError := err.(runtime.Error)
	fmt.Println(isRuntimeError, err)
}

func stackUpToNothing() []runtime.Frame {
	frames := runtime.CallersFrames(nil)
	f, more := frames.Next()
	if f.Function == "" && !more {
		return nil
	}
	return []runtime.Frame{f}
}
