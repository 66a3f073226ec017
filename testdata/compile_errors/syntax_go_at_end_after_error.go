// After a syntax error gc keeps quiet about the unexpected end of the file, but
// still finishes the statement it was in: a go without a call is reported.
package main

x

func main() {
	go
