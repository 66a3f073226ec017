package filepath

import (
	"errors"
	"io/fs"
	"os"
	"sort"
	"syscall"
)

// SkipDir, returned by a WalkFunc or WalkDirFunc, skips the directory it
// was called for, or the rest of the directory holding the file it was
// called for.
var SkipDir error = fs.SkipDir

// A WalkFunc is called by Walk for each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Abs returns an absolute form of path, over the working directory.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Walk calls fn for root and everything below it, in lexical order,
// describing each with Lstat; symbolic links are not followed.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := readDirNames(path)
	err1 := fn(path, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(path, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		err = walk(filename, fileInfo, fn)
		if err != nil && (!fileInfo.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir calls fn for root and everything below it, in lexical order;
// symbolic links are not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		if err = fn(path, d, err); err != nil {
			return err
		}
	}
	for _, entry := range entries {
		if err := walkDir(Join(path, entry.Name()), entry, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob returns the files matching pattern (Match's syntax), nil if none;
// the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) { return globDepth(pattern, 0) }

func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return
		}
	}
	return
}

func cleanGlobPath(path string) string {
	switch path {
	case "":
		return "."
	case "/":
		return path
	}
	return path[:len(path)-1]
}

func glob(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, name := range names {
		matched, err := Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, name))
		}
	}
	return matches, nil
}

func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// EvalSymlinks returns path with every symbolic link in it replaced by
// its target, cleaned.
func EvalSymlinks(path string) (string, error) {
	volLen := 0
	if len(path) > 0 && path[0] == '/' {
		volLen = 1
	}
	vol := path[:volLen]
	dest := vol
	links := 0
	for start, end := volLen, volLen; start < len(path); start = end {
		for start < len(path) && path[start] == '/' {
			start++
		}
		end = start
		for end < len(path) && path[end] != '/' {
			end++
		}
		switch element := path[start:end]; {
		case element == "":
			continue
		case element == ".":
			continue
		case element == "..":
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen || dest[r+1:] == ".." {
				if len(dest) > volLen {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && dest[len(dest)-1] != '/' {
			dest += "/"
		}
		dest += path[start:end]
		info, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if len(link) > 0 && link[0] == '/' {
			vol = link[:1]
			dest = vol
			end = len(vol)
		} else {
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
