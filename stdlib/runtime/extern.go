package runtime

// Caller reports file and line number information about function invocations on
// the calling goroutine's stack. skip is the number of stack frames to ascend, 0
// identifying the caller of Caller; a call LLVM inlined counts as a frame, as in gc.
// ok is false if it was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [maxInlined + 1]uintptr // enough for every frame inlined at one pc
	n := callers(skip, pcs[:])
	if n == 0 {
		return 0, "", 0, false
	}
	frame, _ := CallersFrames(pcs[:n]).Next()
	return pcs[0], frame.File, frame.Line, true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack, one for each frame (a frame inlined
// at a call repeats its pc). skip is the number of frames to skip before recording
// in pc: minigo does not record runtime's own frames, so 0 and 1 both start with
// Callers' caller. It returns the number of entries written; use CallersFrames to
// turn them into function, file and line.
func Callers(skip int, pc []uintptr) int {
	if skip > 0 {
		skip--
	}
	return callers(skip, pc)
}

// Stack formats a stack trace of the calling goroutine into buf and returns the
// number of bytes written to buf. If all is true, Stack formats stack traces of all
// other goroutines into buf after the trace for the current goroutine.
func Stack(buf []byte, all bool) int {
	return stack(buf, all)
}

// maxInlined is the most frames the runtime reports at one machine frame (traceback.c).
const maxInlined = 16

// what pcFrameText returns (traceback.c FRAME_FUNCTION, FRAME_FILE)
const (
	frameFunction = 0
	frameFile     = 1
)

// callers stores the return address of each logical frame above the caller, runtime's
// own frames left out, after skipping skip of them; returns how many it stored.
func callers(skip int, pcs []uintptr) int

// pcFrames returns how many logical frames are at return address pc, innermost first
// (0 when pc is not Go code).
func pcFrames(pc uintptr) int

// pcFrameText returns the function's name or file of the index-th logical frame at
// pc, a return address if isReturn.
func pcFrameText(pc uintptr, isReturn bool, index, field int) string

// pcFrameLine returns the line of the index-th logical frame at pc.
func pcFrameLine(pc uintptr, isReturn bool, index int) int

// pcEntry returns the entry address of the function holding pc, 0 if none.
func pcEntry(pc uintptr) uintptr

// stack writes the calling goroutine's traceback (then the others', if all) into buf.
func stack(buf []byte, all bool) int
