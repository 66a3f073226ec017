package os

import (
	"errors"
	"internal/syscall"
	"io"
	"io/fs"
	"sort"
)

// A DirEntry is one entry of a directory: io/fs's.
type DirEntry = fs.DirEntry

// dirState is an open directory's listing in progress: entries read from
// getdents64 and not yet returned.
type dirState struct {
	buf     []byte
	pending []syscall.Dirent
	done    bool
}

// nextEntries returns up to n (n <= 0: all remaining) raw entries.
func (f *File) nextEntries(n int) ([]syscall.Dirent, error) {
	if f.dir == nil {
		f.dir = &dirState{buf: make([]byte, 8192)}
	}
	d := f.dir
	var out []syscall.Dirent
	for n <= 0 || len(out) < n {
		if len(d.pending) == 0 {
			if d.done {
				break
			}
			entries, err := syscall.ReadDirents(f.fd, d.buf)
			if err != nil {
				return out, &PathError{Op: "readdirent", Path: f.name, Err: err}
			}
			if len(entries) == 0 {
				d.done = true
				break
			}
			d.pending = entries
		}
		take := len(d.pending)
		if n > 0 && take > n-len(out) {
			take = n - len(out)
		}
		out = append(out, d.pending[:take]...)
		d.pending = d.pending[take:]
	}
	return out, nil
}

// listing does the bookkeeping Readdir, Readdirnames and ReadDir share:
// with n > 0, io.EOF when nothing is left.
func (f *File) listing(n int) ([]syscall.Dirent, error) {
	if err := f.check("readdirent"); err != nil {
		return nil, err
	}
	entries, err := f.nextEntries(n)
	if err == nil && n > 0 && len(entries) == 0 {
		err = io.EOF
	}
	return entries, err
}

// ReadDir returns up to n of the directory's entries in directory order
// (n <= 0: all that remain); with n > 0, io.EOF at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	raw, err := f.listing(n)
	list := make([]DirEntry, 0, len(raw))
	for _, entry := range raw {
		d := &unixDirEntry{parent: f.name, name: entry.Name, typ: direntType(entry.Type)}
		if entry.Type == syscall.DT_UNKNOWN {
			info, lerr := Lstat(d.parent + "/" + d.name)
			if lerr != nil {
				continue // removed since it was listed
			}
			d.typ = info.Mode().Type()
			d.info = info
		}
		list = append(list, d)
	}
	return list, err
}

// Readdirnames returns up to n names of the directory's entries (n <= 0:
// all that remain); with n > 0, io.EOF at the end.
func (f *File) Readdirnames(n int) (names []string, err error) {
	raw, err := f.listing(n)
	names = make([]string, 0, len(raw))
	for _, entry := range raw {
		names = append(names, entry.Name)
	}
	return names, err
}

// Readdir returns up to n FileInfos of the directory's entries, as Lstat
// describes them (n <= 0: all that remain); with n > 0, io.EOF at the end.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	raw, err := f.listing(n)
	infos := make([]FileInfo, 0, len(raw))
	for _, entry := range raw {
		info, lerr := Lstat(f.name + "/" + entry.Name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

func direntType(t byte) FileMode {
	switch t {
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_SOCK:
		return ModeSocket
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	}
	return 0
}

type unixDirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirEntry) Name() string   { return d.name }
func (d *unixDirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirEntry) Type() FileMode { return d.typ }
func (d *unixDirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir lists the directory name, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// RemoveAll removes path and everything below it; a path that does not
// exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	var first error
	for {
		dir, err := Open(path)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			return err
		}
		names, _ := dir.Readdirnames(1024)
		dir.Close()
		for _, name := range names {
			if err := RemoveAll(path + "/" + name); err != nil && first == nil {
				first = err
			}
		}
		if len(names) < 1024 || first != nil {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/'
}

// DirFS returns the file system of the tree under dir, for io/fs.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

// join names name under dir; an invalid name is a "stat" error, as gc's.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", &PathError{Op: "stat", Path: name, Err: errors.New("os: DirFS with empty root")}
	}
	if !fs.ValidPath(name) {
		return "", &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	if dir[len(dir)-1] == PathSeparator {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, err
	}
	return Stat(full)
}
