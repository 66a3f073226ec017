package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"time"
)

// header logs one line with flags and returns its header (what precedes "msg"),
// with the instants just before and after the call.
func header(flags int) (text string, before, after time.Time) {
	var out bytes.Buffer
	logger := log.New(&out, "", flags)
	before = time.Now()
	logger.Print("msg")
	after = time.Now()
	return strings.TrimSuffix(out.String(), "msg\n"), before, after
}

// check reads the header back in zone and reports whether it names an instant
// between before and after (both truncated to the header's precision).
func check(name string, flags int, layout string, precision time.Duration, zone *time.Location) {
	text, before, after := header(flags)
	stamp, err := time.ParseInLocation(layout, strings.TrimSuffix(text, " "), zone)
	if err != nil {
		fmt.Println(name, "unparsable header:", err)
		return
	}
	inside := !stamp.Before(before.Truncate(precision)) && !stamp.After(after)
	fmt.Printf("%s: header of %d chars, in %s: %v\n", name, len(text), zone, inside)
	if !inside {
		fmt.Println("  header", text, "before", before, "after", after)
	}
}

func main() {
	const dateTime = "2006/01/02 15:04:05"
	const micro = "2006/01/02 15:04:05.000000"
	// The system's zone first (UTC or not), then zones far from UTC either way,
	// so that a header in the wrong zone is a day or half a day off.
	check("system", log.LstdFlags, dateTime, time.Second, time.Local)
	check("system utc", log.LstdFlags|log.LUTC, dateTime, time.Second, time.UTC)
	for _, offset := range []int{14, -11, 5} {
		zone := time.FixedZone(fmt.Sprintf("Z%+d", offset), offset*3600+30*60)
		time.Local = zone
		check("local "+zone.String(), log.LstdFlags, dateTime, time.Second, zone)
		check("micro "+zone.String(), log.LstdFlags|log.Lmicroseconds, micro, time.Microsecond, zone)
		check("utc "+zone.String(), log.LstdFlags|log.LUTC, dateTime, time.Second, time.UTC)
		check("utc micro "+zone.String(), log.Lmicroseconds|log.Ldate|log.LUTC, micro, time.Microsecond, time.UTC)
		text, _, _ := header(log.Ltime | log.Lmsgprefix)
		fmt.Println("time only:", len(text), strings.Count(text, ":"))
		text, _, _ = header(log.Ldate)
		fmt.Println("date only:", len(text), strings.Count(text, "/"))
	}
	// An event in a zone by name, from the system's database.
	if newYork, err := time.LoadLocation("America/New_York"); err == nil {
		time.Local = newYork
		check("named", log.LstdFlags|log.Lmicroseconds, micro, time.Microsecond, newYork)
	}
}
