package main

import "fmt"

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, id, j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 30; j++ {
		jobs <- j
	}
	close(jobs)
	values := make([]int, 31)
	seen := map[int]bool{}
	sum := 0
	for a := 1; a <= 30; a++ {
		r := <-results
		values[r.job] = r.value
		seen[r.worker] = true
		sum += r.value
	}
	fmt.Println(values[1:])
	fmt.Println("sum:", sum, "len:", len(results), "cap:", cap(results), "workers>0:", len(seen) > 0)
}
