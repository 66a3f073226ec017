package time

import "errors"

// Layouts for Format and Parse. A layout is an example: how the reference
// time, Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445, in a zone seven
// hours west of UTC), would be written. The elements it recognizes:
//
//	year         "2006" "06"
//	month        "Jan" "January" "01" "1"
//	day of week  "Mon" "Monday"
//	day          "2" "_2" "02"
//	day of year  "__2" "002"
//	hour         "15" "3" "03" (PM or AM)
//	minute       "4" "04"
//	second       "5" "05"
//	AM/PM        "PM" "pm"
//	zone         "-0700" "-07:00" "-07" "-070000" "-07:00:00" "MST"
//	             (with Z for -: "Z" for UTC, else the offset)
//	fraction     ".0" ".00" ... (fixed digits) ".9" ".99" ... (trailing
//	             zeros dropped), "," instead of "." alike
//
// Everything else is copied as it is.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// the layout elements
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ                 // "MST"
	elemISO8601TZ          // "Z0700"
	elemISO8601SecondsTZ   // "Z070000"
	elemISO8601ShortTZ     // "Z07"
	elemISO8601ColonTZ     // "Z07:00"
	elemISO8601ColonSecsTZ // "Z07:00:00"
	elemNumTZ              // "-0700"
	elemNumSecondsTZ       // "-070000"
	elemNumShortTZ         // "-07"
	elemNumColonTZ         // "-07:00"
	elemNumColonSecondsTZ  // "-07:00:00"
	elemFracSecond0        // ".000": digits fixed
	elemFracSecond9        // ".999": trailing zeros dropped
)

// an element found in a layout, with a fraction's digit count and separator
type element struct {
	kind      int
	digits    int
	separator byte
}

var zoneElements = []struct {
	text string
	kind int
}{
	{"-070000", elemNumSecondsTZ}, {"-07:00:00", elemNumColonSecondsTZ}, {"-0700", elemNumTZ},
	{"-07:00", elemNumColonTZ}, {"-07", elemNumShortTZ},
	{"Z070000", elemISO8601SecondsTZ}, {"Z07:00:00", elemISO8601ColonSecsTZ}, {"Z0700", elemISO8601TZ},
	{"Z07:00", elemISO8601ColonTZ}, {"Z07", elemISO8601ShortTZ},
}

var zeroElements = [6]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

func startsWithLowerCase(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

// nextElement splits layout at its first element: the text before it, the
// element, and the text after it (elemNone and "" when there is none).
func nextElement(layout string) (prefix string, e element, suffix string) {
	for i := 0; i < len(layout); i++ {
		if kind, length := elementAt(layout, i); kind != elemNone {
			return layout[:i], element{kind: kind}, layout[i+length:]
		}
		c := layout[i]
		if c == '_' && hasPrefixAt(layout, i, "_2006") {
			// "_" then the year, not "_2" then "006"
			return layout[:i+1], element{kind: elemLongYear}, layout[i+5:]
		}
		if (c == '.' || c == ',') && i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			digit := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == digit {
				j++
			}
			if !isDigit(layout, j) { // a fraction only if no other digit follows
				kind := elemFracSecond0
				if digit == '9' {
					kind = elemFracSecond9
				}
				return layout[:i], element{kind, j - (i + 1), c}, layout[j:]
			}
		}
	}
	return layout, element{}, ""
}

// elementAt returns the element starting at layout[i] (other than years
// after "_" and fractions) and its length.
func elementAt(layout string, i int) (kind int, length int) {
	switch c := layout[i]; c {
	case 'J':
		if hasPrefixAt(layout, i, "January") {
			return elemLongMonth, 7
		}
		if hasPrefixAt(layout, i, "Jan") && !startsWithLowerCase(layout[i+3:]) {
			return elemMonth, 3
		}
	case 'M':
		if hasPrefixAt(layout, i, "Monday") {
			return elemLongWeekDay, 6
		}
		if hasPrefixAt(layout, i, "Mon") && !startsWithLowerCase(layout[i+3:]) {
			return elemWeekDay, 3
		}
		if hasPrefixAt(layout, i, "MST") {
			return elemTZ, 3
		}
	case '0':
		if i+1 < len(layout) && layout[i+1] >= '1' && layout[i+1] <= '6' {
			return zeroElements[layout[i+1]-'1'], 2
		}
		if hasPrefixAt(layout, i, "002") {
			return elemZeroYearDay, 3
		}
	case '1':
		if hasPrefixAt(layout, i, "15") {
			return elemHour, 2
		}
		return elemNumMonth, 1
	case '2':
		if hasPrefixAt(layout, i, "2006") {
			return elemLongYear, 4
		}
		return elemDay, 1
	case '_':
		if hasPrefixAt(layout, i, "_2") && !hasPrefixAt(layout, i, "_2006") {
			return elemUnderDay, 2
		}
		if hasPrefixAt(layout, i, "__2") {
			return elemUnderYearDay, 3
		}
	case '3':
		return elemHour12, 1
	case '4':
		return elemMinute, 1
	case '5':
		return elemSecond, 1
	case 'P':
		if hasPrefixAt(layout, i, "PM") {
			return elemPM, 2
		}
	case 'p':
		if hasPrefixAt(layout, i, "pm") {
			return elempm, 2
		}
	case '-', 'Z':
		for _, z := range zoneElements {
			if hasPrefixAt(layout, i, z.text) {
				return z.kind, len(z.text)
			}
		}
	}
	return elemNone, 0
}

// ---- formatting ----

// Format returns t written as layout shows the reference time (see the
// layout constants).
func (t Time) Format(layout string) string {
	buf := make([]byte, 0, len(layout)+10)
	return string(t.AppendFormat(buf, layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, wall := t.local()
	days := floorDiv(wall, secondsPerDay)
	year, month, day := civilFromDays(days)
	secondOfDay := int(wall - days*secondsPerDay)
	hour, min, sec := secondOfDay/secondsPerHour, secondOfDay%secondsPerHour/secondsPerMinute, secondOfDay%secondsPerMinute
	for layout != "" {
		prefix, e, suffix := nextElement(layout)
		b = append(b, prefix...)
		if e.kind == elemNone {
			break
		}
		layout = suffix
		switch e.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, shortMonthNames[month-1]...)
		case elemLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case elemNumMonth:
			b = appendInt(b, int64(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int64(month), 2)
		case elemWeekDay:
			b = append(b, shortDayNames[weekdayOfDays(days)]...)
		case elemLongWeekDay:
			b = append(b, longDayNames[weekdayOfDays(days)]...)
		case elemDay:
			b = appendInt(b, int64(day), 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, int64(day), 0)
		case elemZeroDay:
			b = appendInt(b, int64(day), 2)
		case elemUnderYearDay, elemZeroYearDay:
			yday := days - daysFromCivil(year, 1, 1) + 1
			if e.kind == elemZeroYearDay {
				b = appendInt(b, yday, 3)
				break
			}
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemHour:
			b = appendInt(b, int64(hour), 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if e.kind == elemZeroHour12 {
				width = 2
			}
			b = appendInt(b, int64(h), width)
		case elemMinute:
			b = appendInt(b, int64(min), 0)
		case elemZeroMinute:
			b = appendInt(b, int64(min), 2)
		case elemSecond:
			b = appendInt(b, int64(sec), 0)
		case elemZeroSecond:
			b = appendInt(b, int64(sec), 2)
		case elemPM, elempm:
			text := "AM"
			if hour >= 12 {
				text = "PM"
			}
			if e.kind == elempm {
				text = string([]byte{text[0] + 'a' - 'A', 'm'})
			}
			b = append(b, text...)
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			b = appendOffset(b, offset, elemNumTZ)
		case elemFracSecond0, elemFracSecond9:
			b = appendFraction(b, t.nsec(), e)
		default:
			b = appendOffset(b, offset, e.kind)
		}
	}
	return b
}

// appendOffset writes a zone offset as the element asks: "Z" for UTC in the
// ISO 8601 forms, else a sign, hours, and minutes and seconds if asked,
// separated by colons in the colon forms.
func appendOffset(b []byte, offset int, kind int) []byte {
	iso := kind >= elemISO8601TZ && kind <= elemISO8601ColonSecsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := kind == elemISO8601ColonTZ || kind == elemISO8601ColonSecsTZ ||
		kind == elemNumColonTZ || kind == elemNumColonSecondsTZ
	withSeconds := kind == elemISO8601SecondsTZ || kind == elemISO8601ColonSecsTZ ||
		kind == elemNumSecondsTZ || kind == elemNumColonSecondsTZ
	short := kind == elemISO8601ShortTZ || kind == elemNumShortTZ
	minutes := offset / 60
	seconds := offset
	if minutes < 0 {
		b = append(b, '-')
		minutes = -minutes
		seconds = -seconds
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, int64(minutes/60), 2)
	if !short {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, int64(minutes%60), 2)
	}
	if withSeconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, int64(seconds%60), 2)
	}
	return b
}

// appendFraction writes the fraction of a second as the element asks.
func appendFraction(b []byte, nsec int64, e element) []byte {
	var digits [9]byte
	for i := len(digits) - 1; i >= 0; i-- {
		digits[i] = byte(nsec%10) + '0'
		nsec /= 10
	}
	n := e.digits
	if n > 9 {
		n = 9
	}
	if e.kind == elemFracSecond9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.separator)
	return append(b, digits[:n]...)
}

// ---- parsing ----

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the text of the problem.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// Parse parses value as layout shows the reference time (see the layout
// constants). Without a zone in value, the time is UTC; with an offset or
// zone name that Local has in force then, it is Local; otherwise a fixed
// zone records what value says. Omitted elements are zero (January and the
// first of the month for month and day); out-of-range values are errors.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc instead of UTC for values without a
// zone, and instead of Local for interpreting zone offsets and names.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// the fields of a time being parsed
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	am, pm                 bool
	z                      *Location
	zoneOffset             int
	zoneName               string
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	fullLayout, fullValue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, e, suffix := nextElement(layout)
		elementText := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, prefix, value, ""}
		}
		if e.kind == elemNone {
			if value != "" {
				return Time{}, &ParseError{fullLayout, fullValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var rangeErr string
		value, rangeErr, err = p.parseElement(e, value, layout)
		if rangeErr != "" {
			return Time{}, &ParseError{fullLayout, fullValue, elementText, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			// what is left of value after the element, as gc reports it
			return Time{}, &ParseError{fullLayout, fullValue, elementText, value, ""}
		}
	}
	return p.time(fullLayout, fullValue, value, defaultLocation, local)
}

// parseElement reads one element from value into p: the rest of value, and
// what went wrong (a field out of range, or an error for a malformed
// field). layout is what follows the element.
func (p *parsed) parseElement(e element, value, layout string) (rest string, rangeErr string, err error) {
	switch e.kind {
	case elemYear:
		if len(value) < 2 {
			return value, "", errBad
		}
		if p.year, err = atoi(value[:2]); err != nil {
			return value, "", err
		}
		if p.year >= 69 { // the Unix epoch's 1969 in zones west of UTC
			p.year += 1900
		} else {
			p.year += 2000
		}
		return value[2:], "", nil
	case elemLongYear:
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		p.year, err = atoi(value[:4])
		return value[4:], "", err
	case elemMonth, elemLongMonth:
		names := shortMonthNames
		if e.kind == elemLongMonth {
			names = longMonthNames
		}
		p.month, value, err = lookupName(names, value)
		p.month++
		return value, "", err
	case elemNumMonth, elemZeroMonth:
		p.month, value, err = getnum(value, e.kind == elemZeroMonth)
		if err == nil && (p.month <= 0 || p.month > 12) {
			rangeErr = "month"
		}
		return value, rangeErr, err
	case elemWeekDay:
		_, value, err = lookupName(shortDayNames, value) // checked, not used
		return value, "", err
	case elemLongWeekDay:
		_, value, err = lookupName(longDayNames, value)
		return value, "", err
	case elemDay, elemUnderDay, elemZeroDay:
		if e.kind == elemUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = getnum(value, e.kind == elemZeroDay)
		return value, "", err // checked against the month at the end
	case elemUnderYearDay, elemZeroYearDay:
		for i := 0; i < 2; i++ {
			if e.kind == elemUnderYearDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
		}
		p.yday, value, err = getnum3(value, e.kind == elemZeroYearDay)
		return value, "", err
	case elemHour:
		p.hour, value, err = getnum(value, false)
		if p.hour < 0 || p.hour >= 24 {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case elemHour12, elemZeroHour12:
		p.hour, value, err = getnum(value, e.kind == elemZeroHour12)
		if p.hour < 0 || p.hour > 12 {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case elemMinute, elemZeroMinute:
		p.min, value, err = getnum(value, e.kind == elemZeroMinute)
		if p.min < 0 || p.min >= 60 {
			rangeErr = "minute"
		}
		return value, rangeErr, err
	case elemSecond, elemZeroSecond:
		return p.parseSecond(e, value, layout)
	case elemPM, elempm:
		if len(value) < 2 {
			return value, "", errBad
		}
		am, pm := "AM", "PM"
		if e.kind == elempm {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case pm:
			p.pm = true
		case am:
			p.am = true
		default:
			return value[2:], "", errBad
		}
		return value[2:], "", nil
	case elemTZ:
		if len(value) >= 3 && value[:3] == "UTC" {
			p.z = UTC
			return value[3:], "", nil
		}
		n, ok := zoneNameLength(value)
		if !ok {
			return value, "", errBad
		}
		p.zoneName = value[:n]
		return value[n:], "", nil
	case elemFracSecond0:
		n := 1 + e.digits
		if len(value) < n {
			return value, "", errBad
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	case elemFracSecond9:
		if len(value) < 2 || !isSeparator(value[0]) || !isDigit(value, 1) {
			return value, "", nil // no fraction: fine
		}
		i := 0
		for i < 9 && isDigit(value, i+1) {
			i++
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, 1+i)
		return value[1+i:], rangeErr, err
	default:
		return p.parseOffset(e, value)
	}
}

// parseSecond reads seconds, and a fraction after them when the layout has
// none of its own.
func (p *parsed) parseSecond(e element, value, layout string) (string, string, error) {
	var err error
	p.sec, value, err = getnum(value, e.kind == elemZeroSecond)
	if err != nil {
		return value, "", err
	}
	if p.sec < 0 || p.sec >= 60 {
		return value, "second", nil
	}
	if len(value) >= 2 && isSeparator(value[0]) && isDigit(value, 1) {
		_, next, _ := nextElement(layout)
		if next.kind == elemFracSecond0 || next.kind == elemFracSecond9 {
			return value, "", nil
		}
		n := 2
		for isDigit(value, n) {
			n++
		}
		var rangeErr string
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	}
	return value, "", nil
}

// parseOffset reads a numeric zone offset (or Z for UTC in the ISO 8601
// forms).
func (p *parsed) parseOffset(e element, value string) (string, string, error) {
	if (e.kind == elemISO8601TZ || e.kind == elemISO8601ShortTZ || e.kind == elemISO8601ColonTZ) &&
		value != "" && value[0] == 'Z' {
		p.z = UTC
		return value[1:], "", nil
	}
	var sign, hour, min, sec string
	switch e.kind {
	case elemISO8601ColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elemNumShortTZ, elemISO8601ShortTZ:
		if len(value) < 3 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], "00", "00", value[3:]
	case elemISO8601ColonSecsTZ, elemNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elemISO8601SecondsTZ, elemNumSecondsTZ:
		if len(value) < 7 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, err := getnum(hour, true)
	var m, s int
	if err == nil {
		m, _, err = getnum(min, true)
	}
	if err == nil {
		s, _, err = getnum(sec, true)
	}
	p.zoneOffset = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, "", err
}

// time checks the parsed fields and makes the Time.
func (p *parsed) time(layout, value, rest string, defaultLocation, local *Location) (Time, error) {
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}
	year := int64(p.year)
	if p.yday >= 0 {
		month, day, message := p.dateOfYearDay(year)
		if message != "" {
			return Time{}, &ParseError{layout, value, "", rest, message}
		}
		p.month, p.day = month, day
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), year) {
		return Time{}, &ParseError{layout, value, "", rest, ": day out of range"}
	}
	if p.z != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.z), nil
	}
	if p.zoneOffset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.addSec(-int64(p.zoneOffset))
		// Local's zone if it had this offset (and name) then, else a fixed one
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == p.zoneOffset && (p.zoneName == "" || name == p.zoneName) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(p.zoneName, p.zoneOffset))
		}
		return t, nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		if offset, ok := local.offsetOfName(p.zoneName, t.unixSec()); ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// an unknown zone: its offset is unknown too, but for GMT+h
		offset := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset, _ = atoi(p.zoneName[3:])
			offset *= secondsPerHour
		}
		t.setLoc(FixedZone(p.zoneName, offset))
		return t, nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLocation), nil
}

// dateOfYearDay turns the day of the year into a month and day, checked
// against a month and day also parsed; a message for an error.
func (p *parsed) dateOfYearDay(year int64) (month, day int, message string) {
	yday := p.yday
	if isLeap(year) {
		if yday == 31+29 {
			month, day = int(February), 29
		} else if yday > 31+29 {
			yday--
		}
	}
	if yday < 1 || yday > 365 {
		return 0, 0, ": day-of-year out of range"
	}
	if month == 0 {
		month = (yday-1)/31 + 1
		if daysBeforeMonth[month] < yday {
			month++
		}
		day = yday - daysBeforeMonth[month-1]
	}
	if p.month >= 0 && p.month != month {
		return 0, 0, ": day-of-year does not match month"
	}
	if p.day >= 0 && p.day != day {
		return 0, 0, ": day-of-year does not match day"
	}
	return month, day, ""
}

// offsetOfName returns the offset of l's zone called name: preferably one
// in force at the wall clock unix, else any.
func (l *Location) offsetOfName(name string, unix int64) (int, bool) {
	l = l.get()
	for _, z := range l.zones {
		if z.name == name {
			if inForce, offset, _, _, _ := l.lookup(unix - int64(z.offset)); inForce == z.name {
				return offset, true
			}
		}
	}
	for _, z := range l.zones {
		if z.name == name {
			return z.offset, true
		}
	}
	return 0, false
}

func isSeparator(c byte) bool { return c == '.' || c == ',' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// skip removes prefix from value: a run of spaces in prefix matches any
// run of spaces (at least one unless value is at its end).
func skip(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			for prefix != "" && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

// lookupName finds the name of names value starts with, ignoring ASCII
// case: its index and the rest of value.
func lookupName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && equalFold(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

var errAtoi = errors.New("time: invalid number")

// atoi reads a whole string as a signed decimal number.
func atoi(s string) (int, error) {
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	value, rest, overflow := leadingDigits(s)
	if overflow || rest != "" || s == "" {
		return 0, errAtoi
	}
	if negative {
		return -int(value), nil
	}
	return int(value), nil
}

// parseNanoseconds reads a separator and the digits after it (n bytes in
// all, at most nine digits counted) as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !isSeparator(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLength returns the length of the zone abbreviation value starts
// with: three upper-case letters, four or five ending in T (and WITA, ChST,
// MeST), GMT with an optional offset, or a bare offset (+07).
func zoneNameLength(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedOffsetLength(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLength(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && value[upper] >= 'A' && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffsetLength returns the length of a signed hour offset (-5, +12)
// of at most 23 hours value starts with, 0 if none.
func signedOffsetLength(value string) int {
	if value[0] != '-' && value[0] != '+' {
		return 0
	}
	hours, rest, overflow := leadingDigits(value[1:])
	if overflow || rest == value[1:] || hours > 23 {
		return 0
	}
	return len(value) - len(rest)
}
