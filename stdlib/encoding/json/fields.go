package json

// Which struct fields JSON sees: exported fields, with the fields of embedded structs promoted
// by Go's rules for JSON (shallower wins; at equal depth a tagged name wins; otherwise the
// name is dropped), named by their json tags.

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type field struct {
	name      string
	tagged    bool
	index     []int
	typ       reflect.Type
	omitEmpty bool
	quoted    bool
}

// typeFields lists the fields JSON encodes and decodes for struct type t, in field order.
func typeFields(t reflect.Type) []field {
	type pending struct {
		typ   reflect.Type
		index []int
	}
	var fields []field
	next := []pending{{typ: t}}
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current := next
		next = nil
		count := map[reflect.Type]int{}
		nextCount := map[reflect.Type]int{}
		for _, p := range current {
			count[p.typ]++
		}
		for _, p := range current {
			if visited[p.typ] {
				continue
			}
			visited[p.typ] = true
			for i := 0; i < p.typ.NumField(); i++ {
				sf := p.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := splitTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := make([]int, len(p.index)+1)
				copy(index, p.index)
				index[len(p.index)] = i
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32,
						reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32,
						reflect.Uint64, reflect.Uintptr, reflect.Float32, reflect.Float64,
						reflect.String:
						quoted = true
					}
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, tagged: name != "", index: index, typ: ft,
						omitEmpty: hasOption(opts, "omitempty"), quoted: quoted}
					if f.name == "" {
						f.name = sf.Name
					}
					fields = append(fields, f)
					if count[p.typ] > 1 {
						// the same struct twice at one depth: its fields annihilate each other
						fields = append(fields, f)
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, pending{typ: ft, index: index})
				}
			}
		}
	}
	return dominantFields(fields)
}

func lessIndex(a, b []int) bool {
	for i, x := range a {
		if i >= len(b) {
			return false
		}
		if x != b[i] {
			return x < b[i]
		}
	}
	return len(a) < len(b)
}

// dominantFields keeps, for each name, the field that wins, and drops ambiguous names.
func dominantFields(fields []field) []field {
	sort.Slice(fields, func(i, j int) bool {
		a, b := fields[i], fields[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		if a.tagged != b.tagged {
			return a.tagged
		}
		return lessIndex(a.index, b.index)
	})
	var out []field
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		group := fields[i:j]
		if len(group) == 1 || len(group[0].index) != len(group[1].index) || group[0].tagged != group[1].tagged {
			out = append(out, group[0])
		}
		i = j
	}
	sort.Slice(out, func(i, j int) bool { return lessIndex(out[i].index, out[j].index) })
	return out
}

func splitTag(tag string) (string, string) {
	if i := strings.Index(tag, ","); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts = splitTag(opts)
		if o == name {
			return true
		}
	}
	return false
}

func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) {
			continue
		}
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

var (
	fieldCacheLock sync.Mutex
	fieldCache     = map[reflect.Type][]field{}
)

// cachedTypeFields is typeFields, computed once per type.
func cachedTypeFields(t reflect.Type) []field {
	fieldCacheLock.Lock()
	defer fieldCacheLock.Unlock()
	if f, ok := fieldCache[t]; ok {
		return f
	}
	f := typeFields(t)
	fieldCache[t] = f
	return f
}
