// Package template implements data-driven templates for generating textual output.
//
// A template is text with actions in {{ and }}: data evaluations (fields, map keys, methods,
// variables, function calls and pipelines) and control structures (if, else, range with break
// and continue, with, define, template, block). Execute walks the parsed template with a data
// value, dot, writing the text and the printed values of the actions.
package template

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
)

// Template is the representation of a parsed template. Templates that refer to each other by
// name ({{template}}, {{define}}) share one set, as New(name) on a template adds to its set.
type Template struct {
	name   string
	common *common
	left   string
	right  string
	option option
}

// common is what the templates of one set share.
type common struct {
	templates  map[string]*Template
	trees      map[string]*listNode
	sources    map[string]string // the text each tree was parsed from, for error positions
	parseFuncs FuncMap
	execFuncs  map[string]reflect.Value
}

type missingKeyAction int

const (
	mapInvalid   missingKeyAction = iota // Return an invalid reflect.Value.
	mapZeroValue                         // Return the zero value for the map element.
	mapError                             // Error out
)

type option struct {
	missingKey missingKeyAction
}

// New allocates a new, undefined template with the given name.
func New(name string) *Template {
	t := &Template{name: name}
	t.init()
	return t
}

func (t *Template) init() {
	if t.common == nil {
		t.common = &common{templates: map[string]*Template{}, trees: map[string]*listNode{},
			sources: map[string]string{}, parseFuncs: FuncMap{}, execFuncs: map[string]reflect.Value{}}
	}
}

// Name returns the name of the template.
func (t *Template) Name() string {
	return t.name
}

// New allocates a new, undefined template associated with the given one and with the same
// delimiters. The association, which is transitive, allows one template to invoke another with a
// {{template}} action.
func (t *Template) New(name string) *Template {
	t.init()
	return &Template{name: name, common: t.common, left: t.left, right: t.right, option: t.option}
}

// Must is a helper that wraps a call to a function returning (*Template, error) and panics if
// the error is non-nil. It is intended for use in variable initializations such as
//
//	var t = template.Must(template.New("name").Parse("text"))
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// Delims sets the action delimiters to the specified strings, to be used in subsequent calls to
// Parse, ParseFiles, or ParseGlob. An empty delimiter stands for the corresponding default: {{
// or }}. The return value is the template, so calls can be chained.
func (t *Template) Delims(left, right string) *Template {
	t.init()
	t.left, t.right = left, right
	return t
}

// Funcs adds the elements of the argument map to the template's function map. It must be called
// before the template is parsed. It panics if a value in the map is not a function with
// appropriate return type or if the name cannot be used syntactically as a function in a
// template. It is legal to overwrite elements of the map. The return value is the template, so
// calls can be chained.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.init()
	for name, value := range valuesOf(funcMap) {
		if !goodName(name) {
			panic(fmt.Errorf("function name %q is not a valid identifier", name))
		}
		t.common.execFuncs[name] = value
		t.common.parseFuncs[name] = funcMap[name]
	}
	return t
}

func goodName(name string) bool {
	if name == "" {
		return false
	}
	for i, c := range name {
		switch {
		case c == '_', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && '0' <= c && c <= '9':
		default:
			if c < 0x80 {
				return false
			}
		}
	}
	return true
}

// Option sets options for the template. Options are described by strings, either a simple
// string or "key=value". There can be at most one equals sign in an option string. If the option
// string is unrecognized or otherwise invalid, Option panics.
//
// Known options: missingkey=default or missingkey=invalid (print "<no value>" for a missing map
// key), missingkey=zero (the zero value of the map's element type), missingkey=error (stop
// execution with an error).
func (t *Template) Option(opt ...string) *Template {
	t.init()
	for _, s := range opt {
		key, value, ok := strings.Cut(s, "=")
		if !ok || key != "missingkey" {
			if strings.Contains(value, "=") {
				panic("unrecognized option: " + s)
			}
			panic("unrecognized option: " + s)
		}
		switch value {
		case "invalid", "default":
			t.option.missingKey = mapInvalid
		case "zero":
			t.option.missingKey = mapZeroValue
		case "error":
			t.option.missingKey = mapError
		default:
			panic("unrecognized option: " + s)
		}
	}
	return t
}

// Parse parses text as a template body for t. Named template definitions ({{define ...}} or
// {{block ...}} statements) in text define additional templates associated with t and are
// removed from the definition of t itself.
//
// Templates can be redefined in successive calls to Parse. A template definition with a body
// containing only white space and comments is considered empty and will not replace an existing
// template's body.
func (t *Template) Parse(text string) (*Template, error) {
	t.init()
	p := &parser{name: t.name, text: text, tokens: lex(text, t.left, t.right),
		funcs: []FuncMap{t.common.parseFuncs}, defined: map[string]*listNode{}}
	list, err := p.parse()
	if err != nil {
		return nil, err
	}
	for name, body := range p.defined {
		t.install(name, body, text)
	}
	t.install(t.name, list, text)
	return t, nil
}

// install makes body the tree of the set's template name, unless body is empty and a tree is
// already there.
func (t *Template) install(name string, body *listNode, text string) {
	if old, ok := t.common.trees[name]; ok && old != nil && isEmptyTree(body) {
		return
	}
	t.common.trees[name] = body
	t.common.sources[name] = text
	if t.common.templates[name] == nil {
		if name == t.name {
			t.common.templates[name] = t
		} else {
			t.common.templates[name] = &Template{name: name, common: t.common, left: t.left, right: t.right, option: t.option}
		}
	}
}

// Execute applies a parsed template to the specified data object, and writes the output to wr.
// If an error occurs executing the template or writing its output, execution stops, but partial
// results may already have been written to the output writer. A template may be executed safely
// in parallel, although if parallel executions share a Writer the output may be interleaved.
//
// If data is a reflect.Value, the template applies to the concrete value that the reflect.Value
// holds, as in fmt.Print.
func (t *Template) Execute(wr io.Writer, data interface{}) error {
	t.init()
	return t.execute(wr, data)
}

// ExecuteTemplate applies the template associated with t that has the given name to the
// specified data object and writes the output to wr.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data interface{}) error {
	t.init()
	tmpl := t.common.templates[name]
	if tmpl == nil {
		return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
	}
	return tmpl.Execute(wr, data)
}

// Lookup returns the template with the given name that is associated with t. It returns nil if
// there is no such template or the template has no definition.
func (t *Template) Lookup(name string) *Template {
	if t.common == nil || t.common.trees[name] == nil {
		return nil
	}
	return t.common.templates[name]
}

// Templates returns a slice of defined templates associated with t.
func (t *Template) Templates() []*Template {
	if t.common == nil {
		return nil
	}
	var list []*Template
	for name, tmpl := range t.common.templates {
		if t.common.trees[name] != nil {
			list = append(list, tmpl)
		}
	}
	return list
}

// DefinedTemplates returns a string listing the defined templates, prefixed by the string
// "; defined templates are: ". If there are none, it returns the empty string.
func (t *Template) DefinedTemplates() string {
	if t.common == nil {
		return ""
	}
	var b strings.Builder
	for name, tree := range t.common.trees {
		if tree == nil {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("; defined templates are: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", name)
	}
	return b.String()
}

// Clone returns a duplicate of the template, including all associated templates. The actual
// representation is not copied, but the name space of associated templates is, so further calls
// to Parse in the copy will add templates to the copy but not to the original.
func (t *Template) Clone() (*Template, error) {
	t.init()
	copyCommon := &common{templates: map[string]*Template{}, trees: map[string]*listNode{},
		sources: map[string]string{}, parseFuncs: FuncMap{}, execFuncs: map[string]reflect.Value{}}
	for k, v := range t.common.trees {
		copyCommon.trees[k] = v
	}
	for k, v := range t.common.sources {
		copyCommon.sources[k] = v
	}
	for k, v := range t.common.parseFuncs {
		copyCommon.parseFuncs[k] = v
	}
	for k, v := range t.common.execFuncs {
		copyCommon.execFuncs[k] = v
	}
	clone := &Template{name: t.name, common: copyCommon, left: t.left, right: t.right, option: t.option}
	for name, tmpl := range t.common.templates {
		if name == t.name {
			copyCommon.templates[name] = clone
			continue
		}
		copyCommon.templates[name] = &Template{name: name, common: copyCommon, left: tmpl.left, right: tmpl.right, option: tmpl.option}
	}
	return clone, nil
}

// ParseFiles creates a new Template and parses the template definitions from the named files.
// The returned template's name will have the base name and parsed contents of the first file.
// There must be at least one file. If an error occurs, parsing stops and the returned *Template
// is nil.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, filenames...)
}

// ParseFiles parses the named files and associates the resulting templates with t. If an error
// occurs, parsing stops and the returned template is nil; otherwise it is t. There must be at
// least one file.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.init()
	return parseFiles(t, filenames...)
}

func parseFiles(t *Template, filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		b, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(filename)
		var tmpl *Template
		if t == nil {
			t = New(name)
		}
		if name == t.Name() {
			tmpl = t
		} else {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}
