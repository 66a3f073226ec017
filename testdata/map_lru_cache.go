package main

import "fmt"

// An LRU cache: a map from key to list node for O(1) lookup, and a doubly
// linked list ordered from most to least recently used for O(1) eviction.

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	capacity   int
	items      map[string]*entry
	head, tail *entry // sentinels: head.next is the most recent, tail.prev the least
	hits       int
	misses     int
	evictions  []string
}

func NewLRU(capacity int) *LRU {
	head := &entry{key: "<head>"}
	tail := &entry{key: "<tail>"}
	head.next = tail
	tail.prev = head
	return &LRU{capacity: capacity, items: make(map[string]*entry, capacity), head: head, tail: tail}
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.prev = c.head
	e.next = c.head.next
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(key string) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		c.misses++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.capacity {
		oldest := c.tail.prev
		c.unlink(oldest)
		delete(c.items, oldest.key)
		c.evictions = append(c.evictions, oldest.key)
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

func (c *LRU) Remove(key string) bool {
	e, ok := c.items[key]
	if !ok {
		return false
	}
	c.unlink(e)
	delete(c.items, key)
	return true
}

func (c *LRU) Keys() []string {
	var keys []string
	for e := c.head.next; e != c.tail; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) Len() int { return len(c.items) }

// check verifies that the map and the list agree.
func (c *LRU) check() bool {
	count := 0
	for e := c.head.next; e != c.tail; e = e.next {
		if c.items[e.key] != e || e.next.prev != e {
			return false
		}
		count++
	}
	return count == len(c.items)
}

type rng struct{ state uint32 }

func (r *rng) next() uint32 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 17
	r.state ^= r.state << 5
	return r.state
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys(), c.Len())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println(c.Keys(), c.evictions)
	_, ok = c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	fmt.Println(c.Keys())
	v, _ = c.Get("c")
	fmt.Println("c =", v)
	fmt.Println("removed d:", c.Remove("d"), "removed zz:", c.Remove("zz"), c.Keys())
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c.Keys(), c.evictions, c.check())

	// a workload: keys drawn from a skewed distribution
	big := NewLRU(64)
	r := &rng{2463534242}
	for i := 0; i < 20000; i++ {
		n := r.next()
		var k int
		if n%4 == 0 {
			k = int(n>>8) % 1000
		} else {
			k = int(n>>8) % 50
		}
		key := fmt.Sprintf("k%03d", k)
		if _, ok := big.Get(key); !ok {
			big.Put(key, i)
		}
		if i%5000 == 0 && !big.check() {
			fmt.Println("inconsistent at", i)
		}
	}
	fmt.Println("len:", big.Len(), "hits:", big.hits, "misses:", big.misses,
		"evictions:", len(big.evictions), "consistent:", big.check())
	recent := big.Keys()
	fmt.Println("most recent:", recent[:5])
	counts := map[byte]int{}
	for _, k := range recent {
		counts[k[1]]++
	}
	fmt.Println(counts)
}
