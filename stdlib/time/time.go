// Package time measures and displays time: instants (Time), the time
// elapsed between them (Duration), calendars in time zones (Location),
// layouts for formatting and parsing, and timers.
//
// A Time is an instant to the nanosecond: seconds since January 1, year 1,
// 00:00:00 UTC, and nanoseconds within that second, seen in a Location. A
// Time from Now also carries a reading of the monotonic clock, which Sub,
// Since, Until, Before, After and Equal use when both times have one, so
// that changes of the wall clock do not disturb measured intervals. The
// scheduler's clocks and timers are minigo's runtime's (see runtime.go);
// everything else is Go here.
package time

import (
	"errors"
	"math/bits"
)

// Time is an instant with nanosecond precision. Its zero value is January
// 1, year 1, 00:00:00 UTC. Compare times with Equal, Before and After rather
// than ==, which also compares locations and monotonic readings.
//
// The fields are laid out as gc lays them out, so that a Time printed as a
// plain struct (an unexported field, with %v) reads as gc's does:
//
//	wall: bit 63 set when the Time has a monotonic reading; then bits 30-62
//	      hold the seconds since January 1, 1885 UTC (years 1885 to 2157).
//	      Bits 0-29 hold the nanoseconds within the second.
//	ext:  with a monotonic reading, the reading (nanoseconds since the
//	      program started, startNano); without, the seconds since January 1,
//	      year 1 UTC.
//	loc:  the Location, nil for UTC.
//
// The runtime sends the current time on a timer's channel by writing these
// fields itself (minigo/runtime/time.c): their order and meaning are fixed.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30
	// seconds from January 1, year 1 to January 1, 1885, where wall's
	// seconds count from
	wallToInternal = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// timeOf returns the Time sec seconds since January 1, year 1 UTC, plus nsec
// in [0, 1e9), without a monotonic reading.
func timeOf(sec, nsec int64, loc *Location) Time {
	t := Time{wall: uint64(nsec), ext: sec}
	t.setLoc(loc)
	return t
}

func (t Time) hasMono() bool { return t.wall&hasMonotonic != 0 }

// sec returns the seconds since January 1, year 1 UTC.
func (t Time) sec() int64 {
	if t.hasMono() {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

// nsec returns the nanoseconds within the second.
func (t Time) nsec() int64 { return int64(t.wall & nsecMask) }

// addSec adds d seconds, keeping the monotonic reading while wall can still
// hold the seconds.
func (t *Time) addSec(d int64) {
	if t.hasMono() {
		sec := int64(t.wall << 1 >> (nsecShift + 1))
		if sum := sec + d; 0 <= sum && sum < 1<<33 {
			t.wall = t.wall&nsecMask | uint64(sum)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	t.ext += d
}

// setNsec replaces the nanoseconds within the second.
func (t *Time) setNsec(nsec int64) {
	t.wall = t.wall&^nsecMask | uint64(nsec)
}

// stripMono drops the monotonic reading, moving the seconds to ext.
func (t *Time) stripMono() {
	if t.hasMono() {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// days from January 1, year 1 to January 1, 1970 (proleptic Gregorian)
	daysToUnixEpoch = 719162
	unixToInternal  = daysToUnixEpoch * secondsPerDay
)

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	"Oct", "Nov", "Dec"}

// String returns the month's English name ("January").
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the day's English name ("Sunday").
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(v int64) string {
	var buf [24]byte
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	start := putInt(buf[:], u)
	if v < 0 {
		start--
		buf[start] = '-'
	}
	return string(buf[start:])
}

// ---- the calendar ----

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// daysFromCivil counts the days from January 1, year 1 to the given date
// (negative before), for any year; month in [1, 12], day from 1 (days past
// the month's end run on into the next).
func daysFromCivil(year int64, month int, day int64) int64 {
	// Count years from March so that February's leap day ends the year.
	if month <= 2 {
		year--
	}
	era := floorDiv(year, 400)
	yearOfEra := year - era*400
	monthFromMarch := int64((month + 9) % 12)
	dayOfYear := (153*monthFromMarch+2)/5 + day - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	// March 1 of year 0 is 306 days before January 1 of year 1.
	return era*146097 + dayOfEra - 306
}

// civilFromDays is daysFromCivil's inverse.
func civilFromDays(days int64) (year int64, month int, day int) {
	z := days + 306
	era := floorDiv(z, 146097)
	dayOfEra := z - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	monthFromMarch := (5*dayOfYear + 2) / 153
	day = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	if monthFromMarch < 10 {
		month = int(monthFromMarch + 3)
	} else {
		month = int(monthFromMarch - 9)
	}
	year = yearOfEra + era*400
	if month <= 2 {
		year++
	}
	return
}

func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var daysBeforeMonth = [13]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int64) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBeforeMonth[m] - daysBeforeMonth[m-1]
}

// weekdayOfDays: January 1, year 1 was a Monday.
func weekdayOfDays(days int64) Weekday {
	return Weekday((days%7 + 8) % 7)
}

// ---- constructing times ----

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	wall := unixNano()
	mono := runtimeNano() - startNano
	sec := wall/1e9 + unixToInternal - wallToInternal
	if uint64(sec)>>33 != 0 { // outside 1885 to 2157: no room for the reading
		return Time{wall: uint64(wall % 1e9), ext: sec + wallToInternal, loc: Local}
	}
	return Time{wall: hasMonotonic | uint64(sec)<<nsecShift | uint64(wall%1e9), ext: mono, loc: Local}
}

// Unix returns the local Time of sec seconds and nsec nanoseconds since
// January 1, 1970 UTC; nsec may lie outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += nsec / 1e9
		nsec %= 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return timeOf(sec+unixToInternal, nsec, Local)
}

// UnixMilli returns the local Time msec milliseconds after January 1, 1970
// UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time usec microseconds after January 1, 1970
// UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// normalize carries lo's multiples of base into hi, leaving lo in [0, base).
func normalize(hi, lo, base int64) (int64, int64) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given wall clock in loc. Values out of their
// usual ranges carry into the next larger unit (October 32 is November 1).
// Where the wall clock is ambiguous or skipped at a zone transition, the
// offset in force just before the transition decides. Date panics if loc is
// nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	y, m := normalize(int64(year), int64(month)-1, 12)
	s, ns := normalize(int64(sec), int64(nsec), 1e9)
	mi, s := normalize(int64(min), s, 60)
	h, mi := normalize(int64(hour), mi, 60)
	d, h := normalize(int64(day), h, 24)
	days := daysFromCivil(y, int(m)+1, 1) + d - 1
	unix := days*secondsPerDay + h*secondsPerHour + mi*secondsPerMinute + s - unixToInternal
	unix -= int64(loc.offsetForWallClock(unix))
	return timeOf(unix+unixToInternal, ns, loc)
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// ---- reading times ----

func (t Time) unixSec() int64 { return t.sec() - unixToInternal }

// local returns the zone's name and offset at t, and t's wall clock as
// seconds since January 1, year 1 in that zone.
func (t Time) local() (name string, offset int, wall int64) {
	if t.loc == nil {
		return "UTC", 0, t.sec()
	}
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return name, offset, t.sec() + int64(offset)
}

func (t Time) wallClock() int64 {
	_, _, wall := t.local()
	return wall
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(floorDiv(t.wallClock(), secondsPerDay))
	return int(y), Month(m), d
}

// Year returns the year of t.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns the month of the year of t.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	return weekdayOfDays(floorDiv(t.wallClock(), secondsPerDay))
}

// YearDay returns the day of the year of t, from 1 to 365 (366 in leap
// years).
func (t Time) YearDay() int {
	days := floorDiv(t.wallClock(), secondsPerDay)
	year, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(year, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week of t: weeks start on Monday,
// and week 1 is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	days := floorDiv(t.wallClock(), secondsPerDay)
	fromMonday := int64((weekdayOfDays(days) + 6) % 7)
	thursday := days - fromMonday + 3
	y, _, _ := civilFromDays(thursday)
	return int(y), int((thursday-daysFromCivil(y, 1, 1))/7) + 1
}

// Clock returns the hour, minute and second of t's day.
func (t Time) Clock() (hour, min, sec int) {
	s := int(t.wallClock() - floorDiv(t.wallClock(), secondsPerDay)*secondsPerDay)
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns the hour of t's day, [0, 23].
func (t Time) Hour() int {
	hour, _, _ := t.Clock()
	return hour
}

// Minute returns the minute of t's hour, [0, 59].
func (t Time) Minute() int {
	_, min, _ := t.Clock()
	return min
}

// Second returns the second of t's minute, [0, 59].
func (t Time) Second() int {
	_, _, sec := t.Clock()
	return sec
}

// Nanosecond returns the nanoseconds within t's second, [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec()) }

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec()/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec()/1e3 }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC; outside the
// years 1678 to 2262 the result overflows.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec() }

// IsZero reports whether t is the zero Time, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

// ---- comparing and computing ----

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono() && u.hasMono() {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono() && u.hasMono() {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono() && u.hasMono() {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	seconds := int64(d / 1e9)
	nsec := t.nsec() + int64(d%1e9)
	if nsec >= 1e9 {
		seconds++
		nsec -= 1e9
	} else if nsec < 0 {
		seconds--
		nsec += 1e9
	}
	t.setNsec(nsec)
	t.addSec(seconds)
	if t.hasMono() {
		mono := t.ext + int64(d)
		if d < 0 && mono > t.ext || d > 0 && mono < t.ext {
			t.stripMono() // out of the monotonic clock's range
		} else {
			t.ext = mono
		}
	}
	return t
}

// Sub returns t-u, saturated at the largest or smallest Duration. With
// monotonic readings on both, those are subtracted.
func (t Time) Sub(u Time) Duration {
	if t.hasMono() && u.hasMono() {
		return subMono(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono() {
		return subMono(runtimeNano()-startNano, t.ext)
	}
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	if t.hasMono() {
		return subMono(t.ext, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// AddDate returns t with years, months and days added, normalized as Date
// normalizes (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// Truncate returns t rounded down to a multiple of d since the zero Time,
// without its monotonic reading; d <= 0 only removes the reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns t rounded to the nearest multiple of d since the zero Time
// (halfway values up), without its monotonic reading; d <= 0 only removes
// the reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// remainder returns the time since the zero Time modulo d (d > 0), in 128
// bits since it does not fit in 64.
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec(), t.nsec()
	negative := sec < 0
	if negative {
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	hi, lo := bits.Mul64(uint64(sec), 1e9)
	lo, carry := bits.Add64(lo, uint64(nsec), 0)
	hi += carry
	r := Duration(bits.Rem64(hi, lo, uint64(d)))
	if negative && r != 0 {
		r = d - r
	}
	return r
}

// ---- locations ----

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local time zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation of the zone in force at t ("CET") and its
// offset east of UTC in seconds.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.local()
	return
}

// ZoneBounds returns the span of the zone in force at t: [start, end); a
// zero Time for a bound stretching without end.
func (t Time) ZoneBounds() (start, end Time) {
	if t.loc == nil {
		return
	}
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = timeOf(startSec+unixToInternal, 0, t.loc)
	}
	if endSec != omega {
		end = timeOf(endSec+unixToInternal, 0, t.loc)
	}
	return
}

// IsDST reports whether daylight saving time is in force at t.
func (t Time) IsDST() bool {
	if t.loc == nil {
		return false
	}
	_, _, _, _, dst := t.loc.lookup(t.unixSec())
	return dst
}

// ---- text ----

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by the monotonic reading (" m=+0.000123456", seconds since the program
// started) when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono() {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	buf := []byte(s)
	buf = append(buf, " m="...)
	buf = append(buf, sign)
	buf = appendInt(buf, int64(m/1e9), 0)
	buf = append(buf, '.')
	return string(appendInt(buf, int64(m%1e9), 9))
}

// GoString formats t as Go source that makes it:
// "time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)".
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	buf := appendInt([]byte("time.Date("), int64(year), 0)
	if January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, month.String()...)
	} else {
		buf = append(buf, ", "...)
		buf = appendInt(buf, int64(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec())} {
		buf = append(buf, ", "...)
		buf = appendInt(buf, int64(v), 0)
	}
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	return string(append(buf, ')'))
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(buf []byte, v int64, width int) []byte {
	u := uint64(v)
	if v < 0 {
		buf = append(buf, '-')
		u = -u
	}
	var digits [20]byte
	start := putInt(digits[:], u)
	for n := len(digits) - start; n < width; n++ {
		buf = append(buf, '0')
	}
	return append(buf, digits[start:]...)
}

// MarshalText formats t as RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

// UnmarshalText parses an RFC 3339 time into t (the zero Time on error).
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON formats t as a quoted RFC 3339 string with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	return []byte(`"` + t.Format(RFC3339Nano) + `"`), nil
}

// UnmarshalJSON parses a quoted RFC 3339 string into t (the zero Time on
// error); null leaves t as it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}
