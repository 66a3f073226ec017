package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us, we
had nothing before us, we were all going direct to Heaven, we were all going direct
the other way -- in short, the period was so far like the present period, that some
of its noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only.`

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isLetter(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b := make([]byte, 0, i-start)
			for j := start; j < i; j++ {
				b = append(b, lower(s[j]))
			}
			out = append(out, string(b))
			start = -1
		}
	}
	return out
}

func stars(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '*'
	}
	return string(b)
}

type pair struct {
	word  string
	count int
}

// by count descending, then word ascending
func less(a, b pair) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func sortPairs(p []pair) {
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && less(p[j], p[j-1]); j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
}

func main() {
	freq := map[string]int{}
	all := words(text)
	for _, w := range all {
		freq[w]++
	}
	fmt.Println("words:", len(all), "distinct:", len(freq))

	pairs := make([]pair, 0, len(freq))
	for w, c := range freq {
		pairs = append(pairs, pair{w, c})
	}
	sortPairs(pairs)
	for _, p := range pairs[:8] {
		fmt.Printf("%-8s %2d %s\n", p.word, p.count, stars(p.count))
	}

	// words by length, and first letters
	byLength := map[int][]string{}
	for _, p := range pairs {
		byLength[len(p.word)] = append(byLength[len(p.word)], p.word)
	}
	fmt.Println(len(byLength[2]), byLength[11], byLength[12])
	initials := map[byte]int{}
	for w, c := range freq {
		initials[w[0]] += c
	}
	fmt.Println(initials['w'], initials['t'], initials['i'])

	// once-only words, counted through comma-ok
	once := 0
	for _, w := range all {
		if c, ok := freq[w]; ok && c == 1 {
			once++
		}
	}
	fmt.Println("hapax legomena:", once)

	// bigrams keyed by a struct
	type bigram struct{ a, b string }
	bigrams := map[bigram]int{}
	for i := 0; i+1 < len(all); i++ {
		bigrams[bigram{all[i], all[i+1]}]++
	}
	fmt.Println(bigrams[bigram{"it", "was"}], bigrams[bigram{"was", "the"}], bigrams[bigram{"of", "times"}])

	// the frequency of frequencies, printed sorted by the map printer
	counts := map[int]int{}
	for _, c := range freq {
		counts[c]++
	}
	fmt.Println(counts)
}
