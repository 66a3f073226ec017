package os

import (
	"internal/syscall"
	"io/fs"
	"time"
)

// A FileMode holds a file's type and permission bits: io/fs's.
type FileMode = fs.FileMode

// The bits of a FileMode, as io/fs names them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// A FileInfo describes a file, as Stat returns it: io/fs's.
type FileInfo = fs.FileInfo

type fileStat struct {
	name string
	stat syscall.Stat_t
	mode FileMode
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.stat.Size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return time.Unix(fs.stat.MtimeSec, fs.stat.MtimeNsec) }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() interface{}   { return &fs.stat }

// Stat describes the file name, following symbolic links.
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat describes the file name; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

func stat(op, name string, follow bool) (FileInfo, error) {
	fs := &fileStat{name: basename(name)}
	if _, err := syscall.Result(syscall.Stat(name, &fs.stat, follow)); err != nil {
		return nil, &PathError{Op: op, Path: name, Err: err}
	}
	fs.mode = fileMode(fs.stat.Mode)
	return fs, nil
}

// fileMode converts st_mode to a FileMode.
func fileMode(mode int64) FileMode {
	m := FileMode(mode & 0777)
	switch mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		m |= ModeDevice
	case syscall.S_IFCHR:
		m |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		m |= ModeDir
	case syscall.S_IFIFO:
		m |= ModeNamedPipe
	case syscall.S_IFLNK:
		m |= ModeSymlink
	case syscall.S_IFSOCK:
		m |= ModeSocket
	}
	if mode&syscall.S_ISGID != 0 {
		m |= ModeSetgid
	}
	if mode&syscall.S_ISUID != 0 {
		m |= ModeSetuid
	}
	if mode&syscall.S_ISVTX != 0 {
		m |= ModeSticky
	}
	return m
}

// syscallMode converts a FileMode to the mode bits of open and mkdir.
func syscallMode(m FileMode) int {
	mode := int(m.Perm())
	if m&ModeSetuid != 0 {
		mode |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		mode |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		mode |= syscall.S_ISVTX
	}
	return mode
}

// basename is the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Mkdir creates the directory name with permissions perm.
func Mkdir(name string, perm FileMode) error {
	if _, err := syscall.Result(syscall.Mkdir(name, syscallMode(perm))); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// MkdirAll creates the directory path and any missing parents.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	_, err := syscall.Result(syscall.Unlink(name))
	if err == nil {
		return nil
	}
	_, err1 := syscall.Result(syscall.Rmdir(name))
	if err1 == nil {
		return nil
	}
	if err1 != syscall.ENOTDIR {
		err = err1
	}
	return &PathError{Op: "remove", Path: name, Err: err}
}

// Getwd returns the working directory.
func Getwd() (dir string, err error) {
	buf := make([]byte, 4096)
	n, err := syscall.Result(syscall.Getcwd(&buf[0], len(buf)))
	if err != nil {
		return "", &SyscallError{Syscall: "getwd", Err: err}
	}
	return string(buf[:n]), nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	if _, err := syscall.Result(syscall.Chdir(dir)); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}
