// Arbitrary-precision decimal arithmetic on byte slices: addition, multiplication, factorial and Fibonacci.
package main

import "fmt"

func add(a, b string) string {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make([]byte, len(a)+1)
	carry := byte(0)
	for i := 0; i < len(a); i++ {
		d := a[len(a)-1-i] - '0' + carry
		if i < len(b) {
			d += b[len(b)-1-i] - '0'
		}
		carry = d / 10
		out[len(out)-1-i] = '0' + d%10
	}
	if carry > 0 {
		out[0] = '0' + carry
		return string(out)
	}
	return string(out[1:])
}

func mulSmall(a string, m int) string {
	if m == 0 {
		return "0"
	}
	digits := make([]int, len(a))
	for i := range a {
		digits[i] = int(a[i] - '0')
	}
	carry := 0
	for i := len(digits) - 1; i >= 0; i-- {
		v := digits[i]*m + carry
		digits[i] = v % 10
		carry = v / 10
	}
	prefix := ""
	for carry > 0 {
		prefix = string(rune('0'+carry%10)) + prefix
		carry /= 10
	}
	out := []byte(prefix)
	for _, d := range digits {
		out = append(out, byte('0'+d))
	}
	return string(out)
}

func mul(a, b string) string {
	res := make([]int, len(a)+len(b))
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			res[i+j+1] += int(a[i]-'0') * int(b[j]-'0')
		}
	}
	for k := len(res) - 1; k > 0; k-- {
		res[k-1] += res[k] / 10
		res[k] %= 10
	}
	i := 0
	for i < len(res)-1 && res[i] == 0 {
		i++
	}
	out := make([]byte, 0, len(res)-i)
	for ; i < len(res); i++ {
		out = append(out, byte('0'+res[i]))
	}
	return string(out)
}

func main() {
	fmt.Println(add("999", "1"), add("0", "0"), add("123456789012345678901234567890", "987654321098765432109876543210"))
	f := "1"
	for i := 2; i <= 50; i++ {
		f = mulSmall(f, i)
	}
	fmt.Println("50! =", f, len(f))
	a, b := "0", "1"
	for i := 0; i < 200; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(200) =", a)
	fmt.Println(mul("12345678901234567890", "98765432109876543210"))
	p := "1"
	for i := 0; i < 128; i++ {
		p = mulSmall(p, 2)
	}
	fmt.Println("2^128 =", p)
	fmt.Println(mul(p, p) == mul(mul(p, "1"), p), mul("0", "12345"), mul("99", "99"))
	fmt.Println(uint64(18446744073709551615), add("18446744073709551615", "1"))
}
