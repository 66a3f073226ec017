// The bodies minigo's compiler supplies for internal/syscall's generic
// calls, process start and signals (calls.go), written over Go's syscall
// and os/signal packages for tests/stdlib_gc.py. minigo never compiles
// this file.
package syscall

import (
	"os"
	"os/signal"
	realsyscall "syscall"
	"unsafe"
)

func call(trap uintptr, a1, a2, a3, a4 uintptr) int {
	for {
		r, _, e := realsyscall.Syscall6(trap, a1, a2, a3, a4, 0, 0)
		if e == realsyscall.EINTR {
			continue
		}
		if e != 0 {
			return -int(e)
		}
		return int(r)
	}
}

func cPath(path string) uintptr {
	p, err := realsyscall.BytePtrFromString(path)
	if err != nil {
		return 0
	}
	return uintptr(unsafe.Pointer(p))
}

// Syscall makes the call trap(a1, a2, a3).
func Syscall(trap, a1, a2, a3 int) int {
	return call(uintptr(trap), uintptr(a1), uintptr(a2), uintptr(a3), 0)
}

// SyscallBuf makes the call trap(a1, buf, n, a4).
func SyscallBuf(trap, a1 int, buf *byte, n, a4 int) int {
	return call(uintptr(trap), uintptr(a1), uintptr(unsafe.Pointer(buf)), uintptr(n), uintptr(a4))
}

// SyscallPtr makes the call trap(p, a2, a3).
func SyscallPtr(trap int, p *byte, a2, a3 int) int {
	return call(uintptr(trap), uintptr(unsafe.Pointer(p)), uintptr(a2), uintptr(a3), 0)
}

// SyscallPath makes the call trap(path, buf, a2) or trap(path, a2, a3).
func SyscallPath(trap int, path string, buf *byte, a2, a3 int) int {
	if buf != nil {
		return call(uintptr(trap), cPath(path), uintptr(unsafe.Pointer(buf)), uintptr(a2), 0)
	}
	return call(uintptr(trap), cPath(path), uintptr(a2), uintptr(a3), 0)
}

// SyscallPath2 makes the call trap(path1, path2).
func SyscallPath2(trap int, path1, path2 string) int {
	return call(uintptr(trap), cPath(path1), cPath(path2), 0, 0)
}

// ForkExec starts the program path.
func ForkExec(path string, argv, envv []string, dir string, fds *[3]int) int {
	files := []uintptr{uintptr(fds[0]), uintptr(fds[1]), uintptr(fds[2])}
	pid, err := realsyscall.ForkExec(path, argv, &realsyscall.ProcAttr{Dir: dir, Env: envv, Files: files})
	if err != nil {
		return -int(err.(realsyscall.Errno))
	}
	return pid
}

var (
	caught       = make(chan os.Signal, 64)
	dispositions = map[int]int{}
)

// SetSignal sets what the process does on signal sig.
func SetSignal(sig, how int) int {
	s := realsyscall.Signal(sig)
	previous, known := dispositions[sig]
	if !known && signal.Ignored(s) {
		previous = SignalIgnore
	}
	switch how {
	case SignalCatch:
		signal.Notify(caught, s)
	case SignalDefault:
		signal.Reset(s)
	case SignalIgnore:
		signal.Ignore(s)
	default:
		return previous
	}
	dispositions[sig] = how
	return previous
}

// SignalRecv waits for the next caught signal.
func SignalRecv() int {
	sig := <-caught
	return int(sig.(realsyscall.Signal))
}
