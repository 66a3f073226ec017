// runtime.ReadMemStats, runtime.GC and runtime/debug's knobs: the counters move
// the way Go's do (only relations are printed: the numbers themselves differ).
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var keep [][]byte

// allocates 1000 arrays that only the global holds, and reads the statistics
func fill(before, after *runtime.MemStats) {
	runtime.ReadMemStats(before)
	for i := 0; i < 1000; i++ {
		keep = append(keep, make([]byte, 1000))
	}
	runtime.ReadMemStats(after)
}

func main() {
	var before, after runtime.MemStats
	fill(&before, &after)
	fmt.Println("TotalAlloc grew by 1 MB:", after.TotalAlloc-before.TotalAlloc >= 1000*1000)
	fmt.Println("Mallocs grew by 1000:", after.Mallocs-before.Mallocs >= 1000)
	fmt.Println("HeapAlloc holds them:", after.HeapAlloc >= 1000*1000)
	fmt.Println("HeapObjects = Mallocs - Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("HeapInuse <= HeapSys:", after.HeapInuse <= after.HeapSys, "Sys >= HeapSys:", after.Sys >= after.HeapSys)
	fmt.Println("EnableGC:", after.EnableGC)

	keep = nil
	runtime.GC()
	var collected runtime.MemStats
	runtime.ReadMemStats(&collected)
	fmt.Println("NumGC grew:", collected.NumGC > after.NumGC, "forced:", collected.NumForcedGC > after.NumForcedGC)
	fmt.Println("HeapAlloc fell:", collected.HeapAlloc < after.HeapAlloc)
	fmt.Println("Frees grew by 1000:", collected.Frees-after.Frees >= 1000)
	fmt.Println("a pause was recorded:", collected.PauseNs[(collected.NumGC+255)%256] > 0, collected.PauseTotalNs > 0)
	fmt.Println("LastGC set:", collected.LastGC > 0)

	fmt.Println("SetGCPercent:", debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println("SetMemoryLimit:", debug.SetMemoryLimit(64<<20) == math.MaxInt64, debug.SetMemoryLimit(-1), debug.SetMemoryLimit(math.MaxInt64))
	debug.FreeOSMemory()
	var freed runtime.MemStats
	runtime.ReadMemStats(&freed)
	fmt.Println("FreeOSMemory collected:", freed.NumGC > collected.NumGC)
}
