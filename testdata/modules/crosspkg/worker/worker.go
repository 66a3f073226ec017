package worker

import (
	"sync"

	"example.com/crosspkg/zoo"
)

type Result struct {
	ID   int
	Kind zoo.Kind
}

// Run feeds jobs to n goroutines and collects the results in job order.
func Run(kinds []zoo.Kind, n int, f func(zoo.Kind) zoo.Kind) []Result {
	results := make([]Result, len(kinds))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				results[id] = Result{id, f(kinds[id])}
			}
		}()
	}
	for id := range kinds {
		jobs <- id
	}
	close(jobs)
	wg.Wait()
	return results
}

func Crash(ch chan<- string) {
	go func() {
		defer func() { ch <- "recovered in worker" }()
		defer func() { recover() }()
		zoo.MustFind("nobody")
	}()
}
