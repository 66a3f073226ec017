package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("disk full") }

func main() {
	fmt.Println("default flags", log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr)
	fmt.Println("constants", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("print", 1, 2, "x", "y")
	l.Printf("printf %d-%s", 7, "z")
	l.Println("println", 1, 2)
	l.Print("ends with newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.Print("prefix before the message")
	l.SetPrefix("[p] ")
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)
	l.Println("moved prefix")
	fmt.Print(buf.String())

	var dated strings.Builder
	d := log.New(&dated, "", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	d.Print("dated")
	line := dated.String()
	// 2009/01/23 01:23:23.123123 dated
	fmt.Println("dated line length", len(line), line[4] == '/', line[7] == '/', line[10] == ' ',
		line[13] == ':', line[16] == ':', line[19] == '.', strings.HasSuffix(line, " dated\n"))

	e := log.New(failingWriter{}, "", 0)
	fmt.Println("output error:", e.Output(1, "lost"))
	var other bytes.Buffer
	e.SetOutput(&other)
	fmt.Println("output after SetOutput:", e.Output(1, "kept"), e.Writer() == &other, other.String() == "kept\n")

	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicf("bad %d", 42)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicln("bad", "line")
	}()
	fmt.Print(buf.String()[strings.LastIndex(buf.String()[:buf.Len()-1], "\n")+1:])

	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to standard error")
	log.Printf("%05.1f|%x", 3.14159, 255)
	log.Default().Print("through Default")
	log.SetOutput(os.Stdout)
	log.Print("now on standard output")
	log.SetOutput(os.Stderr)
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		log.Panic("std panic ", 1)
	}()
	log.Fatalf("fatal: %v", "exit status 1")
	fmt.Println("not reached")
}
