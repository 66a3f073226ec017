// Package syscall is the part of Go's syscall package programs reach for
// beside os: signal numbers and their names, Kill, the process ids, Errno
// values and the wait status. It is written over stdlib/internal/syscall,
// whose types it aliases, so os's values are this package's.
package syscall

import sys "internal/syscall"

// A Signal is a signal number; it implements os.Signal.
type Signal = sys.Signal

// An Errno is an error number of the operating system.
type Errno = sys.Errno

// WaitStatus is how a child process ended, as wait4 reports it.
type WaitStatus = sys.WaitStatus

// SysProcAttr holds system-specific process attributes (none here).
type SysProcAttr = sys.SysProcAttr

// Linux's signals.
const (
	SIGHUP    = sys.SIGHUP
	SIGINT    = sys.SIGINT
	SIGQUIT   = sys.SIGQUIT
	SIGILL    = sys.SIGILL
	SIGTRAP   = sys.SIGTRAP
	SIGABRT   = sys.SIGABRT
	SIGBUS    = sys.SIGBUS
	SIGFPE    = sys.SIGFPE
	SIGKILL   = sys.SIGKILL
	SIGUSR1   = sys.SIGUSR1
	SIGSEGV   = sys.SIGSEGV
	SIGUSR2   = sys.SIGUSR2
	SIGPIPE   = sys.SIGPIPE
	SIGALRM   = sys.SIGALRM
	SIGTERM   = sys.SIGTERM
	SIGSTKFLT = sys.SIGSTKFLT
	SIGCHLD   = sys.SIGCHLD
	SIGCONT   = sys.SIGCONT
	SIGSTOP   = sys.SIGSTOP
	SIGTSTP   = sys.SIGTSTP
	SIGTTIN   = sys.SIGTTIN
	SIGTTOU   = sys.SIGTTOU
	SIGURG    = sys.SIGURG
	SIGXCPU   = sys.SIGXCPU
	SIGXFSZ   = sys.SIGXFSZ
	SIGVTALRM = sys.SIGVTALRM
	SIGPROF   = sys.SIGPROF
	SIGWINCH  = sys.SIGWINCH
	SIGIO     = sys.SIGIO
	SIGPWR    = sys.SIGPWR
	SIGSYS    = sys.SIGSYS
)

// Error numbers.
const (
	EPERM     = sys.EPERM
	ENOENT    = sys.ENOENT
	ESRCH     = sys.ESRCH
	EINTR     = sys.EINTR
	ENOEXEC   = sys.ENOEXEC
	EBADF     = sys.EBADF
	ECHILD    = sys.ECHILD
	EAGAIN    = sys.EAGAIN
	EACCES    = sys.EACCES
	EEXIST    = sys.EEXIST
	EXDEV     = sys.EXDEV
	ENOTDIR   = sys.ENOTDIR
	EISDIR    = sys.EISDIR
	EINVAL    = sys.EINVAL
	EPIPE     = sys.EPIPE
	ENOSYS    = sys.ENOSYS
	ENOTEMPTY = sys.ENOTEMPTY
)

// The standard descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Kill sends sig to the process pid.
func Kill(pid int, sig Signal) error {
	_, err := sys.Result(sys.Syscall(sys.SYS_KILL, pid, int(sig), 0))
	return err
}

// Getpid returns the process id.
func Getpid() int { return sys.Syscall(sys.SYS_GETPID, 0, 0, 0) }

// Getppid returns the parent's process id.
func Getppid() int { return sys.Syscall(sys.SYS_GETPPID, 0, 0, 0) }

// Getuid returns the user id.
func Getuid() int { return sys.Syscall(sys.SYS_GETUID, 0, 0, 0) }

// Exit ends the process with status code at once.
func Exit(code int) { sys.Exit(code) }
