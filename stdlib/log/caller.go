package log

import "runtime"

// caller names the place depth frames above caller itself (1: its caller), as
// runtime.Caller(depth) in its caller would; gc writes "???" and line 0 when the
// frame is unknown.
func caller(depth int) (file string, line int) {
	_, file, line, ok := runtime.Caller(depth)
	if !ok {
		return "???", 0
	}
	return file, line
}
