// Package exec runs other programs, as Go's os/exec: a Cmd names the
// program, its arguments, environment, folder and standard streams; Run,
// Start and Wait, Output and CombinedOutput run it; pipes connect to it.
//
// A stream that is not an *os.File is connected through an os.Pipe and a
// goroutine copying between the pipe and the Reader or Writer; Wait waits
// for those goroutines after the process has exited. The process itself is
// os.StartProcess (fork and exec in minigo's runtime) and Process.Wait
// (wait4, which releases the P while it blocks).
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Error is what LookPath returns when it finds no program.
type Error struct {
	Name string
	Err  error
}

// Error returns `exec: "name": err`.
func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound means that no executable file was found in $PATH.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot means that the program was found through a relative entry of $PATH.
var ErrDot = errors.New("cannot run executable found relative to current directory")

// An ExitError reports a process that did not exit with status 0.
type ExitError struct {
	*os.ProcessState
	// Stderr holds standard error output Output collected, if it did.
	Stderr []byte
}

// Error returns how the process ended: "exit status 3".
func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd is a program to run, or running.
type Cmd struct {
	Path        string
	Args        []string
	Env         []string
	Dir         string
	Stdin       io.Reader
	Stdout      io.Writer
	Stderr      io.Writer
	ExtraFiles  []*os.File
	SysProcAttr *syscall.SysProcAttr

	Process      *os.Process
	ProcessState *os.ProcessState

	// Err holds the error of LookPath in Command, if any; Start returns it.
	Err error

	ctx             context.Context
	finished        bool
	childFiles      []*os.File
	closeAfterStart []io.Closer
	closeAfterWait  []io.Closer
	goroutines      []func() error
	errch           chan error
	waitDone        chan struct{}
}

// Command returns a Cmd running name with the arguments arg; a name
// without a slash is looked up in $PATH.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			cmd.Path = lp
		}
		if err != nil {
			cmd.Err = err
		}
	}
	return cmd
}

// CommandContext is Command whose process is killed when ctx is done.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	return cmd
}

// String describes the command: its path and arguments.
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	var b strings.Builder
	b.WriteString(c.Path)
	for _, a := range c.Args[1:] {
		b.WriteByte(' ')
		b.WriteString(a)
	}
	return b.String()
}

// Environ returns the environment the command runs with.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

func (c *Cmd) environ() ([]string, error) {
	var err error
	env := c.Env
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if pwd, absErr := filepath.Abs(c.Dir); absErr == nil {
				env = append(env, "PWD="+pwd)
			} else {
				err = absErr
			}
		}
	}
	return dedupEnv(env), err
}

// dedupEnv keeps each key once, where it first appears, with its last value.
func dedupEnv(env []string) []string {
	out := make([]string, 0, len(env))
	seen := make(map[string]int, len(env))
	for _, kv := range env {
		i := strings.IndexByte(kv, '=')
		if i < 0 {
			out = append(out, kv)
			continue
		}
		if at, ok := seen[kv[:i]]; ok {
			out[at] = kv
			continue
		}
		seen[kv[:i]] = len(out)
		out = append(out, kv)
	}
	return out
}

func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// Run starts the command and waits for it to finish.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

func closeAll(closers []io.Closer) {
	for _, c := range closers {
		c.Close()
	}
}

// Start starts the command; Wait waits for it.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		closeAll(c.closeAfterStart)
		closeAll(c.closeAfterWait)
		return c.Err
	}
	if c.Process != nil {
		return errors.New("exec: already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			closeAll(c.closeAfterStart)
			closeAll(c.closeAfterWait)
			return c.ctx.Err()
		default:
		}
	}
	for _, setup := range []func() (*os.File, error){c.stdin, c.stdout, c.stderr} {
		f, err := setup()
		if err != nil {
			closeAll(c.closeAfterStart)
			closeAll(c.closeAfterWait)
			return err
		}
		c.childFiles = append(c.childFiles, f)
	}
	c.childFiles = append(c.childFiles, c.ExtraFiles...)
	env, err := c.environ()
	if err != nil {
		return err
	}
	c.Process, err = os.StartProcess(c.Path, c.argv(), &os.ProcAttr{
		Dir: c.Dir, Files: c.childFiles, Env: env, Sys: c.SysProcAttr,
	})
	if err != nil {
		closeAll(c.closeAfterStart)
		closeAll(c.closeAfterWait)
		return err
	}
	closeAll(c.closeAfterStart)
	if len(c.goroutines) > 0 {
		c.errch = make(chan error, len(c.goroutines))
		for _, fn := range c.goroutines {
			go func(fn func() error) { c.errch <- fn() }(fn)
		}
	}
	if c.ctx != nil {
		c.waitDone = make(chan struct{})
		go func() {
			select {
			case <-c.ctx.Done():
				c.Process.Kill()
			case <-c.waitDone:
			}
		}()
	}
	return nil
}

func (c *Cmd) stdin() (*os.File, error) {
	if c.Stdin == nil {
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, err
		}
		c.closeAfterStart = append(c.closeAfterStart, f)
		return f, nil
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfterStart = append(c.closeAfterStart, pr)
	c.closeAfterWait = append(c.closeAfterWait, pw)
	c.goroutines = append(c.goroutines, func() error {
		_, err := io.Copy(pw, c.Stdin)
		if errors.Is(err, syscall.EPIPE) {
			err = nil
		}
		if err1 := pw.Close(); err == nil {
			err = err1
		}
		return err
	})
	return pr, nil
}

func (c *Cmd) stdout() (*os.File, error) { return c.writerDescriptor(c.Stdout) }

func (c *Cmd) stderr() (*os.File, error) {
	if c.Stderr != nil && sameWriter(c.Stderr, c.Stdout) {
		return c.childFiles[1], nil
	}
	return c.writerDescriptor(c.Stderr)
}

// sameWriter reports whether a and b are the same writer (false for
// writers that cannot be compared).
func sameWriter(a, b io.Writer) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

func (c *Cmd) writerDescriptor(w io.Writer) (*os.File, error) {
	if w == nil {
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		c.closeAfterStart = append(c.closeAfterStart, f)
		return f, nil
	}
	if f, ok := w.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	c.goroutines = append(c.goroutines, func() error {
		_, err := io.Copy(w, pr)
		pr.Close()
		return err
	})
	return pw, nil
}

// Wait waits for the started command to exit and for its streams' copying
// to end. A status other than 0 is an *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	state, err := c.Process.Wait()
	if c.waitDone != nil {
		close(c.waitDone)
	}
	c.ProcessState = state
	var copyError error
	for range c.goroutines {
		if err := <-c.errch; err != nil && copyError == nil {
			copyError = err
		}
	}
	closeAll(c.closeAfterWait)
	if err != nil {
		return err
	}
	if !state.Success() {
		return &ExitError{ProcessState: state}
	}
	return copyError
}

// Output runs the command and returns its standard output; an *ExitError
// carries what it wrote to standard error, if Stderr was not set.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	saver, capture := (*prefixSuffixSaver)(nil), c.Stderr == nil
	if capture {
		saver = &prefixSuffixSaver{N: 32 << 10}
		c.Stderr = saver
	}
	err := c.Run()
	if err != nil && capture {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = saver.Bytes()
		}
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its standard output and
// standard error, interleaved as written.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// StdinPipe returns a pipe to the command's standard input; Wait closes it.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	c.closeAfterStart = append(c.closeAfterStart, pr)
	wc := &closeOnce{File: pw}
	c.closeAfterWait = append(c.closeAfterWait, wc)
	return wc, nil
}

// StdoutPipe returns a pipe from the command's standard output; Wait
// closes it, so read everything before calling Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	return pr, nil
}

// StderrPipe returns a pipe from the command's standard error; Wait
// closes it.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = pw
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	return pr, nil
}

type closeOnce struct {
	*os.File
	closed bool
	err    error
}

func (c *closeOnce) Close() error {
	if !c.closed {
		c.closed = true
		c.err = c.File.Close()
	}
	return c.err
}

// prefixSuffixSaver keeps the first and last N bytes written to it, and
// how many it dropped between them.
type prefixSuffixSaver struct {
	N       int
	prefix  []byte
	suffix  []byte // a ring once full
	start   int    // the ring's oldest byte
	skipped int64
}

func (w *prefixSuffixSaver) Write(p []byte) (int, error) {
	n := len(p)
	if room := w.N - len(w.prefix); room > 0 {
		if room > len(p) {
			room = len(p)
		}
		w.prefix = append(w.prefix, p[:room]...)
		p = p[room:]
	}
	for len(p) > 0 {
		if len(w.suffix) < w.N {
			take := w.N - len(w.suffix)
			if take > len(p) {
				take = len(p)
			}
			w.suffix = append(w.suffix, p[:take]...)
			p = p[take:]
			continue
		}
		w.skipped++
		w.suffix[w.start] = p[0]
		w.start = (w.start + 1) % w.N
		p = p[1:]
	}
	return n, nil
}

func (w *prefixSuffixSaver) Bytes() []byte {
	if w.suffix == nil {
		return w.prefix
	}
	if w.skipped == 0 {
		return append(append([]byte(nil), w.prefix...), w.suffix...)
	}
	var b bytes.Buffer
	b.Write(w.prefix)
	b.WriteString("\n... omitting ")
	b.WriteString(strconv.FormatInt(w.skipped, 10))
	b.WriteString(" bytes ...\n")
	b.Write(w.suffix[w.start:])
	b.Write(w.suffix[:w.start])
	return b.Bytes()
}

// LookPath finds the executable file named file: itself if it has a
// slash, else in the folders of $PATH.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		if err := findExecutable(file); err != nil {
			return "", &Error{file, err}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "."
		}
		path := filepath.Join(dir, file)
		if err := findExecutable(path); err == nil {
			if !filepath.IsAbs(path) {
				return path, &Error{file, ErrDot}
			}
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

func findExecutable(file string) error {
	d, err := os.Stat(file)
	if err != nil {
		return err
	}
	if m := d.Mode(); !m.IsDir() && m&0111 != 0 {
		return nil
	}
	return fs.ErrPermission
}
