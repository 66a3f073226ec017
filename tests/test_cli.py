"""The minigo command line: statuses, messages and the files it writes.

Each test runs `python -m minigo` as a user would (a subprocess, the repository on
PYTHONPATH), except the internal-error test, which makes the compiler fail on purpose
and so calls minigo.cli.main in-process.
"""
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from minigo import cli
from minigo.link.toolchain import MISSING_COMPILER

REPO = Path(__file__).resolve().parent.parent
HELLO = REPO / "testdata" / "hello.go"

EXIT_PROGRAM = """\
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1])
	os.Exit(3)
}
"""


def minigo(*arguments, cwd=None, env=None):
    environment = dict(os.environ if env is None else env)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), environment.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "minigo", *arguments], cwd=cwd,
                          env=environment, capture_output=True, text=True, timeout=300)


def test_version():
    done = minigo("version")
    assert done.returncode == 0
    assert done.stdout.startswith("minigo version ")


def test_help():
    done = minigo("help")
    assert done.returncode == 0
    assert "minigo build" in done.stdout and "minigo run" in done.stdout


def test_no_command_and_repl_start_the_repl():
    """tests/test_repl.py drives sessions; here only the command line reaching it."""
    for arguments in ((), ("repl",)):
        done = subprocess.run([sys.executable, "-m", "minigo", *arguments], cwd=REPO,
                              input='println("hi")\n', capture_output=True, text=True)
        assert (done.returncode, done.stderr) == (0, "hi\n")
    done = minigo("repl", "extra")
    assert (done.returncode, done.stderr) == (2, "minigo repl: takes no arguments\n")


def test_unknown_command_is_a_usage_error():
    done = minigo("frobnicate")
    assert done.returncode == 2
    assert done.stderr.startswith("minigo frobnicate: unknown command")


def test_missing_file(tmp_path):
    done = minigo("build", "nothere.go", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "minigo: open nothere.go: no such file or directory\n"


def test_missing_file_for_run(tmp_path):
    done = minigo("run", "dir/nothere.go", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "minigo: open dir/nothere.go: no such file or directory\n"


def test_no_c_compiler(tmp_path):
    (tmp_path / "prog.go").write_text(HELLO.read_text())
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    environment = {key: value for key, value in os.environ.items() if key != "CC"}
    environment["PATH"] = str(empty_bin)
    for command in ("build", "run"):
        done = minigo(command, "prog.go", cwd=tmp_path, env=environment)
        assert done.returncode == 1
        assert done.stderr == MISSING_COMPILER + "\n"


def test_compile_error_is_reported_without_a_header(tmp_path):
    (tmp_path / "bad.go").write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    done = minigo("build", "bad.go", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "bad.go:4:2: x declared but not used\n"
    assert not (tmp_path / "bad").exists()


def test_build_names_the_executable_after_the_first_file(tmp_path):
    (tmp_path / "greet.go").write_text(HELLO.read_text())
    done = minigo("build", "greet.go", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    run = subprocess.run([str(tmp_path / "greet")], capture_output=True, text=True)
    assert run.returncode == 0
    assert run.stdout == (REPO / "testdata" / "hello.out").read_text()


def test_build_with_output_and_emit(tmp_path):
    done = minigo("build", str(HELLO), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out").exists()
    done = minigo("build", str(HELLO), "-o", str(tmp_path / "ir"), "--emit=llvm")
    assert done.returncode == 0, done.stderr
    assert "define void @main.main()" in (tmp_path / "ir.ll").read_text()
    assert (tmp_path / "ir").exists()
    done = minigo("build", str(HELLO), "-o", str(tmp_path / "asm"), "--emit", "asm")
    assert done.returncode == 0, done.stderr
    assert "main.main" in (tmp_path / "asm.s").read_text()


LIBRARY_PACKAGE = """\
package lib

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }
"""


def test_build_of_a_package_other_than_main_checks_it_and_writes_nothing(tmp_path):
    # as go build: compiled and checked, no executable, status 0
    (tmp_path / "lib.go").write_text(LIBRARY_PACKAGE)
    done = minigo("build", "lib.go", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.go"]
    (tmp_path / "bad.go").write_text("package lib\n\nfunc f() int { return missing }\n")
    done = minigo("build", "bad.go", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (1, "bad.go:3:23: undefined: missing\n")


def test_run_of_a_package_other_than_main_is_refused_as_by_go_run(tmp_path):
    # go run says so before compiling: even a package with type errors gets only this line
    (tmp_path / "lib.go").write_text(LIBRARY_PACKAGE)
    (tmp_path / "bad.go").write_text("package lib\n\nfunc f() int { return missing }\n")
    for name in ("lib.go", "bad.go"):
        done = minigo("run", name, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, "")
        assert done.stderr == "package command-line-arguments is not a main package\n"


def test_bad_flag_is_a_usage_error():
    done = minigo("build", str(HELLO), "--emit=wasm")
    assert done.returncode == 2
    done = minigo("build", str(HELLO), "-x")
    assert done.returncode == 2
    assert "flag provided but not defined: -x" in done.stderr


def test_run_passes_arguments_and_exit_status(tmp_path):
    (tmp_path / "exit.go").write_text(EXIT_PROGRAM)
    for _ in range(2):   # the second run comes from the cache
        done = minigo("run", "exit.go", "first", "second", cwd=tmp_path)
        assert done.returncode == 3
        assert done.stdout == "3 first\n"


def test_internal_error_is_one_line_and_status_3(monkeypatch, capsys):
    def broken_build(paths, output, emit=None):
        raise ZeroDivisionError("division by zero\nsecond line")

    import minigo.build

    monkeypatch.setattr(minigo.build, "build", broken_build)
    monkeypatch.delenv("MINIGO_DEBUG", raising=False)
    assert cli.main(["build", str(HELLO)]) == 3
    assert capsys.readouterr().err == \
        "minigo: internal compiler error: ZeroDivisionError: division by zero\n"


@pytest.mark.parametrize("arguments,expected", [
    (["a.go", "b.go", "-o", "x"], (["a.go", "b.go"], "x", None)),
    (["-o=x", "a.go", "--emit=llvm"], (["a.go"], "x", "llvm")),
    (["a.go", "-emit", "asm"], (["a.go"], None, "asm")),
])
def test_build_arguments(arguments, expected):
    assert cli.parse_build_arguments(arguments) == expected


def test_build_of_unchanged_sources_copies_the_cached_executable(tmp_path):
    """The second build of the same source runs no compiler stage (MINIGO_TIMINGS
    lists the stages a build ran); an edit is compiled afresh."""
    source = tmp_path / "prog.go"
    source.write_text(HELLO.read_text())
    environment = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), MINIGO_TIMINGS="1")

    def build_and_run():
        done = minigo("build", "prog.go", "-o", "prog", cwd=tmp_path, env=environment)
        assert done.returncode == 0, done.stderr
        stages = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("minigo: ")]
        output = subprocess.run([str(tmp_path / "prog")], capture_output=True, text=True).stdout
        return stages, output

    stages, output = build_and_run()
    assert "parse" in stages and "codegen" in stages and "cache" not in stages
    assert output == (REPO / "testdata" / "hello.out").read_text()
    (tmp_path / "prog").unlink()
    stages, output = build_and_run()
    assert "parse" not in stages and "link" not in stages and "cache" in stages
    assert output == (REPO / "testdata" / "hello.out").read_text()
    source.write_text(HELLO.read_text().replace("Println(", "Println(\"again\", "))
    stages, output = build_and_run()
    assert "parse" in stages and output.startswith("again ")


def test_build_writes_through_an_output_that_is_not_a_regular_file(tmp_path):
    """`-o` naming a FIFO or a device (go build -o /dev/null) writes the executable into
    it and leaves it what it was: the file is never replaced or re-moded.  Both the
    build that links and the one that copies the cached executable are checked."""
    source = tmp_path / "prog.go"
    source.write_text(HELLO.read_text().replace("Println(", f'Println("{tmp_path}", '))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for _ in range(2):          # the second build is a cache hit
        with open(tmp_path / "written", "wb") as written:
            reader = subprocess.Popen(["cat", str(fifo)], stdout=written)
        try:
            done = minigo("build", str(source), "-o", str(fifo))
            assert done.returncode == 0, done.stderr
            assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced"
            reader.wait(timeout=60)
        finally:
            reader.kill()
            reader.wait()
        assert (tmp_path / "written").read_bytes().startswith(b"\x7fELF")
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))     # what /dev/null is
        with open(device, "wb") as check:
            check.write(b"x")
    except OSError:
        pytest.skip("cannot make a character device here (needs root and a dev mount)")
    mode = os.lstat(device).st_mode
    done = minigo("build", str(source), "-o", str(device))
    assert done.returncode == 0, done.stderr
    assert os.lstat(device).st_mode == mode, "the device was replaced or re-moded"


# ---------------------------------------------------------------- packages and modules

MODULES = REPO / "testdata" / "modules"


def copy_module(name: str, tmp_path: Path) -> Path:
    import shutil
    target = tmp_path / name
    shutil.copytree(MODULES / name, target)
    return target


def test_build_of_a_package_folder_names_the_executable_as_go_does(tmp_path):
    # `go build ./cmd/tool` writes ./tool; `go build` in cmd/tool writes tool there;
    # `go build .` at a module's root is named after the module's last path element
    module = copy_module("cmdtool", tmp_path)
    done = minigo("build", "./cmd/tool", cwd=module)
    assert (done.returncode, done.stderr) == (0, "")
    assert (module / "tool").is_file()
    done = minigo("build", cwd=module / "cmd" / "tool")
    assert (done.returncode, done.stderr) == (0, "")
    assert (module / "cmd" / "tool" / "tool").is_file()
    (module / "main.go").write_text('package main\n\nimport "example.com/cmdtool/lib"\n\n'
                                    'func main() { println(lib.Version) }\n')
    done = minigo("build", ".", cwd=module)
    assert (done.returncode, done.stderr) == (0, "")
    assert (module / "cmdtool").is_file()
    ran = subprocess.run([str(module / "cmdtool")], capture_output=True, text=True)
    assert ran.stderr == "1.0\n"


def test_run_of_a_package_folder_passes_the_arguments_after_it(tmp_path):
    module = copy_module("cmdtool", tmp_path)
    done = minigo("run", "./cmd/tool", "a", "b c", cwd=module)
    assert done.stdout.startswith("tool [a b c] 1.0\n")
    assert done.returncode == 2                     # the program's own panic
    done = minigo("run", "./lib", cwd=module)
    assert (done.returncode, done.stderr) == (1, "package example.com/cmdtool/lib is not a main package\n")


def test_build_of_a_library_folder_only_checks_it(tmp_path):
    module = copy_module("cmdtool", tmp_path)
    done = minigo("build", "./lib", cwd=module)
    assert (done.returncode, done.stderr) == (0, "")
    assert not (module / "lib" / "lib").exists() and not (module / "lib.exe").exists()


def test_a_missing_folder_is_reported_as_go_does(tmp_path):
    done = minigo("build", "./nothere", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == f"stat {tmp_path.resolve()}/nothere: directory not found\n"
    (tmp_path / "empty").mkdir()
    done = minigo("build", "./empty", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (1, f"no Go files in {tmp_path.resolve()}/empty\n")


def test_a_package_named_by_import_path_is_found_in_the_module(tmp_path):
    # as with go: `build cmd/tool` is an import path (std's), `build example.com/x/cmd/tool`
    # the module's package
    module = copy_module("cmdtool", tmp_path)
    done = minigo("build", "cmd/tool", cwd=module)
    assert (done.returncode, done.stderr) == (
        1, "package cmd/tool is not in GOROOT (/usr/lib/go-1.19/src/cmd/tool)\n")
    done = minigo("build", "example.com/cmdtool/cmd/tool", cwd=module)
    assert (done.returncode, done.stderr) == (0, "")
    assert (module / "tool").is_file()


def test_named_files_must_share_a_folder_as_with_go(tmp_path):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
    (tmp_path / "d1" / "x.go").write_text("package main\n\nfunc main() {}\n")
    (tmp_path / "d2" / "y.go").write_text("package main\n")
    done = minigo("build", "./d1/x.go", "d2/y.go", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        1, "named files must all be in one directory; have d1 and d2\n")


def test_a_main_folder_with_two_package_names_is_refused_as_by_go(tmp_path):
    (tmp_path / "go.mod").write_text("module m\n")
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    (tmp_path / "z.go").write_text("package other\n")
    done = minigo("build", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        1, f"found packages main (main.go) and other (z.go) in {tmp_path.resolve()}\n")


def test_every_package_that_fails_is_reported_as_by_go(tmp_path):
    # go build compiles independent packages apart: both a's and b's errors, main's not
    # (its imports failed); each package's own ten-error limit (`go build -p 1 .` prints
    # the same, with a `# m/a` line before each package's)
    (tmp_path / "go.mod").write_text("module m\n")
    for name in "ab":
        (tmp_path / name).mkdir()
        lines = "".join(f"var V{i} int = \"{name}\"\n" for i in range(11))
        (tmp_path / name / f"{name}.go").write_text(f"package {name}\n\n" + lines)
    (tmp_path / "main.go").write_text('package main\n\nimport (\n\t"m/b"\n\t"m/a"\n)\n\n'
                                      "func main() { println(a.V0, b.V0, undefined) }\n")
    done = minigo("build", cwd=tmp_path)
    expected = []
    for name in "ab":
        expected += [f'{name}/{name}.go:{line}:14: cannot use "{name}" '
                     "(untyped string constant) as int value in variable declaration"
                     for line in range(3, 13)]
        expected.append(f"{name}/{name}.go:12:14: too many errors")
    assert done.returncode == 1
    assert done.stderr.splitlines() == expected
