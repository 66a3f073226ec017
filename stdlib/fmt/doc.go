// Package fmt formats and scans values with verbs in the style of C's printf
// and scanf, as Go's package fmt does: the same verbs, flags, error strings
// and method protocol (Formatter, GoStringer, error, Stringer).
//
// minigo's fmt is ordinary Go over package reflect (stdlib/reflect) and
// strconv. The layout of the code:
//
//   - print.go: the printer (one per call, recycled), Print/Sprint/Fprint
//     and their f/ln forms, Append*, Errorf; the argument dispatch (a type
//     switch over the basic unnamed types first, so the common cases never
//     touch reflect), the method protocol, and values walked with reflect.
//   - format.go: the padding and number/string layouts of one operand under
//     the current flags, width and precision.
//   - mapsort.go: map keys in the order Go's fmt prints them.
//   - errors.go: Errorf's wrapping error.
//   - scan.go: Scan, Sscan, Fscan and their f/ln forms.
//
// Everything is written to a byte slice and handed to the destination in one
// call: Print writes os.Stdout once per call, as gc does (one write(2)).
package fmt
