// Package rand implements pseudo-random numbers that are not safe for security work, with the
// same sequences as Go 1.19 for the same seed: a program that seeds (or relies on the default
// seed 1) sees the numbers gc's program sees.
//
// The generator is an additive lagged Fibonacci generator over 607 words with a tap at 273; its
// state is filled from the seed by a Park-Miller (Lehmer) sequence XORed with fixed scramble
// values (tables.go). Every derived method consumes the generator exactly as gc's does, since
// the number of draws shows in every later value.
package rand

import "math"

const (
	stateLen = 607
	tapLag   = 273
	mask63   = 1<<63 - 1
	maxInt32 = 1<<31 - 1
	// The Lehmer sequence x' = 48271*x mod (2^31-1), computed with Schrage's method so that
	// nothing overflows 32 bits: modulus = multiplier*quotient + remainder.
	lehmerMultiplier = 48271
	lehmerQuotient   = 44488
	lehmerRemainder  = 3399
	// A seed congruent to 0 would keep the Lehmer sequence at 0; this one replaces it.
	zeroSeedStandIn = 89482311
)

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the
// range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64
// values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// fibSource is the lagged Fibonacci generator NewSource returns.
type fibSource struct {
	tap   int
	feed  int
	state [stateLen]int64
}

// NewSource returns a new pseudo-random Source seeded with the given value. Unlike the default
// Source used by the top-level functions, it is not safe for concurrent use by several
// goroutines. The result also implements Source64.
func NewSource(seed int64) Source {
	s := new(fibSource)
	s.Seed(seed)
	return s
}

func lehmerNext(x int32) int32 {
	x = lehmerMultiplier*(x%lehmerQuotient) - lehmerRemainder*(x/lehmerQuotient)
	if x < 0 {
		x += maxInt32
	}
	return x
}

// Seed resets the generator to the state determined by seed.
func (s *fibSource) Seed(seed int64) {
	s.tap = 0
	s.feed = stateLen - tapLag
	seed %= maxInt32
	if seed < 0 {
		seed += maxInt32
	}
	if seed == 0 {
		seed = zeroSeedStandIn
	}
	x := int32(seed)
	// The first 20 values of the Lehmer sequence are discarded; each word of state then takes
	// three more, at bit offsets 40, 20 and 0.
	for i := 0; i < 20; i++ {
		x = lehmerNext(x)
	}
	for i := range s.state {
		var word int64
		for shift := 40; shift >= 0; shift -= 20 {
			x = lehmerNext(x)
			word ^= int64(x) << shift
		}
		s.state[i] = word ^ seedScramble[i]
	}
}

// Uint64 returns the next value: the sum of the words feed and tap positions back, which also
// replaces the older of them.
func (s *fibSource) Uint64() uint64 {
	s.tap = (s.tap + stateLen - 1) % stateLen
	s.feed = (s.feed + stateLen - 1) % stateLen
	sum := s.state[s.feed] + s.state[s.tap]
	s.state[s.feed] = sum
	return uint64(sum)
}

// Int63 returns the next value with its top bit cleared.
func (s *fibSource) Int63() int64 {
	return int64(s.Uint64() & mask63)
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, when it is also a Source64
	// Read hands out the bytes of one Int63 seven at a time: the value still to hand out and
	// how many of its bytes remain.
	readVal  int64
	readLeft int8
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
// Seed should not be called concurrently with any other Rand method.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readLeft = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	low := uint64(r.Int63()) >> 31
	return low | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Values above the largest multiple of n are redrawn so that every residue is as likely.
	limit := int64(mask63 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(maxInt32 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// boundedUint32 draws from [0,n) by scaling a 32-bit value (multiply and keep the high half),
// redrawing the few values that would favour some results; Shuffle uses it, and n > 0.
func (r *Rand) boundedUint32(n int32) int32 {
	product := uint64(r.Uint32()) * uint64(n)
	if uint32(product) < uint32(n) {
		threshold := uint32(-n) % uint32(n)
		for uint32(product) < threshold {
			product = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(product >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= maxInt32 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		// Rounding can give exactly 1; such draws are redrawn.
		if f := float64(r.Int63()) / (1 << 63); f != 1 {
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	perm := make([]int, n)
	// Inside-out Fisher-Yates: i goes to a random place j and the old occupant of j to i.
	for i := range perm {
		j := r.Intn(i + 1)
		perm[i] = perm[j]
		perm[j] = i
	}
	return perm
}

// Shuffle pseudo-randomizes the order of elements. n is the number of elements; swap swaps
// the elements with indexes i and j. Shuffle panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i >= maxInt32; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.boundedUint32(int32(i+1))))
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns len(p) and a
// nil error. Read should not be called concurrently with any other Rand method.
func (r *Rand) Read(p []byte) (n int, err error) {
	val, left := r.readVal, r.readLeft
	for n = range p {
		if left == 0 {
			val, left = r.src.Int63(), 7
		}
		p[n] = byte(val)
		val >>= 8
		left--
	}
	r.readVal, r.readLeft = val, left
	return len(p), nil
}

// NormFloat64 returns a normally distributed float64 in the range -math.MaxFloat64 through
// +math.MaxFloat64 inclusive, with standard normal distribution (mean = 0, stddev = 1). To
// produce a different normal distribution, callers can adjust the output using:
//
//	sample = NormFloat64() * desiredStdDev + desiredMean
func (r *Rand) NormFloat64() float64 {
	// Marsaglia and Tsang's ziggurat of 128 layers; layer 0 is the base with the tail beyond
	// normalTail, which is sampled by Marsaglia's exponential method.
	const normalTail = 3.442619855899
	for {
		j := int32(r.Uint32())
		layer := j & 0x7F
		x := float64(j) * float64(normalW[layer])
		if magnitude(j) < normalK[layer] {
			return x
		}
		if layer == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / normalTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normalTail + x
			}
			return -normalTail - x
		}
		f := normalF[layer] + float32(r.Float64())*(normalF[layer-1]-normalF[layer])
		if f < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func magnitude(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1). To produce a distribution with a different rate parameter, callers can adjust
// the output using:
//
//	sample = ExpFloat64() / desiredRateParameter
func (r *Rand) ExpFloat64() float64 {
	// The ziggurat again, 256 layers; the tail beyond expTail is itself exponential.
	const expTail = 7.69711747013104972
	for {
		j := r.Uint32()
		layer := j & 0xFF
		x := float64(j) * float64(expW[layer])
		if j < expK[layer] {
			return x
		}
		if layer == 0 {
			return expTail - math.Log(r.Float64())
		}
		if expF[layer]+float32(r.Float64())*(expF[layer-1]-expF[layer]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
