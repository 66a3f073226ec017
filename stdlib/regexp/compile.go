package regexp

// The compiled program: instructions for the Pike VM in exec.go. Each
// instruction has one successor (out) and, for split, a second one (alt) of
// lower priority; a fragment under construction keeps the list of its
// unfilled successor slots ("holes") until the next fragment is known.

const (
	instFail = iota
	instMatch
	instRune     // consumes a rune in ranges
	instAnyNotNL // consumes any rune but \n
	instAny      // consumes any rune
	instSplit    // continue at out, then (lower priority) at alt
	instSave     // records the position in capture slot n
	instAssert   // continues if the context has all of flag n
	instNop
)

type inst struct {
	op     int
	out    int
	alt    int
	n      int
	ranges []rune
}

type program struct {
	insts  []inst
	start  int
	nslot  int    // 2 * (number of groups + 1)
	prefix string // literal every match starts with ("" if none): searches skip to it
}

// A hole is an unfilled successor: instruction index*2, +1 for alt.
type fragment struct {
	start    int
	holes    []int
	nullable bool // can match the empty string
}

type compiler struct {
	insts []inst
}

func compile(tree *node, ngroups int) *program {
	c := &compiler{}
	c.emit(inst{op: instFail}) // pc 0: the target of no-match
	body := c.compileNode(&node{op: opCapture, n: 0, subs: []*node{tree}})
	match := c.emit(inst{op: instMatch})
	c.patch(body.holes, match)
	return &program{insts: c.insts, start: body.start, nslot: 2 * (ngroups + 1)}
}

func (c *compiler) emit(i inst) int {
	c.insts = append(c.insts, i)
	return len(c.insts) - 1
}

func (c *compiler) patch(holes []int, target int) {
	for _, h := range holes {
		if h&1 == 0 {
			c.insts[h>>1].out = target
		} else {
			c.insts[h>>1].alt = target
		}
	}
}

// single emits an instruction whose only successor is a hole.
func (c *compiler) single(i inst, nullable bool) fragment {
	pc := c.emit(i)
	return fragment{start: pc, holes: []int{pc << 1}, nullable: nullable}
}

func (c *compiler) compileNode(n *node) fragment {
	switch n.op {
	case opNoMatch:
		return fragment{start: 0}
	case opEmpty:
		return c.single(inst{op: instNop}, true)
	case opClass:
		if len(n.runes) == 0 {
			return fragment{start: 0}
		}
		return c.single(inst{op: instRune, ranges: n.runes}, false)
	case opAnyNotNL:
		return c.single(inst{op: instAnyNotNL}, false)
	case opAnyChar:
		return c.single(inst{op: instAny}, false)
	case opAssert:
		return c.single(inst{op: instAssert, n: n.n}, true)
	case opCapture:
		open := c.single(inst{op: instSave, n: 2 * n.n}, true)
		body := c.compileNode(n.subs[0])
		close := c.single(inst{op: instSave, n: 2*n.n + 1}, true)
		return c.concat(c.concat(open, body), close)
	case opStar:
		return c.star(c.compileNode(n.subs[0]), n.greedy)
	case opPlus:
		return c.plus(c.compileNode(n.subs[0]), n.greedy)
	case opQuest:
		return c.quest(c.compileNode(n.subs[0]), n.greedy)
	case opRepeat:
		return c.repeat(n)
	case opConcat:
		f := c.compileNode(n.subs[0])
		for _, sub := range n.subs[1:] {
			f = c.concat(f, c.compileNode(sub))
		}
		return f
	case opAlternate:
		f := c.compileNode(n.subs[len(n.subs)-1])
		for i := len(n.subs) - 2; i >= 0; i-- {
			f = c.alternate(c.compileNode(n.subs[i]), f)
		}
		return f
	}
	panic("regexp: unknown node")
}

func (c *compiler) concat(a, b fragment) fragment {
	if a.start == 0 || b.start == 0 {
		return fragment{start: 0}
	}
	c.patch(a.holes, b.start)
	return fragment{start: a.start, holes: b.holes, nullable: a.nullable && b.nullable}
}

// alternate prefers a over b.
func (c *compiler) alternate(a, b fragment) fragment {
	if a.start == 0 {
		return b
	}
	if b.start == 0 {
		return a
	}
	pc := c.emit(inst{op: instSplit, out: a.start, alt: b.start})
	holes := append(append([]int(nil), a.holes...), b.holes...)
	return fragment{start: pc, holes: holes, nullable: a.nullable || b.nullable}
}

// quest: x? (greedy prefers x; non-greedy prefers skipping it).
func (c *compiler) quest(x fragment, greedy bool) fragment {
	pc := c.emit(inst{op: instSplit})
	if x.start == 0 {
		// x never matches: x? is the empty string.
		c.insts[pc].op = instNop
		return fragment{start: pc, holes: []int{pc << 1}, nullable: true}
	}
	var holes []int
	if greedy {
		c.insts[pc].out = x.start
		holes = append([]int{pc<<1 | 1}, x.holes...)
	} else {
		c.insts[pc].alt = x.start
		holes = append([]int{pc << 1}, x.holes...)
	}
	return fragment{start: pc, holes: holes, nullable: true}
}

// loop: x then a split back to x or out; the loop for x+.
func (c *compiler) plus(x fragment, greedy bool) fragment {
	if x.start == 0 {
		return x
	}
	pc := c.emit(inst{op: instSplit})
	c.patch(x.holes, pc)
	var hole int
	if greedy {
		c.insts[pc].out = x.start
		hole = pc<<1 | 1
	} else {
		c.insts[pc].alt = x.start
		hole = pc << 1
	}
	return fragment{start: x.start, holes: []int{hole}, nullable: x.nullable}
}

// star: x*. For a nullable x it is (x+)?, which gives the preference order
// gc reports for patterns like (a*)*.
func (c *compiler) star(x fragment, greedy bool) fragment {
	if x.nullable || x.start == 0 {
		return c.quest(c.plus(x, greedy), greedy)
	}
	pc := c.emit(inst{op: instSplit})
	c.patch(x.holes, pc)
	if greedy {
		c.insts[pc].out = x.start
		return fragment{start: pc, holes: []int{pc<<1 | 1}, nullable: true}
	}
	c.insts[pc].alt = x.start
	return fragment{start: pc, holes: []int{pc << 1}, nullable: true}
}

// repeat: x{min,max} as min copies of x then the optional rest, nested:
// x{2,4} is xx(x(x)?)?; x{2,} is xx+ (x* for min 0).
func (c *compiler) repeat(n *node) fragment {
	sub := n.subs[0]
	if n.max == 0 || (n.min == 0 && n.max == 0) {
		return c.single(inst{op: instNop}, true)
	}
	var f fragment
	have := false
	add := func(g fragment) {
		if !have {
			f, have = g, true
		} else {
			f = c.concat(f, g)
		}
	}
	if n.max < 0 {
		if n.min == 0 {
			return c.star(c.compileNode(sub), n.greedy)
		}
		for i := 0; i < n.min-1; i++ {
			add(c.compileNode(sub))
		}
		add(c.plus(c.compileNode(sub), n.greedy))
		return f
	}
	for i := 0; i < n.min; i++ {
		add(c.compileNode(sub))
	}
	if n.max > n.min {
		add(c.optionalChain(sub, n.max-n.min, n.greedy))
	}
	return f
}

// optionalChain compiles (x(x(x)?)?)? with count copies of x.
func (c *compiler) optionalChain(sub *node, count int, greedy bool) fragment {
	inner := c.compileNode(sub)
	if count > 1 {
		inner = c.concat(inner, c.optionalChain(sub, count-1, greedy))
	}
	return c.quest(inner, greedy)
}
