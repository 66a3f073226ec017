package os

import (
	"errors"
	"internal/syscall"
	"io"
	"time"
)

// Names of the system's files and separators.
const (
	DevNull           = "/dev/null"
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// Seek whence values (io's SeekStart, SeekCurrent, SeekEnd).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Seek sets the offset of the next Read or Write: offset from the start
// (whence 0), the current offset (1) or the end (2). It returns the new
// offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	r, err := syscall.Result(syscall.Syscall(syscall.SYS_LSEEK, f.fd, int(offset), whence))
	if err != nil {
		return 0, &PathError{Op: "seek", Path: f.name, Err: err}
	}
	if f.dir != nil {
		f.dir = nil
	}
	return int64(r), nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error,
// io.EOF at the end of the file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Result(syscall.SyscallBuf(syscall.SYS_PREAD64, f.fd, &b[0], len(b), int(off)))
		if e != nil {
			err = &PathError{Op: "read", Path: f.name, Err: e}
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes b at offset off, all of it unless it fails.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Result(syscall.SyscallBuf(syscall.SYS_PWRITE64, f.fd, &b[0], len(b), int(off)))
		if e != nil {
			err = &PathError{Op: "write", Path: f.name, Err: e}
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	const sysFstat = 5
	var raw [144]byte // struct stat on linux/amd64
	if _, err := syscall.Result(syscall.SyscallBuf(sysFstat, f.fd, &raw[0], 0, 0)); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fs := &fileStat{name: basename(f.name)}
	fs.stat = syscall.Stat_t{
		Size:      int64(le64(raw[48:])),
		Mode:      int64(le64(raw[24:]) & 0xffffffff),
		MtimeSec:  int64(le64(raw[88:])),
		MtimeNsec: int64(le64(raw[96:])),
		Dev:       int64(le64(raw[0:])),
		Ino:       int64(le64(raw[8:])),
	}
	fs.mode = fileMode(fs.stat.Mode)
	return fs, nil
}

func le64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.check("sync"); err != nil {
		return err
	}
	if _, err := syscall.Result(syscall.Syscall(syscall.SYS_FSYNC, f.fd, 0, 0)); err != nil {
		return &PathError{Op: "sync", Path: f.name, Err: err}
	}
	return nil
}

// Truncate changes the size of the open file.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	if _, err := syscall.Result(syscall.Syscall(syscall.SYS_FTRUNCATE, f.fd, int(size), 0)); err != nil {
		return &PathError{Op: "truncate", Path: f.name, Err: err}
	}
	return nil
}

// Chmod changes the open file's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.check("chmod"); err != nil {
		return err
	}
	if _, err := syscall.Result(syscall.Syscall(syscall.SYS_FCHMOD, f.fd, syscallMode(mode), 0)); err != nil {
		return &PathError{Op: "chmod", Path: f.name, Err: err}
	}
	return nil
}

// Chdir makes the open directory the working directory.
func (f *File) Chdir() error {
	if err := f.check("chdir"); err != nil {
		return err
	}
	const sysFchdir = 81
	if _, err := syscall.Result(syscall.Syscall(sysFchdir, f.fd, 0, 0)); err != nil {
		return &PathError{Op: "chdir", Path: f.name, Err: err}
	}
	return nil
}

// SetDeadline and its kin: files here have no deadlines.
func (f *File) SetDeadline(t time.Time) error { return f.noDeadline() }

// SetReadDeadline: files here have no deadlines.
func (f *File) SetReadDeadline(t time.Time) error { return f.noDeadline() }

// SetWriteDeadline: files here have no deadlines.
func (f *File) SetWriteDeadline(t time.Time) error { return f.noDeadline() }

// ErrNoDeadline is returned for a file that has no deadlines.
var ErrNoDeadline = errors.New("file type does not support deadline")

func (f *File) noDeadline() error {
	if err := f.check("SetDeadline"); err != nil {
		return err
	}
	return ErrNoDeadline
}

// ReadFrom copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// fileWriter hides File's ReadFrom from io.Copy.
type fileWriter struct{ f *File }

func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

// Chmod changes the mode of the file name.
func Chmod(name string, mode FileMode) error {
	if _, err := syscall.Result(syscall.SyscallPath(syscall.SYS_CHMOD, name, nil, syscallMode(mode), 0)); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Truncate changes the size of the file name.
func Truncate(name string, size int64) error {
	if _, err := syscall.Result(syscall.SyscallPath(syscall.SYS_TRUNCATE, name, nil, int(size), 0)); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// A LinkError records an error of an operation on two paths.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error returns "op old new: err".
func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *LinkError) Unwrap() error { return e.Err }

// Rename moves oldpath to newpath, replacing a file there; an existing
// directory at newpath is an error.
func Rename(oldpath, newpath string) error {
	if info, err := Lstat(newpath); err == nil && info.IsDir() {
		old, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
		}
		if oldpath == newpath || SameFile(info, old) {
			return nil
		}
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: syscall.EEXIST}
	}
	return linkCall("rename", syscall.SYS_RENAME, oldpath, newpath)
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	return linkCall("link", syscall.SYS_LINK, oldname, newname)
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	return linkCall("symlink", syscall.SYS_SYMLINK, oldname, newname)
}

func linkCall(op string, trap int, oldname, newname string) error {
	if _, err := syscall.Result(syscall.SyscallPath2(trap, oldname, newname)); err != nil {
		return &LinkError{Op: op, Old: oldname, New: newname, Err: err}
	}
	return nil
}

// Readlink returns the target of the symbolic link name.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		buf := make([]byte, size)
		n, err := syscall.Result(syscall.SyscallPath(syscall.SYS_READLINK, name, &buf[0], size, 0))
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// Pipe returns a connected pair of files: reads from r return what is
// written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, err := syscall.Pipe()
	if err != nil {
		return nil, nil, &SyscallError{Syscall: "pipe2", Err: err}
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// SameFile reports whether fi1 and fi2, from Stat or Lstat, describe the
// same file: the same device and inode.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.stat.Dev == b.stat.Dev && a.stat.Ino == b.stat.Ino
}
