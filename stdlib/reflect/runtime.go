// Package reflect lets a program look at and change values whose types it
// knows only at run time, as Go's package reflect does.
//
// minigo's reflect reads the compiler's type descriptors (runtime.h's
// TypeDescriptor, mirrored by rtype below) and reaches memory through the
// functions declared without a body in this file: minigo's compiler supplies
// them as calls into its runtime (minigo/runtime/reflect.c, and map.c's and
// chan.c's entry points). There is no package unsafe: the bodyless "as"
// functions return the address they are given under another pointer type.
package reflect

// The descriptor layouts (runtime.h; codegen/runtime_abi.py LAYOUTS).
type rtype struct {
	size        int
	kind        int
	flags       int
	name        string
	elem        *rtype
	key         *rtype
	length      int
	fields      *structField
	fieldCount  int
	methods     *method
	methodCount int
	pointerMask *byte
	extra       *typeExtra
	ptrTo       *rtype
}

type structField struct {
	name     string
	typ      *rtype
	offset   int
	embedded int
	tag      string
}

type method struct {
	name string
	typ  *rtype
	fn   *byte
}

type typeExtra struct {
	pkgPath  string
	params   **rtype
	inCount  int
	outCount int
	call     *byte
	slice    *rtype
}

// The sizes of the tables' rows, for indexing them.
const (
	structFieldSize = 56
	methodSize      = 32
	wordSize        = 8
)

// rtype.flags (runtime.h TYPE_FLAG_*)
const (
	typeFlagNoPointers = 1
	typeFlagNamed      = 2
	typeFlagNonEmpty   = 4
	typeFlagVariadic   = 8
	typeFlagRecvOnly   = 16
	typeFlagSendOnly   = 32
)

// An interface{}'s two words.
func typeWord(i interface{}) *rtype
func dataWord(i interface{}) *byte

// makeEface builds the interface{} whose words are t and data.
func makeEface(t *rtype, data *byte) interface{}

// A pointer (the data word of an interface holding one) as a *byte.
func pointerWord(p interface{}) *byte

// add returns p+offset.
func add(p *byte, offset int) *byte
func addField(p *structField, offset int) *structField
func addMethod(p *method, offset int) *method
func addParam(p **rtype, offset int) **rtype

// The same address as another pointer type.
func asInt8(p *byte) *int8
func asInt16(p *byte) *int16
func asInt32(p *byte) *int32
func asInt64(p *byte) *int64
func asUint16(p *byte) *uint16
func asUint32(p *byte) *uint32
func asUint64(p *byte) *uint64
func asFloat32(p *byte) *float32
func asFloat64(p *byte) *float64
func asString(p *byte) *string
func asPointer(p *byte) **byte
func asSlice(p *byte) *sliceHeader
func asEface(p *byte) *interface{}
func asRtype(p *byte) *rtype
func asBytes(p *byte) *[]byte
func asUint16s(p *byte) *[]uint16
func asUint32s(p *byte) *[]uint32
func asUint64s(p *byte) *[]uint64
func asStrings(p *byte) *[]string
func asPointers(p *byte) *[]*byte

// unsafeNew returns zeroed memory for count values of type t.
func unsafeNew(t *rtype, count int) *byte

// callWrapper calls code with context, the arguments at args and the results
// stored at results, through wrapper, a func type's typeExtra.call; method
// says whether code is a method-table entry (else a func value's code).
func callWrapper(wrapper, code, context, args, results *byte, method int)

// memmove copies size bytes from src to dst.
func memmove(dst, src *byte, size int)

// growslice grows the slice at header (elements of type elem) to hold newlen.
func growslice(elem *rtype, header *sliceHeader, newlen int)

// itabOrNil is non-nil when t implements the interface type iface.
func itabOrNil(iface, t *rtype) *byte

// Maps (the runtime's map.c): lookups return the value's address or nil.
func makemap(t *rtype, hint int) *byte
func mapaccess(t *rtype, m *byte, key *byte) *byte
func mapassign(t *rtype, m *byte, key *byte) *byte
func mapdelete(t *rtype, m *byte, key *byte)
func mapiterinit(m *byte, it *byte)
func mapiternext(it *byte) *byte

// Channels (the runtime's chan.c).
func makechan(elemSize int, flags int, size int, pointerMask *byte) *byte
func chanlen(c *byte) int
func chancap(c *byte) int
func chansend(c *byte, elem *byte)
func chanrecv(c *byte, elem *byte) int
func closechan(c *byte)

type sliceHeader struct {
	data *byte
	len  int
	cap  int
}
