package template

import (
	"fmt"
	"strconv"
	"strings"
)

// The parser turns tokens into a tree of nodes per template ({{define}} and {{block}} add
// templates to the set). Each node keeps its position for error messages, and String gives
// the source form that gc's messages quote.

type node interface {
	String() string
	position() int
}

type pos int

func (p pos) position() int { return int(p) }

type listNode struct {
	pos
	nodes []node
}

func (l *listNode) String() string {
	var b strings.Builder
	for _, n := range l.nodes {
		b.WriteString(n.String())
	}
	return b.String()
}

type textNode struct {
	pos
	text string
}

func (t *textNode) String() string { return fmt.Sprintf("%q", t.text) }

type actionNode struct {
	pos
	line int
	pipe *pipeNode
}

func (a *actionNode) String() string { return "{{" + a.pipe.String() + "}}" }

type pipeNode struct {
	pos
	line     int
	isAssign bool
	decl     []*variableNode
	cmds     []*commandNode
}

func (p *pipeNode) String() string {
	var b strings.Builder
	for i, v := range p.decl {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.String())
	}
	if len(p.decl) > 0 {
		if p.isAssign {
			b.WriteString(" = ")
		} else {
			b.WriteString(" := ")
		}
	}
	for i, c := range p.cmds {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c.String())
	}
	return b.String()
}

type commandNode struct {
	pos
	args []node
}

func (c *commandNode) String() string {
	var b strings.Builder
	for i, arg := range c.args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if p, ok := arg.(*pipeNode); ok {
			b.WriteString("(" + p.String() + ")")
			continue
		}
		b.WriteString(arg.String())
	}
	return b.String()
}

type identifierNode struct {
	pos
	name string
}

func (i *identifierNode) String() string { return i.name }

type variableNode struct {
	pos
	ident []string // $x, then fields
}

func (v *variableNode) String() string { return strings.Join(v.ident, ".") }

type dotNode struct{ pos }

func (d *dotNode) String() string { return "." }

type nilNode struct{ pos }

func (n *nilNode) String() string { return "nil" }

type fieldNode struct {
	pos
	ident []string
}

func (f *fieldNode) String() string { return "." + strings.Join(f.ident, ".") }

type chainNode struct {
	pos
	node  node
	field []string
}

func (c *chainNode) String() string {
	s := c.node.String()
	if _, ok := c.node.(*pipeNode); ok {
		s = "(" + s + ")"
	}
	return s + "." + strings.Join(c.field, ".")
}

type boolNode struct {
	pos
	value bool
}

func (b *boolNode) String() string { return strconv.FormatBool(b.value) }

type numberNode struct {
	pos
	isInt, isUint, isFloat, isComplex bool
	int64Value                        int64
	uint64Value                       uint64
	float64Value                      float64
	complexValue                      complex128
	text                              string
}

func (n *numberNode) String() string { return n.text }

type stringNode struct {
	pos
	quoted string
	text   string
}

func (s *stringNode) String() string { return s.quoted }

type endNode struct{ pos }

func (e *endNode) String() string { return "{{end}}" }

type elseNode struct {
	pos
	line int
}

func (e *elseNode) String() string { return "{{else}}" }

// branchNode is if, range and with.
type branchNode struct {
	pos
	keyword  string
	line     int
	pipe     *pipeNode
	list     *listNode
	elseList *listNode
}

func (b *branchNode) String() string {
	s := "{{" + b.keyword + " " + b.pipe.String() + "}}" + b.list.String()
	if b.elseList != nil {
		s += "{{else}}" + b.elseList.String()
	}
	return s + "{{end}}"
}

type breakNode struct {
	pos
	line int
}

func (b *breakNode) String() string { return "{{break}}" }

type continueNode struct {
	pos
	line int
}

func (c *continueNode) String() string { return "{{continue}}" }

type templateNode struct {
	pos
	line int
	name string
	pipe *pipeNode
}

func (t *templateNode) String() string {
	if t.pipe == nil {
		return fmt.Sprintf("{{template %q}}", t.name)
	}
	return fmt.Sprintf("{{template %q %s}}", t.name, t.pipe)
}

// parser holds one Parse call's state.
type parser struct {
	name       string // the template being parsed (for messages)
	text       string
	tokens     []token
	next       int
	funcs      []FuncMap
	vars       []string // variables in scope
	defined    map[string]*listNode
	rangeNest  int
	actionLine int
}

// parseError is what a parse failure panics with inside the parser.
type parseError struct{ err error }

func (p *parser) errorf(format string, args ...interface{}) {
	line := p.actionLine
	if line == 0 {
		line = p.peekToken().line
	}
	format = fmt.Sprintf("template: %s:%d: %s", p.name, line, format)
	panic(parseError{fmt.Errorf(format, args...)})
}

// peekToken returns the next token, skipping none; past the end, the last (EOF or error) again.
func (p *parser) peekToken() token {
	if p.next >= len(p.tokens) {
		return p.tokens[len(p.tokens)-1]
	}
	return p.tokens[p.next]
}

func (p *parser) nextToken() token {
	t := p.peekToken()
	p.next++
	return t
}

func (p *parser) backup() { p.next-- }

// nextNonSpace skips spaces.
func (p *parser) nextNonSpace() token {
	for {
		t := p.nextToken()
		if t.kind != tokenSpace {
			return t
		}
	}
}

func (p *parser) peekNonSpace() token {
	t := p.nextNonSpace()
	p.backup()
	return t
}

func (p *parser) expect(kind tokenKind, context string) token {
	t := p.nextNonSpace()
	if t.kind != kind {
		p.unexpected(t, context)
	}
	return t
}

func (p *parser) unexpected(t token, context string) {
	if t.kind == tokenError {
		p.errorf("%s", t.text)
	}
	p.errorf("unexpected %s in %s", describe(t), context)
}

func describe(t token) string {
	switch t.kind {
	case tokenEOF:
		return "EOF"
	case tokenRightDelim:
		return "\"}}\""
	case tokenLeftDelim:
		return "\"{{\""
	case tokenKeyword:
		return "<" + t.text + ">"
	case tokenSpace:
		return "space"
	}
	if len(t.text) > 10 {
		return fmt.Sprintf("%.10q...", t.text)
	}
	return fmt.Sprintf("%q", t.text)
}

// parse parses the whole text: the main list, with defined templates collected in p.defined.
func (p *parser) parse() (list *listNode, err error) {
	defer func() {
		if e := recover(); e != nil {
			pe, ok := e.(parseError)
			if !ok {
				panic(e)
			}
			err = pe.err
		}
	}()
	p.vars = []string{"$"}
	list = &listNode{pos: 0}
	for p.peekToken().kind != tokenEOF {
		if p.peekToken().kind == tokenLeftDelim && p.isDefine() {
			p.parseDefinition()
			continue
		}
		n := p.textOrAction()
		switch n.(type) {
		case *endNode, *elseNode:
			p.errorf("unexpected %s", n)
		}
		list.nodes = append(list.nodes, n)
	}
	if t := p.peekToken(); t.kind == tokenError {
		p.errorf("%s", t.text)
	}
	return list, nil
}

// isDefine looks past {{ for the define keyword.
func (p *parser) isDefine() bool {
	save := p.next
	p.nextToken()
	t := p.nextNonSpace()
	p.next = save
	return t.kind == tokenKeyword && t.text == "define"
}

func (p *parser) parseDefinition() {
	p.nextToken() // {{
	start := p.nextNonSpace()
	p.actionLine = start.line
	nameToken := p.nextNonSpace()
	name := p.stringValue(nameToken, "define clause")
	p.expect(tokenRightDelim, "define clause")
	p.actionLine = 0
	outer := p.vars
	p.vars = []string{"$"}
	body, end := p.itemList()
	if _, ok := end.(*endNode); !ok {
		p.errorf("unexpected %s in define clause", end)
	}
	p.vars = outer
	p.addDefinition(name, body)
}

func (p *parser) addDefinition(name string, body *listNode) {
	if previous, ok := p.defined[name]; ok && !isEmptyTree(previous) && !isEmptyTree(body) {
		p.errorf("template: multiple definition of template %q", name)
	}
	p.defined[name] = body
}

func (p *parser) stringValue(t token, context string) string {
	if t.kind != tokenString && t.kind != tokenRawString {
		p.unexpected(t, context)
	}
	s, err := strconv.Unquote(t.text)
	if err != nil {
		p.errorf("%s", err)
	}
	return s
}

// itemList parses until {{end}} or {{else}}, returning the list and that node.
func (p *parser) itemList() (*listNode, node) {
	list := &listNode{pos: pos(p.peekToken().pos)}
	for p.peekNonSpace().kind != tokenEOF {
		if p.peekToken().kind == tokenError {
			p.errorf("%s", p.peekToken().text)
		}
		n := p.textOrAction()
		switch n.(type) {
		case *endNode, *elseNode:
			return list, n
		}
		list.nodes = append(list.nodes, n)
	}
	p.errorf("unexpected EOF")
	return nil, nil
}

func (p *parser) textOrAction() node {
	t := p.nextToken()
	switch t.kind {
	case tokenText:
		return &textNode{pos(t.pos), t.text}
	case tokenComment:
		return &textNode{pos(t.pos), ""}
	case tokenLeftDelim:
		p.actionLine = t.line
		n := p.action()
		p.actionLine = 0
		return n
	case tokenError:
		p.errorf("%s", t.text)
	}
	p.unexpected(t, "input")
	return nil
}

// action parses what follows {{.
func (p *parser) action() node {
	first := p.peekToken() // an action is placed at what follows {{, space or not
	t := p.nextNonSpace()
	if t.kind == tokenKeyword {
		switch t.text {
		case "block":
			return p.blockControl(t)
		case "break", "continue":
			return p.loopControl(t)
		case "else":
			return p.elseControl(t)
		case "end":
			p.expect(tokenRightDelim, "end")
			return &endNode{pos(t.pos)}
		case "if", "range", "with":
			return p.branchControl(t)
		case "template":
			return p.templateControl(t)
		case "define":
			p.errorf("unexpected <define> in command")
		}
	}
	p.backup()
	pipe := p.pipeline("command", tokenRightDelim)
	return &actionNode{pos(first.pos), t.line, pipe}
}

func (p *parser) loopControl(t token) node {
	p.expect(tokenRightDelim, "{{"+t.text+"}}")
	if p.rangeNest == 0 {
		p.errorf("{{%s}} outside {{range}}", t.text)
	}
	if t.text == "break" {
		return &breakNode{pos(t.pos), t.line}
	}
	return &continueNode{pos(t.pos), t.line}
}

func (p *parser) elseControl(t token) node {
	next := p.peekNonSpace()
	if next.kind == tokenKeyword && next.text == "if" {
		// {{else if ...}}: an else holding an if; the if's end closes both.
		return &elseNode{pos(t.pos), t.line}
	}
	p.expect(tokenRightDelim, "else")
	return &elseNode{pos(t.pos), t.line}
}

func (p *parser) branchControl(t token) node {
	outer := len(p.vars)
	defer func() { p.vars = p.vars[:outer] }()
	pipe := p.pipeline(t.text, tokenRightDelim)
	if t.text == "range" {
		p.rangeNest++
	}
	list, next := p.itemList()
	if t.text == "range" {
		p.rangeNest--
	}
	var elseList *listNode
	if e, ok := next.(*elseNode); ok {
		if p.peekNonSpace().kind == tokenKeyword && p.peekNonSpace().text == "if" {
			// else if: parse the nested if as the else branch; it consumes the shared end.
			inner := p.nextNonSpace()
			elseList = &listNode{pos: e.pos, nodes: []node{p.branchControl(inner)}}
			return &branchNode{pipe.pos, t.text, t.line, pipe, list, elseList}
		}
		elseList, next = p.itemList()
		if _, ok := next.(*endNode); !ok {
			p.errorf("expected end; found %s", next)
		}
	}
	return &branchNode{pipe.pos, t.text, t.line, pipe, list, elseList}
}

func (p *parser) templateControl(t token) node {
	t = p.nextNonSpace() // the node is placed at its name
	name := p.stringValue(t, "template clause")
	var pipe *pipeNode
	if p.peekNonSpace().kind != tokenRightDelim {
		pipe = p.pipeline("template clause", tokenRightDelim)
	} else {
		p.nextNonSpace()
	}
	return &templateNode{pos(t.pos), t.line, name, pipe}
}

func (p *parser) blockControl(t token) node {
	t = p.nextNonSpace()
	name := p.stringValue(t, "block clause")
	pipe := p.pipeline("block clause", tokenRightDelim)
	outer := p.vars
	p.vars = []string{"$"}
	body, end := p.itemList()
	if _, ok := end.(*endNode); !ok {
		p.errorf("unexpected %s in block clause", end)
	}
	p.vars = outer
	p.addDefinition(name, body)
	return &templateNode{pos(t.pos), t.line, name, pipe}
}

// pipeline parses [decl :=] command | command ... up to the end token.
func (p *parser) pipeline(context string, end tokenKind) *pipeNode {
	first := p.peekNonSpace()
	pipe := &pipeNode{pos: pos(first.pos), line: first.line}
	p.declarations(pipe)
	for {
		t := p.nextNonSpace()
		switch {
		case t.kind == end:
			p.checkPipeline(pipe, context)
			return pipe
		case t.kind == tokenPipe && len(pipe.cmds) == 0:
			p.errorf("missing command before pipe")
		case t.kind == tokenPipe:
			continue
		case t.kind == tokenError:
			p.errorf("%s", t.text)
		case startsOperand(t.kind):
			p.backup()
			pipe.cmds = append(pipe.cmds, p.command())
		default:
			p.unexpected(t, context)
		}
	}
}

func startsOperand(kind tokenKind) bool {
	switch kind {
	case tokenBool, tokenChar, tokenDot, tokenField, tokenIdentifier, tokenNumber, tokenNil,
		tokenRawString, tokenString, tokenVariable, tokenLeftParen:
		return true
	}
	return false
}

func (p *parser) checkPipeline(pipe *pipeNode, context string) {
	if len(pipe.cmds) == 0 {
		p.errorf("missing value for %s", context)
	}
	for i, c := range pipe.cmds[1:] {
		switch c.args[0].(type) {
		case *boolNode, *dotNode, *nilNode, *numberNode, *stringNode:
			p.errorf("non executable command in pipeline stage %d", i+2)
		}
	}
}

// declarations parses "$x :=", "$x, $y :=" or "$x =" at the start of a pipeline.
func (p *parser) declarations(pipe *pipeNode) {
	save := p.next
	v := p.nextNonSpace()
	if v.kind != tokenVariable {
		p.next = save
		return
	}
	next := p.nextNonSpace()
	switch {
	case next.kind == tokenDeclare || next.kind == tokenAssign:
		pipe.isAssign = next.kind == tokenAssign
		pipe.decl = append(pipe.decl, p.declare(v, pipe.isAssign))
	case next.kind == tokenComma:
		second := p.nextNonSpace()
		op := p.nextNonSpace()
		if second.kind != tokenVariable || (op.kind != tokenDeclare && op.kind != tokenAssign) {
			p.errorf("too many declarations in %s", "range")
		}
		pipe.isAssign = op.kind == tokenAssign
		pipe.decl = append(pipe.decl, p.declare(v, pipe.isAssign), p.declare(second, pipe.isAssign))
	default:
		p.next = save
	}
}

func (p *parser) declare(t token, assign bool) *variableNode {
	if assign {
		p.useVariable(t)
	} else {
		p.vars = append(p.vars, t.text)
	}
	return &variableNode{pos(t.pos), []string{t.text}}
}

func (p *parser) useVariable(t token) {
	name := strings.SplitN(t.text, ".", 2)[0]
	for _, v := range p.vars {
		if v == name {
			return
		}
	}
	p.errorf("undefined variable %q", name)
}

// command parses operands up to | or the end of the pipeline.
func (p *parser) command() *commandNode {
	c := &commandNode{pos: pos(p.peekNonSpace().pos)}
	for {
		p.peekNonSpace()
		operand := p.operand()
		if operand != nil {
			c.args = append(c.args, operand)
		}
		t := p.nextToken()
		switch t.kind {
		case tokenSpace:
			continue
		case tokenRightDelim, tokenRightParen:
			p.backup()
		case tokenPipe:
			p.backup()
		case tokenError:
			p.errorf("%s", t.text)
		default:
			p.errorf("unexpected %s in operand", describe(t))
		}
		break
	}
	if len(c.args) == 0 {
		p.errorf("empty command")
	}
	return c
}

// operand parses a term and any .Field chain after it.
func (p *parser) operand() node {
	n := p.term()
	if n == nil {
		return nil
	}
	if p.peekToken().kind == tokenField {
		chain := &chainNode{pos: pos(p.peekToken().pos), node: n}
		for p.peekToken().kind == tokenField {
			chain.field = append(chain.field, p.nextToken().text[1:])
		}
		switch base := n.(type) {
		case *fieldNode:
			// gc places a field or variable chain at its second element
			return &fieldNode{chain.pos, append(append([]string{}, base.ident...), chain.field...)}
		case *variableNode:
			return &variableNode{chain.pos, append(append([]string{}, base.ident...), chain.field...)}
		case *boolNode, *stringNode, *numberNode, *nilNode, *dotNode:
			p.errorf("unexpected . after term %q", n.String())
		}
		return chain
	}
	return n
}

// term parses one literal, identifier, field, variable or parenthesised pipeline.
func (p *parser) term() node {
	t := p.nextNonSpace()
	switch t.kind {
	case tokenIdentifier:
		if !p.hasFunction(t.text) {
			p.errorf("function %q not defined", t.text)
		}
		return &identifierNode{pos(t.pos), t.text}
	case tokenDot:
		return &dotNode{pos(t.pos)}
	case tokenNil:
		return &nilNode{pos(t.pos)}
	case tokenVariable:
		p.useVariable(t)
		return &variableNode{pos(t.pos), strings.Split(t.text, ".")}
	case tokenField:
		return &fieldNode{pos(t.pos), strings.Split(t.text[1:], ".")}
	case tokenBool:
		return &boolNode{pos(t.pos), t.text == "true"}
	case tokenChar, tokenNumber:
		return p.number(t)
	case tokenLeftParen:
		return p.pipeline("parenthesized pipeline", tokenRightParen)
	case tokenString, tokenRawString:
		s, err := strconv.Unquote(t.text)
		if err != nil {
			p.errorf("%s", err)
		}
		return &stringNode{pos(t.pos), t.text, s}
	}
	p.backup()
	return nil
}

func (p *parser) hasFunction(name string) bool {
	for _, m := range p.funcs {
		if m == nil {
			continue
		}
		if _, ok := m[name]; ok {
			return true
		}
	}
	_, ok := builtins()[name]
	return ok
}

// number parses a number or character constant into every form it fits.
func (p *parser) number(t token) node {
	n := &numberNode{pos: pos(t.pos), text: t.text}
	if t.kind == tokenChar {
		r, _, tail, err := strconv.UnquoteChar(t.text[1:], t.text[0])
		if err != nil || tail != "'" {
			p.errorf("malformed character constant: %s", t.text)
		}
		n.isInt, n.isUint, n.isFloat = true, true, true
		n.int64Value, n.uint64Value, n.float64Value = int64(r), uint64(r), float64(r)
		return n
	}
	if u, err := strconv.ParseUint(t.text, 0, 64); err == nil {
		n.isUint, n.uint64Value = true, u
	}
	if i, err := strconv.ParseInt(t.text, 0, 64); err == nil {
		n.isInt, n.int64Value = true, i
		if i == 0 {
			n.isUint, n.uint64Value = true, 0
		}
	}
	switch {
	case n.isInt:
		n.isFloat, n.float64Value = true, float64(n.int64Value)
	case n.isUint:
		n.isFloat, n.float64Value = true, float64(n.uint64Value)
	default:
		if f, err := strconv.ParseFloat(t.text, 64); err == nil && !strings.ContainsAny(t.text, "xX") ||
			err == nil && strings.ContainsAny(t.text, "pP") {
			n.isFloat, n.float64Value = true, f
			if !strings.ContainsAny(t.text, ".eEpP") {
				// an integer too big for 64 bits stays a float
			} else if f == float64(int64(f)) {
				n.isInt, n.int64Value = true, int64(f)
			}
			if f == float64(uint64(f)) && f >= 0 && strings.ContainsAny(t.text, ".eEpP") {
				n.isUint, n.uint64Value = true, uint64(f)
			}
		}
	}
	if !n.isInt && !n.isUint && !n.isFloat {
		p.errorf("illegal number syntax: %q", t.text)
	}
	return n
}

// isEmptyTree reports whether a template body holds only space text.
func isEmptyTree(l *listNode) bool {
	for _, n := range l.nodes {
		t, ok := n.(*textNode)
		if !ok || strings.TrimSpace(t.text) != "" {
			return false
		}
	}
	return true
}
