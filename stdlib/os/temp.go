package os

import (
	"errors"
	"internal/syscall"
)

// TempDir returns the folder for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns the user's home folder, $HOME.
func UserHomeDir() (string, error) {
	if dir := Getenv("HOME"); dir != "" {
		return dir, nil
	}
	return "", errors.New("$HOME is not defined")
}

// Hostname returns the kernel's name for the host.
func Hostname() (name string, err error) {
	data, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	return trimSuffix(string(data), "\n"), nil
}

// Executable returns the path of the running program.
func Executable() (string, error) {
	path, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return trimSuffix(path, " (deleted)"), nil
}

// Getpid returns the process id.
func Getpid() int { return syscall.Syscall(syscall.SYS_GETPID, 0, 0, 0) }

// Getppid returns the parent's process id.
func Getppid() int { return syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0) }

// Getuid returns the user id.
func Getuid() int { return syscall.Syscall(syscall.SYS_GETUID, 0, 0, 0) }

// Geteuid returns the effective user id.
func Geteuid() int { return syscall.Syscall(syscall.SYS_GETEUID, 0, 0, 0) }

// Getgid returns the group id.
func Getgid() int { return syscall.Syscall(syscall.SYS_GETGID, 0, 0, 0) }

// Getpagesize returns the memory page size.
func Getpagesize() int { return 4096 }

var errPatternHasSeparator = errors.New("pattern contains path separator")

// CreateTemp creates a new file in dir (TempDir() if "") named by pattern,
// its last "*" (or its end) replaced by a random number, opened for
// reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitTempPattern("createtemp", pattern)
	if err != nil {
		return nil, err
	}
	prefix = joinTempPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new folder in dir (TempDir() if "") named by
// pattern as CreateTemp names files, and returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitTempPattern("mkdirtemp", pattern)
	if err != nil {
		return "", err
	}
	prefix = joinTempPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

func splitTempPattern(op, pattern string) (prefix, suffix string, err error) {
	star := -1
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case PathSeparator:
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		case '*':
			star = i
		}
	}
	if star >= 0 {
		return pattern[:star], pattern[star+1:], nil
	}
	return pattern, "", nil
}

func joinTempPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == PathSeparator {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// nextRandom is a random decimal number, from getrandom.
func nextRandom() string {
	var b [4]byte
	syscall.SyscallPtr(syscall.SYS_GETRANDOM, &b[0], len(b), 0)
	n := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	var digits [10]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(digits[i:])
		}
	}
}

// trimSuffix is strings.TrimSuffix (os does not import strings, as gc's).
func trimSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)]
	}
	return s
}
