package time

import (
	"errors"
	"internal/syscall"
)

// A Location maps instants to the zone in force there: a name such as
// "CET" and an offset from UTC. Local and UTC are Locations; FixedZone and
// LoadLocation make others.
type Location struct {
	name   string
	zones  []zone
	tx     []transition // sorted by when
	extend string       // a TZ rule for instants after the last transition
}

// a zone: what the clock reads in one period of a location
type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

// from when (Unix seconds), zones[index] is in force
type transition struct {
	when  int64
	index uint8
}

const (
	alpha = -1 << 63  // the start of time
	omega = 1<<63 - 1 // the end of time
)

var utcLoc = Location{name: "UTC"}
var localLoc Location

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's time zone: the TZ environment variable's zone, or
// /etc/localtime's when TZ is unset; UTC when neither gives one.
var Local *Location = &localLoc

// startNano is the monotonic clock when the program started, the origin of
// the " m=" readings String prints.
var startNano = runtimeNano() - 1

func init() {
	loadLocal()
	registerTimeValues(&localLoc, startNano)
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns the location's name: "UTC", "Local" or the name it was
// loaded or made with.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location whose zone is always name, offset seconds
// east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zones: []zone{{name, offset, false}},
		tx: []transition{{alpha, 0}}}
}

// lookup returns the zone in force at sec (Unix seconds) and the span of
// instants [start, end) it is in force for, as far as the location tells.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zones) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zones[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// the last transition at or before sec
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if sec < l.tx[mid].when {
			hi = mid
		} else {
			lo = mid
		}
	}
	z := &l.zones[l.tx[lo].index]
	name, offset, start, end, isDST = z.name, z.offset, l.tx[lo].when, omega, z.isDST
	if lo+1 < len(l.tx) {
		end = l.tx[lo+1].when
	} else if l.extend != "" {
		if n, o, s, e, d, ok := ruleZone(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return
}

// firstZone picks the zone for instants before the first transition: the
// first standard-time zone when the first transition goes into daylight
// saving, else the first zone.
func (l *Location) firstZone() int {
	used := false
	for _, tx := range l.tx {
		if tx.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zones[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zones[i].isDST {
				return i
			}
		}
	}
	for i := range l.zones {
		if !l.zones[i].isDST {
			return i
		}
	}
	return 0
}

// offsetForWallClock returns the offset that turns a wall clock in l,
// written as if it were Unix seconds in UTC, into an instant. The wall
// clock's own reading picks a zone; if that zone is not in force at the
// instant it gives, the zone in force there is taken instead.
func (l *Location) offsetForWallClock(wall int64) int {
	_, offset, start, end, _ := l.lookup(wall)
	if offset != 0 {
		utc := wall - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = l.lookup(utc)
		}
	}
	return offset
}

// ---- loading zones ----

var zoneSources = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location of an IANA zone name such as
// "America/New_York", read from the directory the ZONEINFO environment
// variable names or else the system's zoneinfo files. "" and "UTC" give
// UTC, "Local" gives Local.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if hasDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	sources := zoneSources
	if dir, ok := getenv("ZONEINFO"); ok && dir != "" {
		sources = append([]string{dir + "/"}, sources...)
	}
	return loadFrom(name, sources)
}

func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadFrom reads name from the first source that has it: the first error
// other than a missing file, else "unknown time zone".
func loadFrom(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, dir := range sources {
		data, err := readFile(dir + name)
		if err == nil {
			loc, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return loc, nil
			}
		}
		if firstErr == nil && err != nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

const maxZoneFileSize = 10 << 20

// readFile reads a whole zone file through the runtime's system calls (not
// package os, which imports time). Its errors are the system's, bare, as gc
// reports them ("not a directory").
func readFile(path string) ([]byte, error) {
	fd := syscall.Open(path, syscall.O_RDONLY, 0)
	if fd < 0 {
		_, err := syscall.Result(fd)
		return nil, err
	}
	defer syscall.Close(fd)
	var data []byte
	buf := make([]byte, 4096)
	for {
		n := syscall.Read(fd, &buf[0], len(buf))
		if n < 0 {
			_, err := syscall.Result(n)
			return nil, err
		}
		if n == 0 {
			return data, nil
		}
		data = append(data, buf[:n]...)
		if len(data) > maxZoneFileSize {
			return nil, errors.New("time: file " + path + " is too large")
		}
	}
}

// getenv looks name up in the environment the program started with.
func getenv(name string) (string, bool) {
	for _, entry := range syscall.Environ() {
		if len(entry) > len(name) && entry[len(name)] == '=' && entry[:len(name)] == name {
			return entry[len(name)+1:], true
		}
	}
	return "", false
}

// loadLocal sets Local from TZ, or /etc/localtime when TZ is unset; UTC
// when they name nothing loadable. A TZ of "" means UTC.
func loadLocal() {
	tz, set := getenv("TZ")
	switch {
	case !set:
		if loc, err := loadFrom("localtime", []string{"/etc/"}); err == nil {
			localLoc = *loc
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if loc, err := loadFrom(tz, []string{""}); err == nil {
				localLoc = *loc
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if loc, err := loadFrom(tz, zoneSources); err == nil {
				localLoc = *loc
				return
			}
		}
	}
	localLoc = Location{name: "UTC"}
}

// ---- TZif files (RFC 8536) ----

var errBadData = errors.New("malformed time zone information")

// a reader of big-endian numbers that notes when the data runs out
type tzReader struct {
	data []byte
	bad  bool
}

func (r *tzReader) bytes(n int) []byte {
	if n < 0 || n > len(r.data) {
		r.bad = true
		r.data = nil
		return make([]byte, n&0xffffff)
	}
	p := r.data[:n]
	r.data = r.data[n:]
	return p
}

func (r *tzReader) uint(n int) uint64 {
	var v uint64
	for _, b := range r.bytes(n) {
		v = v<<8 | uint64(b)
	}
	return v
}

func (r *tzReader) int32() int64 { return int64(int32(r.uint(4))) }

// LoadLocationFromTZData returns a Location named name from the contents
// of a TZif zone file.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{data: data}
	if string(r.bytes(4)) != "TZif" {
		return nil, errBadData
	}
	version := r.bytes(1)[0]
	if version != 0 && version != '2' && version != '3' {
		return nil, errBadData
	}
	r.bytes(15)
	counts := readCounts(r)
	timeSize := 4
	if version != 0 {
		// skip the 32-bit block: the 64-bit one follows with its own header
		r.bytes(blockSize(counts, 4))
		if string(r.bytes(4)) != "TZif" {
			return nil, errBadData
		}
		r.bytes(16)
		counts = readCounts(r)
		timeSize = 8
	}
	if r.bad {
		return nil, errBadData
	}
	isutcCount, isstdCount, leapCount, txCount, typeCount, charCount :=
		counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]
	if typeCount == 0 || isutcCount != 0 && isutcCount != typeCount ||
		isstdCount != 0 && isstdCount != typeCount {
		return nil, errBadData
	}
	whens := make([]int64, txCount)
	for i := range whens {
		if timeSize == 8 {
			whens[i] = int64(r.uint(8))
		} else {
			whens[i] = r.int32()
		}
	}
	indexes := r.bytes(txCount)
	type rawZone struct {
		offset int64
		isDST  bool
		abbrev int
	}
	raw := make([]rawZone, typeCount)
	for i := range raw {
		raw[i] = rawZone{r.int32(), r.bytes(1)[0] != 0, int(r.bytes(1)[0])}
	}
	chars := r.bytes(charCount)
	r.bytes(leapCount * (timeSize + 4))
	r.bytes(isstdCount + isutcCount)
	if r.bad {
		return nil, errBadData
	}
	loc := &Location{name: name}
	for _, z := range raw {
		if z.abbrev >= len(chars) && len(chars) > 0 || z.abbrev > len(chars) {
			return nil, errBadData
		}
		loc.zones = append(loc.zones, zone{cString(chars[z.abbrev:]), int(z.offset), z.isDST})
	}
	for i, when := range whens {
		if int(indexes[i]) >= typeCount {
			return nil, errBadData
		}
		loc.tx = append(loc.tx, transition{when, indexes[i]})
	}
	if len(loc.tx) == 0 {
		loc.tx = []transition{{alpha, 0}}
	}
	if version != 0 && len(r.data) > 2 && r.data[0] == '\n' {
		footer := r.data[1:]
		for i, c := range footer {
			if c == '\n' {
				loc.extend = string(footer[:i])
				break
			}
		}
	}
	return loc, nil
}

func readCounts(r *tzReader) [6]int {
	var counts [6]int
	for i := range counts {
		counts[i] = int(r.uint(4))
	}
	return counts
}

// blockSize is the size of a data block with the given counts and time size.
func blockSize(c [6]int, timeSize int) int {
	return c[3]*timeSize + c[3] + c[4]*6 + c[5] + c[2]*(timeSize+4) + c[1] + c[0]
}

func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// ---- TZ rules ("EST5EDT,M3.2.0,M11.1.0"), for instants past a file's last
// transition ----

// ruleZone returns the zone the rule puts in force at sec, with the span it
// is in force for (from lastTransition at the earliest); ok is false for a
// rule it cannot read.
func ruleZone(rule string, lastTransition, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := ruleName(rule)
	if !ok {
		return
	}
	stdOffset, s, ok := ruleOffset(s)
	if !ok {
		return
	}
	stdOffset = -stdOffset // POSIX offsets count west of UTC
	if s == "" || s[0] == ',' || s[0] == ';' {
		return stdName, stdOffset, lastTransition, omega, false, true
	}
	dstName, s, ok := ruleName(s)
	if !ok {
		return
	}
	dstOffset := stdOffset + secondsPerHour
	if s != "" && s[0] != ',' && s[0] != ';' {
		if dstOffset, s, ok = ruleOffset(s); !ok {
			return
		}
		dstOffset = -dstOffset
	}
	if s == "" {
		s = ",M3.2.0,M11.1.0" // the United States' rule, POSIX's default
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := ruleDay(s[1:])
	if !ok || s == "" || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := ruleDay(s[1:])
	if !ok || s != "" {
		return "", 0, 0, 0, false, false
	}

	days := floorDiv(sec+unixToInternal, secondsPerDay)
	year, _, _ := civilFromDays(days)
	yearStart := (daysFromCivil(year, 1, 1) - daysToUnixEpoch) * secondsPerDay
	intoYear := sec - yearStart
	startSec := startRule.secondsIntoYear(year, stdOffset)
	endSec := endRule.secondsIntoYear(year, dstOffset)
	stdIsDST, dstIsDST := false, true
	if endSec < startSec { // the southern hemisphere: daylight saving spans the new year
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case intoYear < startSec:
		return stdName, stdOffset, yearStart, yearStart + startSec, stdIsDST, true
	case intoYear >= endSec:
		return stdName, stdOffset, yearStart + endSec, yearStart + 365*secondsPerDay, stdIsDST, true
	default:
		return dstName, dstOffset, yearStart + startSec, yearStart + endSec, dstIsDST, true
	}
}

// ruleName reads a zone abbreviation: three or more letters, or <...>.
func ruleName(s string) (string, string, bool) {
	if s != "" && s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// ruleOffset reads [+-]hh[:mm[:ss]] as seconds.
func ruleOffset(s string) (int, string, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	seconds, s, ok := ruleClock(s)
	return sign * seconds, s, ok
}

// ruleClock reads hh[:mm[:ss]] as seconds.
func ruleClock(s string) (int, string, bool) {
	var parts [3]int
	for i := 0; i < 3; i++ {
		if i > 0 {
			if s == "" || s[0] != ':' {
				break
			}
			s = s[1:]
		}
		n, rest, ok := ruleNumber(s, 0, 167)
		if !ok {
			return 0, "", false
		}
		parts[i], s = n, rest
	}
	return parts[0]*secondsPerHour + parts[1]*secondsPerMinute + parts[2], s, true
}

func ruleNumber(s string, min, max int) (int, string, bool) {
	n, i := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e6 {
			return 0, "", false
		}
	}
	if i == 0 || n < min || n > max {
		return 0, "", false
	}
	return n, s[i:], true
}

// a rule's day: Jn (1..365, February 29 never counted), n (0..365), or
// Mm.w.d (weekday d of week w, 5 for the last, of month m); and its time
type dayRule struct {
	kind              byte // 'J', 'N' or 'M'
	day, week, month  int
	secondsIntoTheDay int
}

func ruleDay(s string) (dayRule, string, bool) {
	var r dayRule
	var ok bool
	switch {
	case s != "" && s[0] == 'J':
		r.kind = 'J'
		r.day, s, ok = ruleNumber(s[1:], 1, 365)
	case s != "" && s[0] == 'M':
		r.kind = 'M'
		if r.month, s, ok = ruleNumber(s[1:], 1, 12); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.week, s, ok = ruleNumber(s[1:], 1, 5); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		r.day, s, ok = ruleNumber(s[1:], 0, 6)
	default:
		r.kind = 'N'
		r.day, s, ok = ruleNumber(s, 0, 365)
	}
	if !ok {
		return r, "", false
	}
	r.secondsIntoTheDay = 2 * secondsPerHour
	if s != "" && s[0] == '/' {
		if r.secondsIntoTheDay, s, ok = ruleOffset(s[1:]); !ok {
			return r, "", false
		}
	}
	return r, s, true
}

// secondsIntoYear returns when the rule's day and time come in year, in
// seconds from the start of the year in UTC, the clock reading offset.
func (r dayRule) secondsIntoYear(year int64, offset int) int64 {
	var day int64
	switch r.kind {
	case 'J':
		day = int64(r.day) - 1
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case 'N':
		day = int64(r.day)
	default:
		first := daysFromCivil(year, r.month, 1)
		day = int64((r.day - int(weekdayOfDays(first)) + 7) % 7)
		for week := 1; week < r.week; week++ {
			if day+7 >= int64(daysIn(Month(r.month), year)) {
				break
			}
			day += 7
		}
		day += first - daysFromCivil(year, 1, 1)
	}
	return day*secondsPerDay + int64(r.secondsIntoTheDay-offset)
}
