// scan_fields: the issue-10 scanning figure -- reads a 100 MB text file line by
// line with bufio.Scanner, splits each line with strings.Fields and sums two
// numeric columns with strconv (an int with Atoi, a float with ParseFloat).
//
//	./scan_fields gen FILE [MB]   writes the input (deterministic; default 100 MB)
//	./scan_fields FILE            prints lines, fields, the int sum and the float sum
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) >= 3 && os.Args[1] == "gen" {
		mb := 100
		if len(os.Args) > 3 {
			mb, _ = strconv.Atoi(os.Args[3])
		}
		generate(os.Args[2], mb<<20)
		return
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: scan_fields gen FILE [MB] | scan_fields FILE")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines, fields := 0, 0
	var ints int64
	var floats float64
	for sc.Scan() {
		cols := strings.Fields(sc.Text())
		lines++
		fields += len(cols)
		if len(cols) < 4 {
			continue
		}
		n, err := strconv.Atoi(cols[1])
		if err == nil {
			ints += int64(n)
		}
		x, err := strconv.ParseFloat(cols[3], 64)
		if err == nil {
			floats += x
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(lines, fields, ints, strconv.FormatFloat(floats, 'f', 2, 64))
}

// generate writes size bytes of lines like a log or a CSV export: a name,
// an int, a word, a price with two decimals, and a free-text tail.
func generate(path string, size int) {
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(out)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	x := uint64(88172645463325252)
	var line []byte
	for written := 0; written < size; {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		line = append(line[:0], "item"...)
		line = strconv.AppendUint(line, x%100000, 10)
		line = append(line, '\t')
		line = strconv.AppendInt(line, int64(x>>40)-1<<23, 10)
		line = append(line, ' ', ' ')
		line = append(line, words[x%8]...)
		line = append(line, ' ')
		line = strconv.AppendFloat(line, float64(x>>44)/100, 'f', 2, 64)
		for i := 0; i < int(x>>60)%6; i++ {
			line = append(line, ' ')
			line = append(line, words[(x>>uint(i*3))%8]...)
		}
		line = append(line, '\n')
		w.Write(line)
		written += len(line)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out.Close()
}
