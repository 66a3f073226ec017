"""The compiler-runtime boundary: runtime.h and codegen's RUNTIME_FUNCTIONS must agree.

runtime.h declares every C function generated code may call; runtime_abi.py declares
the same functions with LLVM types.  A mismatch would be a silent ABI break (wrong
registers, garbage arguments), so the two are compared here name by name and argument
by argument, by translating each C parameter type to the LLVM type the calling
convention in runtime.h prescribes.  A second test links a small C program against the
runtime archive to show the archive builds and its formatting matches gc's.
"""
import os
import re
import subprocess
from pathlib import Path

import pytest

from minigo.codegen.runtime_abi import RUNTIME_FUNCTIONS

REPO = Path(__file__).resolve().parent.parent
RUNTIME_HEADER = REPO / "minigo" / "runtime" / "runtime.h"
INTERNAL_BLOCK = re.compile(r"#ifdef MINIGO_RUNTIME_INTERNAL.*?#endif[^\n]*", re.S)
DECLARATION = re.compile(r"([A-Za-z_][\w\s\*]*?)\b(runtime_\w+)\s*\(([^;{]*?)\)\s*;", re.S)

# C types of runtime.h -> the LLVM types of runtime_abi.py
C_TO_LLVM = {
    "void": "void",
    "int64_t": "i64",
    "uint64_t": "i64",
    "double": "double",
    "GoString": "{i8*, i64}",
    "GoInterface": "{i8*, i8*}",
    "GrownSlice": "{i8*, i64}",
}


def llvm_type_of(c_type: str) -> str:
    c_type = " ".join(c_type.replace("const ", "").split())
    if c_type.endswith("*"):
        return "i8*"
    return C_TO_LLVM[c_type]


def parameter_type(parameter: str) -> str:
    """`const uint8_t *ptr` -> `const uint8_t *`: drop the parameter's name."""
    match = re.match(r"(.*?[\s\*])\s*\w+$", parameter.strip())
    return match.group(1) if match else parameter


def header_functions() -> dict[str, tuple[str, list[str]]]:
    text = RUNTIME_HEADER.read_text()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = INTERNAL_BLOCK.sub(" ", text)
    functions = {}
    for result, name, parameters in DECLARATION.findall(text):
        result = result.strip().split("\n")[-1].strip()
        parameters = " ".join(parameters.split())
        argument_types = [] if parameters in ("", "void") else [
            llvm_type_of(parameter_type(p)) for p in parameters.split(",")]
        functions[name] = (llvm_type_of(result), argument_types)
    return functions


def normalised(llvm_type: str) -> str:
    return " ".join(llvm_type.replace(",", ", ").split())


def runtime_table() -> dict[str, tuple[str, list[str]]]:
    """The runtime's own entries of the table (it may list C library functions too)."""
    return {name: (result, arguments)
            for name, (result, arguments, _) in RUNTIME_FUNCTIONS.items()
            if name.startswith("runtime_")}


def test_header_parses():
    functions = header_functions()
    assert "runtime_alloc" in functions
    assert functions["runtime_growslice"] == ("{i8*, i64}", ["i8*"] + ["i64"] * 4 + ["i8*"])
    assert not any(name.startswith("runtime_write_std") for name in functions), \
        "the runtime-internal block must not count as ABI"


def test_every_header_function_is_in_the_table():
    missing = sorted(set(header_functions()) - set(runtime_table()))
    assert not missing, f"runtime.h declares functions runtime_abi.py lacks: {missing}"


def test_every_table_function_is_in_the_header():
    missing = sorted(set(runtime_table()) - set(header_functions()))
    assert not missing, f"runtime_abi.py lists functions runtime.h does not declare: {missing}"


@pytest.mark.parametrize("name", sorted(runtime_table()))
def test_signatures_agree(name):
    header = header_functions()
    if name not in header:
        pytest.skip("reported by test_every_table_function_is_in_the_header")
    header_result, header_arguments = header[name]
    table_result, table_arguments = runtime_table()[name]
    assert len(table_arguments) == len(header_arguments), f"{name}: argument count"
    assert normalised(table_result) == normalised(header_result), f"{name}: result type"
    assert [normalised(t) for t in table_arguments] == \
        [normalised(t) for t in header_arguments], f"{name}: argument types"


# ---- the archive itself ----

C_PROGRAM = r"""
#include "runtime.h"
#include <string.h>
#define TEXT(s) {(const uint8_t *)(s), sizeof(s) - 1}
static const TypeDescriptor int_type = {8, KIND_INT, TYPE_FLAG_NO_POINTERS, TEXT("int")};
static const TypeDescriptor float_type = {8, KIND_FLOAT64, TYPE_FLAG_NO_POINTERS, TEXT("float64")};
static const TypeDescriptor string_type = {16, KIND_STRING, 0, TEXT("string")};
static const StructField point_fields[] = {{TEXT("X"), &int_type, 0, 0}, {TEXT("Y"), &int_type, 8, 0}};
static const TypeDescriptor point_type = {16, KIND_STRUCT, TYPE_FLAG_NAMED, TEXT("main.Point"),
                                          0, 0, 0, point_fields, 2};
static const TypeDescriptor point_pointer = {8, KIND_POINTER, 0, TEXT("*main.Point"), &point_type};

static void printf_line(const char *format, GoInterface *args, int64_t n)
{
    runtime_fmt_printf((const uint8_t *)format, (int64_t)strlen(format), args, n);
}

void go_main(void) __asm__("main.main");
void go_main(void)
{
    int64_t number = 42, point[2] = {1, 2};
    double values[3] = {1e21, 1e20, 0.1};
    GoString word = TEXT("hi");
    GoInterface args[] = {{&int_type, &number}, {&string_type, &word}, {&float_type, &values[0]},
                          {&float_type, &values[1]}, {&float_type, &values[2]},
                          {&point_type, point}, {&point_pointer, point}};
    printf_line("%d|%5s|%v %v %v|%+v|%v|%x %!\n", args, 7);
    printf_line("%d %d\n", args, 1);
    GoInterface err;
    runtime_strconv_atoi((const uint8_t *)"12a", 3, &err);
    /* an `error` starts with an Itab*: as an `any` it starts with the dynamic type */
    GoInterface as_any = {((const Itab *)(const void *)err.type)->type, err.data};
    runtime_fmt_println(&as_any, 1);
    runtime_printfloat(1.5);
    runtime_printnl();
    int64_t index = 5;
    runtime_panic_index(index, 3);
}
"""

EXPECTED_STDOUT = (
    "42|   hi|1e+21 1e+20 0.1|{X:1 Y:2}|&{1 2}|%!x(MISSING) %!!(MISSING)\n"
    "42 %!d(MISSING)\n"
    'strconv.Atoi: parsing "12a": invalid syntax\n'
)
EXPECTED_STDERR_START = (
    "+1.500000e+000\n"
    "panic: runtime error: index out of range [5] with length 3\n\n"
    "goroutine 1 [running]:\n"
)


def test_runtime_archive_links_and_formats_like_gc(tmp_path):
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
    assert done.stdout == EXPECTED_STDOUT
    assert done.stderr.startswith(EXPECTED_STDERR_START)
    assert done.returncode == 2
