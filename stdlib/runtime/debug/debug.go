// Package debug contains facilities for programs to debug themselves while they are
// running: stack traces and the collector's and the stack's limits.
package debug

import (
	"os"
	"runtime"
)

// Stack returns a formatted stack trace of the goroutine that calls it, as
// runtime.Stack writes it, with a buffer large enough to capture the entire trace.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetGCPercent sets the garbage collection target percentage: a collection is
// triggered when the ratio of freshly allocated data to live data remaining after
// the previous collection reaches this percentage. It returns the previous setting;
// a negative percentage disables the collector.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection followed by an attempt to return as much
// memory to the operating system as possible.
func FreeOSMemory()

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previous one; a negative input only reads it.
func SetMemoryLimit(limit int64) int64

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack and returns the previous setting; a goroutine going past it dies
// with "fatal error: stack overflow". The initial setting is 1 GB.
func SetMaxStack(bytes int) int
