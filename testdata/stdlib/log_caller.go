package main

import (
	"bytes"
	"fmt"
	"log"
	"path/filepath"
	"runtime"
	"strings"
)

// self is this file's path, shown as "prog.go" (the check with gc builds this
// program as another file).
var _, self, _, _ = runtime.Caller(0)

func show(buf *bytes.Buffer) {
	text := strings.ReplaceAll(buf.String(), self, "/path/to/prog.go")
	fmt.Print(strings.ReplaceAll(text, filepath.Base(self)+":", "prog.go:"))
	buf.Reset()
}

func helper(l *log.Logger) {
	l.Output(2, "reported at helper's caller")
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "short: ", log.Lshortfile)
	l.Println("from main")
	helper(l)
	l.Output(1, "Output(1)")
	l.SetFlags(log.Llongfile | log.Lmsgprefix)
	l.SetPrefix("long: ")
	l.Printf("%d", 42)
	l.SetFlags(log.Lshortfile | log.Llongfile)
	l.Print("short wins")
	l.Output(100, "too deep")
	show(&buf)

	log.SetOutput(&buf)
	log.SetFlags(log.Lshortfile)
	log.Print("standard logger")
	log.Output(1, "standard Output")
	func() {
		defer func() { recover() }()
		log.Panicln("panicking")
	}()
	show(&buf)
}
