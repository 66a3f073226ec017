package sync

// minigo's Map is a Go map under a mutex (gc's keeps a read-only copy that readers
// consult without locking; the behaviour is the same). Range calls f on a snapshot
// taken under the lock, so f may call any of m's methods.

// Map is like a Go map[interface{}]interface{} but is safe for concurrent use by
// multiple goroutines. The zero Map is empty and ready for use. A Map must not be
// copied after first use.
type Map struct {
	lock    Mutex
	entries map[interface{}]interface{}
}

// Load returns the value stored in the map for a key, or nil if no value is
// present; ok reports whether a value was found.
func (m *Map) Load(key interface{}) (value interface{}, ok bool) {
	m.lock.Lock()
	defer m.lock.Unlock() // an unhashable key panics
	value, ok = m.entries[key]
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value interface{}) {
	m.lock.Lock()
	defer m.lock.Unlock()
	if m.entries == nil {
		m.entries = make(map[interface{}]interface{})
	}
	m.entries[key] = value
}

// LoadOrStore returns the existing value for the key if present. Otherwise, it
// stores and returns the given value. The loaded result is true if the value was
// loaded, false if stored.
func (m *Map) LoadOrStore(key, value interface{}) (actual interface{}, loaded bool) {
	m.lock.Lock()
	defer m.lock.Unlock()
	if existing, ok := m.entries[key]; ok {
		return existing, true
	}
	if m.entries == nil {
		m.entries = make(map[interface{}]interface{})
	}
	m.entries[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
// The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key interface{}) (value interface{}, loaded bool) {
	m.lock.Lock()
	defer m.lock.Unlock()
	value, loaded = m.entries[key]
	delete(m.entries, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key interface{}) {
	m.lock.Lock()
	defer m.lock.Unlock()
	delete(m.entries, key)
}

// Range calls f sequentially for each key and value present in the map; if f
// returns false, Range stops the iteration. Range visits each key once, in no
// particular order, and sees the map as it was when Range began.
func (m *Map) Range(f func(key, value interface{}) bool) {
	m.lock.Lock()
	keys := make([]interface{}, 0, len(m.entries))
	values := make([]interface{}, 0, len(m.entries))
	for key, value := range m.entries {
		keys = append(keys, key)
		values = append(values, value)
	}
	m.lock.Unlock()
	for i, key := range keys {
		if !f(key, values[i]) {
			return
		}
	}
}
