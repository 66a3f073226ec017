package strconv

// decimal is an exact decimal number: the ASCII digits d[:nd] with the
// decimal point dp digits from their start (0.d[0]d[1]... x 10^dp). It
// has no trailing zeros, and nd == 0 means zero. Float formatting builds
// the exact value of a float as a decimal (mantissa times a power of two)
// and rounds it; nothing is ever truncated, so rounding is exact.
type decimal struct {
	d   []byte
	nd  int
	dp  int
	neg bool // the sign, for parsing
}

// maxShift is the largest shift done in one pass: digit*2^k plus a carry
// must fit in 64 bits.
const maxShift = 60

// assign sets a to v.
func (a *decimal) assign(v uint64) {
	n := digitCount(v)
	if cap(a.d) < n {
		a.d = make([]byte, n, 24)
	}
	a.d = a.d[:n]
	writeDigits(a.d, v)
	a.nd = n
	a.dp = n
	a.trim()
}

// trim drops trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	a.d = a.d[:a.nd]
	if a.nd == 0 {
		a.dp = 0
	}
}

// shift multiplies a by 2^k (divides for k < 0), exactly.
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > maxShift {
		a.leftShift(maxShift)
		k -= maxShift
	}
	if k > 0 {
		a.leftShift(uint(k))
	}
	for k < -maxShift {
		a.rightShift(maxShift)
		k += maxShift
	}
	if k < 0 {
		a.rightShift(uint(-k))
	}
}

// maxShiftDigits is the most digits a shift by maxShift bits adds at the
// front (2^60 < 10^19).
const maxShiftDigits = 19

// leftShift multiplies a by 2^k in place: working from the last digit,
// it writes the product's digits from the end of a buffer maxShiftDigits
// longer, which stays ahead of the digits still to read, then moves them
// to the front.
func (a *decimal) leftShift(k uint) {
	size := a.nd + maxShiftDigits
	if cap(a.d) < size {
		grown := make([]byte, a.nd, size+size/2)
		copy(grown, a.d)
		a.d = grown
	}
	a.d = a.d[:size]
	w := size
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		q := n / 10
		w--
		a.d[w] = byte(n-10*q) + '0'
		carry = q
	}
	for carry > 0 {
		q := carry / 10
		w--
		a.d[w] = byte(carry-10*q) + '0'
		carry = q
	}
	newDigits := size - w
	copy(a.d, a.d[w:])
	a.dp += newDigits - a.nd
	a.nd = newDigits
	a.d = a.d[:newDigits]
	a.trim()
}

// rightShift divides a by 2^k in place, working from the first digit
// (the write position never passes the read position); the division is
// exact because every digit of the remainder is emitted at the end.
func (a *decimal) rightShift(k uint) {
	mask := uint64(1)<<k - 1
	var n uint64
	read := 0
	// Read digits until the value exceeds what is being divided out.
	for ; n>>k == 0; read++ {
		if read >= a.nd {
			if n == 0 {
				a.nd = 0
				a.d = a.d[:0]
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				read++
			}
			break
		}
		n = n*10 + uint64(a.d[read]-'0')
	}
	a.dp -= read - 1
	w := 0
	for ; read < a.nd; read++ {
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + uint64(a.d[read]-'0')
	}
	a.d = a.d[:w]
	for n > 0 {
		a.d = append(a.d, byte(n>>k)+'0')
		n = (n & mask) * 10
	}
	a.nd = len(a.d)
	a.trim()
}

// shouldRoundUp reports whether rounding a to nd digits goes up: above
// half, or exactly half with an odd digit before (round half to even).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits, to nearest (half to even).
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp rounds a up to nd digits.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			a.d = a.d[:a.nd]
			return
		}
	}
	// All nines: the number becomes 1 followed by zeros.
	a.d = append(a.d[:0], '1')
	a.nd = 1
	a.dp++
}
