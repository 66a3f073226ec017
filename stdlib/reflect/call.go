package reflect

// A boundMethod is what a method value (Value.Method) calls: the method m of
// the receiver recv (never an interface: Method looks through it).
type boundMethod struct {
	recv Value
	m    *method
}

// Method returns v's i-th method (in the order of Type.Method) bound to v,
// as a func Value whose Call calls it.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if i < 0 || i >= v.typ.NumMethod() {
		panic("reflect: Method index out of range")
	}
	return v.boundTo(v.typ.exportedMethod(i).name)
}

// MethodByName returns v's method called name bound to v, the zero Value if
// there is none.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if _, ok := v.typ.MethodByName(name); !ok {
		return Value{}
	}
	return v.boundTo(name)
}

// boundTo is the method value v.name: for an interface v, of its dynamic value.
func (v Value) boundTo(name string) Value {
	recv := v
	if v.Kind() == Interface {
		if v.IsNil() {
			panic("reflect: Method on nil interface value")
		}
		recv = v.Elem()
	}
	var m *method
	for j := 0; j < recv.typ.methodCount; j++ {
		if recv.typ.method(j).name == name {
			m = recv.typ.method(j)
		}
	}
	box := new(*byte)
	*box = m.fn
	return Value{typ: m.typ, ptr: pointerWord(box), flag: v.flag & flagRO, bound: &boundMethod{recv, m}}
}

// Call calls the function v with the arguments in, as Go would (a variadic
// function gets its trailing arguments as a slice), and returns its results.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "Call")
	v.mustBeExported("Call")
	return v.call("Call", in, false)
}

// CallSlice calls the variadic function v with its last argument in[len(in)-1]
// given as the slice itself.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "CallSlice")
	v.mustBeExported("CallSlice")
	return v.call("CallSlice", in, true)
}

func (v Value) call(op string, in []Value, spread bool) []Value {
	t := v.typ
	code, context, method := v.callee(op)
	if spread && !t.IsVariadic() {
		panic("reflect: CallSlice of non-variadic function")
	}
	in = t.arguments(op, in, spread)
	params := make([]*rtype, t.extra.inCount)
	for i := range params {
		params[i] = t.param(i)
	}
	results := make([]*rtype, t.extra.outCount)
	for i := range results {
		results[i] = t.param(t.extra.inCount + i)
	}
	argOffsets, args := newFrame(params)
	for i, x := range in {
		memmove(add(args, argOffsets[i]), x.convertedFor(params[i], "reflect: "+op), params[i].size)
	}
	resultOffsets, out := newFrame(results)
	callWrapper(t.extra.call, code, context, args, out, method)
	values := make([]Value, len(results))
	for i, r := range results {
		c := unsafeNew(r, 1)
		memmove(c, add(out, resultOffsets[i]), r.size)
		values[i] = Value{typ: r, ptr: c}
	}
	return values
}

// callee returns the code to call, its context word and whether it is a
// method-table entry (taking the receiver's data word).
func (v Value) callee(op string) (code, context *byte, method int) {
	if v.bound != nil {
		return v.bound.m.fn, v.bound.recv.dataWordOf(), 1
	}
	closure := *asPointer(v.ptr)
	if closure == nil {
		panic("reflect.Value." + op + ": call of nil function")
	}
	return *asPointer(closure), closure, 0
}

// arguments checks in against t's parameters and gathers a variadic call's
// trailing arguments into their slice.
func (t *rtype) arguments(op string, in []Value, spread bool) []Value {
	n := t.extra.inCount
	fixed := n
	if t.IsVariadic() && !spread {
		fixed = n - 1
	}
	if len(in) < fixed {
		panic("reflect: " + op + " with too few input arguments")
	}
	if len(in) > fixed && fixed == n {
		panic("reflect: " + op + " with too many input arguments")
	}
	for i, x := range in {
		if !x.IsValid() {
			panic("reflect: " + op + " using zero Value argument")
		}
		if i >= fixed {
			if want := t.param(n - 1).elem; !assignable(want, x.typ) {
				panic("reflect: cannot use " + x.typ.String() + " as type " + want.String() + " in " + op)
			}
		} else if want := t.param(i); !assignable(want, x.typ) {
			panic("reflect: " + op + " using " + x.typ.String() + " as type " + want.String())
		}
	}
	if fixed == n {
		return in
	}
	extra := in[fixed:]
	slice := MakeSlice(t.param(n-1), len(extra), len(extra))
	for i, x := range extra {
		slice.Index(i).Set(x)
	}
	return append(in[:fixed:fixed], slice)
}

// newFrame lays values of the given types out as a struct of them (each at
// its alignment, as codegen/reflect_calls.py reads them) in zeroed memory the
// collector scans whole.
func newFrame(types []*rtype) (offsets []int, frame *byte) {
	size := 0
	for _, t := range types {
		align := t.Align()
		size = (size + align - 1) / align * align
		offsets = append(offsets, size)
		size += t.size
	}
	words := make([]*byte, size/wordSize+1)
	return offsets, pointerWord(&words[0])
}
