package main

// A library type that would satisfy an interface but for a method minigo's lacks: the
// missing method is not supported, not a 'does not implement' or impossible assertion.
//
// want 19:7: time.Time.String not supported yet
// want 21:7: time.Time.String not supported yet
// want 23:21: time.Time.String not supported yet
// want 28:30: time.Time.String not supported yet
// want 30:7: time.Time.String not supported yet
// want 31:34: time.Time.GoString not supported yet

import (
	"fmt"
	"time"
)

func show(s fmt.Stringer) {
	t := s.(time.Time)
	switch s.(type) {
	case time.Time, time.Duration:
	}
	_ = []fmt.Stringer{t, time.Second}
}

func main() {
	start := time.Now()
	var stringer fmt.Stringer = start
	show(stringer)
	show(start)
	var goStringer fmt.GoStringer = &start
	fmt.Println(goStringer != nil)
}
