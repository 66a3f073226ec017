package rand

import "math"

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r    *Rand
	imax float64
	v    float64
	q    float64
	// Rejection-inversion (Hörmann and Derflinger): h is an integral of the hat function,
	// hinv its inverse; these are the quantities the draws reuse.
	s           float64
	oneMinusQ   float64
	invOneMinus float64
	hxm         float64
	hx0MinusHxm float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.invOneMinus
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.invOneMinus*math.Log(z.oneMinusQ*x)) - z.v
}

// NewZipf returns a Zipf variate generator. The generator generates values k ∈ [0, imax] such
// that P(k) is proportional to (v + k) ** (-s). Requirements: s > 1 and v >= 1; otherwise it
// returns nil.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1.0 - z.q
	z.invOneMinus = 1.0 / z.oneMinusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0MinusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution described by the Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		ur := z.hxm + z.r.Float64()*z.hx0MinusHxm
		x := z.hinv(ur)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
