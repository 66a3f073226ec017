package log

// The calendar fields of an instant, computed here until package time offers
// Date and Clock (then Output will use t.Date() and t.Clock()).

type civil struct {
	year, month, day, hour, minute, second, nanosecond int
}

const (
	nanosPerSecond = 1000000000
	secondsPerDay  = 86400
)

// civilTime splits nanoseconds since 1970-01-01 UTC into the proleptic Gregorian
// calendar's fields, in UTC.
func civilTime(unixNanos int64) civil {
	seconds := unixNanos / nanosPerSecond
	nanos := unixNanos % nanosPerSecond
	if nanos < 0 {
		nanos += nanosPerSecond
		seconds--
	}
	days := seconds / secondsPerDay
	rest := seconds % secondsPerDay
	if rest < 0 {
		rest += secondsPerDay
		days--
	}
	year, month, day := civilDate(days)
	return civil{year, month, day, int(rest / 3600), int(rest % 3600 / 60), int(rest % 60), int(nanos)}
}

// civilDate converts days since 1970-01-01 to a date, counting in 400-year eras of
// 146097 days whose years start on March 1st, so that the leap day ends the year.
func civilDate(days int64) (year, month, day int) {
	days += 719468 // days from 0000-03-01 to 1970-01-01
	era := days / 146097
	if days < 0 && days%146097 != 0 {
		era--
	}
	dayOfEra := days - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	shifted := (5*dayOfYear + 2) / 153 // month counted from March
	day = int(dayOfYear - (153*shifted+2)/5 + 1)
	month = int(shifted + 3)
	if month > 12 {
		month -= 12
	}
	year = int(yearOfEra + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}
