// Number theory with uint64: gcd, lcm, modular exponentiation, Miller-Rabin, factorisation, digit sums.
package main

import "fmt"

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b uint64) uint64 {
	return a / gcd(a, b) * b
}

func addmod(x, y, m uint64) uint64 {
	if x >= m-y {
		return x - (m - y)
	}
	return x + y
}

func mulmod(a, b, m uint64) uint64 {
	var result uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			result = addmod(result, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return result
}

func powmod(base, exp, m uint64) uint64 {
	result := uint64(1)
	base %= m
	for exp > 0 {
		if exp&1 == 1 {
			result = mulmod(result, base, m)
		}
		base = mulmod(base, base, m)
		exp >>= 1
	}
	return result
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, r := n-1, 0
	for d%2 == 0 {
		d /= 2
		r++
	}
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for i := 1; i < r; i++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func factor(n uint64) string {
	out := ""
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			if out != "" {
				out += " * "
			}
			out += fmt.Sprint(p)
			n /= p
		}
	}
	if n > 1 {
		if out != "" {
			out += " * "
		}
		out += fmt.Sprint(n)
	}
	return out
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
	l := uint64(1)
	for i := uint64(1); i <= 40; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..40) =", l)
	fmt.Println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 18446744073709551615, 18446744073709551557))
	for _, n := range []uint64{1, 2, 97, 561, 7919, 1000000007, 18446744073709551557, 18446744073709551615, 4294967291 * 4294967279} {
		fmt.Println(n, isPrime(n))
	}
	for _, n := range []uint64{360, 97, 1001, 65536, 999999, 600851475143} {
		fmt.Println(n, "=", factor(n))
	}
	var perfect []uint64
	for n := uint64(2); n < 10000; n++ {
		sum := uint64(1)
		for d := uint64(2); d*d <= n; d++ {
			if n%d == 0 {
				sum += d
				if d*d != n {
					sum += n / d
				}
			}
		}
		if sum == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect numbers:", len(perfect), perfect[0], perfect[1], perfect[2], perfect[3])
}
