package errors

import "minigotest/needsruntime"

func New(text string) error { return nil }

var _ = needsruntime.Provided
