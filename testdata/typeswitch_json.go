// A JSON encoder and a query walker over dynamically typed values ([]any,
// map[string]any, strings, numbers, bools, nil, Marshaler types), dispatching with
// type switches.
package main

import (
	"fmt"
	"strconv"
)

type Marshaler interface {
	MarshalJSON() (string, error)
}

type Date struct{ Y, M, D int }

func (d Date) MarshalJSON() (string, error) {
	if d.M < 1 || d.M > 12 {
		return "", fmt.Errorf("bad month %d in %v", d.M, d)
	}
	return fmt.Sprintf("\"%04d-%02d-%02d\"", d.Y, d.M, d.D), nil
}

type UnsupportedTypeError struct{ Value any }

func (e *UnsupportedTypeError) Error() string {
	return fmt.Sprintf("json: unsupported type: %T", e.Value)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func quote(s string) string {
	out := "\""
	for _, r := range s {
		switch r {
		case '"', '\\':
			out += "\\" + string(r)
		case '\n':
			out += "\\n"
		default:
			out += string(r)
		}
	}
	return out + "\""
}

func encode(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "null", nil
	case bool:
		if v {
			return "true", nil
		}
		return "false", nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return fmt.Sprint(v), nil
	case string:
		return quote(v), nil
	case Marshaler:
		return v.MarshalJSON()
	case []any:
		out := "["
		for i, item := range v {
			s, err := encode(item)
			if err != nil {
				return "", err
			}
			if i > 0 {
				out += ","
			}
			out += s
		}
		return out + "]", nil
	case map[string]any:
		out := "{"
		for i, k := range sortedKeys(v) {
			s, err := encode(v[k])
			if err != nil {
				return "", fmt.Errorf("key %s: %w", k, err)
			}
			if i > 0 {
				out += ","
			}
			out += quote(k) + ":" + s
		}
		return out + "}", nil
	}
	return "", &UnsupportedTypeError{v}
}

// get follows a path of keys (string) and indexes (int).
func get(v any, path ...any) (any, bool) {
	for _, step := range path {
		switch key := step.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[key]; !ok {
				return nil, false
			}
		case int:
			list, ok := v.([]any)
			if !ok || key < 0 || key >= len(list) {
				return nil, false
			}
			v = list[key]
		default:
			return nil, false
		}
	}
	return v, true
}

func count(v any) (nodes int) {
	nodes = 1
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			nodes += count(x)
		}
	case map[string]any:
		for _, x := range v {
			nodes += count(x)
		}
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "minigo",
		"version": 1.19,
		"stable":  false,
		"tags":    []any{"compiler", "go", 42, nil, true},
		"owner":   map[string]any{"login": "gopher", "since": Date{2009, 11, 10}},
		"notes":   "line one\nsays \"hi\"",
	}
	s, err := encode(doc)
	fmt.Println(s, err)
	fmt.Println(count(doc))
	for _, path := range [][]any{{"name"}, {"tags", 2}, {"tags", 9}, {"owner", "login"}, {"owner", "since"}, {"version", "x"}, {3.5}} {
		v, ok := get(doc, path...)
		fmt.Printf("%v -> %v %v\n", path, v, ok)
	}
	bad := []any{map[string]any{"when": Date{2020, 13, 1}}}
	_, err = encode(bad)
	fmt.Println("error:", err)
	_, err = encode(map[string]any{"ch": []int{1}})
	fmt.Println("error:", err)
	var ute *UnsupportedTypeError
	_, err = encode([]any{1, struct{ X int }{1}})
	if e, ok := err.(*UnsupportedTypeError); ok {
		ute = e
		fmt.Printf("unsupported %T; %v\n", ute.Value, ute)
	}
}
