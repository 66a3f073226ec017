package needsruntime

// Provided is to be supplied by the runtime (no body).
func Provided() int
