package runtime

// A Func represents a Go function in the running binary.
type Func struct {
	pc uintptr // where FuncForPC was asked: the innermost function there is this one
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil. If pc is in code LLVM inlined, it describes the
// innermost inlined function, with the entry of the function it was inlined into.
func FuncForPC(pc uintptr) *Func {
	if pcEntry(pc) == 0 {
		return nil
	}
	return &Func{pc}
}

// Name returns the name of the function ("main.main", "main.(*T).M").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return pcFrameText(f.lookupPC(), false, 0, frameFunction)
}

// lookupPC is where to look f up: a return address (what Caller and Callers give)
// may already lie in the code of the next line, and under inlining in another
// function, so the byte before it is asked, unless f.pc is the function's entry.
func (f *Func) lookupPC() uintptr {
	if pcEntry(f.pc) == f.pc {
		return f.pc
	}
	return f.pc - 1
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return pcEntry(f.pc)
}

// FileLine returns the file name and line number of the source code corresponding
// to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFrameText(pc, false, 0, frameFile), pcFrameLine(pc, false, 0)
}

// Frames may be used to get function/file/line information for a slice of PC
// values returned by Callers.
type Frames struct {
	pcs   []uintptr
	depth int // the next frame's index among those at pcs[0], innermost first
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: a return address
	// for a frame that called another.
	PC uintptr

	// Func is the Func value of this call frame, nil for non-Go code.
	Func *Func

	// Function is the package path-qualified function name of this call frame.
	Function string

	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int

	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with
// the Frames.
func CallersFrames(callers []uintptr) *Frames {
	f := &Frames{pcs: callers}
	f.depth = f.firstDepth()
	return f
}

// firstDepth is the depth of pcs[0]'s frame among those at its pc. Callers writes
// the frames at one pc innermost first, one entry each, so a run of equal entries
// ends with the outermost; a run shorter than the frames there was cut at its start
// by skip.
func (f *Frames) firstDepth() int {
	if len(f.pcs) == 0 {
		return 0
	}
	frames := pcFrames(f.pcs[0])
	run := 1
	for run < len(f.pcs) && f.pcs[run] == f.pcs[0] && run < frames {
		run++
	}
	if frames > run {
		return frames - run
	}
	return 0
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (f *Frames) Next() (frame Frame, more bool) {
	if len(f.pcs) == 0 {
		return Frame{}, false
	}
	pc := f.pcs[0]
	frame = Frame{
		PC:       pc - 1,
		Function: pcFrameText(pc, true, f.depth, frameFunction),
		File:     pcFrameText(pc, true, f.depth, frameFile),
		Line:     pcFrameLine(pc, true, f.depth),
		Entry:    pcEntry(pc - 1),
	}
	if frame.Entry != 0 {
		frame.Func = &Func{pc - 1}
	}
	f.pcs = f.pcs[1:]
	f.depth++
	if f.depth >= pcFrames(pc) || len(f.pcs) == 0 || f.pcs[0] != pc {
		f.depth = f.firstDepth()
	}
	return frame, len(f.pcs) > 0
}
