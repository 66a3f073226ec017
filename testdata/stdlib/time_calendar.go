// Durations (String, units, Round/Truncate, ParseDuration with gc's errors), the
// calendar (Date's normalisation, AddDate, weekdays, ISO weeks, year days over
// many years), Unix conversions, Add/Sub saturation, Truncate/Round of times.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"time"
)

func main() {
	durations()
	parseDurations()
	calendar()
	arithmetic()
}

func durations() {
	ds := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999,
		time.Second, 1500 * time.Millisecond, time.Minute, 61 * time.Second, time.Hour,
		90 * time.Minute, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-time.Second, math.MaxInt64, math.MinInt64, 100 * time.Hour, 59*time.Minute + 59*time.Second + 999999999}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
		for _, m := range []time.Duration{0, -1, 1, 7, time.Microsecond, time.Millisecond, time.Second, time.Minute,
			time.Hour, 3 * time.Hour, math.MaxInt64} {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
	var s fmt.Stringer = 45 * time.Second
	fmt.Println(s, s.String())
	fmt.Printf("%v %s %d %5.2f %q\n", time.Millisecond*1500, time.Minute, time.Second, time.Hour.Hours(), time.Microsecond)
	fmt.Println([]time.Duration{time.Second, 2 * time.Millisecond}, map[string]time.Duration{"a": time.Hour})
	fmt.Println(struct{ D time.Duration }{time.Nanosecond})
}

func parseDurations() {
	inputs := []string{"0", "+0", "-0", "", "1", "1s", "-1s", "+1.5h", "1.5h30m", "300ms", "2h45m", "1µs",
		"1μs", "1us", "1ns", ".5s", "5.s", ".s", "-.s", "1.0000000001s", "1.00000000000000000001s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"2562047h47m16.854775808s", "2562048h", "1d", "1x", "1h1", "h", "1.2.3s", "3m3", "10000000000000000000s",
		"0.000000001s", "0.0000000001s", "1e3s", "\xff1s", "1\"s", "1.5µs", "12345678901234567890ns",
		"0.33333333333333333333333h", "1h-2m", "- 1s"}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q %v %d %v\n", in, d, int64(d), err)
	}
}

func calendar() {
	// Date normalises every field
	loc := time.FixedZone("Z9", 9*3600)
	for _, f := range [][7]int{
		{2023, 2, 29, 0, 0, 0, 0}, {2024, 2, 30, 0, 0, 0, 0}, {2023, 13, 1, 0, 0, 0, 0}, {2023, 0, 0, 0, 0, 0, 0},
		{2023, -1, 1, 0, 0, 0, 0}, {2023, 1, 1, 24, 60, 60, 1e9}, {2023, 1, 1, -1, -1, -1, -1},
		{2023, 1, 400, 0, 0, 0, 0}, {2023, 1, -400, 0, 0, 0, 0}, {2000, 25, 1, 0, 0, 0, 0},
		{1600, 2, 29, 12, 0, 0, 0}, {1700, 2, 29, 12, 0, 0, 0}, {0, 1, 1, 0, 0, 0, 0}, {-1, 12, 31, 0, 0, 0, 0},
		{2023, 6, 15, 1000, 0, 0, 0}, {2023, 6, 15, 0, 0, -5e9, 0}, {2023, 6, 15, 0, 0, 0, -5e9},
	} {
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6], time.UTC)
		fmt.Println(f, t, time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6], loc))
	}
	// every day of some years, in steps, with every accessor
	start := time.Date(1895, 12, 25, 13, 14, 15, 16, time.UTC)
	for t := start; t.Year() < 2110; t = t.AddDate(0, 0, 37) {
		y, m, d := t.Date()
		hh, mm, ss := t.Clock()
		iy, iw := t.ISOWeek()
		fmt.Println(y, m, d, hh, mm, ss, t.Weekday(), t.YearDay(), iy, iw, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	}
	// ISO weeks around new year
	for y := 2000; y <= 2030; y++ {
		for _, day := range []int{-3, -2, -1, 0, 1, 2, 3, 4} {
			t := time.Date(y, 1, day, 0, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Print(t.Format("2006-01-02 Mon"), " ", iy, "-W", iw, "; ")
		}
		fmt.Println()
	}
	// AddDate's normalisation
	base := time.Date(2020, 1, 31, 10, 0, 0, 0, time.UTC)
	for _, a := range [][3]int{{0, 1, 0}, {0, 2, 0}, {1, 1, 0}, {0, 0, 29}, {-1, 0, 29}, {0, -2, 0}, {4, 1, -2}, {0, 13, 0}, {-2020, 0, 0}, {0, 0, -36525}} {
		fmt.Println(a, base.AddDate(a[0], a[1], a[2]))
	}
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, loc)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(0, 12, 0), leap.AddDate(-100, 0, 0))
	// Unix conversions
	for _, u := range []int64{0, -1, 1, 1e9, -1e10, 253402300799, -62135596800, 1 << 40} {
		fmt.Println(u, time.Unix(u, 0).UTC(), time.Unix(u, -1).UTC(), time.Unix(u, 2e9+5).UTC(), time.Unix(u, -2e9-5).UTC())
		fmt.Println(" ", time.UnixMilli(u).UTC(), time.UnixMicro(u).UTC(), time.UnixMilli(-u).UTC())
	}
	fmt.Println(time.Unix(1e9, 0).UTC().Location(), time.Unix(0, 0).Location())
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 200; i++ {
		sec := r.Int63n(1<<36) - 1<<35
		t := time.Unix(sec, r.Int63n(1e9)).In(loc)
		back := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		fmt.Println(t, t.Weekday(), t.YearDay(), back.Equal(t), back.Unix() == sec)
	}
}

// an unexported Time prints as a plain struct: gc's fields
type event struct {
	Name string
	At   time.Time
	Took time.Duration
	when time.Time
}

func arithmetic() {
	at := time.Date(2020, 5, 6, 7, 8, 9, 10, time.UTC)
	ev := event{"x", at, 3 * time.Second, at.Add(-time.Hour)}
	fmt.Println(ev)
	fmt.Printf("%+v\n", ev)
	a := time.Date(2023, 3, 26, 1, 30, 0, 0, time.UTC)
	b := a.Add(90*time.Minute + 5)
	fmt.Println(b, b.Sub(a), a.Sub(b), b.After(a), b.Before(a), a.Equal(a.In(time.FixedZone("F", 3600))), a == a.In(time.FixedZone("F", 3600)))
	zero := time.Time{}
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(zero), zero.Sub(far), zero.Add(-1), zero.Add(-1).Year(), zero.Add(math.MaxInt64))
	fmt.Println(zero.IsZero(), zero.Add(1).IsZero(), time.Unix(0, 0).IsZero(), zero.Unix(), zero.UnixNano())
	t := time.Date(2023, 7, 14, 15, 16, 17, 181920212, time.FixedZone("X", -7*3600-30*60))
	for _, d := range []time.Duration{0, -time.Second, 1, 3, time.Microsecond, time.Millisecond, 250 * time.Millisecond,
		time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	old := time.Date(-500, 3, 1, 12, 30, 30, 500000000, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Second), old.Round(24*time.Hour))
	name, offset := t.Zone()
	fmt.Println(name, offset, t.UTC(), t.Location(), t.In(time.UTC).Location(), t.IsDST())
	s, e := t.ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	s, e = t.UTC().ZoneBounds()
	fmt.Println(s, e)
	fmt.Println(time.UTC, time.Local, time.FixedZone("", 0), time.FixedZone("", 3600).String() == "")
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.FixedZone("", -3600)))
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600+1)))
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() {
		fmt.Println("recovered:", recover())
		time.Date(2023, 1, 1, 0, 0, 0, 0, nil)
	}()
	t.In(nil)
}
