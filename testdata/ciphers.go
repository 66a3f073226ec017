// Caesar, ROT13, Vigenere and XOR ciphers on bytes, with round trips and letter frequencies.
package main

import "fmt"

func caesar(s string, shift int) string {
	out := []byte(s)
	k := byte((shift%26 + 26) % 26)
	for i, c := range out {
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+k)%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+k)%26
		}
	}
	return string(out)
}

func vigenere(s, key string, decrypt bool) string {
	out := make([]byte, 0, len(s))
	j := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			out = append(out, c)
			continue
		}
		k := key[j%len(key)] - 'A'
		if decrypt {
			k = 26 - k
		}
		out = append(out, 'A'+(c-'A'+k)%26)
		j++
	}
	return string(out)
}

func xor(data []byte, key byte) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		out[i] = b ^ key
		key = key*31 + 7
	}
	return out
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for _, k := range []int{1, 3, 13, 25, -1, 52} {
		enc := caesar(msg, k)
		fmt.Printf("%3d %s %v\n", k, enc, caesar(enc, -k) == msg)
	}
	rot := caesar("Hello, World", 13)
	fmt.Println(rot, caesar(rot, 13))
	v := vigenere("ATTACK AT DAWN", "LEMON", false)
	fmt.Println(v, vigenere(v, "LEMON", true))
	x := xor([]byte("secret"), 0x5a)
	for _, b := range x {
		fmt.Printf("%02x", b)
	}
	fmt.Println(" ->", string(xor(x, 0x5a)))
	var freq [26]int
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 1 {
			fmt.Printf("%c=%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
