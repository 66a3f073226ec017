// Format and Parse for every layout element and named layout, over fixed dates
// and pseudo-random ones, in UTC and fixed zones; Parse's errors with gc's texts.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05.000000000 -07:00:00 Z07:00:00 -070000 Z070000 -07 Z07 Z0700 -0700",
	"Monday January 2 _2 02 __2 002 3 03 15 4 04 5 05 PM pm 06 2006 MST",
	"Mon Jan 1 01 Z07:00",
	"05.9 05.99 05.999999 05,000 05,999 .0 .9 .000000000000",
	"January_2006 _2006 Jan2006 Janx Monx Mondayish MSTx 20060102150405",
	"15h04m05s.999999999",
	"no elements at all",
	"",
}

var zones = []*time.Location{
	time.UTC,
	time.FixedZone("EST", -5*3600),
	time.FixedZone("", 5*3600+30*60),
	time.FixedZone("ODD", -(3*3600 + 25*60 + 17)),
	time.FixedZone("X", 14*3600),
}

func main() {
	fmt.Println(time.Time{})
	fmt.Println(time.Time{}.Format(time.RFC3339Nano), time.Time{}.IsZero())
	fixed := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2000, time.February, 29, 0, 0, 0, 1, time.UTC),
		time.Date(1999, time.December, 31, 12, 59, 59, 999999999, time.UTC),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, time.July, 20, 20, 17, 40, 120000000, time.UTC),
		time.Date(9999, time.December, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(2024, time.March, 5, 9, 7, 3, 40500, time.UTC),
		time.Date(12345, time.June, 15, 12, 0, 0, 0, time.UTC),
		time.Date(-44, time.March, 15, 11, 0, 0, 0, time.UTC),
		time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, t := range fixed {
		for _, z := range zones {
			u := t.In(z)
			fmt.Println(u)
			for _, layout := range layouts {
				fmt.Printf("  %q\n", u.Format(layout))
			}
		}
	}

	// pseudo-random instants between the years 1 and 3000, each layout back and forth
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		sec := r.Int63n(3000 * 365 * 86400)
		t := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(sec%(200*365*86400)) * time.Second)
		t = t.AddDate(int(sec/(200*365*86400))*200, 0, 0).Add(time.Duration(r.Int63n(1e9)))
		z := zones[r.Intn(len(zones))]
		t = t.In(z)
		layout := layouts[r.Intn(11)]
		s := t.Format(layout)
		back, err := time.ParseInLocation(layout, s, z)
		fmt.Println(t, t.Weekday(), t.YearDay(), "|", s, "|", back, err, back.Equal(t.Truncate(precision(layout))))
	}

	parses := []struct{ layout, value string }{
		{"2006-01-02", "x"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-00-10"},
		{"2006-01-02", "2023-01-32"},
		{"2006-01-02", "2023-1-2"},
		{"2006-1-2", "2023-1-2"},
		{"2006-01-02", "2023-01-02 extra"},
		{"2006-01-02 ", "2023-01-02"},
		{"2006-01-02  15", "2023-01-02 7"},
		{"15:04:05", "25:00:00"},
		{"15:04:05", "23:60:00"},
		{"15:04:05", "23:59:60"},
		{"15:04:05", "23:59:59.123456789123"},
		{"15:04:05", "23:59:59,5"},
		{"15:04:05.000", "23:59:59.12"},
		{"15:04:05.000", "23:59:59.1234"},
		{"15:04:05.999", "23:59:59"},
		{"15:04:05.999", "23:59:59.1"},
		{"15:04:05.999", "23:59:59.123456789"},
		{"3:04PM", "12:30AM"},
		{"3:04PM", "12:30PM"},
		{"3:04PM", "1:30pm"},
		{"3:04pm", "1:30pm"},
		{"3:04PM", "13:30PM"},
		{"03:04PM", "1:30PM"},
		{"Jan 2 2006", "feb 3 2021"},
		{"Jan 2 2006", "FEB 3 2021"},
		{"Jan 2 2006", "Foo 3 2021"},
		{"January 2 2006", "september 3 2021"},
		{"Mon Jan 2 2006", "Sun Feb 3 2021"},
		{"Mon Jan 2 2006", "Xyz Feb 3 2021"},
		{"Monday Jan 2 2006", "Thursday Feb 3 2021"},
		{"06-01-02", "68-01-02"},
		{"06-01-02", "69-01-02"},
		{"06-01-02", "6-01-02"},
		{"2006 002", "2020 060"},
		{"2006 002", "2021 060"},
		{"2006 002", "2020 366"},
		{"2006 002", "2021 366"},
		{"2006 002", "2021 000"},
		{"2006 __2", "2021  60"},
		{"2006 __2", "2021   6"},
		{"2006 002 Jan", "2021 060 Mar"},
		{"2006 002 Jan", "2021 060 Feb"},
		{"2006 002 Jan 2", "2021 060 Mar 2"},
		{"2006 002 Jan 2", "2021 060 Mar 1"},
		{"_2 Jan", " 5 Jan"},
		{"_2 Jan", "15 Jan"},
		{time.RFC3339, "2023-04-05T06:07:08Z"},
		{time.RFC3339, "2023-04-05T06:07:08+05:30"},
		{time.RFC3339, "2023-04-05T06:07:08-00:00"},
		{time.RFC3339, "2023-04-05T06:07:08.123456+01:00"},
		{time.RFC3339, "2023-04-05T06:07:08+0100"},
		{time.RFC3339, "2023-04-05 06:07:08Z"},
		{time.RFC3339Nano, "2023-04-05T06:07:08.1Z"},
		{time.RFC1123Z, "Wed, 05 Apr 2023 06:07:08 +0200"},
		{time.RFC1123Z, "Wed, 05 Apr 2023 06:07:08 x0200"},
		{"-07", "+05"},
		{"-070000", "+053015"},
		{"-07:00:00", "-05:30:15"},
		{"Z07:00:00", "Z"},
		{"Z070000", "-010203"},
		{"Z07", "-01"},
		{"-0700", "+01"},
		{"2006-01-02T15:04:05.000000Z07:00", "2023-01-02T03:04:05.123456Z"},
		{"20060102150405", "20230102030405"},
		{"", ""},
		{"", "x"},
		{"Jan _2", "Feb  3"},
		{"Jan _2 2006", "Feb\t3 2021"},
		{"2006", "-123"},
		{"2006", "12"},
		{"Jan", "Ja"},
		{"PM", "P"},
		{"2006", "20x6"},
		{"PM", "XM"},
		{"-0700", "+0x00"},
		{"-07:00", "+01:x0"},
		{"05.000", "01.x23"},
		{"05.000", "01,1234"},
		{"MST", "mst"},
		{"15:04 \"quoted\" ÿ", "10:00 \"quoted\" \xff"},
	}
	for _, p := range parses {
		t, err := time.ParseInLocation(p.layout, p.value, time.UTC)
		if err != nil {
			fmt.Println("error:", err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, offset := t.Zone()
		fmt.Println(t, t.Nanosecond(), name, offset)
	}

	// zone names and numeric zones against a given location
	ny := time.FixedZone("EST", -5*3600)
	for _, v := range []string{"2023-01-02 10:00 EST", "2023-01-02 10:00 PST", "2023-01-02 10:00 UTC",
		"2023-01-02 10:00 GMT+3", "2023-01-02 10:00 GMT-11", "2023-01-02 10:00 GMT", "2023-01-02 10:00 +07",
		"2023-01-02 10:00 ChST", "2023-01-02 10:00 WITA", "2023-01-02 10:00 ABCDT", "2023-01-02 10:00 AB",
		"2023-01-02 10:00 ABCDE", "2023-01-02 10:00 GMT+13", "2023-01-02 10:00 GMT+24", "2023-01-02 10:00 GMT+23", "2023-01-02 10:00 -24"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, ny)
		fmt.Println(t, err)
	}
	for _, v := range []string{"2023-01-02 10:00 -0500", "2023-01-02 10:00 +0000", "2023-01-02 10:00 +0130"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 -0700", v, ny)
		fmt.Println(t, err, t.Location())
	}
	t, err := time.Parse(time.RFC3339, "2023-04-05T06:07:08Z")
	fmt.Println(t, err, t.Location())
	t, err = time.Parse("2006-01-02 15:04", "2023-04-05 06:07")
	fmt.Println(t, err, t.Location())
	fmt.Println(t.AppendFormat([]byte("at "), time.Kitchen), string(t.AppendFormat(nil, "2006")))
	b, err := t.MarshalJSON()
	fmt.Println(string(b), err)
	b, err = t.MarshalText()
	fmt.Println(string(b), err)
	var u time.Time
	fmt.Println(u.UnmarshalJSON([]byte(`"2001-02-03T04:05:06.7+08:00"`)), u)
	fmt.Println(u.UnmarshalText([]byte(`nope`)), u)
	fmt.Println(u.UnmarshalJSON([]byte(`"2001-02-03T04:05:06Z"`)), u, u.UnmarshalJSON([]byte(`null`)), u)
	fmt.Println(u.UnmarshalJSON([]byte(`2001`)), u)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	for _, z := range zones {
		bin, err := t.In(z).MarshalBinary()
		var back time.Time
		fmt.Println(bin, err, back.UnmarshalBinary(bin), back, back.Equal(t))
		gob, err := t.In(z).GobEncode()
		fmt.Println(string(gob) == string(bin), err, back.GobDecode(gob[:5]), back.GobDecode(nil), back.GobDecode([]byte{3}))
	}
	_, err = t.In(time.FixedZone("M", -60)).MarshalBinary()
	fmt.Println(err)
	fmt.Println(t.GoString())
	fmt.Println(time.Date(2023, 4, 5, 6, 7, 8, 9, time.FixedZone("Q", 60)).GoString())
	fmt.Printf("%v|%s|%d|%v|%s|%d\n", time.March, time.March, time.March, time.Month(13), time.Saturday, time.Weekday(9))
}

// precision is how much of a time a layout keeps: what Format then Parse loses.
func precision(layout string) time.Duration {
	switch layout {
	case time.RFC3339Nano:
		return 1
	case time.RFC822, time.RFC822Z, time.Kitchen:
		return time.Minute
	}
	return time.Second
}
