"""The compiler-runtime boundary: runtime.h and codegen/runtime_abi.py must agree.

runtime.h is the public ABI of the C runtime (its private declarations are in
internal.h); runtime_abi.py declares the same functions with LLVM types, the same
constants with their values and the same structs as LLVM layouts.  A mismatch would be
a silent ABI break (wrong registers, garbage arguments, a misread descriptor), so this
one test file parses runtime.h and compares every function, constant and layout name by
name, translating each C type to the LLVM type the calling convention in runtime.h
prescribes.  A last test links a small C program against the runtime archive to show
the archive builds and its formatting matches gc's.
"""
import os
import re
import subprocess
from pathlib import Path

import pytest

from minigo.codegen import runtime_abi
from minigo.codegen.runtime_abi import LAYOUTS, RUNTIME_FUNCTIONS, RUNTIME_GLOBALS, RUNTIME_THREAD_LOCALS
from minigo.types import typesystem as ts

REPO = Path(__file__).resolve().parent.parent
RUNTIME_HEADER = REPO / "minigo" / "runtime" / "runtime.h"

# C types of runtime.h -> the LLVM types of runtime_abi.py (every pointer is i8*)
C_TO_LLVM = {
    "void": "void", "int": "i32", "int32_t": "i32", "int64_t": "i64", "uint64_t": "i64",
    "uintptr_t": "i64", "size_t": "i64", "double": "double",
    "GoString": "{i8*, i64}", "GoInterface": "{i8*, i8*}",
    "GrownSlice": "{i8*, i64}", "GoComplex128": "{double, double}",
}
# names of runtime_abi.py that are LLVM's or the table's own notation, not runtime.h's
PYTHON_ONLY = {"STRING", "INTERFACE", "DATA_LAYOUT"}


def header_text() -> str:
    return re.sub(r"/\*.*?\*/", " ", RUNTIME_HEADER.read_text(), flags=re.S)


def llvm_type_of(c_type: str) -> str:
    c_type = " ".join(c_type.replace("const ", "").replace("noreturn ", "").split())
    if c_type.endswith("*"):
        return "i8*"
    return C_TO_LLVM[c_type]


def split_declarator(declaration: str) -> tuple[str, str]:
    """`const uint8_t *ptr` -> (`const uint8_t *`, `ptr`)."""
    match = re.match(r"(.*?[\s\*])\s*(\w+)$", declaration.strip())
    return (match.group(1), match.group(2)) if match else (declaration, "")


def header_functions() -> dict[str, tuple[str, list[str]]]:
    """name -> (result, argument types) of every prototype in runtime.h."""
    text = re.sub(r"#[^\n]*", " ", header_text())
    text = re.sub(r"\{[^{}]*\}", " ", text)              # struct and enum bodies
    functions = {}
    for declaration in text.split(";"):
        declaration = " ".join(declaration.split())
        match = re.fullmatch(r"(?:.*\} ?\w* ?)?([\w ]+?\**) ?(\w+)\((.*)\)", declaration)
        if not match or declaration.startswith(("extern", "typedef")):
            continue
        result, name, parameters = match.groups()
        arguments = [] if parameters.strip() in ("", "void") else [
            llvm_type_of(split_declarator(p)[0]) for p in parameters.split(",")]
        functions[name] = (llvm_type_of(result), arguments)
    return functions


def header_constants() -> dict[str, object]:
    """#define NAME <integer or string> and the members of every enum, with values."""
    text = header_text()
    constants = {}
    for name, value in re.findall(r"#define (\w+) (\d+|\"[^\"]*\")\s", text):
        constants[name] = value.strip('"') if value.startswith('"') else int(value)
    for body in re.findall(r"enum\s*\{(.*?)\}", text, flags=re.S):
        following = 0
        for member in body.split(","):
            name, _, value = member.partition("=")
            following = int(value) if value.strip() else following
            constants[name.strip()] = following
            following += 1
    return constants


def header_structs() -> dict[str, list[tuple[str, str]]]:
    """struct name -> [(field, LLVM type)]; arrays as [N x T], a flexible array left out."""
    constants = header_constants()
    text = header_text()
    structs = {}
    pattern = r"(?:typedef struct \w*\s*\{(?P<a>[^{}]*)\}\s*(?P<an>\w+);)|(?:struct (?P<bn>\w+) \{(?P<b>[^{}]*)\};)"
    for match in re.finditer(pattern, text):
        body, name = (match["a"], match["an"]) if match["a"] is not None else (match["b"], match["bn"])
        fields = []
        for declaration in body.split(";"):
            declaration = " ".join(declaration.split())
            if not declaration:
                continue
            array = re.fullmatch(r"(.*)\[(\w*)\]", declaration)
            c_type, field = split_declarator(array.group(1) if array else declaration)
            llvm = llvm_type_of(c_type.replace("struct ", ""))
            if array and not array.group(2):
                continue                                   # flexible array member
            if array:
                length = array.group(2)
                llvm = f"[{constants.get(length, length)} x {llvm}]"
            fields.append((field, llvm))
        structs[name] = fields
    return structs


def normalised(llvm_type: str) -> str:
    return " ".join(llvm_type.replace(",", ", ").split())


def test_header_parses():
    functions = header_functions()
    assert functions["runtime_growslice"] == ("{i8*, i64}", ["i8*"] + ["i64"] * 4 + ["i8*"])
    assert functions["memcmp"] == ("i32", ["i8*", "i8*", "i64"])
    assert header_constants()["KIND_STRUCT"] == 25
    assert header_structs()["StructField"][0] == ("name", "{i8*, i64}")
    assert not any(name.startswith("runtime_write_std") for name in functions), \
        "runtime.h is the public ABI: the runtime's private declarations go in internal.h"


def test_every_header_function_is_in_the_table():
    missing = sorted(set(header_functions()) - set(RUNTIME_FUNCTIONS))
    assert not missing, f"runtime.h declares functions runtime_abi.py lacks: {missing}"


def test_every_table_function_is_in_the_header():
    missing = sorted(set(RUNTIME_FUNCTIONS) - set(header_functions()))
    assert not missing, f"runtime_abi.py lists functions runtime.h does not declare: {missing}"


@pytest.mark.parametrize("name", sorted(RUNTIME_FUNCTIONS))
def test_signatures_agree(name):
    header = header_functions()
    if name not in header:
        pytest.skip("reported by test_every_table_function_is_in_the_header")
    header_result, header_arguments = header[name]
    table_result, table_arguments, _ = RUNTIME_FUNCTIONS[name]
    assert len(table_arguments) == len(header_arguments), f"{name}: argument count"
    assert normalised(table_result) == normalised(header_result), f"{name}: result type"
    assert [normalised(t) for t in table_arguments] == \
        [normalised(t) for t in header_arguments], f"{name}: argument types"


def abi_constants() -> dict[str, object]:
    """runtime_abi.py's shared constants: its upper-case int and str names."""
    return {name: value for name, value in vars(runtime_abi).items()
            if name.isupper() and isinstance(value, (int, str)) and not isinstance(value, bool)
            and name not in PYTHON_ONLY}


def test_every_abi_constant_is_the_headers():
    header = header_constants()
    constants = abi_constants()
    assert "MAP_ITERATOR_WORDS" in constants and "TARGET_TRIPLE" in constants
    assert {name: value for name, value in constants.items() if header.get(name) != value} == {}


def test_every_header_constant_is_known_to_codegen():
    """A constant of runtime.h is in runtime_abi.py, or is the kind of a basic type
    (typesystem.Basic.kind carries those)."""
    basic_kinds = {f"KIND_{t.name.upper()}": t.kind for t in vars(ts).values()
                   if isinstance(t, ts.Basic) and t.kind}
    basic_kinds["KIND_UNSAFE_POINTER"] = ts.UNSAFE_POINTER.kind
    unknown = {name: value for name, value in header_constants().items()
               if name not in abi_constants() and basic_kinds.get(name) != value
               and name not in ("KIND_INVALID", "KIND_COMPLEX64", "KIND_COMPLEX128")}
    assert unknown == {}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layouts_agree(name):
    header = header_structs()
    assert name in header, f"runtime.h declares no struct {name}"
    assert [(field, normalised(t)) for field, t in LAYOUTS[name]] == \
        [(field, normalised(t)) for field, t in header[name]]


def test_the_defer_frame_constants_fit_its_layout():
    words = runtime_abi.layout("DeferFrame")
    jump = runtime_abi.field_index("DeferFrame", "jump")
    assert runtime_abi.DEFER_FRAME_JUMP_OFFSET == 8 * jump
    assert runtime_abi.DEFER_FRAME_SIZE == 8 * (jump + words.elements[jump].count)


def test_thread_locals_and_tables_are_declared():
    text = " ".join(header_text().split())
    for name, llvm in RUNTIME_THREAD_LOCALS.items():
        declared = re.search(rf"extern __thread ([\w ]+?) {name};", text)
        assert declared and llvm_type_of(declared.group(1)) == llvm, name
    for name, llvm in RUNTIME_GLOBALS.items():
        declared = re.search(rf"extern ([\w ]+?) {name};", text)
        assert declared and llvm_type_of(declared.group(1)) == llvm, name


# ---- bodyless functions of stdlib/ (codegen/bodyless.py) ----

def stdlib_bodyless_functions():
    """The checked Func of every function stdlib/ declares without a body."""
    from minigo import build, packages
    from minigo.syntax import ast, parse_file
    paths = set()
    for go_file in sorted((REPO / "stdlib").rglob("*.go")):
        text = go_file.read_text()
        if "_gen" in go_file.parts or not re.search(r"^func \w+\(.*\)[^{\n]*$", text, flags=re.M):
            continue           # (a cheap filter before parsing)
        tree = parse_file(str(go_file), text)
        if any(isinstance(d, ast.FuncDecl) and d.body is None for d in tree.decls):
            paths.add(str(go_file.parent.relative_to(REPO / "stdlib")))
    found = []
    for path in sorted(paths):
        checked = build.check_program(packages.load_package(path))[path]
        found += [d.name.obj for file in checked.files for d in file.decls
                  if isinstance(d, ast.FuncDecl) and d.body is None]
    return found


def test_every_bodyless_function_maps_to_a_runtime_function_of_its_signature():
    from minigo.codegen import bodyless
    functions = stdlib_bodyless_functions()
    assert {f.link_name for f in functions} == set(runtime_abi.BODYLESS_FUNCTIONS) | \
        set(runtime_abi.BODYLESS_INTRINSICS) | runtime_abi.LOWERED_AT_CALLS
    for func in functions:
        if func.link_name not in runtime_abi.BODYLESS_FUNCTIONS:
            continue            # instructions or lowered at calls (sync_lowering.py)
        name = runtime_abi.BODYLESS_FUNCTIONS[func.link_name]
        assert bodyless.runtime_function_for(func) == name


ATOMIC_LOOP = """package main

import (
	"fmt"
	"sync/atomic"
)

var total int64
var counter atomic.Int64

func main() {
	for i := 0; i < 1000; i++ {
		atomic.AddInt64(&total, 2)
		counter.Add(3)
	}
	fmt.Println(atomic.LoadInt64(&total), counter.Load())
}
"""


def test_atomic_operations_are_instructions_inlined_into_their_callers(tmp_path):
    """sync/atomic's bodies are the atomic instruction itself (BODYLESS_INTRINSICS), and
    importers inline them: main's loop holds atomicrmw adds and calls nothing of
    sync/atomic, the function or the typed method."""
    import subprocess, sys
    source = tmp_path / "prog.go"
    source.write_text(ATOMIC_LOOP)
    built = subprocess.run([sys.executable, "-m", "minigo", "build", str(source), "-o",
                            str(tmp_path / "prog"), "--emit=llvm"], cwd=REPO,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    ir_text = (tmp_path / "prog.ll").read_text()
    body = re.search(r'define [^\n]*@"?main\.main"?\(.*?\n}\n', ir_text, re.S).group(0)
    assert "atomicrmw add" in body
    assert "sync/atomic" not in body
    ran = subprocess.run([str(tmp_path / "prog")], capture_output=True, text=True)
    assert ran.stdout == "2000 3000\n"


def test_bodyless_functions_are_only_for_stdlib():
    from minigo.errors import CompileErrors
    from minigo.syntax import parse_file
    from minigo.types import check_package
    source = "package p\n\nfunc Comparable(x interface{}) bool\nfunc Unknown() int\n"
    tree = parse_file("p.go", source)
    with pytest.raises(CompileErrors) as outside:
        check_package([tree], "internal/reflectlite")
    assert [str(e) for e in outside.value.errors] == [
        "p.go:3:6: missing function body", "p.go:4:6: missing function body"]
    tree = parse_file("p.go", source)
    with pytest.raises(CompileErrors) as inside:
        check_package([tree], "internal/reflectlite", from_stdlib=True)
    assert [str(e) for e in inside.value.errors] == [
        "p.go:4:6: missing function body: minigo's runtime supplies no body for "
        "internal/reflectlite.Unknown (codegen/runtime_abi.py)"]


# ---- the archive itself ----

C_PROGRAM = r"""
#include "runtime.h"
#define TEXT(s) (const uint8_t *)(s), sizeof(s) - 1

void go_main(void) __asm__("main.main");
void go_main(void)
{
    runtime_printint(42);
    runtime_printsp();
    runtime_printstring(TEXT("hi"));
    runtime_printnl();
    runtime_printfloat(1.5);
    runtime_printnl();
    int64_t index = 5;
    runtime_panic_index(index, 3);
}
"""

EXPECTED_STDERR_START = (
    "42 hi\n"
    "+1.500000e+000\n"
    "panic: runtime error: index out of range [5] with length 3\n\n"
    "goroutine 1 [running]:\n"
)


def test_runtime_archive_links_and_prints_like_gc(tmp_path):
    from minigo.link.runtime_archive import RUNTIME_DIR, runtime_archive
    from minigo.link.toolchain import c_compiler

    cc = c_compiler()
    archive = runtime_archive(cc)
    source = tmp_path / "program.c"
    source.write_text(C_PROGRAM)
    executable = tmp_path / "program"
    subprocess.run(cc + ["-O1", f"-I{RUNTIME_DIR}", "-static", "-o", str(executable),
                         str(source), str(archive), "-lm"], check=True)
    done = subprocess.run([str(executable)], capture_output=True, text=True,
                          env={**os.environ, "LC_ALL": "C"})
    assert done.stdout == ""
    assert done.stderr.startswith(EXPECTED_STDERR_START)
    assert done.returncode == 2


# ---- C callers of runtime_alloc name their pointer mask (runtime/internal.h) ----

@pytest.mark.parametrize("mask, compiles", [("0", False), ("NULL", False), ("GC_NO_POINTERS", True),
                                            ("GC_CONSERVATIVE", True), ("gc_mask(NULL)", True)])
def test_runtime_c_code_cannot_pass_a_bare_mask(tmp_path, mask, compiles):
    """A literal 0 once meant "has pointers" and, as a raw mask, means "none": an object
    only that allocation referred to was freed while in use.  Inside the runtime the
    mask is a GcMask, so only a named one compiles."""
    from minigo.link.toolchain import c_compiler
    source = tmp_path / "caller.c"
    source.write_text('#include "internal.h"\n'
                      f"void *allocate(void) {{ return runtime_alloc(16, {mask}); }}\n")
    result = subprocess.run([*c_compiler(), "-c", "-I", str(RUNTIME_HEADER.parent), str(source),
                             "-o", str(tmp_path / "caller.o")], capture_output=True, text=True)
    assert (result.returncode == 0) == compiles, result.stderr


# ---- GC_MASK_OF: a C struct's mask from its pointer fields, checked at compile time ----

MASK_STRUCTS = """#include "internal.h"
#include <stdio.h>
typedef struct { int64_t count; void *data; struct { void *first, *last; } queue; } Whole;
typedef struct { int32_t small, odd; void *pointer; } Ragged;
typedef struct { void *words[65]; } TooBig;
"""


@pytest.mark.parametrize("declaration, expected", [
    ("GC_MASK_OF(Whole, data, queue.last)", "4 a"),        # words 1 and 3 of 4
    ("GC_MASK_OF(Whole, data)", "4 2"),
    ("GC_MASK_OF(Ragged, odd)", None),                     # not on a word
    ("GC_MASK_OF(TooBig, words)", None),                   # more than one mask word
])
def test_gc_mask_of_builds_the_mask_or_fails_to_compile(tmp_path, declaration, expected):
    from minigo.link.toolchain import c_compiler
    source = tmp_path / "masks.c"
    source.write_text(MASK_STRUCTS + f"static const uint64_t mask[] = {declaration};\n"
                      'int main(void) { printf("%lu %lx\\n", (unsigned long)mask[0],'
                      " (unsigned long)mask[1]); return 0; }\n")
    executable = tmp_path / "masks"
    result = subprocess.run([*c_compiler(), "-std=gnu11", "-I", str(RUNTIME_HEADER.parent),
                             str(source), "-o", str(executable)], capture_output=True, text=True)
    assert (result.returncode == 0) == (expected is not None), result.stderr
    if expected is not None:
        done = subprocess.run([str(executable)], capture_output=True, text=True)
        assert done.stdout.split() == expected.split()
