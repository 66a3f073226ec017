// Package runtime is the Go side of minigo's runtime: the scheduler's and the
// collector's knobs, the program's stack as Caller, Callers, FuncForPC and Stack see
// it, and the constants describing the target.
//
// The functions declared without a body are supplied by the C runtime
// (minigo/runtime: sched.c, gc.c, finalizer.c, traceback.c), each a call of the
// runtime function codegen/runtime_abi.py's BODYLESS_FUNCTIONS names; SetFinalizer
// is lowered at each call instead, since it needs the finalizer's static type.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary:
// minigo builds the programs gc builds, with gc's behaviour, and satisfies the gc
// build tag, so it gives gc's name.
const Compiler = "gc"

// Version returns the Go version minigo implements, as gc's runtime.Version does.
func Version() string { return "go1.19" }

// Error identifies a run time error: the values recover returns for an index out of
// range, a nil dereference, a failed type assertion and the like.
type Error interface {
	error

	// RuntimeError is a no-op function that distinguishes run time errors from
	// ordinary errors.
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run. It does not
// suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its deferred
// calls; no other goroutine is affected.  Called from the main goroutine, the
// program goes on until the other goroutines end, and then fails.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously
// and returns the previous setting; n < 1 only reads it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// KeepAlive marks its argument as currently reachable: the object is not freed, and
// its finalizer not run, before the point in the program where KeepAlive is called.
func KeepAlive(x interface{})

// SetFinalizer sets the finalizer associated with obj, a pointer to an object
// allocated by new, a composite literal or make, to finalizer, a func taking a
// single argument to which obj's type can be assigned, or nil to clear it. When the
// collector finds obj unreachable, it runs finalizer(obj) in a goroutine of its own.
//
// minigo lowers each call where it is written (its checks need the finalizer's
// static type); called through a func value, it panics.
func SetFinalizer(obj interface{}, finalizer interface{})
