// The bodies minigo's compiler supplies for internal/syscall's bodyless
// functions, written over Go's syscall package for tests/stdlib_gc.py.
// minigo never compiles this file.
package syscall

import (
	"bytes"
	"io/ioutil"
	realsyscall "syscall"
	"unsafe"
)

func result(n int, err error) int {
	if err != nil {
		return -int(err.(realsyscall.Errno))
	}
	return n
}

func bytesAt(buf *byte, n int) []byte { return unsafe.Slice(buf, n) }

// Read reads up to n bytes from fd into buf.
func Read(fd int, buf *byte, n int) int {
	for {
		got, err := realsyscall.Read(fd, bytesAt(buf, n))
		if err != realsyscall.EINTR {
			return result(got, err)
		}
	}
}

// Write writes n bytes from buf to fd, all of them.
func Write(fd int, buf *byte, n int) int {
	p := bytesAt(buf, n)
	for len(p) > 0 {
		written, err := realsyscall.Write(fd, p)
		if err == realsyscall.EINTR {
			continue
		}
		if err != nil {
			return result(0, err)
		}
		p = p[written:]
	}
	return n
}

// Open opens path.
func Open(path string, flags int, mode int) int {
	return result(realsyscall.Open(path, flags|realsyscall.O_CLOEXEC, uint32(mode)))
}

// Close closes fd.
func Close(fd int) int { return result(0, realsyscall.Close(fd)) }

// Unlink removes the file path.
func Unlink(path string) int { return result(0, realsyscall.Unlink(path)) }

// Rmdir removes the directory path.
func Rmdir(path string) int { return result(0, realsyscall.Rmdir(path)) }

// Mkdir creates the directory path.
func Mkdir(path string, mode int) int { return result(0, realsyscall.Mkdir(path, uint32(mode))) }

// Chdir changes the working directory.
func Chdir(path string) int { return result(0, realsyscall.Chdir(path)) }

// Stat describes path.
func Stat(path string, st *Stat_t, follow bool) int {
	var real realsyscall.Stat_t
	var err error
	if follow {
		err = realsyscall.Stat(path, &real)
	} else {
		err = realsyscall.Lstat(path, &real)
	}
	if err == nil {
		*st = Stat_t{real.Size, int64(real.Mode), real.Mtim.Sec, real.Mtim.Nsec, int64(real.Dev), int64(real.Ino)}
	}
	return result(0, err)
}

// Getcwd writes the working directory into buf.
func Getcwd(buf *byte, n int) int {
	got, err := realsyscall.Getcwd(bytesAt(buf, n))
	return result(got-1, err) // Go's count includes the NUL
}

// Environ returns the environment.
func Environ() []string { return realsyscall.Environ() }

// Args returns the command-line arguments.
func Args() []string {
	data, _ := ioutil.ReadFile("/proc/self/cmdline")
	var args []string
	for _, arg := range bytes.Split(bytes.TrimSuffix(data, []byte{0}), []byte{0}) {
		args = append(args, string(arg))
	}
	return args
}

// Exit ends the process.
func Exit(code int) { realsyscall.Exit(code) }
