"""The package loader (minigo/packages.py): headers, build constraints, how import paths
resolve and the order of packages.  Whole modules built and run are in testdata/modules/
(tests/test_programs.py); these tests check the loader's own decisions in-process."""
from pathlib import Path

import pytest

import minigo
from minigo import build, packages
from minigo.errors import CompileErrors

FIXTURE_STDLIB = Path(__file__).resolve().parent.parent / "testdata" / "stdlib_fixture"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return folder


def test_header_gives_package_and_imports_with_positions():
    header = packages.read_header("x.go", b'// doc\npackage main\n\nimport "fmt"\nimport (\n'
                                          b'\tm "example.com/m" // c\n\t_ "a/b"; . `d`\n)\n'
                                          b'import "not/read" + 1\nfunc main() {}\n')
    assert header.package == "main"
    assert [(path, at.line, at.col) for path, at in header.imports] == [
        ("fmt", 4, 8), ("example.com/m", 6, 4), ("a/b", 7, 4), ("d", 7, 13), ("not/read", 9, 8)]


def test_header_reading_stops_at_the_first_declaration():
    header = packages.read_header("x.go", b'package p\nvar x = 1\nimport "late"\n')
    assert header.imports == []


@pytest.mark.parametrize("line, holds", [
    ("linux", True), ("windows", False), ("linux && amd64", True), ("linux && !amd64", False),
    ("ignore", False), ("darwin || (linux && go1.18)", True), ("go1.20", False),
    ("!(windows || plan9) && unix", True), ("gc && !cgo", True),
])
def test_build_constraints_are_evaluated_for_linux_amd64(line, holds):
    assert packages.build_constraint_holds(f"// comment\n//go:build {line}\n\npackage p\n".encode()) is holds


def test_a_build_line_after_the_package_clause_is_ignored():
    assert packages.build_constraint_holds(b"package p\n//go:build ignore\n")


@pytest.mark.parametrize("name, kept", [
    ("a.go", True), ("a_linux.go", True), ("a_windows.go", False), ("a_amd64.go", True),
    ("a_arm64.go", False), ("a_linux_amd64.go", True), ("a_darwin_amd64.go", False),
    ("linux.go", True), ("a_test_helper.go", True),
])
def test_file_names_select_the_system(name, kept):
    assert packages.file_matches_system(name) is kept


def test_packages_are_ordered_by_imports_with_main_last(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {
        "go.mod": "module example.com/m\n\ngo 1.19\n",
        "main.go": 'package main\nimport (\n"example.com/m/b"\n"example.com/m/a"\n"fmt"\n)\n'
                   'func main() { fmt.Println(a.A, b.B) }\n',
        "a/a.go": 'package a\nimport "example.com/m/c"\nvar A = c.C\n',
        "b/b.go": 'package b\nimport "example.com/m/c"\nvar B = c.C\n',
        "c/c.go": "package c\nvar C = 1\n",
        "c/c_test.go": 'package c\nimport "testing"\n',
        "c/_skipped.go": "not go at all",
    })
    program = packages.load_folder(".")
    # the module's packages in import order (fmt and the stdlib packages it imports come
    # among them, Go source now), main last
    ours = [p for p in program.packages if p.path.startswith("example.com")]
    assert [p.path for p in ours] == [
        "example.com/m/c", "example.com/m/b", "example.com/m/a", "example.com/m"]
    assert program.packages[-1].path == "example.com/m"
    assert ours[0].filenames == ["c/c.go"]
    assert packages.executable_name(program, ".") == "m"


def test_a_standard_package_is_read_from_the_stdlib_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(minigo, "stdlib_dir", lambda: FIXTURE_STDLIB)
    write(tmp_path, {"prog.go": 'package main\nimport (\n"minigotest/greet"\n)\n'
                                'func main() { println(greet.Hello("go")) }\n'})
    program = packages.load_files(["prog.go"])
    assert [p.path for p in program.packages] == ["minigotest/greet", "command-line-arguments"]
    module = str(build.compile_program_to_ir(program))
    assert '"minigotest/greet.Hello"' in module and '"minigotest/greet.prefix"' in module
    assert '"minigotest/greet.init"' in module


def test_no_package_is_declared_in_python_any_more():
    """fmt and math are Go source in stdlib/ now: the library mechanism is empty."""
    from minigo.types import library
    assert packages.RUNTIME_LIBRARY == set(library.PACKAGES) == set()


def test_an_import_cycle_lists_the_chain_from_the_main_package(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {
        "go.mod": "module m\n",
        "main.go": 'package main\nimport _ "m/x"\nfunc main() {}\n',
        "x/x.go": 'package x\nimport _ "m/y"\n',
        "y/y.go": 'package y\nimport _ "m/z"\n',
        "z/z.go": 'package z\nimport _ "m/y"\n',
    })
    with pytest.raises(CompileErrors) as raised:
        packages.load_folder(".")
    assert raised.value.render() == ("package m\n\timports m/x\n\timports m/y\n\timports m/z\n"
                                     "\timports m/y: import cycle not allowed")


def test_imported_packages_parse_from_the_cache_once_parsed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write(tmp_path, {"go.mod": "module m\n",
                     "main.go": 'package main\nimport "m/lib"\nfunc main() { println(lib.X) }\n',
                     "lib/lib.go": "package lib\n\nvar X = 1 +\n"})
    first = packages.load_folder(".")
    first.packages[0].parse(cached=True)
    assert first.packages[0].parse_errors          # a syntax error is cached like a tree
    second = packages.load_folder(".")
    assert packages.load_parsed(second.packages[0])
    assert [str(e) for e in second.packages[0].parse_errors] == \
        [str(e) for e in first.packages[0].parse_errors]
    (tmp_path / "lib" / "lib.go").write_text("package lib\n\nvar X = 2\n")
    changed = packages.load_folder(".")
    assert not packages.load_parsed(changed.packages[0])
    changed.packages[0].parse(cached=True)
    assert changed.packages[0].parsed_all and not changed.packages[0].parse_errors
