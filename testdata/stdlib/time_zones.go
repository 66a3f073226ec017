// Locations from the system's zone files (/usr/share/zoneinfo): transitions, daylight
// saving in both hemispheres, wall clocks in gaps and overlaps, instants past the
// files' last transitions (their TZ rules), ZoneBounds, parsing zone names, and
// LoadLocation's errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
		"America/Sao_Paulo", "Pacific/Chatham", "Europe/Dublin", "Africa/Casablanca", "America/St_Johns",
		"Asia/Tokyo", "Etc/GMT+5", "UTC", "", "Local"}
	instants := []time.Time{
		time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1918, 3, 31, 7, 30, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 12, 6, 59, 59, 0, time.UTC),
		time.Date(2023, 3, 12, 7, 0, 0, 0, time.UTC),
		time.Date(2023, 11, 5, 5, 59, 59, 0, time.UTC),
		time.Date(2023, 11, 5, 6, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 26, 0, 59, 59, 0, time.UTC),
		time.Date(2023, 3, 26, 1, 0, 0, 0, time.UTC),
		time.Date(2023, 10, 1, 16, 0, 0, 0, time.UTC),
		time.Date(2023, 4, 1, 16, 0, 0, 0, time.UTC),
		time.Date(2037, 7, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2040, 1, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2040, 7, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 3, 14, 6, 59, 59, 0, time.UTC),
		time.Date(2100, 3, 14, 7, 0, 0, 0, time.UTC),
		time.Date(2100, 11, 7, 5, 59, 59, 0, time.UTC),
		time.Date(2100, 11, 7, 6, 0, 0, 0, time.UTC),
		time.Date(3000, 6, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, name := range names {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		fmt.Println("==", loc)
		if name == "Local" {
			continue // the machine's own zone: not part of the golden
		}
		for _, t := range instants {
			u := t.In(loc)
			zone, offset := u.Zone()
			start, end := u.ZoneBounds()
			fmt.Println(u, "|", zone, offset, u.IsDST(), "|", start, "|", end)
		}
	}

	ny, _ := time.LoadLocation("America/New_York")
	london, _ := time.LoadLocation("Europe/London")
	sydney, _ := time.LoadLocation("Australia/Sydney")
	// wall clocks skipped and repeated by daylight saving
	for _, loc := range []*time.Location{ny, london, sydney} {
		for _, c := range [][5]int{{2023, 3, 12, 2, 30}, {2023, 11, 5, 1, 30}, {2023, 3, 26, 1, 30},
			{2023, 10, 29, 1, 30}, {2023, 10, 1, 2, 30}, {2023, 4, 2, 2, 30}, {2099, 3, 8, 2, 30}, {2099, 11, 1, 1, 30},
			{2099, 10, 4, 2, 30}, {2099, 4, 5, 2, 30}} {
			t := time.Date(c[0], time.Month(c[1]), c[2], c[3], c[4], 0, 0, loc)
			fmt.Println(loc, c, t, t.UTC())
		}
	}
	// an hour by hour walk across New York's changes
	t := time.Date(2024, 3, 10, 4, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		fmt.Println(t.In(ny), t.In(ny).Hour(), t.In(ny).AddDate(0, 0, 1))
		t = t.Add(time.Hour)
	}
	t = time.Date(2024, 11, 3, 4, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		fmt.Println(t.In(ny), t.In(ny).Format(time.RFC3339), t.In(ny).Format(time.RFC1123))
		t = t.Add(30 * time.Minute)
	}
	// zone names in values, read against a location
	for _, v := range []string{"2023-07-01 12:00 EDT", "2023-07-01 12:00 EST", "2023-01-01 12:00 EST",
		"2023-01-01 12:00 EDT", "2023-07-01 12:00 BST", "2023-07-01 12:00 PDT", "2023-07-01 12:00 -0400", "2023-07-01 12:00 -0500",
		"1890-01-01 12:00 LMT"} {
		for _, loc := range []*time.Location{ny, london} {
			t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, loc)
			if err != nil {
				t, err = time.ParseInLocation("2006-01-02 15:04 -0700", v, loc)
			}
			fmt.Println(v, loc, t, t.Location(), err)
		}
	}
	for _, name := range []string{"Foo/Bar", "../etc/passwd", "/etc/localtime", "America/New_York/", "nonexistent", "\\x"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(name, loc, err)
	}
	_, err := time.LoadLocationFromTZData("bad", []byte("TZif2 not really"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("bad", nil)
	fmt.Println(err)
}
