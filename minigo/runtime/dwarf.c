/*
 * Source positions for tracebacks, from the executable's own DWARF.
 *
 * Codegen asks LLVM for line tables and inlining only (DWARF 4, like clang
 * -gline-tables-only): .debug_info holds, per compile unit, the subprograms with
 * their code ranges and the inlined_subroutine DIEs nested in them (each with the
 * file and line of the call it replaces); .debug_line maps addresses to lines.
 * So the frames at pc are the chain subprogram > inlined > ... > inlined holding
 * pc: the innermost gets the line-table position of pc, each outer one the call
 * position of the DIE nested in it.
 *
 * Under LineTablesOnly LLVM gives no DIE to a function nothing was inlined into,
 * so a pc in a unit's code but in no subprogram is named by the ELF symbol holding
 * it, as addr2line does (codegen names symbols as Go does: "main.(*T).get").
 *
 * This runs inside a panic, possibly on a 64 KiB signal stack, possibly because
 * memory is corrupt, so:
 *   - nothing is read before the first traceback: the file is mapped then (never
 *     unmapped, so the names handed out stay valid) and nothing is built from it;
 *     every lookup walks the sections again: microseconds for a program's one
 *     unit, and it happens a few dozen times per panic;
 *   - every read goes through a Cursor bounded by the end of its section (or of
 *     its unit): bad data sets the cursor's `bad` flag, reads then return 0, and
 *     the lookup gives up (returns 0 frames) rather than guessing;
 *   - no malloc: a handful of fixed arrays on the stack (the abbreviation cache, the
 *     chain) and one static arena for joined paths, never reset because callers
 *     keep the strings of earlier frames; when it is full a path is its bare name;
 *   - one lookup at a time (a spin lock), and a lookup that faults and comes back
 *     here through a nested panic finds its thread's flag set and returns 0.
 *
 * The REPL's session host loads each input as a shared object with DWARF of its own:
 * it maps each one as it loads it (dwarf_open_object, outside any panic) and answers
 * repl_debug_file(pc) (a weak hook, absent from programs) with the object holding pc;
 * a lookup then reads that file instead of the executable's.
 */
#include "sched.h"

#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    MAX_CHAIN = 64,            /* subprogram + nested inlined_subroutines */
    ABBREV_CACHE = 64,         /* abbreviation codes below this are remembered */
    MAX_REFERENCE_HOPS = 8,    /* abstract_origin/specification chains */
    PATH_ARENA_SIZE = 16384,
};

/* DWARF constants (only those used) */
enum {
    TAG_inlined_subroutine = 0x1d, TAG_compile_unit = 0x11, TAG_subprogram = 0x2e,
    TAG_partial_unit = 0x3c,
    AT_name = 0x03, AT_stmt_list = 0x10, AT_low_pc = 0x11, AT_high_pc = 0x12,
    AT_comp_dir = 0x1b, AT_abstract_origin = 0x31, AT_specification = 0x47,
    AT_ranges = 0x55, AT_call_file = 0x58, AT_call_line = 0x59,
    FORM_addr = 0x01, FORM_block2 = 0x03, FORM_block4 = 0x04, FORM_data2 = 0x05,
    FORM_data4 = 0x06, FORM_data8 = 0x07, FORM_string = 0x08, FORM_block = 0x09,
    FORM_block1 = 0x0a, FORM_data1 = 0x0b, FORM_flag = 0x0c, FORM_sdata = 0x0d,
    FORM_strp = 0x0e, FORM_udata = 0x0f, FORM_ref_addr = 0x10, FORM_ref1 = 0x11,
    FORM_ref2 = 0x12, FORM_ref4 = 0x13, FORM_ref8 = 0x14, FORM_ref_udata = 0x15,
    FORM_indirect = 0x16, FORM_sec_offset = 0x17, FORM_exprloc = 0x18,
    FORM_flag_present = 0x19, FORM_ref_sig8 = 0x20, FORM_implicit_const = 0x21,
    FORM_GNU_ref_alt = 0x1f20, FORM_GNU_strp_alt = 0x1f21,
    LNS_copy = 1, LNS_advance_pc, LNS_advance_line, LNS_set_file, LNS_set_column,
    LNS_negate_stmt, LNS_set_basic_block, LNS_const_add_pc, LNS_fixed_advance_pc,
    LNS_set_prologue_end, LNS_set_epilogue_begin, LNS_set_isa,
    LNE_end_sequence = 1, LNE_set_address = 2,
};

typedef struct {
    const uint8_t *data;
    uint64_t size;
} Section;

struct DebugFile {
    Section info, abbrev, str, line, ranges;
    Section symbols, symbol_names;     /* .symtab and its string table */
    uintptr_t bias;            /* run-time address - link-time address (PIE, .so) */
    bool ready;
};

/* the executable's; and the file of the current lookup (the executable's, or a
 * loaded object's the REPL's host names: repl_debug_file) */
static DebugFile executable;
static const DebugFile *debug = &executable;

extern const DebugFile *repl_debug_file(uintptr_t pc) __attribute__((weak));

static _Atomic int lookup_lock;
static __thread bool in_lookup __attribute__((tls_model("initial-exec")));

static char path_arena[PATH_ARENA_SIZE];
static size_t path_arena_used;

/* ---- bounded reading ---- */

typedef struct {
    const uint8_t *p, *end;
    bool bad;
} Cursor;

/* [offset, offset + length) of a section; an empty bad cursor if out of bounds */
static Cursor cursor_at(Section section, uint64_t offset, uint64_t length)
{
    Cursor c = {section.data, section.data, true};
    if (section.data != NULL && offset <= section.size && length <= section.size - offset)
        c = (Cursor){section.data + offset, section.data + offset + length, false};
    return c;
}

static bool cursor_skip(Cursor *c, uint64_t n)
{
    if (c->bad || (uint64_t)(c->end - c->p) < n) {
        c->bad = true;
        return false;
    }
    c->p += n;
    return true;
}

static uint64_t read_fixed(Cursor *c, int size)
{
    const uint8_t *p = c->p;
    if (!cursor_skip(c, (uint64_t)size))
        return 0;
    uint64_t value = 0;
    for (int i = size - 1; i >= 0; i--)
        value = value << 8 | p[i];
    return value;
}

static uint64_t read_uleb(Cursor *c)
{
    uint64_t value = 0;
    for (int shift = 0; !c->bad; shift += 7) {
        if (c->p >= c->end) {
            c->bad = true;
            break;
        }
        uint8_t byte = *c->p++;
        if (shift < 64)
            value |= (uint64_t)(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
    return 0;
}

static int64_t read_sleb(Cursor *c)
{
    uint64_t value = 0;
    int shift = 0;
    uint8_t byte = 0;
    do {
        if (c->bad || c->p >= c->end) {
            c->bad = true;
            return 0;
        }
        byte = *c->p++;
        if (shift < 64)
            value |= (uint64_t)(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    if (shift < 64 && (byte & 0x40))
        value |= ~(uint64_t)0 << shift;
    return (int64_t)value;
}

/* a NUL-terminated string at the cursor (the NUL is consumed, not counted) */
static GoString read_cstring(Cursor *c)
{
    GoString s = {NULL, 0};
    if (c->bad)
        return s;
    const uint8_t *nul = memchr(c->p, 0, (size_t)(c->end - c->p));
    if (nul == NULL) {
        c->bad = true;
        return s;
    }
    s = (GoString){c->p, nul - c->p};
    c->p = nul + 1;
    return s;
}

static GoString string_at(Section section, uint64_t offset, bool *ok)
{
    Cursor c = cursor_at(section, offset, offset <= section.size ? section.size - offset : 0);
    GoString s = read_cstring(&c);
    if (c.bad)
        *ok = false;
    return s;
}

/* ---- loading the sections ---- */

static bool section_name_is(const Section *names, uint32_t offset, const char *name)
{
    size_t length = strlen(name);
    return offset < names->size && names->size - offset > length
           && memcmp(names->data + offset, name, length + 1) == 0;
}

/* load bias of a position-independent executable: where its program headers are
 * mapped minus where the file says they are */
static uintptr_t load_bias(const uint8_t *file, uint64_t size, const Elf64_Ehdr *header)
{
    if (header->e_type != ET_DYN || header->e_phentsize != sizeof(Elf64_Phdr)
        || header->e_phoff > size || (uint64_t)header->e_phnum * sizeof(Elf64_Phdr) > size - header->e_phoff)
        return 0;
    const Elf64_Phdr *phdrs = (const Elf64_Phdr *)(file + header->e_phoff);
    uintptr_t runtime_phdr = (uintptr_t)getauxval(AT_PHDR);
    if (runtime_phdr == 0)
        return 0;
    for (int i = 0; i < header->e_phnum; i++)
        if (phdrs[i].p_type == PT_PHDR)
            return runtime_phdr - phdrs[i].p_vaddr;
    for (int i = 0; i < header->e_phnum; i++)
        if (phdrs[i].p_type == PT_LOAD && phdrs[i].p_offset == 0)
            return runtime_phdr - (phdrs[i].p_vaddr + header->e_phoff);
    return 0;
}

/* map the ELF file at path (never unmapped) and find its debug sections; bias < 0:
 * the file is this process's executable, whose bias comes from its program headers */
static void load_sections(const char *path, DebugFile *into, intptr_t bias)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat status;
    void *map = MAP_FAILED;
    if (fstat(fd, &status) == 0 && status.st_size >= (off_t)sizeof(Elf64_Ehdr))
        map = mmap(NULL, (size_t)status.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return;
    const uint8_t *file = map;
    uint64_t size = (uint64_t)status.st_size;
    const Elf64_Ehdr *header = map;
    if (memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 || header->e_ident[EI_CLASS] != ELFCLASS64
        || header->e_ident[EI_DATA] != ELFDATA2LSB || header->e_shentsize != sizeof(Elf64_Shdr)
        || header->e_shoff == 0 || header->e_shoff > size
        || size - header->e_shoff < sizeof(Elf64_Shdr))
        return;
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(file + header->e_shoff);
    uint64_t count = header->e_shnum != 0 ? header->e_shnum : sections[0].sh_size;
    uint64_t names_index = header->e_shstrndx != SHN_XINDEX ? header->e_shstrndx : sections[0].sh_link;
    if (count > (size - header->e_shoff) / sizeof(Elf64_Shdr) || names_index >= count)
        return;
    const Elf64_Shdr *names_header = &sections[names_index];
    if (names_header->sh_offset > size || names_header->sh_size > size - names_header->sh_offset)
        return;
    Section names = {file + names_header->sh_offset, names_header->sh_size};
    const struct {
        const char *name;
        Section *section;
    } wanted[] = {
        {".debug_info", &into->info},
        {".debug_abbrev", &into->abbrev},
        {".debug_str", &into->str},
        {".debug_line", &into->line},
        {".debug_ranges", &into->ranges},
    };
    for (uint64_t i = 0; i < count; i++) {
        const Elf64_Shdr *s = &sections[i];
        /* compressed sections (SHF_COMPRESSED) would need zlib: treated as absent */
        if (s->sh_type == SHT_NOBITS || (s->sh_flags & SHF_COMPRESSED) || s->sh_offset > size
            || s->sh_size > size - s->sh_offset)
            continue;
        for (size_t w = 0; w < sizeof wanted / sizeof wanted[0]; w++)
            if (section_name_is(&names, s->sh_name, wanted[w].name))
                *wanted[w].section = (Section){file + s->sh_offset, s->sh_size};
        if (s->sh_type == SHT_SYMTAB && s->sh_entsize == sizeof(Elf64_Sym) && s->sh_link < count) {
            const Elf64_Shdr *strings = &sections[s->sh_link];
            if (strings->sh_offset <= size && strings->sh_size <= size - strings->sh_offset) {
                into->symbols = (Section){file + s->sh_offset, s->sh_size};
                into->symbol_names = (Section){file + strings->sh_offset, strings->sh_size};
            }
        }
    }
    into->bias = bias < 0 ? load_bias(file, size, header) : (uintptr_t)bias;
    into->ready = into->info.data != NULL && into->abbrev.data != NULL && into->line.data != NULL;
}

/* ---- compile units and their DIEs ---- */

typedef struct {
    uint64_t offset, end;          /* of the unit in .debug_info (header included) */
    uint64_t first_die;
    uint64_t abbrev_offset;
    int version, address_size, offset_size;
    uint64_t base_address;         /* DW_AT_low_pc of the unit DIE */
    uint64_t stmt_list;
    bool has_stmt_list;
    GoString comp_dir;
    uint64_t abbrev_cache[ABBREV_CACHE];   /* code -> 1 + offset of its tag; 0 unknown */
} Unit;

/* parse the unit header at offset; false at the end or on bad data.  Units this
 * reader cannot decode (DWARF 5, 64-bit DWARF) still get their extent, with version 0. */
static bool read_unit_header(uint64_t offset, Unit *unit)
{
    Cursor c = cursor_at(debug->info, offset, offset <= debug->info.size ? debug->info.size - offset : 0);
    uint64_t length = read_fixed(&c, 4);
    int offset_size = 4;
    if (length == 0xffffffff) {
        length = read_fixed(&c, 8);
        offset_size = 8;
    }
    if (c.bad || length == 0 || length > (uint64_t)(c.end - c.p))
        return false;
    memset(unit, 0, sizeof *unit);
    unit->offset = offset;
    unit->end = (uint64_t)(c.p - debug->info.data) + length;
    c.end = c.p + length;
    unit->version = (int)read_fixed(&c, 2);
    if (c.bad || offset_size != 4 || unit->version < 2 || unit->version > 4) {
        unit->version = 0;
        return true;
    }
    unit->abbrev_offset = read_fixed(&c, 4);
    unit->address_size = (int)read_fixed(&c, 1);
    unit->offset_size = 4;
    unit->first_die = (uint64_t)(c.p - debug->info.data);
    if (c.bad || (unit->address_size != 8 && unit->address_size != 4))
        unit->version = 0;
    return true;
}

/* the unit whose DIEs include the .debug_info offset die (for DW_FORM_ref_addr) */
static bool find_unit_of(uint64_t die, Unit *unit)
{
    uint64_t offset = 0;
    for (int guard = 0; guard < 1 << 20 && read_unit_header(offset, unit); guard++) {
        if (die >= unit->first_die && die < unit->end)
            return unit->version != 0;
        offset = unit->end;
    }
    return false;
}

/* the attribute specifications of abbreviation code, after its tag and children
 * flag: a cursor on them, bad if the code is not in the unit's table */
static Cursor find_abbrev(Unit *unit, uint64_t code, uint64_t *tag, bool *has_children)
{
    Cursor c = cursor_at(debug->abbrev, unit->abbrev_offset,
                         unit->abbrev_offset <= debug->abbrev.size ? debug->abbrev.size - unit->abbrev_offset : 0);
    if (code < ABBREV_CACHE && unit->abbrev_cache[code] != 0)
        c.p = debug->abbrev.data + unit->abbrev_cache[code] - 1;
    else
        for (int guard = 0; guard < 1 << 20; guard++) {
            uint64_t this_code = read_uleb(&c);
            if (c.bad || this_code == 0) {
                c.bad = true;
                return c;
            }
            if (this_code < ABBREV_CACHE && unit->abbrev_cache[this_code] == 0)
                unit->abbrev_cache[this_code] = (uint64_t)(c.p - debug->abbrev.data) + 1;
            if (this_code == code)
                break;
            read_uleb(&c);                       /* tag */
            cursor_skip(&c, 1);                  /* children */
            for (;;) {
                uint64_t attribute = read_uleb(&c), form = read_uleb(&c);
                if (form == FORM_implicit_const)
                    read_sleb(&c);
                if (c.bad)
                    return c;
                if (attribute == 0 && form == 0)
                    break;
            }
        }
    *tag = read_uleb(&c);
    *has_children = read_fixed(&c, 1) != 0;
    return c;
}

/* one attribute value, by what the form makes of it */
typedef enum { VALUE_NONE, VALUE_ADDRESS, VALUE_CONSTANT, VALUE_OFFSET, VALUE_REFERENCE, VALUE_STRING } ValueKind;
typedef struct {
    ValueKind kind;
    uint64_t number;     /* address, constant, section offset, or .debug_info offset */
    GoString string;
} Value;

static Value read_value(Cursor *c, const Unit *unit, uint64_t form, int64_t implicit)
{
    Value v = {VALUE_NONE, 0, {NULL, 0}};
    for (int hops = 0; form == FORM_indirect && hops < 4; hops++)
        form = read_uleb(c);
    switch (form) {
    case FORM_addr: v.kind = VALUE_ADDRESS; v.number = read_fixed(c, unit->address_size); break;
    case FORM_data1: v.kind = VALUE_CONSTANT; v.number = read_fixed(c, 1); break;
    case FORM_data2: v.kind = VALUE_CONSTANT; v.number = read_fixed(c, 2); break;
    case FORM_data4: v.kind = VALUE_CONSTANT; v.number = read_fixed(c, 4); break;
    case FORM_data8: v.kind = VALUE_CONSTANT; v.number = read_fixed(c, 8); break;
    case FORM_sdata: v.kind = VALUE_CONSTANT; v.number = (uint64_t)read_sleb(c); break;
    case FORM_udata: v.kind = VALUE_CONSTANT; v.number = read_uleb(c); break;
    case FORM_implicit_const: v.kind = VALUE_CONSTANT; v.number = (uint64_t)implicit; break;
    case FORM_flag: cursor_skip(c, 1); break;
    case FORM_flag_present: break;
    case FORM_string: v.kind = VALUE_STRING; v.string = read_cstring(c); break;
    case FORM_strp: {
        bool ok = true;
        v.kind = VALUE_STRING;
        v.string = string_at(debug->str, read_fixed(c, unit->offset_size), &ok);
        if (!ok)
            v.kind = VALUE_NONE;
        break;
    }
    case FORM_block1: cursor_skip(c, read_fixed(c, 1)); break;
    case FORM_block2: cursor_skip(c, read_fixed(c, 2)); break;
    case FORM_block4: cursor_skip(c, read_fixed(c, 4)); break;
    case FORM_block:
    case FORM_exprloc: cursor_skip(c, read_uleb(c)); break;
    case FORM_ref1: v.kind = VALUE_REFERENCE; v.number = unit->offset + read_fixed(c, 1); break;
    case FORM_ref2: v.kind = VALUE_REFERENCE; v.number = unit->offset + read_fixed(c, 2); break;
    case FORM_ref4: v.kind = VALUE_REFERENCE; v.number = unit->offset + read_fixed(c, 4); break;
    case FORM_ref8: v.kind = VALUE_REFERENCE; v.number = unit->offset + read_fixed(c, 8); break;
    case FORM_ref_udata: v.kind = VALUE_REFERENCE; v.number = unit->offset + read_uleb(c); break;
    case FORM_ref_addr:
        v.kind = VALUE_REFERENCE;
        v.number = read_fixed(c, unit->version == 2 ? unit->address_size : unit->offset_size);
        break;
    case FORM_sec_offset: v.kind = VALUE_OFFSET; v.number = read_fixed(c, unit->offset_size); break;
    case FORM_ref_sig8: cursor_skip(c, 8); break;
    case FORM_GNU_ref_alt:
    case FORM_GNU_strp_alt: cursor_skip(c, (uint64_t)unit->offset_size); break;   /* in another file */
    default: c->bad = true; break;
    }
    return v;
}

/* what a DIE says that matters here */
typedef struct {
    uint64_t tag;
    bool has_children;
    GoString name;
    uint64_t origin;                 /* .debug_info offset of abstract_origin/specification */
    bool has_origin;
    Value low_pc, high_pc, ranges, call_file, call_line, stmt_list;
    GoString comp_dir;
} Die;

/* the DIE at c (moved past it): 1, 0 for a null entry, -1 on bad data */
static int read_die(Cursor *c, Unit *unit, Die *die)
{
    uint64_t code = read_uleb(c);
    if (c->bad)
        return -1;
    if (code == 0)
        return 0;
    memset(die, 0, sizeof *die);
    Cursor spec = find_abbrev(unit, code, &die->tag, &die->has_children);
    for (;;) {
        uint64_t attribute = read_uleb(&spec), form = read_uleb(&spec);
        int64_t implicit = form == FORM_implicit_const ? read_sleb(&spec) : 0;
        if (spec.bad)
            return -1;
        if (attribute == 0 && form == 0)
            break;
        Value v = read_value(c, unit, form, implicit);
        if (c->bad)
            return -1;
        switch (attribute) {
        case AT_name: if (v.kind == VALUE_STRING) die->name = v.string; break;
        case AT_comp_dir: if (v.kind == VALUE_STRING) die->comp_dir = v.string; break;
        case AT_abstract_origin:
        case AT_specification:
            if (v.kind == VALUE_REFERENCE) {
                die->origin = v.number;
                die->has_origin = true;
            }
            break;
        case AT_low_pc: die->low_pc = v; break;
        case AT_high_pc: die->high_pc = v; break;
        case AT_ranges: die->ranges = v; break;
        case AT_call_file: die->call_file = v; break;
        case AT_call_line: die->call_line = v; break;
        case AT_stmt_list: die->stmt_list = v; break;
        }
    }
    return 1;
}

/* whether the DIE's code ranges hold pc: 1 yes, 0 no, -1 it has none */
static int die_contains(const Unit *unit, const Die *die, uint64_t pc)
{
    if (die->low_pc.kind == VALUE_ADDRESS && die->high_pc.kind != VALUE_NONE) {
        uint64_t low = die->low_pc.number;
        uint64_t high = die->high_pc.kind == VALUE_ADDRESS ? die->high_pc.number : low + die->high_pc.number;
        return pc >= low && pc < high;
    }
    if (die->ranges.kind != VALUE_OFFSET && die->ranges.kind != VALUE_CONSTANT)
        return -1;
    if (debug->ranges.data == NULL)
        return 0;
    int size = unit->address_size;
    uint64_t all_ones = size == 8 ? ~(uint64_t)0 : 0xffffffff;
    uint64_t base = unit->base_address;
    Cursor c = cursor_at(debug->ranges, die->ranges.number,
                         die->ranges.number <= debug->ranges.size ? debug->ranges.size - die->ranges.number : 0);
    while (!c.bad) {
        uint64_t begin = read_fixed(&c, size), end = read_fixed(&c, size);
        if (c.bad || (begin == 0 && end == 0))
            break;
        if (begin == all_ones)
            base = end;
        else if (pc >= base + begin && pc < base + end)
            return 1;
    }
    return 0;
}

/* a DIE's name, through abstract_origin/specification if it has none itself */
static GoString die_name(Unit *unit, const Die *die)
{
    Die current = *die;
    Unit other;
    Unit *owner = unit;
    for (int hop = 0; hop < MAX_REFERENCE_HOPS; hop++) {
        if (current.name.len > 0 || !current.has_origin)
            return current.name;
        uint64_t target = current.origin;
        if (target < owner->first_die || target >= owner->end) {
            if (!find_unit_of(target, &other))
                break;
            owner = &other;
        }
        Cursor c = cursor_at(debug->info, target, owner->end - target);
        if (read_die(&c, owner, &current) != 1)
            break;
    }
    return (GoString){NULL, 0};
}

/* ---- line tables ---- */

typedef struct {
    int version;
    uint8_t min_inst_length, max_ops, default_is_stmt, line_range, opcode_base;
    int8_t line_base;
    const uint8_t *standard_lengths;      /* opcode_base - 1 bytes */
    Cursor directories, files;            /* the start of each list */
    Cursor program;
} LineHeader;

static bool read_line_header(uint64_t offset, LineHeader *h)
{
    Cursor c = cursor_at(debug->line, offset, offset <= debug->line.size ? debug->line.size - offset : 0);
    uint64_t length = read_fixed(&c, 4);
    if (c.bad || length >= 0xfffffff0 || length > (uint64_t)(c.end - c.p))
        return false;
    c.end = c.p + length;
    h->version = (int)read_fixed(&c, 2);
    if (h->version < 2 || h->version > 4)
        return false;
    uint64_t header_length = read_fixed(&c, 4);
    if (c.bad || header_length > (uint64_t)(c.end - c.p))
        return false;
    h->program = (Cursor){c.p + header_length, c.end, false};
    h->min_inst_length = (uint8_t)read_fixed(&c, 1);
    h->max_ops = h->version >= 4 ? (uint8_t)read_fixed(&c, 1) : 1;
    h->default_is_stmt = (uint8_t)read_fixed(&c, 1);
    h->line_base = (int8_t)read_fixed(&c, 1);
    h->line_range = (uint8_t)read_fixed(&c, 1);
    h->opcode_base = (uint8_t)read_fixed(&c, 1);
    h->standard_lengths = c.p;
    if (c.bad || h->line_range == 0 || h->max_ops == 0 || h->opcode_base == 0
        || !cursor_skip(&c, (uint64_t)h->opcode_base - 1))
        return false;
    c.end = h->program.p;                 /* the lists end where the program starts */
    h->directories = c;
    while (!c.bad && read_cstring(&c).len > 0)
        ;
    h->files = c;
    return !c.bad;
}

/* the index-th entry (1-based) of a header's file list: its name and directory index */
static bool line_file_entry(const LineHeader *h, uint64_t index, GoString *name, uint64_t *directory)
{
    Cursor c = h->files;
    for (uint64_t i = 1; !c.bad; i++) {
        *name = read_cstring(&c);
        if (c.bad || name->len == 0)
            return false;
        *directory = read_uleb(&c);
        read_uleb(&c);                 /* modification time */
        read_uleb(&c);                 /* length */
        if (i == index)
            return !c.bad;
    }
    return false;
}

static bool is_absolute(GoString path)
{
    return path.len > 0 && path.ptr[0] == '/';
}

/* the parts joined by '/' in the path arena (a copy already there is shared); a
 * zero-length part is left out; the last part alone when the arena is full */
static GoString join_path(const GoString *parts, int count)
{
    size_t length = 0;
    int used = 0;
    for (int i = 0; i < count; i++)
        if (parts[i].len > 0) {
            length += (size_t)parts[i].len + (used > 0);
            used++;
        }
    if (used <= 1)
        return parts[count - 1];
    /* an earlier identical join: entries are NUL-terminated, one after another */
    for (size_t at = 0; at < path_arena_used;) {
        size_t entry = strlen(path_arena + at);
        if (entry == length) {
            const char *p = path_arena + at;
            bool same = true;
            int written = 0;
            for (int i = 0; i < count && same; i++) {
                if (parts[i].len == 0)
                    continue;
                if (written++ > 0 && *p++ != '/')
                    same = false;
                else if (memcmp(p, parts[i].ptr, (size_t)parts[i].len) != 0)
                    same = false;
                else
                    p += parts[i].len;
            }
            if (same)
                return (GoString){(const uint8_t *)path_arena + at, (int64_t)length};
        }
        at += entry + 1;
    }
    if (length + 1 > sizeof path_arena - path_arena_used)
        return parts[count - 1];
    char *start = path_arena + path_arena_used, *p = start;
    int written = 0;
    for (int i = 0; i < count; i++) {
        if (parts[i].len == 0)
            continue;
        if (written++ > 0)
            *p++ = '/';
        memcpy(p, parts[i].ptr, (size_t)parts[i].len);
        p += parts[i].len;
    }
    *p = '\0';
    path_arena_used += length + 1;
    return (GoString){(const uint8_t *)start, (int64_t)length};
}

/* the full path of file index (1-based) of a line table; comp_dir stands for
 * directory 0 and prefixes relative directories */
static bool line_file_path(const LineHeader *h, uint64_t index, GoString comp_dir, GoString *path)
{
    GoString name, directory = {NULL, 0};
    uint64_t directory_index;
    if (!line_file_entry(h, index, &name, &directory_index))
        return false;
    if (is_absolute(name)) {
        *path = name;
        return true;
    }
    if (directory_index == 0)
        directory = comp_dir;
    else {
        Cursor c = h->directories;
        for (uint64_t i = 1; i <= directory_index; i++) {
            directory = read_cstring(&c);
            if (c.bad || directory.len == 0)
                return false;
        }
    }
    GoString parts[3] = {{NULL, 0}, directory, name};
    if (!is_absolute(directory))
        parts[0] = comp_dir;
    *path = join_path(parts, 3);
    return true;
}

typedef struct {
    uint64_t address, file;
    int64_t line;
} LineRow;

/* run the line program; the row covering pc: the last row at the greatest address
 * <= pc, in a sequence whose next row is past pc */
static bool line_lookup(const LineHeader *h, uint64_t pc, LineRow *found)
{
    Cursor c = h->program;
    LineRow row = {0, 1, 1}, previous = {0, 0, 0};
    bool have_previous = false;
    uint64_t op_index = 0;
    while (c.p < c.end && !c.bad) {
        uint8_t opcode = (uint8_t)read_fixed(&c, 1);
        bool emit = false, end_sequence = false;
        uint64_t advance = 0;
        bool advances = false;
        if (opcode >= h->opcode_base) {
            uint8_t adjusted = (uint8_t)(opcode - h->opcode_base);
            advance = adjusted / h->line_range;
            advances = true;
            row.line += h->line_base + adjusted % h->line_range;
            emit = true;
        } else if (opcode == 0) {
            uint64_t length = read_uleb(&c);
            if (c.bad || length == 0 || length > (uint64_t)(c.end - c.p))
                return false;
            Cursor operands = {c.p + 1, c.p + length, false};
            uint8_t sub = c.p[0];
            c.p += length;
            if (sub == LNE_end_sequence) {
                emit = end_sequence = true;
            } else if (sub == LNE_set_address) {
                row.address = read_fixed(&operands, (int)(length - 1 > 8 ? 8 : length - 1));
                op_index = 0;
            }
            /* define_file, set_discriminator, vendor extensions: nothing to keep */
        } else {
            switch (opcode) {
            case LNS_copy: emit = true; break;
            case LNS_advance_pc: advance = read_uleb(&c); advances = true; break;
            case LNS_advance_line: row.line += read_sleb(&c); break;
            case LNS_set_file: row.file = read_uleb(&c); break;
            case LNS_const_add_pc: advance = (255u - h->opcode_base) / h->line_range; advances = true; break;
            case LNS_fixed_advance_pc: row.address += read_fixed(&c, 2); op_index = 0; break;
            default:
                for (int i = 0; i < h->standard_lengths[opcode - 1]; i++)
                    read_uleb(&c);
                break;
            }
        }
        if (advances) {
            row.address += h->min_inst_length * ((op_index + advance) / h->max_ops);
            op_index = (op_index + advance) % h->max_ops;
        }
        if (!emit)
            continue;
        if (have_previous && previous.address <= pc && pc < row.address) {
            *found = previous;
            return true;
        }
        previous = row;
        have_previous = !end_sequence;
        if (end_sequence) {
            row = (LineRow){0, 1, 1};
            op_index = 0;
        }
    }
    return false;
}

/* ---- the symbol table ---- */

/* the name of the function symbol whose code holds pc, or an empty string */
static GoString symbol_name(uint64_t pc)
{
    const Elf64_Sym *symbols = (const Elf64_Sym *)debug->symbols.data;
    uint64_t count = debug->symbols.size / sizeof(Elf64_Sym);
    for (uint64_t i = 0; i < count; i++) {
        const Elf64_Sym *symbol = &symbols[i];
        if (ELF64_ST_TYPE(symbol->st_info) == STT_FUNC && symbol->st_shndx != SHN_UNDEF
            && pc >= symbol->st_value && pc - symbol->st_value < symbol->st_size) {
            bool ok = true;
            GoString name = string_at(debug->symbol_names, symbol->st_name, &ok);
            if (ok && name.len > 0)
                return name;
        }
    }
    return (GoString){NULL, 0};
}

/* ---- the lookup ---- */

typedef struct {
    GoString name;
    uint64_t call_file;
    int64_t call_line;
    int depth;
} ChainEntry;

/* the frames at pc if the unit holds it; 0 otherwise */
static int lookup_in_unit(Unit *unit, uint64_t pc, SourceFrame *frames, int max)
{
    Cursor c = cursor_at(debug->info, unit->first_die, unit->end - unit->first_die);
    Die die;
    if (read_die(&c, unit, &die) != 1 || (die.tag != TAG_compile_unit && die.tag != TAG_partial_unit))
        return 0;
    if (die.low_pc.kind == VALUE_ADDRESS)
        unit->base_address = die.low_pc.number;
    if (die_contains(unit, &die, pc) == 0)
        return 0;
    unit->has_stmt_list = die.stmt_list.kind == VALUE_OFFSET || die.stmt_list.kind == VALUE_CONSTANT;
    unit->stmt_list = die.stmt_list.number;
    unit->comp_dir = die.comp_dir;

    ChainEntry chain[MAX_CHAIN];
    int length = 0, depth = die.has_children ? 1 : 0;
    while (depth > 0 && !c.bad) {
        int result = read_die(&c, unit, &die);
        if (result < 0)
            return 0;
        if (result == 0) {
            depth--;
        } else {
            int die_depth = depth;
            if (die.has_children)
                depth++;
            bool is_subprogram = die.tag == TAG_subprogram;
            if ((is_subprogram || (die.tag == TAG_inlined_subroutine && length > 0))
                && die_contains(unit, &die, pc) == 1) {
                if (is_subprogram)
                    length = 0;
                while (length > 0 && chain[length - 1].depth >= die_depth)
                    length--;
                if (length < MAX_CHAIN)
                    chain[length++] = (ChainEntry){
                        die_name(unit, &die), die.call_file.number,
                        (int64_t)die.call_line.number, die_depth};
            }
        }
        if (length > 0 && depth <= chain[0].depth)
            break;                       /* past the subprogram holding pc */
    }
    if (!unit->has_stmt_list)
        return 0;
    if (length == 0) {
        /* LLVM leaves out, under LineTablesOnly, the DIE of a function with nothing
         * inlined into it (the line table is enough for a debugger, which names
         * code by its symbol): so does this reader */
        chain[0] = (ChainEntry){symbol_name(pc), 0, 0, 1};
        if (chain[0].name.len == 0)
            return 0;
        length = 1;
    }

    LineHeader header;
    LineRow row;
    if (!read_line_header(unit->stmt_list, &header) || !line_lookup(&header, pc, &row))
        return 0;
    int count = 0;
    for (int i = length - 1; i >= 0 && count < max; i--, count++) {
        SourceFrame *frame = &frames[count];
        frame->function = chain[i].name;
        uint64_t file = i == length - 1 ? row.file : chain[i + 1].call_file;
        frame->line = i == length - 1 ? row.line : chain[i + 1].call_line;
        if (!line_file_path(&header, file, unit->comp_dir, &frame->file))
            frame->file = (GoString){(const uint8_t *)"?", 1};
    }
    return count;
}

static int lookup(uint64_t pc, SourceFrame *frames, int max)
{
    Unit unit;
    uint64_t offset = 0;
    for (int guard = 0; guard < 1 << 20 && read_unit_header(offset, &unit); guard++) {
        if (unit.version != 0) {
            int count = lookup_in_unit(&unit, pc, frames, max);
            if (count > 0)
                return count;
        }
        offset = unit.end;
    }
    return 0;
}

int dwarf_source_frames(uintptr_t pc, SourceFrame *frames, int max)
{
    static bool loaded;
    if (frames == NULL || max <= 0 || in_lookup)
        return 0;
    in_lookup = true;
    while (atomic_exchange_explicit(&lookup_lock, 1, memory_order_acquire) != 0)
        __builtin_ia32_pause();
    if (!loaded) {
        loaded = true;
        load_sections("/proc/self/exe", &executable, -1);
    }
    const DebugFile *loaded_object = repl_debug_file != NULL ? repl_debug_file(pc) : NULL;
    debug = loaded_object != NULL ? loaded_object : &executable;
    int count = debug->ready ? lookup((uint64_t)(pc - debug->bias), frames, max) : 0;
    debug = &executable;
    atomic_store_explicit(&lookup_lock, 0, memory_order_release);
    in_lookup = false;
    return count;
}

/* For the REPL's host, outside any panic: the debug information of a shared object it
 * has just loaded at bias (its link map's l_addr); NULL if it has none.  The file
 * stays mapped for the life of the process, as the executable's does. */
const DebugFile *dwarf_open_object(const char *path, uintptr_t bias)
{
    DebugFile *file = calloc(1, sizeof *file);
    if (file == NULL)
        return NULL;
    load_sections(path, file, (intptr_t)bias);
    if (!file->ready) {
        free(file);
        return NULL;
    }
    return file;
}
