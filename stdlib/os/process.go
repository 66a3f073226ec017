package os

import (
	"errors"
	"internal/syscall"
	"sync"
	"time"
)

// A Signal is an operating-system signal: syscall.Signal here.
type Signal interface {
	String() string
	Signal() // to tell signals from other Stringers
}

// The signals every system has: Interrupt (SIGINT) and Kill (SIGKILL).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ErrProcessDone is the error of signalling a process that has finished.
var ErrProcessDone = errors.New("os: process already finished")

// ProcAttr says how StartProcess starts a process.
type ProcAttr struct {
	Dir   string   // working directory; "" for the caller's
	Env   []string // environment; nil for the caller's
	Files []*File  // the child's descriptors 0, 1, 2; nil entries closed
	Sys   *syscall.SysProcAttr
}

// Process is a started process.
type Process struct {
	Pid  int
	mu   sync.Mutex
	done bool
}

// ProcessState describes a process that Wait saw exit.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
}

// StartProcess starts the program name with arguments argv (argv[0] its
// name) as attr says.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	if attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	fds := [3]int{-1, -1, -1}
	for i := 0; i < len(fds) && i < len(attr.Files); i++ {
		if attr.Files[i] != nil {
			fds[i] = attr.Files[i].fd
		}
	}
	pid, err := syscall.Result(syscall.ForkExec(name, argv, env, attr.Dir, &fds))
	if err != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess returns the process pid (on Unix, always a Process).
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }

// Wait waits for the process to exit and describes how it did.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	for {
		pid, err := syscall.Wait4(p.Pid, &status, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &SyscallError{Syscall: "waitid", Err: err}
		}
		p.mu.Lock()
		p.done = true
		p.mu.Unlock()
		return &ProcessState{pid: pid, status: status}, nil
	}
}

// Signal sends sig to the process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if _, err := syscall.Result(syscall.Syscall(syscall.SYS_KILL, p.Pid, int(s), 0)); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return err
	}
	return nil
}

// Kill ends the process at once (SIGKILL).
func (p *Process) Kill() error { return p.Signal(Kill) }

// Release gives up the Process; it cannot be used afterwards.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Pid returns the id of the process that exited.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the process exited by itself.
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the process exited with status 0.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// ExitCode returns the exit status, -1 if a signal ended the process.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// Sys returns the syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns nil: resource usage is not recorded.
func (p *ProcessState) SysUsage() any { return nil }

// UserTime returns 0: resource usage is not recorded.
func (p *ProcessState) UserTime() time.Duration { return 0 }

// SystemTime returns 0: resource usage is not recorded.
func (p *ProcessState) SystemTime() time.Duration { return 0 }

// String describes how the process ended: "exit status 3", "signal: killed".
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	text := ""
	switch {
	case status.Exited():
		text = "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		text = "signal: " + status.Signal().String()
	case status.Stopped():
		text = "stop signal: " + syscall.Signal(status>>8&0xff).String()
	case status.Continued():
		text = "continued"
	}
	if status.CoreDump() {
		text += " (core dumped)"
	}
	return text
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
