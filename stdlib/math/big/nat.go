package big

import (
	"math/bits"
	"math/rand"
)

// A nat is an unsigned integer: its words, least significant first, with no leading zero word
// (a normalised nat; zero is empty). Methods take the receiver z as the place for the result:
// its memory is reused when big enough, so z may alias an operand only where a method says so.
type nat []Word

// karatsubaThreshold is the operand length in words from which mul splits its operands.
const karatsubaThreshold = 40

// norm drops leading zero words.
func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[:i]
}

// make returns z resized to n words, reallocated (with some room to grow) if too small.
func (z nat) make(n int) nat {
	if n <= cap(z) {
		return z[:n]
	}
	if n == 1 {
		return make(nat, 1)
	}
	return make(nat, n, n+4)
}

func (z nat) setWord(x Word) nat {
	if x == 0 {
		return z[:0]
	}
	z = z.make(1)
	z[0] = x
	return z
}

func (z nat) setUint64(x uint64) nat {
	return z.setWord(Word(x))
}

func (z nat) set(x nat) nat {
	z = z.make(len(x))
	copy(z, x)
	return z
}

// cmp compares x and y: -1, 0 or +1.
func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (z nat) add(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	m, n := len(x), len(y)
	if m == 0 {
		return z[:0]
	}
	if n == 0 {
		return z.set(x)
	}
	z = z.make(m + 1)
	c := addVV(z[:n], x[:n], y)
	if m > n {
		c = addVW(z[n:m], x[n:], c)
	}
	z[m] = c
	return z.norm()
}

// sub sets z = x - y; x must not be smaller than y.
func (z nat) sub(x, y nat) nat {
	m, n := len(x), len(y)
	switch {
	case m < n:
		panic("underflow")
	case m == 0:
		return z[:0]
	case n == 0:
		return z.set(x)
	}
	z = z.make(m)
	c := subVV(z[:n], x[:n], y)
	if m > n {
		c = subVW(z[n:], x[n:], c)
	}
	if c != 0 {
		panic("underflow")
	}
	return z.norm()
}

// mulAddWW sets z = x*y + r.
func (z nat) mulAddWW(x nat, y, r Word) nat {
	m := len(x)
	if m == 0 || y == 0 {
		return z.setWord(r)
	}
	z = z.make(m + 1)
	z[m] = mulAddVWW(z[:m], x, y, r)
	return z.norm()
}

// alias reports whether x and y share memory.
func alias(x, y nat) bool {
	return cap(x) > 0 && cap(y) > 0 && &x[0:cap(x)][cap(x)-1] == &y[0:cap(y)][cap(y)-1]
}

// mul sets z = x*y; z may alias x or y (a fresh result is made then).
func (z nat) mul(x, y nat) nat {
	m, n := len(x), len(y)
	if m < n {
		x, y = y, x
		m, n = n, m
	}
	if m == 0 || n == 0 {
		return z[:0]
	}
	if n == 1 {
		return z.mulAddWW(x, y[0], 0)
	}
	if alias(z, x) || alias(z, y) {
		z = nil
	}
	if n >= karatsubaThreshold {
		return z.karatsubaProduct(x, y)
	}
	z = z.make(m + n)
	basicMul(z, x, y)
	return z.norm()
}

// basicMul sets z = x*y by schoolbook multiplication; len(z) == len(x)+len(y).
func basicMul(z, x, y nat) {
	for i := range z {
		z[i] = 0
	}
	for i, d := range y {
		if d != 0 {
			z[len(x)+i] = addMulVVW(z[i:i+len(x)], x, d)
		}
	}
}

// karatsubaProduct multiplies x by y (len(x) >= len(y) >= karatsubaThreshold) by splitting both
// at half of y's length: x = x1*B + x0, y = y1*B + y0, and
// x*y = x1*y1*B² + ((x0+x1)*(y0+y1) - x1*y1 - x0*y0)*B + x0*y0, three products of half size.
func (z nat) karatsubaProduct(x, y nat) nat {
	half := len(y) / 2
	x0, x1 := nat(x[:half]).norm(), nat(x[half:])
	y0, y1 := nat(y[:half]).norm(), nat(y[half:])
	low := nat(nil).mul(x0, y0)
	high := nat(nil).mul(x1, y1)
	middle := nat(nil).mul(nat(nil).add(x0, x1), nat(nil).add(y0, y1))
	middle = middle.sub(middle, low)
	middle = middle.sub(middle, high)
	z = z.make(len(x) + len(y) + 1)
	for i := range z {
		z[i] = 0
	}
	copy(z, low)
	addAt(z, middle, half)
	addAt(z, high, 2*half)
	return z.norm()
}

// addAt adds x into z starting at word i; z has room for the sum.
func addAt(z, x nat, i int) {
	if n := len(x); n > 0 {
		if c := addVV(z[i:i+n], z[i:], x); c != 0 {
			j := i + n
			if j < len(z) {
				addVW(z[j:], z[j:], c)
			}
		}
	}
}

// sqr sets z = x*x.
func (z nat) sqr(x nat) nat { return z.mul(x, x) }

// divW sets q = x / y and returns the remainder r.
func (z nat) divW(x nat, y Word) (q nat, r Word) {
	m := len(x)
	switch {
	case y == 0:
		panic("division by zero")
	case y == 1:
		return z.set(x), 0
	case m == 0:
		return z[:0], 0
	}
	z = z.make(m)
	r = divWVW(z, 0, x, y)
	return z.norm(), r
}

// div sets z = u / v and z2 = u % v and returns both (Euclidean for naturals).
func (z nat) div(z2, u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if u.cmp(v) < 0 {
		return z[:0], z2.set(u)
	}
	if len(v) == 1 {
		var w Word
		q, w = z.divW(u, v[0])
		return q, z2.setWord(w)
	}
	if alias(z, u) || alias(z, v) {
		z = nil
	}
	if alias(z2, u) || alias(z2, v) {
		z2 = nil
	}
	return z.divLarge(z2, u, v)
}

// divLarge divides u by v (len(v) >= 2, u >= v) by Knuth's algorithm D: normalise v so its top
// bit is set, then find each quotient word from the top two words of the running remainder,
// correcting the estimate at most twice.
func (z nat) divLarge(z2, uIn, vIn nat) (q, r nat) {
	n := len(vIn)
	m := len(uIn) - n
	shift := nlz(vIn[n-1])
	v := make(nat, n)
	shlVU(v, vIn, shift)
	u := z2.make(len(uIn) + 1)
	u[len(uIn)] = shlVU(u[:len(uIn)], uIn, shift)
	q = z.make(m + 1)
	product := make(nat, n+1)
	top, next := v[n-1], v[n-2]
	for j := m; j >= 0; j-- {
		qhat := wordMax
		if ujn := u[j+n]; ujn != top {
			var rhat Word
			qhat, rhat = divWW(ujn, u[j+n-1], top)
			// Lower qhat while qhat*next exceeds (rhat, u[j+n-2]).
			for {
				hi, lo := mulWW(qhat, next)
				if hi < rhat || (hi == rhat && lo <= u[j+n-2]) {
					break
				}
				qhat--
				previous := rhat
				rhat += top
				if rhat < previous {
					break // rhat overflowed: qhat*next is now smaller
				}
			}
		}
		product[n] = mulAddVWW(product[:n], v, qhat, 0)
		if subVV(u[j:j+n+1], u[j:], product) != 0 {
			// qhat was one too big: add v back.
			c := addVV(u[j:j+n], u[j:], v)
			u[j+n] += c
			qhat--
		}
		q[j] = qhat
	}
	q = q.norm()
	shrVU(u, u, shift)
	return q, u[:n].norm()
}

// bitLen is the length of x in bits.
func (x nat) bitLen() int {
	if i := len(x) - 1; i >= 0 {
		return i*wordBits + bits.Len(uint(x[i]))
	}
	return 0
}

// trailingZeroBits is the number of consecutive zero bits at the bottom of x (0 for 0).
func (x nat) trailingZeroBits() uint {
	for i, w := range x {
		if w != 0 {
			return uint(i)*wordBits + uint(bits.TrailingZeros(uint(w)))
		}
	}
	return 0
}

// shl sets z = x << s.
func (z nat) shl(x nat, s uint) nat {
	if s == 0 {
		if same(z, x) {
			return z
		}
		if !alias(z, x) {
			return z.set(x)
		}
	}
	m := len(x)
	if m == 0 {
		return z[:0]
	}
	n := m + int(s/wordBits)
	z = z.make(n + 1)
	z[n] = shlVU(z[n-m:n], x, s%wordBits)
	for i := range z[:n-m] {
		z[i] = 0
	}
	return z.norm()
}

// same reports whether x and y are the same slice.
func same(x, y nat) bool {
	return len(x) == len(y) && len(x) > 0 && &x[0] == &y[0]
}

// shr sets z = x >> s.
func (z nat) shr(x nat, s uint) nat {
	if s == 0 {
		if same(z, x) {
			return z
		}
		if !alias(z, x) {
			return z.set(x)
		}
	}
	m := len(x)
	n := m - int(s/wordBits)
	if n <= 0 {
		return z[:0]
	}
	z = z.make(n)
	shrVU(z, x[m-n:], s%wordBits)
	return z.norm()
}

// bit returns the value of bit i of x.
func (x nat) bit(i uint) uint {
	j := i / wordBits
	if j >= uint(len(x)) {
		return 0
	}
	return uint(x[j] >> (i % wordBits) & 1)
}

// setBit sets z = x with bit i set to b (0 or 1).
func (z nat) setBit(x nat, i uint, b uint) nat {
	j := int(i / wordBits)
	m := Word(1) << (i % wordBits)
	n := len(x)
	switch b {
	case 0:
		z = z.make(n)
		copy(z, x)
		if j >= n {
			return z
		}
		z[j] &^= m
		return z.norm()
	case 1:
		if j >= n {
			z = z.make(j + 1)
			for k := n; k <= j; k++ {
				z[k] = 0
			}
		} else {
			z = z.make(n)
		}
		copy(z, x)
		z[j] |= m
		return z
	}
	panic("set bit is not 0 or 1")
}

func (z nat) and(x, y nat) nat {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	z = z.make(n)
	for i := 0; i < n; i++ {
		z[i] = x[i] & y[i]
	}
	return z.norm()
}

func (z nat) andNot(x, y nat) nat {
	m, n := len(x), len(y)
	if n > m {
		n = m
	}
	z = z.make(m)
	for i := 0; i < n; i++ {
		z[i] = x[i] &^ y[i]
	}
	copy(z[n:m], x[n:m])
	return z.norm()
}

func (z nat) or(x, y nat) nat {
	return z.merge(x, y, func(a, b Word) Word { return a | b })
}

func (z nat) xor(x, y nat) nat {
	return z.merge(x, y, func(a, b Word) Word { return a ^ b })
}

// merge combines x and y word by word with op where both have words, taking the longer one's
// other words as they are (op(w, 0) == w for | and ^).
func (z nat) merge(x, y nat, op func(a, b Word) Word) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	m, n := len(x), len(y)
	z = z.make(m)
	for i := 0; i < n; i++ {
		z[i] = op(x[i], y[i])
	}
	copy(z[n:m], x[n:m])
	return z.norm()
}

// expNN sets z = x**y mod m (no modulus if m is empty) by left-to-right binary exponentiation.
func (z nat) expNN(x, y, m nat) nat {
	if alias(z, x) || alias(z, y) {
		z = nil
	}
	if len(m) == 1 && m[0] == 1 {
		return z[:0]
	}
	if len(y) == 0 {
		return z.setWord(1)
	}
	if len(x) == 0 {
		return z[:0]
	}
	if len(x) == 1 && x[0] == 1 {
		return z.setWord(1)
	}
	result := nat(nil).set(x)
	if len(m) > 0 && result.cmp(m) >= 0 {
		_, result = nat(nil).div(nil, result, m)
	}
	base := nat(nil).set(result)
	var quotient, scratch nat
	for i := y.bitLen() - 2; i >= 0; i-- {
		scratch = scratch.mul(result, result)
		result, scratch = scratch, result
		if y.bit(uint(i)) != 0 {
			scratch = scratch.mul(result, base)
			result, scratch = scratch, result
		}
		if len(m) > 0 {
			quotient, scratch = quotient.div(scratch, result, m)
			result, scratch = scratch, result
		}
	}
	return z.set(result)
}

// sqrt sets z = floor(sqrt(x)) by Newton's method from above: z' = (z + x/z) / 2 until it stops
// decreasing.
func (z nat) sqrt(x nat) nat {
	if x.cmp(natOne) <= 0 {
		return z.set(x)
	}
	if alias(z, x) {
		z = nil
	}
	// A first guess no smaller than the root: 2**ceil(bitLen/2).
	r := nat(nil).setWord(1)
	r = r.shl(r, uint(x.bitLen()+1)/2)
	var quotient, remainder, next nat
	for {
		quotient, remainder = quotient.div(remainder, x, r)
		next = next.add(r, quotient)
		next = next.shr(next, 1)
		if next.cmp(r) >= 0 {
			return z.set(r)
		}
		r, next = next, r
	}
}

var natOne = nat{1}

// bytes writes x big-endian into the end of buf and returns the index of its first byte.
func (x nat) bytes(buf []byte) (i int) {
	i = len(buf)
	for _, d := range x {
		for j := 0; j < wordBits/8; j++ {
			i--
			buf[i] = byte(d)
			d >>= 8
		}
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return i
}

// setBytes interprets buf as a big-endian unsigned number.
func (z nat) setBytes(buf []byte) nat {
	z = z.make((len(buf) + wordBits/8 - 1) / (wordBits / 8))
	for i := range z {
		z[i] = 0
	}
	for i, b := range buf {
		k := len(buf) - 1 - i
		z[k/(wordBits/8)] |= Word(b) << (uint(k%(wordBits/8)) * 8)
	}
	return z.norm()
}

// mulRange sets z to the product of the integers a..b.
func (z nat) mulRange(a, b uint64) nat {
	switch {
	case a == 0:
		return z.setUint64(0)
	case a > b:
		return z.setUint64(1)
	case a == b:
		return z.setUint64(a)
	case a+1 == b:
		return z.mul(nat(nil).setUint64(a), nat(nil).setUint64(b))
	}
	m := a + (b-a)/2
	return z.mul(nat(nil).mulRange(a, m), nat(nil).mulRange(m+1, b))
}

// random sets z to a number in [0, limit) drawn from rnd: words of two Uint32 draws each, low
// half first, the top word masked to limit's bit length, again until below limit (gc's draws,
// so that a seed gives gc's numbers).
func (z nat) random(rnd *rand.Rand, limit nat) nat {
	if alias(z, limit) {
		z = nil
	}
	z = z.make(len(limit))
	topBits := uint(limit.bitLen() % wordBits)
	if topBits == 0 {
		topBits = wordBits
	}
	mask := Word(1)<<topBits - 1
	if topBits == wordBits {
		mask = wordMax
	}
	for {
		for i := range z {
			low := Word(rnd.Uint32())
			z[i] = low | Word(rnd.Uint32())<<32
		}
		z[len(limit)-1] &= mask
		if z.cmp(limit) < 0 {
			return z.norm()
		}
	}
}
