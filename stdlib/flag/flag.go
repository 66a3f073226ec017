// Package flag implements command-line flag parsing: define flags with Bool, Int,
// String, Duration, ... or Var, then call Parse. Flags are written -name, --name,
// -name=value or -name value (the last not for boolean flags); parsing stops at the
// first argument that is not a flag, or after "--".
//
// The top-level functions use CommandLine, the FlagSet of os.Args; a bad flag there
// prints the error and the usage to standard error and exits with status 2, -h or
// -help with status 0.
package flag

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no such flag
// is defined.
var ErrHelp = errors.New("flag: help requested")

// ErrorHandling defines how FlagSet.Parse behaves if the parse fails.
type ErrorHandling int

// These constants cause FlagSet.Parse to behave as described if the parse fails.
const (
	ContinueOnError ErrorHandling = iota // return a descriptive error
	ExitOnError                          // call os.Exit(2), or os.Exit(0) for -h/-help
	PanicOnError                         // call panic with a descriptive error
)

// A Flag represents the state of a flag.
type Flag struct {
	Name     string // name as it appears on command line
	Usage    string // help message
	Value    Value  // value as set
	DefValue string // default value (as text); for usage message
}

// A FlagSet represents a set of defined flags. The zero value has no name and has
// ContinueOnError error handling.
type FlagSet struct {
	// Usage is the function called when an error occurs while parsing flags; nil
	// means the default, which prints the flags' help (PrintDefaults).
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string // arguments after flags
	errorHandling ErrorHandling
	output        io.Writer // nil means stderr
}

// NewFlagSet returns a new, empty flag set with the specified name and error
// handling property. With a name, the default usage message and errors name it.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init sets the name and error handling property for a flag set.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}

// Output returns the destination for usage and error messages: os.Stderr unless
// SetOutput changed it.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

// Name returns the name of the flag set.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling returns the error handling behavior of the flag set.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.errorHandling }

// SetOutput sets the destination for usage and error messages; nil means os.Stderr.
func (f *FlagSet) SetOutput(output io.Writer) { f.output = output }

// sortFlags returns the flags as a slice in lexicographical order.
func sortFlags(flags map[string]*Flag) []*Flag {
	result := make([]*Flag, 0, len(flags))
	for _, flag := range flags {
		result = append(result, flag)
	}
	sort.Slice(result, func(i, j int) bool { return result[i].Name < result[j].Name })
	return result
}

// VisitAll visits the flags in lexicographical order, calling fn for each, set or
// not.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, flag := range sortFlags(f.formal) {
		fn(flag)
	}
}

// Visit visits the flags that have been set, in lexicographical order.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, flag := range sortFlags(f.actual) {
		fn(flag)
	}
}

// Lookup returns the Flag structure of the named flag, nil if none exists.
func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

// Set sets the value of the named flag.
func (f *FlagSet) Set(name, value string) error {
	flag, ok := f.formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := flag.Value.Set(value); err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return nil
}

// isZeroValue reports whether value is the text of the flag's zero value, which
// PrintDefaults does not show. gc asks reflect for a zero of the Value's type; a
// Value type this package does not know counts as zero for the texts such types
// usually give their zero ("", "0", "false", "[]").
func isZeroValue(flag *Flag, value string) bool {
	if zero, known := zeroText(flag.Value); known {
		return value == zero
	}
	switch value {
	case "", "0", "false", "[]", "<nil>":
		return true
	}
	return false
}

// UnquoteUsage extracts a back-quoted name from the usage string for a flag and
// returns it and the un-quoted usage; without one, the name is the kind of value
// the flag takes ("int", "string", ...), "" for a boolean flag.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	for i := 0; i < len(usage); i++ {
		if usage[i] == '`' {
			for j := i + 1; j < len(usage); j++ {
				if usage[j] == '`' {
					name = usage[i+1 : j]
					usage = usage[:i] + name + usage[j+1:]
					return name, usage
				}
			}
			break // only one back quote
		}
	}
	name = "value"
	switch v := flag.Value.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return name, usage
}

// PrintDefaults prints, to the set's output, the default values of all defined
// flags: for each, a line "  -name type" and the usage indented on the next (or a
// tab after a one-letter name without a type), then "(default ...)" unless the
// default is the zero value.
func (f *FlagSet) PrintDefaults() {
	f.VisitAll(func(flag *Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", flag.Name)
		name, usage := UnquoteUsage(flag)
		if len(name) > 0 {
			b.WriteString(" ")
			b.WriteString(name)
		}
		if b.Len() <= 4 { // space, space, '-', one letter
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if !isZeroValue(flag, flag.DefValue) {
			if _, ok := flag.Value.(*stringValue); ok {
				fmt.Fprintf(&b, " (default %q)", flag.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %v)", flag.DefValue)
			}
		}
		fmt.Fprint(f.Output(), b.String(), "\n")
	})
}

func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

// NFlag returns the number of flags that have been set.
func (f *FlagSet) NFlag() int { return len(f.actual) }

// Arg returns the i'th argument remaining after flags have been processed, or ""
// if it does not exist.
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

// NArg is the number of arguments remaining after flags have been processed.
func (f *FlagSet) NArg() int { return len(f.args) }

// Args returns the non-flag arguments.
func (f *FlagSet) Args() []string { return f.args }

// BoolVar defines a bool flag with specified name, default value, and usage
// string, stored in *p.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	f.Var(newBoolValue(value, p), name, usage)
}

// Bool defines a bool flag and returns the address of its variable.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}

// IntVar defines an int flag stored in *p.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	f.Var(newIntValue(value, p), name, usage)
}

// Int defines an int flag and returns the address of its variable.
func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}

// Int64Var defines an int64 flag stored in *p.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	f.Var(newInt64Value(value, p), name, usage)
}

// Int64 defines an int64 flag and returns the address of its variable.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}

// UintVar defines a uint flag stored in *p.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	f.Var(newUintValue(value, p), name, usage)
}

// Uint defines a uint flag and returns the address of its variable.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}

// Uint64Var defines a uint64 flag stored in *p.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	f.Var(newUint64Value(value, p), name, usage)
}

// Uint64 defines a uint64 flag and returns the address of its variable.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}

// StringVar defines a string flag stored in *p.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	f.Var(newStringValue(value, p), name, usage)
}

// String defines a string flag and returns the address of its variable.
func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}

// Float64Var defines a float64 flag stored in *p.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	f.Var(newFloat64Value(value, p), name, usage)
}

// Float64 defines a float64 flag and returns the address of its variable.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}

// DurationVar defines a time.Duration flag stored in *p; its values are
// time.ParseDuration's ("300ms", "1h30m").
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	f.Var(newDurationValue(value, p), name, usage)
}

// Duration defines a time.Duration flag and returns the address of its variable.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}

// TextVar defines a flag stored in *p (p a pointer), whose values p's UnmarshalText
// reads; value is the default, of p's element type or a pointer to one.
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	f.Var(newTextValue(value, p), name, usage)
}

// Func defines a flag that calls fn with each value it is given; an error from fn
// is a parse error.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

// Var defines a flag with the specified name and usage string, its type and value
// given by value; its default is value's String. Defining a name twice panics.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(f.announce(fmt.Sprintf("flag %q begins with -", name)))
	} else if strings.Contains(name, "=") {
		panic(f.announce(fmt.Sprintf("flag %q contains =", name)))
	}
	flag := &Flag{name, usage, value, value.String()}
	if _, defined := f.formal[name]; defined {
		if f.name == "" {
			panic(f.announce(fmt.Sprintf("flag redefined: %s", name)))
		}
		panic(f.announce(fmt.Sprintf("%s flag redefined: %s", f.name, name)))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = flag
}

// announce prints a message to the set's output and returns it, for a panic.
func (f *FlagSet) announce(message string) string {
	fmt.Fprintln(f.Output(), message)
	return message
}

// failf prints the error and the usage, and returns the error.
func (f *FlagSet) failf(format string, a ...interface{}) error {
	err := fmt.Errorf(format, a...)
	fmt.Fprintln(f.Output(), err)
	f.usage()
	return err
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne parses one flag and reports whether one was seen.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	minuses := 1
	if s[1] == '-' {
		minuses++
		if len(s) == 2 { // "--" ends the flags
			f.args = f.args[1:]
			return false, nil
		}
	}
	name := s[minuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}
	f.args = f.args[1:]
	hasValue := false
	value := ""
	if i := strings.Index(name[1:], "="); i >= 0 {
		value = name[i+2:]
		hasValue = true
		name = name[:i+1]
	}
	flag, defined := f.formal[name]
	if !defined {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}
	if fv, ok := flag.Value.(boolFlag); ok && fv.IsBoolFlag() {
		if hasValue {
			if err := fv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := fv.Set("true"); err != nil {
			return false, f.failf("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			hasValue = true
			value, f.args = f.args[0], f.args[1:]
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := flag.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return true, nil
}

// Parse parses flag definitions from the argument list, which should not include
// the command name. Must be called after all flags in the FlagSet are defined and
// before flags are accessed by the program. The return value will be ErrHelp if
// -help or -h were set but not defined.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			break
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
	return nil
}

// Parsed reports whether f.Parse has been called.
func (f *FlagSet) Parsed() bool { return f.parsed }
