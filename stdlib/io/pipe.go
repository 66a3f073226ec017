package io

import "errors"

// ErrClosedPipe is the error of a read or write on a closed pipe end.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the state both ends share. A Write hands its bytes to Reads
// over the data channel, one slice at a time, and waits on consumed for
// how many each Read took; done closes when either end is closed. Locks
// are one-slot channels, so the package needs nothing but channels.
type pipe struct {
	writing  chan struct{} // held by a Write for its whole duration
	state    chan struct{} // guards readErr, writeErr and the closing of done
	data     chan []byte
	consumed chan int
	done     chan struct{}
	closed   bool
	readErr  error // why the read end was closed
	writeErr error // why the write end was closed
}

func lock(m chan struct{})   { m <- struct{}{} }
func unlock(m chan struct{}) { <-m }

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case chunk := <-p.data:
		n := copy(b, chunk)
		p.consumed <- n
		return n, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		lock(p.writing)
		defer unlock(p.writing)
	}
	// An empty write still waits for one Read, as a rendezvous.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			taken := <-p.consumed
			b = b[taken:]
			n += taken
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

// readCloseError is what a Read sees after closing: the writer's error if
// only the writer closed (EOF for a plain Close), else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	lock(p.state)
	defer unlock(p.state)
	if p.readErr == nil && p.writeErr != nil {
		return p.writeErr
	}
	return ErrClosedPipe
}

// writeCloseError is what a Write sees after closing: the reader's error
// if only the reader closed, else ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	lock(p.state)
	defer unlock(p.state)
	if p.writeErr == nil && p.readErr != nil {
		return p.readErr
	}
	return ErrClosedPipe
}

// close records err for one end (only its first error counts) and closes
// done once.
func (p *pipe) close(errOfEnd *error, err error) {
	lock(p.state)
	defer unlock(p.state)
	if *errOfEnd == nil {
		*errOfEnd = err
	}
	if !p.closed {
		p.closed = true
		close(p.done)
	}
}

// PipeReader is the read end of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads what a Write offers, blocking until a writer writes or the
// pipe is closed (then it returns the writer's close error, EOF by
// default).
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the read end: further Writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the read end: further Writes fail with err
// (ErrClosedPipe if nil). It always returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.close(&r.p.readErr, err)
	return nil
}

// PipeWriter is the write end of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write writes data to the pipe, blocking until Reads have taken all of
// it or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the write end: further Reads return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the write end: further Reads return err (EOF if
// nil). It always returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.close(&w.p.writeErr, err)
	return nil
}

// Pipe makes a synchronous in-memory pipe: each Write blocks until Reads
// have consumed its bytes, with no buffering between them. Reads and
// Writes may come from several goroutines; Writes are not interleaved.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		writing:  make(chan struct{}, 1),
		state:    make(chan struct{}, 1),
		data:     make(chan []byte),
		consumed: make(chan int),
		done:     make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
