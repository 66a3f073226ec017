// math/rand: Go 1.19's exact sequences for given seeds, the default seed 1, every method of
// Rand, the top-level functions, Zipf, the normal and exponential ziggurats, and the panics.
package main

import (
	"fmt"
	"math/rand"
)

// countingSource is a Source that is not a Source64, so Rand.Uint64 must combine two Int63s.
type countingSource struct {
	next  int64
	draws int
}

func (s *countingSource) Int63() int64 {
	s.draws++
	s.next = (s.next*6364136223846793005 + 1442695040888963407) & (1<<63 - 1)
	return s.next
}

func (s *countingSource) Seed(seed int64) { s.next = seed }

func catch(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func defaultSeed() {
	// No Seed call yet: the top-level functions start as if seeded with 1.
	fmt.Println("Int", rand.Int(), rand.Int(), rand.Int())
	fmt.Println("Intn", rand.Intn(10), rand.Intn(100), rand.Intn(1000), rand.Intn(1<<40))
	fmt.Println("Int63", rand.Int63(), "Int31", rand.Int31(), "Uint32", rand.Uint32(), "Uint64", rand.Uint64())
	fmt.Println("Int63n", rand.Int63n(1e18), rand.Int63n(64), "Int31n", rand.Int31n(1e9), rand.Int31n(1<<20))
	fmt.Println("Float64", rand.Float64(), "Float32", rand.Float32())
	fmt.Println("Perm", rand.Perm(10))
	xs := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println("Shuffle", xs)
	buf := make([]byte, 10)
	n, err := rand.Read(buf)
	fmt.Println("Read", n, err, buf)
	fmt.Println("Norm", rand.NormFloat64(), "Exp", rand.ExpFloat64())
	rand.Seed(1)
	fmt.Println("reseeded 1:", rand.Int(), rand.Intn(10))
	rand.Seed(42)
	fmt.Println("seed 42:", rand.Int63(), rand.Intn(6)+1, rand.Float64())
}

func seeds() {
	for _, seed := range []int64{0, 1, -1, 2, 42, 89482311, 1<<31 - 1, 1 << 31, -1 << 63, 1<<63 - 1, 123456789012345} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed, r.Int63(), r.Int63(), r.Uint64(), r.Int31(), r.Uint32())
	}
	// Seeds equal modulo 2^31-1 give one sequence.
	a, b := rand.New(rand.NewSource(5)), rand.New(rand.NewSource(5+(1<<31-1)))
	fmt.Println("same class", a.Int63() == b.Int63())
	// A long run wraps the state many times over.
	r := rand.New(rand.NewSource(7))
	var x uint64
	for i := 0; i < 100000; i++ {
		x ^= r.Uint64() + uint64(i)
	}
	fmt.Println("xor of 100000", x, r.Int63())
	src := rand.NewSource(3)
	s64, ok := src.(rand.Source64)
	fmt.Println("Source64", ok, s64.Uint64(), src.Int63())
	src.Seed(3)
	fmt.Println("reseeded source", src.(rand.Source64).Uint64())
}

func bounded() {
	r := rand.New(rand.NewSource(99))
	for _, n := range []int{1, 2, 3, 7, 10, 1000, 1 << 30, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 62, 1<<63 - 1} {
		fmt.Println("Intn", n, r.Intn(n), r.Intn(n), r.Intn(n))
	}
	for _, n := range []int64{1, 5, 1 << 33, 3 << 60, 1<<63 - 1} {
		fmt.Println("Int63n", n, r.Int63n(n), r.Int63n(n))
	}
	for _, n := range []int32{1, 3, 1 << 16, 1<<31 - 1, 1 << 30} {
		fmt.Println("Int31n", n, r.Int31n(n), r.Int31n(n))
	}
	counts := make([]int, 6)
	for i := 0; i < 60000; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println("dice", counts)
	var sum float64
	var sum32 float32
	for i := 0; i < 10000; i++ {
		sum += r.Float64()
		sum32 += r.Float32()
	}
	fmt.Println("float sums", sum, sum32)
	fmt.Println("Perm 0", r.Perm(0), "Perm 1", r.Perm(1), "Perm 20", r.Perm(20))
	for _, n := range []int{0, 1, 2, 5, 30} {
		var swaps [][2]int
		r.Shuffle(n, func(i, j int) { swaps = append(swaps, [2]int{i, j}) })
		fmt.Println("Shuffle", n, swaps)
	}
}

func reads() {
	r := rand.New(rand.NewSource(11))
	for _, size := range []int{0, 1, 3, 7, 8, 13} {
		buf := make([]byte, size)
		n, err := r.Read(buf)
		fmt.Println("Read", size, n, err, buf)
	}
	// Seed forgets the bytes left over from the last value.
	r.Seed(11)
	a := make([]byte, 3)
	r.Read(a)
	r.Seed(11)
	b := make([]byte, 7)
	r.Read(b)
	fmt.Println("after Seed", a, b)
}

func customSource() {
	s := &countingSource{}
	r := rand.New(s)
	r.Seed(17)
	fmt.Println("custom", r.Uint64(), r.Int(), r.Intn(1000), r.Float64(), s.draws)
	fmt.Println("custom perm", r.Perm(8), s.draws)
}

func distributions() {
	r := rand.New(rand.NewSource(2022))
	for i := 0; i < 8; i++ {
		fmt.Println("norm", r.NormFloat64(), "exp", r.ExpFloat64())
	}
	var nsum, nsq, esum, emax float64
	nmin, nmax := 0.0, 0.0
	for i := 0; i < 200000; i++ {
		n := r.NormFloat64()
		nsum += n
		nsq += n * n
		if n < nmin {
			nmin = n
		}
		if n > nmax {
			nmax = n
		}
		e := r.ExpFloat64()
		esum += e
		if e > emax {
			emax = e
		}
	}
	fmt.Printf("norm sum %.6f squares %.6f min %.6f max %.6f\n", nsum, nsq, nmin, nmax)
	fmt.Printf("exp sum %.6f max %.6f\n", esum, emax)
	fmt.Println("after", r.Int63())
}

func zipf() {
	r := rand.New(rand.NewSource(5))
	z := rand.NewZipf(r, 1.5, 2, 100)
	var got []uint64
	for i := 0; i < 20; i++ {
		got = append(got, z.Uint64())
	}
	fmt.Println("zipf", got)
	hist := make([]int, 6)
	z2 := rand.NewZipf(r, 3, 1, 5)
	for i := 0; i < 10000; i++ {
		hist[z2.Uint64()]++
	}
	fmt.Println("zipf hist", hist, r.Int63())
	big := rand.NewZipf(r, 1.01, 1, 1<<40)
	fmt.Println("zipf big", big.Uint64(), big.Uint64(), big.Uint64())
	fmt.Println("invalid", rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	var none *rand.Zipf
	catch("nil Zipf", func() { none.Uint64() })
}

func panics() {
	r := rand.New(rand.NewSource(1))
	catch("Intn(0)", func() { r.Intn(0) })
	catch("Intn(-1)", func() { rand.Intn(-1) })
	catch("Int63n(0)", func() { r.Int63n(0) })
	catch("Int31n(-5)", func() { rand.Int31n(-5) })
	catch("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	catch("Perm(-1)", func() { r.Perm(-1) })
}

func main() {
	defaultSeed()
	seeds()
	bounded()
	reads()
	customSource()
	distributions()
	zipf()
	panics()
}
