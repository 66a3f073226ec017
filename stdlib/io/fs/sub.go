package fs

import (
	"errors"
	"path"
)

// A SubFS is an FS that makes its own sub-trees.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

// Sub returns the FS of the tree under dir of fsys.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	}
	if dir == "." {
		return fsys, nil
	}
	if fsys, ok := fsys.(SubFS); ok {
		return fsys.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

func (f *subFS) fullName(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errors.New("invalid name")}
	}
	return path.Join(f.dir, name), nil
}

// shorten removes the sub-tree's directory from the paths of err.
func (f *subFS) shorten(err error) error {
	e, ok := err.(*PathError)
	if !ok {
		return err
	}
	name := e.Path
	switch {
	case name == f.dir:
		name = "."
	case len(name) > len(f.dir) && name[len(f.dir)] == '/' && name[:len(f.dir)] == f.dir:
		name = name[len(f.dir)+1:]
	default:
		return err
	}
	return &PathError{Op: e.Op, Path: name, Err: e.Err}
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.fullName("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.shorten(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(f.fsys, full)
	return entries, f.shorten(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.shorten(err)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	full := f.dir + "/" + pattern
	list, err := Glob(f.fsys, full)
	for i, name := range list {
		list[i] = name[len(f.dir)+1:]
	}
	return list, f.shorten(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.fullName("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
}
