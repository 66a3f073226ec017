// Package path manipulates slash-separated paths, such as URL paths,
// purely lexically (it never asks the file system). For operating system
// paths use path/filepath.
package path

// Clean returns the shortest path naming the same place as p, by purely
// lexical rules: repeated slashes become one, "." elements go, each ".."
// removes the element before it (and at the root, itself), and trailing
// slashes go (except for the root itself). An empty result is ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	// kept holds the cleaned elements; up counts the leading ".." of an
	// unrooted path, which nothing before them can cancel.
	kept := make([]string, 0, 8)
	up := 0
	for start := 0; start < len(p); {
		end := start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		start = end + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(kept) > up {
				kept = kept[:len(kept)-1]
			} else if !rooted {
				kept = append(kept, "..")
				up++
			}
		default:
			kept = append(kept, elem)
		}
	}
	size := len(kept)
	for _, e := range kept {
		size += len(e)
	}
	out := make([]byte, 0, size+1)
	for i, e := range kept {
		if i > 0 || rooted {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		if rooted {
			return "/"
		}
		return "."
	}
	return string(out)
}

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash into a directory and a file
// name; without a slash the directory is empty. dir+file == path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result;
// it returns "" if every element is empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the extension of the last element of path: the text from
// its last dot, or "" if it has none.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, trailing slashes ignored: "."
// for an empty path and "/" for one of slashes only.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	path = path[lastSlash(path)+1:]
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether path is absolute, that is, starts with a slash.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all of path but its last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
