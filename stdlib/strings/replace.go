package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use.
//
// At each position of the input, the first old string (in argument
// order) that matches there is replaced, and the search resumes after it;
// an empty old string matches at every position, but not twice in a row
// at the same one. Candidates are found through a table from each old
// string's first byte.
type Replacer struct {
	olds, news []string
	// byFirst lists, for each byte, the indexes of the non-empty old
	// strings starting with it, in argument order.
	byFirst [256][]int
	// hasEmpty says whether an old string is empty; empty is the index of
	// the first one. (The zero Replacer, which replaces nothing, has none.)
	hasEmpty bool
	empty    int
	// byteMap, when every old and new string is one byte, maps each byte.
	byteMap *[256]byte
}

// NewReplacer returns a Replacer of the pairs old, new, ... It panics if
// given an odd number of strings.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{}
	allBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		old, new := oldnew[i], oldnew[i+1]
		k := len(r.olds)
		r.olds = append(r.olds, old)
		r.news = append(r.news, new)
		if old == "" {
			if !r.hasEmpty {
				r.hasEmpty, r.empty = true, k
			}
		} else {
			r.byFirst[old[0]] = append(r.byFirst[old[0]], k)
		}
		if len(old) != 1 || len(new) != 1 {
			allBytes = false
		}
	}
	if allBytes {
		var m [256]byte
		for i := range m {
			m[i] = byte(i)
		}
		// Backwards, so that the first pair for a byte wins.
		for k := len(r.olds) - 1; k >= 0; k-- {
			m[r.olds[k][0]] = r.news[k][0]
		}
		r.byteMap = &m
	}
	return r
}

// match returns the index of the pair replaced at s's start, or -1;
// skipEmpty rules out the empty old string.
func (r *Replacer) match(s string, skipEmpty bool) int {
	best := -1
	if len(s) > 0 {
		for _, k := range r.byFirst[s[0]] {
			if HasPrefix(s, r.olds[k]) {
				best = k
				break
			}
		}
	}
	if !skipEmpty && r.hasEmpty && (best < 0 || r.empty < best) {
		best = r.empty
	}
	return best
}

// Replace returns s with all replacements done.
func (r *Replacer) Replace(s string) string {
	if r.byteMap != nil {
		return r.replaceBytes(s)
	}
	var buf []byte
	changed := false
	last := 0 // s[:last] is done
	previousEmpty := false
	for i := 0; i <= len(s); {
		if !r.hasEmpty && i < len(s) && r.byFirst[s[i]] == nil {
			i++
			continue
		}
		k := r.match(s[i:], previousEmpty)
		previousEmpty = k >= 0 && r.olds[k] == ""
		if k < 0 {
			i++
			continue
		}
		buf = append(buf, s[last:i]...)
		buf = append(buf, r.news[k]...)
		changed = true
		i += len(r.olds[k])
		last = i
	}
	if !changed {
		return s
	}
	buf = append(buf, s[last:]...)
	return string(buf)
}

func (r *Replacer) replaceBytes(s string) string {
	var buf []byte
	for i := 0; i < len(s); i++ {
		if c := r.byteMap[s[i]]; c != s[i] {
			if buf == nil {
				buf = []byte(s)
			}
			buf[i] = c
		}
	}
	if buf == nil {
		return s
	}
	return string(buf)
}

// WriteString writes s with all replacements done to w, in one write.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
