package fs

import (
	"errors"
	"path"
)

// SkipDir, returned by a WalkDirFunc, skips the directory it was called
// for, or the rest of the directory holding the file it was called for.
var SkipDir = errors.New("skip this directory")

// A WalkDirFunc is called by WalkDir for each file or directory; err is
// the failure to stat the root or list a directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir calls fn for root and everything below it, in lexical order.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		if err = fn(name, d, err); err != nil {
			return err
		}
	}
	for _, entry := range entries {
		if err := walkDir(fsys, path.Join(name, entry.Name()), entry, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// A GlobFS is an FS that matches patterns itself.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// Glob returns the names of fsys matching pattern (path.Match's syntax),
// nil if none; the only error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := Glob(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(fsys, d, file, matches); err != nil {
			return
		}
	}
	return
}

func cleanGlobPath(dir string) string {
	if dir == "" {
		return "."
	}
	return dir[:len(dir)-1]
}

func glob(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil
	}
	for _, entry := range entries {
		matched, err := path.Match(pattern, entry.Name())
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, path.Join(dir, entry.Name()))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
