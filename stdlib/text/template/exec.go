package template

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Execution walks a template's tree with dot, the data value, writing text and the printed
// values of actions. Values are reflect.Values throughout; a failure panics with an ExecError
// (or a write error) that Execute recovers and returns.

// maxExecDepth bounds {{template}} recursion, as gc does.
const maxExecDepth = 100000

// ExecError is the custom error type returned when Execute has an error evaluating its template.
// (If a write error occurs, the actual error is returned; it will not be of type ExecError.)
type ExecError struct {
	Name string // Name of template.
	Err  error  // Pre-formatted error.
}

// Error returns the formatted message: template name, position, context and cause.
func (e ExecError) Error() string {
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e ExecError) Unwrap() error {
	return e.Err
}

type variable struct {
	name  string
	value reflect.Value
}

type state struct {
	tmpl  *Template
	wr    io.Writer
	node  node
	vars  []variable
	depth int
}

// writeError wraps an error of the output writer, returned as it is.
type writeError struct{ err error }

// loopControl is what {{break}} and {{continue}} panic with up to their range.
type loopControl struct{ isBreak bool }

func (s *state) push(name string, value reflect.Value) {
	s.vars = append(s.vars, variable{name, value})
}

func (s *state) mark() int { return len(s.vars) }

func (s *state) pop(mark int) { s.vars = s.vars[:mark] }

func (s *state) setVar(name string, value reflect.Value) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = value
			return
		}
	}
	s.errorf("undefined variable: %s", name)
}

func (s *state) varValue(name string) reflect.Value {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value
		}
	}
	s.errorf("undefined variable: %s", name)
	return reflect.Value{}
}

func (s *state) at(n node) { s.node = n }

// errorf panics with an ExecError placing the current node.
func (s *state) errorf(format string, args ...interface{}) {
	name := s.tmpl.name
	var prefix string
	if s.node == nil {
		prefix = fmt.Sprintf("template: %s: ", name)
	} else {
		location, context := s.tmpl.errorContext(s.node)
		prefix = fmt.Sprintf("template: %s: executing %q at <%s>: ", location, name, context)
	}
	panic(ExecError{Name: name, Err: fmt.Errorf(doublePercent(prefix)+format, args...)})
}

func doublePercent(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// errorContext is "name:line:column" of n (column a 0-based byte offset) and n's source form.
func (t *Template) errorContext(n node) (string, string) {
	offset := n.position()
	text := t.common.sources[t.name]
	if offset > len(text) {
		offset = len(text)
	}
	before := text[:offset]
	column := offset
	if nl := strings.LastIndex(before, "\n"); nl >= 0 {
		column = offset - nl - 1
	}
	line := 1 + strings.Count(before, "\n")
	return fmt.Sprintf("%s:%d:%d", t.name, line, column), n.String()
}

func errRecover(errp *error) {
	e := recover()
	switch err := e.(type) {
	case nil:
	case writeError:
		*errp = err.err
	case ExecError:
		*errp = err
	case runtimeErrorCarrier:
		*errp = err.err
	default:
		panic(e)
	}
}

type runtimeErrorCarrier struct{ err error }

// execute runs t with data, writing to w.
func (t *Template) execute(w io.Writer, data interface{}) (err error) {
	defer errRecover(&err)
	value, ok := data.(reflect.Value)
	if !ok {
		value = reflect.ValueOf(data)
	}
	s := &state{tmpl: t, wr: w, vars: []variable{{"$", value}}}
	body, ok := t.common.trees[t.name]
	if !ok || body == nil {
		s.errorf("%q is an incomplete or empty template", t.name)
	}
	s.walk(value, body)
	return nil
}

func (s *state) write(text string) {
	if _, err := io.WriteString(s.wr, text); err != nil {
		panic(writeError{err})
	}
}

func (s *state) walk(dot reflect.Value, n node) {
	s.at(n)
	switch n := n.(type) {
	case *actionNode:
		value := s.evalPipeline(dot, n.pipe)
		if len(n.pipe.decl) == 0 {
			s.printValue(n, value)
		}
	case *listNode:
		for _, child := range n.nodes {
			s.walk(dot, child)
		}
	case *textNode:
		s.write(n.text)
	case *branchNode:
		switch n.keyword {
		case "if", "with":
			s.walkIfOrWith(n, dot)
		case "range":
			s.walkRange(dot, n)
		}
	case *templateNode:
		s.walkTemplate(dot, n)
	case *breakNode:
		panic(loopControl{true})
	case *continueNode:
		panic(loopControl{false})
	default:
		s.errorf("unknown node: %s", n)
	}
}

func (s *state) walkIfOrWith(n *branchNode, dot reflect.Value) {
	mark := s.mark()
	defer s.pop(mark)
	value := s.evalPipeline(dot, n.pipe)
	truth, ok := isTrue(indirectInterface(value))
	if !ok {
		s.errorf("if/with can't use %v", value)
	}
	if truth {
		if n.keyword == "with" {
			s.walk(value, n.list)
		} else {
			s.walk(dot, n.list)
		}
	} else if n.elseList != nil {
		s.walk(dot, n.elseList)
	}
}

// IsTrue reports whether the value is 'true', in the sense of not the zero of its type, and
// whether the value has a meaningful truth value. This is the definition of truth used by if and
// other such actions.
func IsTrue(val interface{}) (truth, ok bool) {
	return isTrue(reflect.ValueOf(val))
}

func isTrue(val reflect.Value) (truth, ok bool) {
	if !val.IsValid() {
		return false, true
	}
	switch val.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		truth = val.Len() > 0
	case reflect.Bool:
		truth = val.Bool()
	case reflect.Complex64, reflect.Complex128:
		truth = val.Complex() != 0
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.Interface:
		truth = !val.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		truth = val.Int() != 0
	case reflect.Float32, reflect.Float64:
		truth = val.Float() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		truth = val.Uint() != 0
	case reflect.Struct:
		truth = true
	default:
		return
	}
	return truth, true
}

// runBody walks one iteration of a range body; it reports whether a {{break}} ended the loop.
func (s *state) runBody(body *listNode, elem reflect.Value) (broke bool) {
	defer func() {
		if e := recover(); e != nil {
			control, ok := e.(loopControl)
			if !ok {
				panic(e)
			}
			broke = control.isBreak
		}
	}()
	s.walk(elem, body)
	return false
}

func (s *state) walkRange(dot reflect.Value, r *branchNode) {
	s.at(r)
	mark := s.mark()
	defer s.pop(mark)
	value, _ := indirect(s.evalPipeline(dot, r.pipe))
	afterDecl := s.mark()
	iteration := func(index, elem reflect.Value) bool {
		if len(r.pipe.decl) > 0 {
			if r.pipe.isAssign {
				if len(r.pipe.decl) > 1 {
					s.setVar(r.pipe.decl[0].ident[0], index)
				} else {
					s.setVar(r.pipe.decl[0].ident[0], elem)
				}
			} else {
				s.vars[afterDecl-1].value = elem
			}
		}
		if len(r.pipe.decl) > 1 {
			if r.pipe.isAssign {
				s.setVar(r.pipe.decl[1].ident[0], elem)
			} else {
				s.vars[afterDecl-2].value = index
			}
		}
		defer s.pop(afterDecl)
		return s.runBody(r.list, elem)
	}
	ran := false
	switch value.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < value.Len(); i++ {
			ran = true
			if iteration(reflect.ValueOf(i), value.Index(i)) {
				break
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.errorf("range can't iterate over %v", value)
	case reflect.Map:
		keys := sortedKeys(value)
		for _, key := range keys {
			ran = true
			if iteration(key, value.MapIndex(key)) {
				break
			}
		}
	case reflect.Chan:
		if value.IsNil() {
			break
		}
		if value.Type().ChanDir() == reflect.SendDir {
			s.errorf("range over send-only channel %v", value)
			break
		}
		for i := 0; ; i++ {
			elem, ok := value.Recv()
			if !ok {
				break
			}
			ran = true
			if iteration(reflect.ValueOf(i), elem) {
				break
			}
		}
	case reflect.Invalid:
	default:
		s.errorf("range can't iterate over %v", value)
	}
	if !ran && r.elseList != nil {
		s.walk(dot, r.elseList)
	}
}

func (s *state) walkTemplate(dot reflect.Value, t *templateNode) {
	s.at(t)
	tmpl := s.tmpl.common.templates[t.name]
	if tmpl == nil || s.tmpl.common.trees[t.name] == nil {
		s.errorf("template %q not defined", t.name)
	}
	if s.depth == maxExecDepth {
		s.errorf("exceeded maximum template depth (%v)", maxExecDepth)
	}
	if t.pipe != nil {
		dot = s.evalPipeline(dot, t.pipe)
	} else {
		dot = reflect.Value{}
	}
	inner := *s
	inner.depth++
	inner.tmpl = tmpl
	inner.vars = []variable{{"$", dot}}
	inner.walk(dot, s.tmpl.common.trees[t.name])
}

// evalPipeline runs the commands, each one's result the final argument of the next, and
// declares or assigns the pipeline's variables.
func (s *state) evalPipeline(dot reflect.Value, pipe *pipeNode) (value reflect.Value) {
	if pipe == nil {
		return
	}
	s.at(pipe)
	value = missingValue
	for _, cmd := range pipe.cmds {
		value = s.evalCommand(dot, cmd, value)
		if value.Kind() == reflect.Interface && value.Type().NumMethod() == 0 {
			value = reflect.ValueOf(value.Interface())
		}
	}
	for _, v := range pipe.decl {
		if pipe.isAssign {
			s.setVar(v.ident[0], value)
		} else {
			s.push(v.ident[0], value)
		}
	}
	return value
}

// missingValue marks "no final argument" (the first command of a pipeline).
var missingValue = reflect.ValueOf(missingValueType{})

type missingValueType struct{}

func isMissing(v reflect.Value) bool {
	return v.IsValid() && v.Type() == missingValue.Type()
}

func (s *state) notAFunction(args []node, final reflect.Value) {
	if len(args) > 1 || !isMissing(final) {
		s.errorf("can't give argument to non-function %s", args[0])
	}
}

func (s *state) evalCommand(dot reflect.Value, cmd *commandNode, final reflect.Value) reflect.Value {
	first := cmd.args[0]
	switch n := first.(type) {
	case *fieldNode:
		s.at(n)
		return s.evalFieldChain(dot, dot, n, n.ident, cmd.args, final)
	case *chainNode:
		return s.evalChainNode(dot, n, cmd.args, final)
	case *identifierNode:
		return s.evalFunction(dot, n, cmd, cmd.args, final)
	case *pipeNode:
		s.notAFunction(cmd.args, final)
		return s.evalPipeline(dot, n)
	case *variableNode:
		return s.evalVariableNode(dot, n, cmd.args, final)
	}
	s.at(first)
	s.notAFunction(cmd.args, final)
	switch word := first.(type) {
	case *boolNode:
		return reflect.ValueOf(word.value)
	case *dotNode:
		return dot
	case *nilNode:
		s.errorf("nil is not a command")
	case *numberNode:
		return s.idealConstant(word)
	case *stringNode:
		return reflect.ValueOf(word.text)
	}
	s.errorf("can't evaluate command %q", first)
	return reflect.Value{}
}

// idealConstant is an untyped number's value where no type is asked: int if it is one, else
// float64, else complex128.
func (s *state) idealConstant(n *numberNode) reflect.Value {
	s.at(n)
	switch {
	case n.isComplex:
		return reflect.ValueOf(n.complexValue)
	case n.isFloat && !isHexInt(n.text) && !isRuneInt(n.text) && strings.ContainsAny(n.text, ".eEpP"):
		return reflect.ValueOf(n.float64Value)
	case n.isInt:
		return reflect.ValueOf(int(n.int64Value))
	case n.isUint:
		s.errorf("%s overflows int", n.text)
	}
	return reflect.ValueOf(n.float64Value)
}

func isRuneInt(s string) bool { return len(s) > 0 && s[0] == '\'' }

func isHexInt(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && !strings.ContainsAny(s, "pP")
}

func (s *state) evalChainNode(dot reflect.Value, chain *chainNode, args []node, final reflect.Value) reflect.Value {
	s.at(chain)
	if len(chain.field) == 0 {
		s.errorf("internal error: no fields in evalChainNode")
	}
	if _, ok := chain.node.(*nilNode); ok {
		s.errorf("indirection through explicit nil in %s", chain)
	}
	pipe := s.evalArg(dot, nil, chain.node)
	return s.evalFieldChain(dot, pipe, chain, chain.field, args, final)
}

func (s *state) evalVariableNode(dot reflect.Value, v *variableNode, args []node, final reflect.Value) reflect.Value {
	s.at(v)
	value := s.varValue(v.ident[0])
	if len(v.ident) == 1 {
		s.notAFunction(args, final)
		return value
	}
	return s.evalFieldChain(dot, value, v, v.ident[1:], args, final)
}

// evalFieldChain evaluates .X.Y.Z, where only the last may take the command's arguments.
func (s *state) evalFieldChain(dot, receiver reflect.Value, n node, ident []string, args []node, final reflect.Value) reflect.Value {
	last := len(ident) - 1
	for i := 0; i < last; i++ {
		receiver = s.evalField(dot, ident[i], n, nil, missingValue, receiver)
	}
	return s.evalField(dot, ident[last], n, args, final, receiver)
}

func (s *state) evalFunction(dot reflect.Value, n *identifierNode, cmd *commandNode, args []node, final reflect.Value) reflect.Value {
	s.at(n)
	name := n.name
	function, isBuiltin, ok := findFunction(name, s.tmpl)
	if !ok {
		s.errorf("%q is not a defined function", name)
	}
	return s.evalCall(dot, function, isBuiltin, cmd, name, args, final)
}

var (
	errorType        = reflect.TypeOf((*error)(nil)).Elem()
	fmtStringerType  = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	reflectValueType = reflect.TypeOf((*reflect.Value)(nil)).Elem()
)

// evalField evaluates .fieldName on receiver: a method, a struct field or a map element.
func (s *state) evalField(dot reflect.Value, fieldName string, n node, args []node, final, receiver reflect.Value) reflect.Value {
	if !receiver.IsValid() {
		if s.tmpl.option.missingKey == mapError {
			s.errorf("nil data; no entry for key %q", fieldName)
		}
		return reflect.Value{}
	}
	typ := receiver.Type()
	receiver, isNil := indirect(receiver)
	if receiver.Kind() == reflect.Interface && isNil {
		s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
		return reflect.Value{}
	}
	ptr := receiver
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if method := ptr.MethodByName(fieldName); method.IsValid() {
		return s.evalCall(dot, method, false, n, fieldName, args, final)
	}
	hasArgs := len(args) > 1 || !isMissing(final)
	switch receiver.Kind() {
	case reflect.Struct:
		if field, ok := receiver.Type().FieldByName(fieldName); ok {
			value := receiver.FieldByIndex(field.Index)
			if !field.IsExported() {
				s.errorf("%s is an unexported field of struct type %s", fieldName, typ)
			}
			if hasArgs {
				s.errorf("%s has arguments but cannot be invoked as function", fieldName)
			}
			return value
		}
	case reflect.Map:
		key := reflect.ValueOf(fieldName)
		if key.Type().AssignableTo(receiver.Type().Key()) {
			if hasArgs {
				s.errorf("%s is not a method but has arguments", fieldName)
			}
			result := receiver.MapIndex(key)
			if !result.IsValid() {
				switch s.tmpl.option.missingKey {
				case mapInvalid:
				case mapZeroValue:
					result = reflect.Zero(receiver.Type().Elem())
				case mapError:
					s.errorf("map has no entry for key %q", fieldName)
				}
			}
			return result
		}
	case reflect.Pointer:
		elem := receiver.Type().Elem()
		if elem.Kind() == reflect.Struct {
			if _, ok := elem.FieldByName(fieldName); ok {
				s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
			}
		}
	}
	s.errorf("can't evaluate field %s in type %s", fieldName, typ)
	return reflect.Value{}
}

// evalCall calls fun with the command's arguments (and the pipeline's final value last).
func (s *state) evalCall(dot, fun reflect.Value, isBuiltin bool, n node, name string, args []node, final reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:] // the function's name
	}
	typ := fun.Type()
	numIn := len(args)
	if !isMissing(final) {
		numIn++
	}
	numFixed := len(args)
	if typ.IsVariadic() {
		numFixed = typ.NumIn() - 1
		if numIn < numFixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, typ.NumIn()-1, len(args))
		}
	} else if numIn != typ.NumIn() {
		s.errorf("wrong number of args for %s: want %d got %d", name, typ.NumIn(), numIn)
	}
	if !goodFunc(typ) {
		s.errorf("can't call method/function %q with %d results", name, typ.NumOut())
	}
	unwrap := func(v reflect.Value) reflect.Value {
		if v.Type() == reflectValueType {
			v = v.Interface().(reflect.Value)
		}
		return v
	}
	// and and or evaluate their arguments lazily.
	if isBuiltin && (name == "and" || name == "or") {
		argType := typ.In(0)
		var v reflect.Value
		for _, arg := range args {
			v = s.evalArg(dot, argType, arg).Interface().(reflect.Value)
			if truth(v) == (name == "or") {
				return v
			}
		}
		if !isMissing(final) {
			v = unwrap(s.validateType(final, argType))
		}
		return v
	}
	argv := make([]reflect.Value, numIn)
	i := 0
	for ; i < numFixed && i < len(args); i++ {
		argv[i] = s.evalArg(dot, typ.In(i), args[i])
	}
	if typ.IsVariadic() {
		argType := typ.In(typ.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			argv[i] = s.evalArg(dot, argType, args[i])
		}
	}
	if !isMissing(final) {
		t := typ.In(typ.NumIn() - 1)
		if typ.IsVariadic() {
			if numIn-1 < numFixed {
				t = typ.In(numIn - 1)
			} else {
				t = t.Elem()
			}
		}
		argv[i] = s.validateType(final, t)
	}
	s.at(n)
	v, err := safeCall(fun, argv)
	if err != nil {
		s.at(n)
		s.errorf("error calling %s: %w", name, err)
	}
	return unwrap(v)
}

// safeCall calls fun, turning a panic into an error and a non-nil error result into err.
func safeCall(fun reflect.Value, args []reflect.Value) (val reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	ret := fun.Call(args)
	if len(ret) == 2 && !ret[1].IsNil() {
		return ret[0], ret[1].Interface().(error)
	}
	return ret[0], nil
}

// goodFunc reports whether typ returns one value, or a value and an error.
func goodFunc(typ reflect.Type) bool {
	switch {
	case typ.NumOut() == 1:
		return true
	case typ.NumOut() == 2 && typ.Out(1) == errorType:
		return true
	}
	return false
}

func canBeNil(typ reflect.Type) bool {
	switch typ.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	case reflect.Struct:
		return typ == reflectValueType
	}
	return false
}

// validateType makes value fit typ, indirecting or taking the address where that helps.
func (s *state) validateType(value reflect.Value, typ reflect.Type) reflect.Value {
	if !value.IsValid() {
		if typ == nil {
			return reflect.ValueOf(nil)
		}
		if canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("invalid value; expected %s", typ)
	}
	if typ == reflectValueType && value.Type() != typ {
		return reflect.ValueOf(value)
	}
	if typ != nil && !value.Type().AssignableTo(typ) {
		if value.Kind() == reflect.Interface && !value.IsNil() {
			value = value.Elem()
			if value.Type().AssignableTo(typ) {
				return value
			}
		}
		switch {
		case value.Kind() == reflect.Pointer && value.Type().Elem().AssignableTo(typ):
			value = value.Elem()
			if !value.IsValid() {
				s.errorf("dereference of nil pointer of type %s", typ)
			}
		case reflect.PointerTo(value.Type()).AssignableTo(typ) && value.CanAddr():
			value = value.Addr()
		default:
			s.errorf("wrong type for value; expected %s; got %s", typ, value.Type())
		}
	}
	return value
}

// evalArg evaluates an argument node for a parameter of type typ (nil: any).
func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n node) reflect.Value {
	s.at(n)
	switch arg := n.(type) {
	case *dotNode:
		return s.validateType(dot, typ)
	case *nilNode:
		if typ != nil && canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("cannot assign nil to %s", typ)
	case *fieldNode:
		return s.validateType(s.evalFieldChain(dot, dot, arg, arg.ident, []node{n}, missingValue), typ)
	case *variableNode:
		return s.validateType(s.evalVariableNode(dot, arg, nil, missingValue), typ)
	case *pipeNode:
		return s.validateType(s.evalPipeline(dot, arg), typ)
	case *identifierNode:
		return s.validateType(s.evalFunction(dot, arg, nil, nil, missingValue), typ)
	case *chainNode:
		return s.validateType(s.evalChainNode(dot, arg, nil, missingValue), typ)
	}
	if typ == nil {
		typ = reflect.TypeOf((*interface{})(nil)).Elem()
	}
	switch typ.Kind() {
	case reflect.Bool:
		if b, ok := n.(*boolNode); ok {
			return reflect.ValueOf(b.value).Convert(typ)
		}
		s.errorf("expected bool; found %s", n)
	case reflect.String:
		if str, ok := n.(*stringNode); ok {
			return reflect.ValueOf(str.text).Convert(typ)
		}
		s.errorf("expected string; found %s", n)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if num, ok := n.(*numberNode); ok && num.isInt {
			v := reflect.New(typ).Elem()
			v.SetInt(num.int64Value)
			return v
		}
		s.errorf("expected integer; found %s", n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if num, ok := n.(*numberNode); ok && num.isUint {
			v := reflect.New(typ).Elem()
			v.SetUint(num.uint64Value)
			return v
		}
		s.errorf("expected unsigned integer; found %s", n)
	case reflect.Float32, reflect.Float64:
		if num, ok := n.(*numberNode); ok && num.isFloat {
			v := reflect.New(typ).Elem()
			v.SetFloat(num.float64Value)
			return v
		}
		s.errorf("expected float; found %s", n)
	case reflect.Interface:
		if typ.NumMethod() == 0 {
			return s.evalEmptyInterface(dot, n)
		}
	case reflect.Struct:
		if typ == reflectValueType {
			return reflect.ValueOf(s.evalEmptyInterface(dot, n))
		}
	}
	s.errorf("can't handle %s for arg of type %s", n, typ)
	return reflect.Value{}
}

func (s *state) evalEmptyInterface(dot reflect.Value, n node) reflect.Value {
	s.at(n)
	switch n := n.(type) {
	case *boolNode:
		return reflect.ValueOf(n.value)
	case *numberNode:
		return s.idealConstant(n)
	case *stringNode:
		return reflect.ValueOf(n.text)
	case *nilNode:
		s.errorf("evalEmptyInterface: nil (can't happen)")
	}
	s.errorf("can't handle assignment of %s to empty interface argument", n)
	return reflect.Value{}
}

// indirect follows pointers until a non-pointer (or a nil pointer, reporting isNil).
func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface returns the concrete value in an interface value.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// printValue writes the textual form of v, as fmt.Fprint does.
func (s *state) printValue(n node, v reflect.Value) {
	s.at(n)
	iface, ok := printableValue(v)
	if !ok {
		s.errorf("can't print %s of type %s", n, v.Type())
	}
	if _, err := fmt.Fprint(s.wr, iface); err != nil {
		panic(writeError{err})
	}
}

func printableValue(v reflect.Value) (interface{}, bool) {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		return "<no value>", true
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(fmtStringerType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(fmtStringerType)) {
			v = v.Addr()
		} else {
			switch v.Kind() {
			case reflect.Chan, reflect.Func:
				return nil, false
			}
		}
	}
	return v.Interface(), true
}
