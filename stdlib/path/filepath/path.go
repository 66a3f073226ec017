// Package filepath implements utility routines for manipulating filename paths in a way
// compatible with the target operating system-defined file paths. On Unix-like systems, the
// only ones minigo targets, paths are slash-separated with no volume names, so the lexical
// functions are those of package path; this package adds what differs: its own ErrBadPattern,
// Rel, SplitList and the separator constants; walk.go the functions that touch the file
// system (Abs, EvalSymlinks, Glob, Walk, WalkDir, SkipDir), over package os.
package filepath

import (
	"errors"
	"path"
	"strings"
)

const (
	// Separator is the OS-specific path separator.
	Separator = '/'
	// ListSeparator is the OS-specific path list separator.
	ListSeparator = ':'
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical processing (see
// path.Clean for the rules).
func Clean(p string) string { return path.Clean(p) }

// ToSlash returns the result of replacing each separator character in path with a slash ('/')
// character. Multiple separators are replaced by multiple slashes.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash ('/') character in path with a separator
// character. Multiple slashes are replaced by multiple separators.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific ListSeparator, usually found in
// PATH or GOPATH environment variables. Unlike strings.Split, SplitList returns an empty slice
// when passed an empty string.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits path immediately following the final Separator, separating it into a directory
// and file name component. If there is no Separator in path, Split returns an empty dir and
// file set to path. The returned values have the property that path = dir+file.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating them with an OS
// specific Separator. Empty elements are ignored. The result is Cleaned. However, if the
// argument list is empty or all its elements are empty, Join returns an empty string.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path. The extension is the suffix beginning at
// the final dot in the final element of path; it is empty if there is no dot.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path. Trailing path separators are removed before
// extracting the last element. If the path is empty, Base returns ".". If the path consists
// entirely of separators, Base returns a single separator.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's directory. After dropping
// the final element, Dir calls Clean on the path and trailing slashes are removed. If the path
// is empty, Dir returns ".". If the path consists entirely of separators, Dir returns a single
// separator. The returned path does not end in a separator unless it is the root directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// VolumeName returns leading volume name. Given "C:\foo\bar" it returns "C:" on Windows. Given
// "\\host\share\foo" it returns "\\host\share". On other platforms it returns "".
func VolumeName(p string) string { return "" }

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore case when
// required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Match reports whether name matches the shell file name pattern (see path.Match for the
// syntax). The only possible returned error is ErrBadPattern, when pattern is malformed.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// components splits a cleaned path, without its leading slash, into its elements.
func components(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to basepath
// with an intervening separator. That is, Join(basepath, Rel(basepath, targpath)) is equivalent
// to targpath itself. On success, the returned path will always be relative to basepath, even
// if basepath and targpath share no elements. An error is returned if targpath can't be made
// relative to basepath or if knowing the current working directory would be necessary to
// compute it. Rel calls Clean on the result.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	cannot := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", cannot
	}
	// A base of "." has no elements; a target of "." keeps its one (gc gives Rel("a", ".") as
	// "../.").
	if base == "." {
		base = ""
	}
	baseParts := components(strings.TrimPrefix(base, "/"))
	targParts := components(strings.TrimPrefix(targ, "/"))
	common := 0
	for common < len(baseParts) && common < len(targParts) && baseParts[common] == targParts[common] {
		common++
	}
	// Climbing out of a ".." of base would need the name of the directory it leads to.
	if common < len(baseParts) && baseParts[common] == ".." {
		return "", cannot
	}
	rel := targParts[common:]
	if ups := len(baseParts) - common; ups > 0 {
		climb := make([]string, ups, ups+len(rel))
		for i := range climb {
			climb[i] = ".."
		}
		rel = append(climb, rel...)
	}
	return strings.Join(rel, "/"), nil
}
