package reflect

import "strconv"

// A StructTag is the tag string of a struct field: by convention
// `key:"value" key2:"value2"`, keys separated by spaces.
type StructTag string

// Get returns the value for key in the tag, "" if there is none.
func (tag StructTag) Get(key string) string {
	value, _ := tag.Lookup(key)
	return value
}

// Lookup returns the value for key in the tag and whether the key is there.
// Parsing stops at the first malformed pair, as Go's does.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	rest := string(tag)
	for rest != "" {
		rest = skipSpaces(rest)
		name, quoted, remaining, good := nextPair(rest)
		if !good {
			return "", false
		}
		rest = remaining
		if name == key {
			unquoted, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return unquoted, true
		}
	}
	return "", false
}

func skipSpaces(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return s[i:]
}

// nextPair splits `key:"value" rest` into key, the quoted value and rest. A key is
// a run of printable ASCII other than space, colon and quote.
func nextPair(s string) (key, quoted, rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
		return "", "", "", false
	}
	key, s = s[:i], s[i+1:]
	i = 1
	for i < len(s) && s[i] != '"' {
		if s[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(s) {
		return "", "", "", false
	}
	return key, s[:i+1], s[i+1:], true
}
