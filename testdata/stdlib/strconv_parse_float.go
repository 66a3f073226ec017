// strconv.ParseFloat for 64 and 32 bits: specials, syntax (underscores, hex, exponents), halfway
// and boundary cases, denormals, overflow with ErrRange, long inputs; then random decimal and hex
// strings (bits and errors hashed) and FormatFloat round trips of random floats.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

var seed uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type hasher struct{ h uint64 }

func (h *hasher) add(v uint64) { h.h = h.h*1099511628211 ^ v }

func (h *hasher) str(s string) {
	for i := 0; i < len(s); i++ {
		h.add(uint64(s[i]))
	}
	h.add(0x1f)
}

func main() {
	inputs := []string{"", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "1e", "1e+", "1e5", "1E-5",
		"1e+308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309",
		"-1e309", "2e-324", "3e-324", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"1e-400", "2.2250738585072011e-308", "2.2250738585072012e-308", "0.1", "0.30000000000000004",
		"9007199254740993", "9007199254740993.0000000001", "9007199254740995", "1_000.5", "1__0", "_1",
		"0x1p-2", "0x1.8p3", "0X1.FFFFFFFFFFFFFP1023", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075",
		"0x1.0000000000001p-1075", "0x1", "0x.p1", "0x_1p0", "0x1_0p0", "0x1p1_0", "inf", "+Inf", "-INF",
		"infinity", "-Infinity", "infin", "nan", "NaN", "-nan", "+nan", "nanx", "infx", "1x", "x1", " 1",
		"1e10000", "1e-10000", "00000000000000000000001", "1.000000000000000000000000000001",
		"3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7e-46", "7.1e-46", "16777217",
		"0.000000000000000000000000000000000000000000001", "123456789012345678901234567890e-20",
		"4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562e-324"}
	for _, s := range inputs {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		short := s
		if len(short) > 40 {
			short = short[:40] + "..."
		}
		fmt.Printf("%q: %v %x %v | %v %x %v\n", short, f64, math.Float64bits(f64), err64 != nil, f32,
			math.Float64bits(f32), err32 != nil)
		if err64 != nil {
			fmt.Println("  ", err64)
		}
		if err32 != nil && err32.Error() != fmt.Sprint(err64) {
			fmt.Println("  32:", err32)
		}
	}
	f, err := strconv.ParseFloat("1.5", 16)
	fmt.Println(f, err)
	var h64, h32, hhex hasher
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		r := next()
		if r&1 == 0 {
			b.WriteByte('-')
		}
		digits := int(r>>1%25) + 1
		for j := 0; j < digits; j++ {
			b.WriteByte(byte('0' + next()%10))
			if j == int(r>>8%7) {
				b.WriteByte('.')
			}
		}
		b.WriteString("e")
		b.WriteString(strconv.Itoa(int(int64(next()%700) - 350)))
		s := b.String()
		f, err := strconv.ParseFloat(s, 64)
		h64.add(math.Float64bits(f))
		if err != nil {
			h64.str(err.Error())
		}
		f, err = strconv.ParseFloat(s, 32)
		h32.add(math.Float64bits(f))
		if err != nil {
			h32.str(err.Error())
		}
		hex := fmt.Sprintf("0x%x.%xp%d", next()>>uint(next()%64), next()%4096, int64(next()%2200)-1100)
		f, err = strconv.ParseFloat(hex, 64)
		hhex.add(math.Float64bits(f))
		f, err = strconv.ParseFloat(hex, 32)
		hhex.add(math.Float64bits(f))
		if err != nil {
			hhex.str(err.Error())
		}
		if i < 10 {
			fmt.Println(s, hex)
		}
	}
	fmt.Println(h64.h, h32.h, hhex.h)
	same := 0
	for i := 0; i < 20000; i++ {
		v := math.Float64frombits(next())
		for _, format := range []byte{'g', 'e', 'x'} {
			back, err := strconv.ParseFloat(strconv.FormatFloat(v, format, -1, 64), 64)
			if err == nil && math.Float64bits(back) == math.Float64bits(v) || v != v && back != back {
				same++
			}
		}
		w := math.Float32frombits(uint32(next()))
		back, _ := strconv.ParseFloat(strconv.FormatFloat(float64(w), 'g', -1, 32), 32)
		if float32(back) == w || w != w {
			same++
		}
	}
	fmt.Println("round trips", same)
}
