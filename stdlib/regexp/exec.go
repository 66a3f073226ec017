package regexp

import (
	"strings"
	"unicode/utf8"
)

// The Pike VM. Threads (a program counter and the capture slots seen on
// the way) live in a queue in priority order; each input rune moves every
// thread of the current queue to the next queue at once. A program counter
// enters a queue once per position, so the work per rune is bounded by the
// program's size: matching is linear in the input. Leftmost-first: when
// the highest-priority thread still alive matches, lower-priority threads
// are dropped and the higher ones run on in case they match too.

type thread struct {
	pc   int
	caps []int
}

type queue struct {
	seen    []int // seen[pc] == stamp when pc entered the queue at this step
	stamp   int
	threads []thread
}

type machine struct {
	prog      *program
	longest   bool
	input     string
	free      [][]int // capture arrays of finished threads, for reuse
	matched   bool
	best      []int
	fresh     []int // all -1: the slots of a thread starting a match
	run, next *queue
}

func newQueue(n int) *queue {
	return &queue{seen: make([]int, n), stamp: 1}
}

func (q *queue) reset() {
	q.stamp++
	q.threads = q.threads[:0]
}

func (m *machine) newCaps(from []int) []int {
	var caps []int
	if n := len(m.free); n > 0 {
		caps = m.free[n-1]
		m.free = m.free[:n-1]
	} else {
		caps = make([]int, m.prog.nslot)
	}
	copy(caps, from)
	return caps
}

func isWordRune(r rune) bool {
	return r >= 0 && r < utf8.RuneSelf && (isAlnum(r) || r == '_')
}

// contextAt returns the assert flags true between runes before and after at pos.
func (m *machine) contextAt(pos int, before, after rune) int {
	flags := 0
	if pos == 0 {
		flags |= assertBeginText | assertBeginLine
	} else if before == '\n' {
		flags |= assertBeginLine
	}
	if pos == len(m.input) {
		flags |= assertEndText | assertEndLine
	} else if after == '\n' {
		flags |= assertEndLine
	}
	if isWordRune(before) != isWordRune(after) {
		flags |= assertWordBoundary
	} else {
		flags |= assertNoWordBoundary
	}
	return flags
}

// add follows pc's empty-width instructions at pos, queueing the threads
// that wait for a rune or match. caps is borrowed: restored on return.
func (m *machine) add(q *queue, pc, pos int, caps []int, ctx int) {
	if q.seen[pc] == q.stamp {
		return
	}
	q.seen[pc] = q.stamp
	in := &m.prog.insts[pc]
	switch in.op {
	case instFail:
	case instNop:
		m.add(q, in.out, pos, caps, ctx)
	case instSplit:
		m.add(q, in.out, pos, caps, ctx)
		m.add(q, in.alt, pos, caps, ctx)
	case instSave:
		old := caps[in.n]
		caps[in.n] = pos
		m.add(q, in.out, pos, caps, ctx)
		caps[in.n] = old
	case instAssert:
		if ctx&in.n == in.n {
			m.add(q, in.out, pos, caps, ctx)
		}
	default:
		q.threads = append(q.threads, thread{pc, m.newCaps(caps)})
	}
}

func runeIn(ranges []rune, r rune) bool {
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		mid := (lo + hi) / 2
		if r < ranges[2*mid] {
			hi = mid
		} else if r > ranges[2*mid+1] {
			lo = mid + 1
		} else {
			return true
		}
	}
	return false
}

// step runs the threads of run on rune r (at pos, width w; r < 0 at the
// end of input), queueing the survivors in next with context ctx.
func (m *machine) step(run, next *queue, pos, w int, r rune, ctx int) {
	for i := 0; i < len(run.threads); i++ {
		t := run.threads[i]
		in := &m.prog.insts[t.pc]
		ok := false
		switch in.op {
		case instMatch:
			if m.longest {
				if !m.matched || t.caps[0] < m.best[0] || (t.caps[0] == m.best[0] && pos > m.best[1]) {
					copy(m.best, t.caps)
					m.best[1] = pos
					m.matched = true
				}
				break
			}
			copy(m.best, t.caps)
			m.best[1] = pos
			m.matched = true
			// Lower-priority threads lose to this match.
			for _, rest := range run.threads[i+1:] {
				m.free = append(m.free, rest.caps)
			}
			m.free = append(m.free, t.caps)
			run.threads = run.threads[:0]
			return
		case instRune:
			ok = r >= 0 && runeIn(in.ranges, r)
		case instAnyNotNL:
			ok = r >= 0 && r != '\n'
		case instAny:
			ok = r >= 0
		}
		if ok {
			m.add(next, in.out, pos+w, t.caps, ctx)
		}
		m.free = append(m.free, t.caps)
	}
	run.threads = run.threads[:0]
}

// newMachine allocates what a search of p needs; Regexp keeps machines
// between searches so that FindAll and ReplaceAll allocate them once.
func newMachine(p *program) *machine {
	m := &machine{prog: p, best: make([]int, p.nslot), fresh: make([]int, p.nslot)}
	m.run, m.next = newQueue(len(p.insts)), newQueue(len(p.insts))
	for i := range m.fresh {
		m.fresh[i] = -1
	}
	return m
}

// search finds the first match of the machine's program in input at or
// after pos and returns its capture slots (nil if none; valid until the
// next search).
func (m *machine) search(input string, pos int, longest bool) []int {
	p := m.prog
	m.input, m.longest, m.matched = input, longest, false
	run, next := m.run, m.next
	run.reset()
	r, w, ctx := m.startAt(pos)
	for {
		if !m.matched && len(run.threads) == 0 && p.prefix != "" {
			// Nothing is under way: skip to where the literal prefix occurs.
			skip := strings.Index(input[pos:], p.prefix)
			if skip < 0 {
				break
			}
			if skip > 0 {
				pos += skip
				r, w, ctx = m.startAt(pos)
			}
		}
		if !m.matched {
			m.add(run, p.start, pos, m.fresh, ctx)
		}
		if len(run.threads) == 0 && m.matched {
			break
		}
		nextR, nextW := rune(-1), 0
		if pos+w < len(input) {
			nextR, nextW = utf8.DecodeRuneInString(input[pos+w:])
		}
		nextCtx := 0
		if r >= 0 {
			nextCtx = m.contextAt(pos+w, r, nextR)
		}
		next.reset()
		m.step(run, next, pos, w, r, nextCtx)
		if r < 0 {
			break
		}
		run, next = next, run
		pos += w
		r, w, ctx = nextR, nextW, nextCtx
	}
	for _, t := range run.threads {
		m.free = append(m.free, t.caps)
	}
	run.reset()
	if !m.matched {
		return nil
	}
	return m.best
}

// startAt returns the rune at pos, its width and the context there.
func (m *machine) startAt(pos int) (rune, int, int) {
	before := rune(-1)
	if pos > 0 {
		before, _ = utf8.DecodeLastRuneInString(m.input[:pos])
	}
	r, w := rune(-1), 0
	if pos < len(m.input) {
		r, w = utf8.DecodeRuneInString(m.input[pos:])
	}
	return r, w, m.contextAt(pos, before, r)
}
