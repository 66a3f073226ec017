// Byte and word frequency histograms with [256]int arrays and bar charts drawn with Printf widths.
package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness`

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "*"
	}
	return s
}

type wordCount struct {
	word  string
	count int
}

func main() {
	var counts [256]int
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		counts[c]++
	}
	for c := 'a'; c <= 'z'; c++ {
		if counts[c] >= 5 {
			fmt.Printf("%c %3d %s\n", c, counts[c], bar(counts[c]/2))
		}
	}
	fmt.Println("spaces:", counts[' '], "commas:", counts[','], "newlines:", counts['\n'])
	var words []wordCount
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			w := text[start:i]
			found := false
			for k := range words {
				if words[k].word == w {
					words[k].count++
					found = true
					break
				}
			}
			if !found {
				words = append(words, wordCount{w, 1})
			}
			start = -1
		}
	}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && (words[j].count > words[j-1].count || (words[j].count == words[j-1].count && words[j].word < words[j-1].word)); j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println("distinct words:", len(words))
	for _, wc := range words[:8] {
		fmt.Printf("%-12s|%-12s|%2d\n", wc.word, bar(wc.count), wc.count)
	}
}
