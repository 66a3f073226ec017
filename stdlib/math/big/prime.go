package big

// ProbablyPrime reports whether x is probably prime, applying the Miller-Rabin test with n
// pseudorandomly chosen bases as well as a Baillie-PSW test.
//
// If x is prime, ProbablyPrime returns true. If x is chosen randomly and not prime,
// ProbablyPrime probably returns false. The probability of returning true for a randomly chosen
// non-prime is at most ¼ⁿ.
//
// ProbablyPrime is 100% accurate for inputs less than 2⁶⁴.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	if len(x.abs) == 1 && x.abs[0] < 64 {
		const primesBelow64 = 1<<2 | 1<<3 | 1<<5 | 1<<7 | 1<<11 | 1<<13 | 1<<17 | 1<<19 | 1<<23 |
			1<<29 | 1<<31 | 1<<37 | 1<<41 | 1<<43 | 1<<47 | 1<<53 | 1<<59 | 1<<61
		return primesBelow64&(uint64(1)<<x.abs[0]) != 0
	}
	if x.abs[0]&1 == 0 {
		return false
	}
	for _, p := range smallPrimes {
		_, r := nat(nil).divW(x.abs, p)
		if r == 0 {
			return false
		}
	}
	return x.abs.millerRabin(n+1) && x.abs.strongLucas()
}

var smallPrimes = []Word{3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53}

// millerRabin runs rounds of the Miller-Rabin test on the odd x > 64: the first with base 2, the
// others with bases drawn from a generator seeded by x.
func (x nat) millerRabin(rounds int) bool {
	minusOne := nat(nil).sub(x, natOne)
	k := minusOne.trailingZeroBits()
	odd := nat(nil).shr(minusOne, k)
	seed := uint64(x[0])
	limit := nat(nil).sub(minusOne, natOne) // bases are drawn from [2, x-2]
	for i := 0; i < rounds; i++ {
		var base nat
		if i == 0 {
			base = nat(nil).setWord(2)
		} else {
			base = randomBelow(&seed, limit)
			if len(base) == 0 || (len(base) == 1 && base[0] < 2) {
				base = nat(nil).setWord(2 + Word(i))
			}
		}
		if !x.strongProbablePrime(base, odd, k, minusOne) {
			return false
		}
	}
	return true
}

// strongProbablePrime reports whether x passes Miller-Rabin for one base; x-1 = odd * 2**k.
func (x nat) strongProbablePrime(base, odd nat, k uint, minusOne nat) bool {
	y := nat(nil).expNN(base, odd, x)
	if y.cmp(natOne) == 0 || y.cmp(minusOne) == 0 {
		return true
	}
	var quotient nat
	for j := uint(1); j < k; j++ {
		y = y.sqr(y)
		quotient, y = quotient.div(nil, y, x)
		if y.cmp(minusOne) == 0 {
			return true
		}
		if y.cmp(natOne) == 0 {
			return false
		}
	}
	return false
}

// randomBelow draws a number in [0, limit] from a xorshift generator.
func randomBelow(seed *uint64, limit nat) nat {
	z := make(nat, len(limit))
	for i := range z {
		*seed ^= *seed << 13
		*seed ^= *seed >> 7
		*seed ^= *seed << 17
		z[i] = Word(*seed)
	}
	z = z.norm()
	if len(limit) == 0 {
		return z[:0]
	}
	_, r := nat(nil).div(nil, z, nat(nil).add(limit, natOne))
	return r
}

// strongLucas runs the strong Lucas probable prime test with Selfridge's parameters: D the first
// of 5, -7, 9, -11, ... with Jacobi(D, x) = -1, P = 1, Q = (1-D)/4. Together with the base-2
// Miller-Rabin round this is the Baillie-PSW test, with no known composite passing it.
func (x nat) strongLucas() bool {
	n := &Int{abs: x}
	// A perfect square has no such D: test for it first.
	root := new(Int).Sqrt(n)
	if new(Int).Mul(root, root).Cmp(n) == 0 {
		return false
	}
	d := int64(5)
	for {
		j := Jacobi(NewInt(d), n)
		if j == -1 {
			break
		}
		if j == 0 && new(Int).Abs(NewInt(d)).Cmp(n) != 0 {
			return false
		}
		if d > 0 {
			d = -d - 2
		} else {
			d = -d + 2
		}
	}
	D, Q := NewInt(d), NewInt((1-d)/4)
	// x + 1 = odd * 2**s
	plusOne := new(Int).Add(n, intOne)
	s := plusOne.abs.trailingZeroBits()
	odd := new(Int).Rsh(plusOne, s)
	U, V, Qk := lucasSequence(odd, D, Q, n)
	if len(U.abs) == 0 || len(V.abs) == 0 {
		return true
	}
	two := NewInt(2)
	for r := uint(1); r < s; r++ {
		// V(2k) = V(k)² - 2Q^k; Q^(2k) = (Q^k)²
		V.Mul(V, V)
		V.Sub(V, new(Int).Mul(two, Qk))
		V.Mod(V, n)
		if len(V.abs) == 0 {
			return true
		}
		Qk.Mul(Qk, Qk)
		Qk.Mod(Qk, n)
	}
	return false
}

// lucasSequence returns U(k), V(k) and Q^k modulo n for P = 1, walking the bits of k.
func lucasSequence(k, D, Q, n *Int) (U, V, Qk *Int) {
	U, V, Qk = NewInt(1), NewInt(1), new(Int).Mod(Q, n)
	half := new(Int).Rsh(new(Int).Add(n, intOne), 1) // the inverse of 2 modulo the odd n
	t, t2 := new(Int), new(Int)
	for i := k.BitLen() - 2; i >= 0; i-- {
		// Doubling: U(2k) = U(k)V(k), V(2k) = V(k)² - 2Q^k.
		U.Mul(U, V)
		U.Mod(U, n)
		V.Mul(V, V)
		V.Sub(V, t.Lsh(Qk, 1))
		V.Mod(V, n)
		Qk.Mul(Qk, Qk)
		Qk.Mod(Qk, n)
		if k.Bit(i) == 1 {
			// Step: U(k+1) = (P U(k) + V(k)) / 2, V(k+1) = (D U(k) + P V(k)) / 2.
			t.Add(U, V)
			t2.Mul(D, U)
			t2.Add(t2, V)
			U.Mul(t, half)
			U.Mod(U, n)
			V.Mul(t2, half)
			V.Mod(V, n)
			Qk.Mul(Qk, Q)
			Qk.Mod(Qk, n)
		}
	}
	return U, V, Qk
}
