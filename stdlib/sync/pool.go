package sync

// minigo's Pool is one shared stack under a mutex: Get returns the most recently Put
// item, as gc's does for the same goroutine. gc also keeps one private item per P and
// drops cached items at garbage collections; here they stay until taken.

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. A Pool is safe for use by multiple goroutines simultaneously and must
// not be copied after first use.
type Pool struct {
	noCopy noCopy

	lock  Mutex
	items []interface{}

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() interface{}
}

// Put adds x to the pool; a nil x is ignored.
func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	p.lock.Lock()
	p.items = append(p.items, x)
	p.lock.Unlock()
}

// Get removes an item from the Pool and returns it; with none, it returns the
// result of calling p.New, or nil if New is nil.
func (p *Pool) Get() interface{} {
	p.lock.Lock()
	if last := len(p.items) - 1; last >= 0 {
		x := p.items[last]
		p.items[last] = nil
		p.items = p.items[:last]
		p.lock.Unlock()
		return x
	}
	p.lock.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
