package main

import (
	"flag"
	"fmt"
	"io"
	"time"
)

func main() {
	inputs := []string{"0", "+0", "-0", "1s", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1.5µs", "1.5μs",
		"300ms", ".5s", "5.s", "1e3s", "", "s", "1", "1x", "--1s", "+-1s", "1.s2", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h", "2562048h", "1.000000001s",
		"0.1234567891s", "3.000000000000000001h", "1h-1m", "1.5.5s", "1_000s", "4m0.5s"}
	for _, input := range inputs {
		fs := flag.NewFlagSet("d", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		d := fs.Duration("d", -time.Nanosecond, "")
		err := fs.Parse([]string{"-d=" + input})
		fmt.Printf("%q -> %v %v\n", input, int64(*d), err)
	}
}
