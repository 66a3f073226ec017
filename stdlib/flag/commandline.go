package flag

import (
	"encoding"
	"fmt"
	"os"
	"time"
)

// CommandLine is the default set of command-line flags, parsed from os.Args. The
// top-level functions such as BoolVar, Arg, and so on are wrappers for its methods.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

func init() {
	// CommandLine's usage is the package's Usage variable, which a program may replace.
	CommandLine.Usage = commandLineUsage
}

func commandLineUsage() { Usage() }

// Usage prints a usage message documenting all defined command-line flags to
// CommandLine's output, which by default is os.Stderr. It is called when an error
// occurs while parsing flags; a program may point it at a function of its own.
var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

// VisitAll visits the command-line flags in lexicographical order.
func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit visits the command-line flags that have been set, in lexicographical order.
func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

// Lookup returns the Flag structure of the named command-line flag, nil if none.
func Lookup(name string) *Flag { return CommandLine.formal[name] }

// Set sets the value of the named command-line flag.
func Set(name, value string) error { return CommandLine.Set(name, value) }

// PrintDefaults prints, to standard error unless configured otherwise, a usage
// message showing the default settings of all defined command-line flags.
func PrintDefaults() { CommandLine.PrintDefaults() }

// NFlag returns the number of command-line flags that have been set.
func NFlag() int { return len(CommandLine.actual) }

// Arg returns the i'th command-line argument remaining after flags, or "".
func Arg(i int) string { return CommandLine.Arg(i) }

// NArg is the number of arguments remaining after flags have been processed.
func NArg() int { return len(CommandLine.args) }

// Args returns the non-flag command-line arguments.
func Args() []string { return CommandLine.args }

// BoolVar defines a bool flag with specified name, default value, and usage
// string, stored in *p.
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.Var(newBoolValue(value, p), name, usage)
}

// Bool defines a bool flag and returns the address of its variable.
func Bool(name string, value bool, usage string) *bool {
	return CommandLine.Bool(name, value, usage)
}

// IntVar defines an int flag stored in *p.
func IntVar(p *int, name string, value int, usage string) {
	CommandLine.Var(newIntValue(value, p), name, usage)
}

// Int defines an int flag and returns the address of its variable.
func Int(name string, value int, usage string) *int {
	return CommandLine.Int(name, value, usage)
}

// Int64Var defines an int64 flag stored in *p.
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Var(newInt64Value(value, p), name, usage)
}

// Int64 defines an int64 flag and returns the address of its variable.
func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

// UintVar defines a uint flag stored in *p.
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.Var(newUintValue(value, p), name, usage)
}

// Uint defines a uint flag and returns the address of its variable.
func Uint(name string, value uint, usage string) *uint {
	return CommandLine.Uint(name, value, usage)
}

// Uint64Var defines a uint64 flag stored in *p.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Var(newUint64Value(value, p), name, usage)
}

// Uint64 defines a uint64 flag and returns the address of its variable.
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

// StringVar defines a string flag stored in *p.
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.Var(newStringValue(value, p), name, usage)
}

// String defines a string flag and returns the address of its variable.
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

// Float64Var defines a float64 flag stored in *p.
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Var(newFloat64Value(value, p), name, usage)
}

// Float64 defines a float64 flag and returns the address of its variable.
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

// DurationVar defines a time.Duration flag stored in *p.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.Var(newDurationValue(value, p), name, usage)
}

// Duration defines a time.Duration flag and returns the address of its variable.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// TextVar defines a command-line flag stored in *p, read by p's UnmarshalText.
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}

// Func defines a command-line flag that calls fn with each value it is given.
func Func(name, usage string, fn func(string) error) {
	CommandLine.Func(name, usage, fn)
}

// Var defines a command-line flag with the specified name and usage string, its
// type and value given by value.
func Var(value Value, name string, usage string) {
	CommandLine.Var(value, name, usage)
}

// Parse parses the command-line flags from os.Args[1:]. Must be called after all
// flags are defined and before flags are accessed by the program.
func Parse() {
	CommandLine.Parse(os.Args[1:]) // ExitOnError: errors exit
}

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool { return CommandLine.Parsed() }
