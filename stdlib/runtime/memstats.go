package runtime

// A MemStats records statistics about the memory allocator, laid out field for field
// as Go 1.19's (minigo/runtime/gc.c fills it).
type MemStats struct {
	Alloc         uint64 // bytes of allocated heap objects
	TotalAlloc    uint64 // cumulative bytes allocated for heap objects
	Sys           uint64 // total bytes of memory obtained from the OS
	Lookups       uint64 // number of pointer lookups performed by the runtime
	Mallocs       uint64 // cumulative count of heap objects allocated
	Frees         uint64 // cumulative count of heap objects freed
	HeapAlloc     uint64 // bytes of allocated heap objects
	HeapSys       uint64 // bytes of heap memory obtained from the OS
	HeapIdle      uint64 // bytes in idle (unused) spans
	HeapInuse     uint64 // bytes in in-use spans
	HeapReleased  uint64 // bytes of physical memory returned to the OS
	HeapObjects   uint64 // number of allocated heap objects
	StackInuse    uint64 // bytes in stack spans
	StackSys      uint64 // bytes of stack memory obtained from the OS
	MSpanInuse    uint64 // bytes of allocated mspan structures
	MSpanSys      uint64 // bytes of memory obtained from the OS for mspan structures
	MCacheInuse   uint64 // bytes of allocated mcache structures
	MCacheSys     uint64 // bytes of memory obtained from the OS for mcache structures
	BuckHashSys   uint64 // bytes of memory in profiling bucket hash tables
	GCSys         uint64 // bytes of memory in garbage collection metadata
	OtherSys      uint64 // bytes of memory in miscellaneous off-heap runtime allocations
	NextGC        uint64 // target heap size of the next GC cycle
	LastGC        uint64 // time the last garbage collection finished, in nanoseconds since 1970
	PauseTotalNs  uint64 // cumulative nanoseconds in GC stop-the-world pauses
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32 // number of completed GC cycles
	NumForcedGC   uint32 // number of GC cycles forced by the application calling GC
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

func readMemStats(m *MemStats)
