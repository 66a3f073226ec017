package syscall

// The generic system calls: any call os and its neighbours make beyond the
// named ones above goes through one of these shapes, with Linux amd64's trap
// number (SYS_*). Each returns the call's result or minus the errno, and
// releases the goroutine's P while the call blocks.

// Syscall makes the call trap(a1, a2, a3), integer arguments only.
func Syscall(trap, a1, a2, a3 int) int

// SyscallBuf makes the call trap(a1, buf, n, a4): pread64, getdents64, wait4.
func SyscallBuf(trap, a1 int, buf *byte, n, a4 int) int

// SyscallPtr makes the call trap(p, a2, a3): getrandom, pipe2.
func SyscallPtr(trap int, p *byte, a2, a3 int) int

// SyscallPath makes the call trap(path, buf, a2) when buf is not nil
// (readlink), else trap(path, a2, a3).
func SyscallPath(trap int, path string, buf *byte, a2, a3 int) int

// SyscallPath2 makes the call trap(path1, path2): rename, link, symlink.
func SyscallPath2(trap int, path1, path2 string) int

// ForkExec starts the program path with argv and envv in dir ("": the
// current one), its descriptors 0, 1 and 2 being fds's (-1: closed): the
// child's pid.
func ForkExec(path string, argv, envv []string, dir string, fds *[3]int) int

// SetSignal sets what the process does on signal sig (how: SignalQuery,
// SignalDefault, SignalCatch, SignalIgnore): the previous disposition.
func SetSignal(sig, how int) int

// SignalRecv waits for the next caught signal: its number.
func SignalRecv() int

// Dispositions of SetSignal.
const (
	SignalQuery   = -1
	SignalDefault = 0
	SignalCatch   = 1
	SignalIgnore  = 2
)

// Linux amd64's system call numbers.
const (
	SYS_LSEEK      = 8
	SYS_PREAD64    = 17
	SYS_PWRITE64   = 18
	SYS_GETPID     = 39
	SYS_WAIT4      = 61
	SYS_KILL       = 62
	SYS_FSYNC      = 74
	SYS_TRUNCATE   = 76
	SYS_FTRUNCATE  = 77
	SYS_RENAME     = 82
	SYS_LINK       = 86
	SYS_SYMLINK    = 88
	SYS_READLINK   = 89
	SYS_CHMOD      = 90
	SYS_FCHMOD     = 91
	SYS_GETUID     = 102
	SYS_GETGID     = 104
	SYS_GETEUID    = 107
	SYS_GETPPID    = 110
	SYS_GETDENTS64 = 217
	SYS_PIPE2      = 293
	SYS_GETRANDOM  = 318
)

// Flags of pipe2 and wait4.
const (
	O_CLOEXEC = 0x80000
	WNOHANG   = 0x1
)

// A Signal is a signal number, as Go's syscall.Signal.
type Signal int

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

// String returns the system's name of the signal, as Go words it.
func (s Signal) String() string {
	if s >= 0 && int(s) < len(signalTexts) && signalTexts[s] != "" {
		return signalTexts[s]
	}
	return "signal " + itoa(int(s))
}

// Linux's signals.
const (
	SIGHUP    Signal = 1
	SIGINT    Signal = 2
	SIGQUIT   Signal = 3
	SIGILL    Signal = 4
	SIGTRAP   Signal = 5
	SIGABRT   Signal = 6
	SIGBUS    Signal = 7
	SIGFPE    Signal = 8
	SIGKILL   Signal = 9
	SIGUSR1   Signal = 10
	SIGSEGV   Signal = 11
	SIGUSR2   Signal = 12
	SIGPIPE   Signal = 13
	SIGALRM   Signal = 14
	SIGTERM   Signal = 15
	SIGSTKFLT Signal = 16
	SIGCHLD   Signal = 17
	SIGCONT   Signal = 18
	SIGSTOP   Signal = 19
	SIGTSTP   Signal = 20
	SIGTTIN   Signal = 21
	SIGTTOU   Signal = 22
	SIGURG    Signal = 23
	SIGXCPU   Signal = 24
	SIGXFSZ   Signal = 25
	SIGVTALRM Signal = 26
	SIGPROF   Signal = 27
	SIGWINCH  Signal = 28
	SIGIO     Signal = 29
	SIGPWR    Signal = 30
	SIGSYS    Signal = 31
)

// NSIG bounds the signal numbers (the real-time ones included).
const NSIG = 65

var signalTexts = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// WaitStatus is the status wait4 reports of a child.
type WaitStatus uint32

// Exited reports whether the child exited by itself.
func (w WaitStatus) Exited() bool { return w&0x7f == 0 }

// ExitStatus is the child's exit code, -1 unless it exited.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>8) & 0xff
}

// Signaled reports whether a signal killed the child.
func (w WaitStatus) Signaled() bool { return w&0x7f != 0x7f && w&0x7f != 0 }

// Signal is the signal that killed the child, -1 if none.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & 0x7f)
}

// CoreDump reports whether the killed child dumped core.
func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&0x80 != 0 }

// Stopped reports whether the child is stopped.
func (w WaitStatus) Stopped() bool { return w&0xff == 0x7f }

// Continued reports whether the child was continued.
func (w WaitStatus) Continued() bool { return w == 0xffff }

// Wait4 waits for the child pid to change state: its pid, the status in *status.
func Wait4(pid int, status *WaitStatus, options int) (int, error) {
	var buf [4]byte
	r, err := Result(SyscallBuf(SYS_WAIT4, pid, &buf[0], options, 0))
	*status = WaitStatus(uint32(buf[0]) | uint32(buf[1])<<8 | uint32(buf[2])<<16 | uint32(buf[3])<<24)
	return r, err
}

// Pipe makes a pipe, both ends close-on-exec: the read end, then the write end.
func Pipe() (r, w int, err error) {
	var buf [8]byte
	if _, err := Result(SyscallPtr(SYS_PIPE2, &buf[0], O_CLOEXEC, 0)); err != nil {
		return -1, -1, err
	}
	return int(le32(buf[0:4])), int(le32(buf[4:8])), nil
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Dirent is one entry of a directory as getdents64 lists it.
type Dirent struct {
	Name string
	Type byte // DT_*
}

// The file types of Dirent.Type.
const (
	DT_UNKNOWN = 0
	DT_FIFO    = 1
	DT_CHR     = 2
	DT_DIR     = 4
	DT_BLK     = 6
	DT_REG     = 8
	DT_LNK     = 10
	DT_SOCK    = 12
)

// ReadDirents reads the next entries of the directory fd into buf and
// returns them, "." and ".." left out; none at the end.
func ReadDirents(fd int, buf []byte) ([]Dirent, error) {
	for {
		n, err := Result(SyscallBuf(SYS_GETDENTS64, fd, &buf[0], len(buf), 0))
		if err != nil || n == 0 {
			return nil, err
		}
		var entries []Dirent
		for at := 0; at < n; {
			reclen := int(buf[at+16]) | int(buf[at+17])<<8
			name := buf[at+19 : at+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			if s := string(name); s != "." && s != ".." {
				entries = append(entries, Dirent{Name: s, Type: buf[at+18]})
			}
			at += reclen
		}
		if len(entries) > 0 {
			return entries, nil
		}
	}
}

// SysProcAttr holds system-specific process attributes (none here).
type SysProcAttr struct{}
