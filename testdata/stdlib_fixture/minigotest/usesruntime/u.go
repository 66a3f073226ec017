package usesruntime

import "minigotest/needsruntime"

func Twice() int { return 2 * needsruntime.Provided() }
