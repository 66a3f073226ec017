// Package syscall is stdlib/os's way into the operating system: the
// functions declared here without a body are supplied by minigo's compiler
// as calls into its runtime (minigo/runtime/syscall.c; see
// stdlib/README.md), which releases the goroutine's P while the call
// blocks, so that a goroutine reading a pipe leaves the others running.
//
// Each returns its result or, on failure, minus the errno; Errno gives the
// error Go's syscall package would.
package syscall

import "internal/oserror"

// Flags of Open, as Linux numbers them.
const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_CREAT  = 0x40
	O_EXCL   = 0x80
	O_TRUNC  = 0x200
	O_APPEND = 0x400
	O_SYNC   = 0x101000
)

// Read reads up to n bytes from fd into buf: the count, 0 at end of file.
func Read(fd int, buf *byte, n int) int

// Write writes n bytes from buf to fd, all of them: n, or -errno. Writes
// to standard output are one write(2) each, under a lock.
func Write(fd int, buf *byte, n int) int

// Open opens path with flags and, for a created file, permissions mode:
// the descriptor.
func Open(path string, flags int, mode int) int

// Close closes fd.
func Close(fd int) int

// Unlink removes the file path.
func Unlink(path string) int

// Rmdir removes the empty directory path.
func Rmdir(path string) int

// Mkdir creates the directory path with permissions mode.
func Mkdir(path string, mode int) int

// Chdir makes path the working directory.
func Chdir(path string) int

// Stat fills st with what stat(2) (lstat(2) unless follow) says of path.
func Stat(path string, st *Stat_t, follow bool) int

// Getcwd writes the working directory into buf (n bytes): its length.
func Getcwd(buf *byte, n int) int

// Environ returns the environment the process started with.
func Environ() []string

// Args returns the command-line arguments, the program's name first.
func Args() []string

// Exit ends the process with status code, running nothing more.
func Exit(code int)

// Stat_t is what Stat keeps of struct stat.
type Stat_t struct {
	Size      int64
	Mode      int64 // st_mode: the S_IF* type bits and permissions
	MtimeSec  int64
	MtimeNsec int64
	Dev       int64
	Ino       int64
}

// The file types of Stat_t.Mode.
const (
	S_IFMT   = 0xf000
	S_IFSOCK = 0xc000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFBLK  = 0x6000
	S_IFDIR  = 0x4000
	S_IFCHR  = 0x2000
	S_IFIFO  = 0x1000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
)

// An Errno is an error number of the operating system.
type Errno uintptr

// Error numbers that os tests.
const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	ESRCH     Errno = 3
	EINTR     Errno = 4
	ENOEXEC   Errno = 8
	ECHILD    Errno = 10
	EXDEV     Errno = 18
	EPIPE     Errno = 32
	ENOSYS    Errno = 38
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	ENOTEMPTY Errno = 39
)

// errnoTexts holds Linux's error texts as Go's syscall writes them.
var errnoTexts = [...]string{
	1:  "operation not permitted",
	2:  "no such file or directory",
	3:  "no such process",
	4:  "interrupted system call",
	5:  "input/output error",
	6:  "no such device or address",
	7:  "argument list too long",
	8:  "exec format error",
	9:  "bad file descriptor",
	10: "no child processes",
	11: "resource temporarily unavailable",
	12: "cannot allocate memory",
	13: "permission denied",
	14: "bad address",
	15: "block device required",
	16: "device or resource busy",
	17: "file exists",
	18: "invalid cross-device link",
	19: "no such device",
	20: "not a directory",
	21: "is a directory",
	22: "invalid argument",
	23: "too many open files in system",
	24: "too many open files",
	25: "inappropriate ioctl for device",
	26: "text file busy",
	27: "file too large",
	28: "no space left on device",
	29: "illegal seek",
	30: "read-only file system",
	31: "too many links",
	32: "broken pipe",
	33: "numerical argument out of domain",
	34: "numerical result out of range",
	35: "resource deadlock avoided",
	36: "file name too long",
	37: "no locks available",
	38: "function not implemented",
	39: "directory not empty",
	40: "too many levels of symbolic links",
}

// Error returns the system's text for e, as Go words it.
func (e Errno) Error() string {
	if e < Errno(len(errnoTexts)) && errnoTexts[e] != "" {
		return errnoTexts[e]
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match an Errno with the oserror value it means.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Result splits a primitive's result into a value and an error.
func Result(r int) (int, error) {
	if r < 0 {
		return 0, Errno(-r)
	}
	return r, nil
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n == 0 {
		return "0"
	}
	var digits [20]byte
	i := len(digits)
	for ; n > 0; n /= 10 {
		i--
		digits[i] = byte('0' + n%10)
	}
	return string(digits[i:])
}
