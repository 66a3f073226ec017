// args: -count=2 -count=x rest
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	count := flag.Int("count", 1, "how many")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: flag_exit [-count n] args...")
		flag.PrintDefaults()
	}
	defer fmt.Println("deferred calls do not run: Parse calls os.Exit(2)")
	flag.Parse()
	fmt.Println("not reached", *count)
	os.Exit(0)
}
