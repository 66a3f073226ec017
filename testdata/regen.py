#!/usr/bin/env python3
"""Regenerate the golden files of testdata/ from real Go (never from minigo).

The golden scheme, described for people in testdata/README.md, lives in code here only: tests/
imports this file, so the harness and the goldens cannot disagree on how a run is recorded.

    testdata/NAME.go          a program that builds; run with the arguments of its `// args:` line
      NAME.out                its stdout, byte for byte (always present, possibly empty)
      NAME.exitcode           its exit status, when not 0
      NAME.err                the key stderr line: the first line starting with `panic:` or
                              `fatal error:` (the goroutine trace after it is not recorded)
      NAME.stderr             the stderr written before the key line (all of stderr when there is
                              none), when not empty: print/println output and the like
      NAME.frames             for a panic, the frames of the first goroutine trace after the key
                              line, one a line ("main.get prog.go:8", "created by main.main
                              prog.go:20"): minigo's must be a subsequence ending the same way
                              (gc shows some runtime frames, "panic" and sync's, minigo does not)
    testdata/compile_errors/NAME.go
      NAME.errors             `go build`'s messages, without the `# command-line-arguments` header
                              and with `./` removed before file names: `NAME.go:LINE:COL: message`
    testdata/modules/NAME/    a module (go.mod and packages), built with `go build TARGET` run in
                              the folder: TARGET from a `// target: ./cmd/tool` line of go.mod, else
                              "."; `// args:` there too.  Goldens beside the folder: NAME.out ...
                              NAME.frames as for a program when it builds, else NAME.errors (every
                              `# package` header dropped; file names relative to the module folder,
                              its absolute path written $FOLDER)

Usage: python3 testdata/regen.py [NAME ...]   (no names: every program)
"""

import concurrent.futures
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile

TESTDATA = pathlib.Path(__file__).resolve().parent
COMPILE_ERRORS = TESTDATA / "compile_errors"
RUN_GOLDEN_SUFFIXES = (".out", ".exitcode", ".err", ".stderr")
FRAMES_SUFFIX = ".frames"
ERRORS_SUFFIX = ".errors"
KEY_LINE_PREFIXES = ("panic:", "fatal error:")
ARGS_MARKER = "// args:"
ARGS_SEARCH_LINES = 5
RUN_TIMEOUT_SECONDS = 10
GO_HEADER_PREFIX = "# "          # `# command-line-arguments`, `# example.com/m/sub`
MODULES = TESTDATA / "modules"
TARGET_MARKER = "// target:"


# ---- the scheme, shared with tests/test_programs.py -------------------------------------------

def run_programs():
    """Every runnable program, sorted by name."""
    return sorted(TESTDATA.glob("*.go"))


def compile_error_programs():
    return sorted(COMPILE_ERRORS.glob("*.go"))


def module_programs():
    """Every module folder, sorted by name."""
    return sorted(path for path in MODULES.iterdir() if path.is_dir()) if MODULES.is_dir() else []


def marker_line(source: pathlib.Path, marker: str) -> str | None:
    """The rest of a line starting with marker among a file's first lines (a module's go.mod)."""
    if source.is_dir():
        source = source / "go.mod"
    with open(source, encoding="utf-8") as f:
        for _, line in zip(range(ARGS_SEARCH_LINES), f):
            if line.startswith(marker):
                return line[len(marker):]
    return None


def program_args(source: pathlib.Path) -> list[str]:
    """Arguments from a `// args: a "b c"` line among the first lines (shell quoting), else none."""
    line = marker_line(source, ARGS_MARKER)
    return shlex.split(line) if line is not None else []


def build_target(source: pathlib.Path) -> str:
    """What to build, named relative to the folder the build runs in: a program's file
    name, or a module's package (go.mod's `// target:` line, else ".")."""
    if not source.is_dir():
        return source.name
    line = marker_line(source, TARGET_MARKER)
    return line.strip() if line is not None else "."


def build_folder(source: pathlib.Path) -> pathlib.Path:
    """Where the build runs: a program's folder, or the module folder itself."""
    return source if source.is_dir() else source.parent


def run_environment() -> dict[str, str]:
    """The environment programs run in: ours, minus what changes Go's runtime behaviour."""
    env = dict(os.environ)
    env.pop("GOMAXPROCS", None)
    return env


def split_stderr(stderr: bytes) -> tuple[bytes, bytes | None]:
    """(stderr before the key line, the key line with its newline or None)."""
    lines = stderr.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith(tuple(p.encode() for p in KEY_LINE_PREFIXES)):
            key = line if line.endswith(b"\n") else line + b"\n"
            return b"".join(lines[:i]), key
    return stderr, None


def run_record(stdout: bytes, stderr: bytes, returncode: int) -> dict[str, bytes]:
    """The golden files one run produces, by suffix; a suffix absent here must be absent on disk."""
    record = {".out": stdout}
    if returncode != 0:
        record[".exitcode"] = b"%d\n" % returncode
    before, key = split_stderr(stderr)
    if key is not None:
        record[".err"] = key
    if before:
        record[".stderr"] = before
    return record


def read_run_record(source: pathlib.Path) -> dict[str, bytes]:
    record = {}
    for suffix in RUN_GOLDEN_SUFFIXES:
        path = source.with_suffix(suffix)
        if path.exists():
            record[suffix] = path.read_bytes()
    return record


def normalise_go_build_errors(stderr: str) -> list[str]:
    """go build's compile errors as the lines minigo must print (see the module docstring)."""
    lines = []
    for line in stderr.splitlines():
        if line.startswith(GO_HEADER_PREFIX):
            continue
        indent = line[: len(line) - len(line.lstrip("\t"))]
        rest = line[len(indent):]
        if rest.startswith("./"):
            rest = rest[2:]
        lines.append(indent + rest)
    return lines


def hide_folder(lines: list[str], folder: pathlib.Path) -> list[str]:
    """Messages naming the absolute path of the folder built in (`found packages a (a.go)
    and b (b.go) in /abs/mod/x`) name it $FOLDER instead, so goldens do not depend on where
    the repository is."""
    absolute = str(folder.resolve())
    return [line.replace(absolute, "$FOLDER") for line in lines]


def read_errors(source: pathlib.Path) -> list[str]:
    return source.with_suffix(ERRORS_SUFFIX).read_text(encoding="utf-8").splitlines()


def traceback_frames(stderr: bytes) -> list[str]:
    """The frames of the first goroutine trace after a `panic:` key line, innermost first, each
    as its function and the base name of its file with the line: "main.get prog.go:8" for
    `main.get(...)` at `\t/dir/prog.go:8 +0x1d`, "created by main.main prog.go:20"; [] when
    there is none."""
    lines = stderr.decode("utf-8", "replace").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("panic:")), None)
    if start is None:
        return []
    start = next((i for i in range(start, len(lines)) if lines[i].startswith("goroutine ")), None)
    if start is None:
        return []
    frames = []
    for line in lines[start + 1:]:
        if not line:
            break
        if not line.startswith("\t"):
            # the name ends where its argument list, the last parenthesis, starts:
            # `example.com/m/lib.(*Stack).Pop(0xc000010018)`
            frames.append(line if line.startswith("created by ") else line.rsplit("(", 1)[0])
        elif frames:
            place = line.strip().split(" ", 1)[0]
            frames[-1] += " " + place.rsplit("/", 1)[-1]
    return frames


def frames_problem(expected: list[str], actual: list[str]) -> str | None:
    """Why a traceback's frames disagree with gc's, or None: they must be a non-empty
    subsequence of gc's (frames of inlined functions may be missing) ending as gc's does."""
    remaining = iter(expected)
    if not actual or actual[-1] != expected[-1] or not all(frame in remaining for frame in actual):
        return f"frames {actual} are not a subsequence of gc's {expected} ending as it does"
    return None


def run_binary(binary: pathlib.Path, args: list[str], cwd: pathlib.Path):
    return subprocess.run([str(binary), *args], cwd=cwd, env=run_environment(),
                          capture_output=True, timeout=RUN_TIMEOUT_SECONDS)


def go_build(source: pathlib.Path, output: pathlib.Path, cwd: pathlib.Path):
    """`go build -o output source` with the source named relative to cwd, as the tests name it
    (a folder as ./path, which go would take for an import path otherwise)."""
    target = os.path.relpath(source, cwd)
    if source.is_dir() and not target.startswith("."):
        target = "./" + target
    return subprocess.run(["go", "build", "-o", str(output), target],
                          cwd=cwd, capture_output=True, text=True)


# ---- regeneration ----------------------------------------------------------------------------

def regenerate_run(source: pathlib.Path) -> str:
    with tempfile.TemporaryDirectory(prefix="minigo-regen-") as tmp:
        binary = pathlib.Path(tmp) / source.stem
        folder = build_folder(source)
        built = go_build(folder / build_target(source), binary, folder)
        if built.returncode != 0:
            raise SystemExit(f"{source.name} does not build with go:\n{built.stderr}")
        result = run_binary(binary, program_args(source), pathlib.Path(tmp))
    write_run_goldens(source, result)
    return f"{source.name}: exit {result.returncode}"


def write_run_goldens(source: pathlib.Path, result) -> None:
    record = run_record(result.stdout, result.stderr, result.returncode)
    frames = traceback_frames(result.stderr)
    if frames:
        record[FRAMES_SUFFIX] = "".join(frame + "\n" for frame in frames).encode()
    for suffix in RUN_GOLDEN_SUFFIXES + (FRAMES_SUFFIX,):
        path = source.with_suffix(suffix)
        if suffix in record:
            path.write_bytes(record[suffix])
        elif path.exists():
            path.unlink()


def regenerate_errors(source: pathlib.Path) -> str:
    with tempfile.TemporaryDirectory(prefix="minigo-regen-") as tmp:
        built = go_build(source, pathlib.Path(tmp) / source.stem, source.parent)
    if built.returncode == 0:
        raise SystemExit(f"compile_errors/{source.name} builds with go; it must not")
    lines = hide_folder(normalise_go_build_errors(built.stderr), source.parent)
    source.with_suffix(ERRORS_SUFFIX).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    messages = [line for line in lines if not line.startswith("\t")]
    return f"compile_errors/{source.name}: {len(messages)} messages"


def regenerate_module(module: pathlib.Path) -> str:
    """A module that builds gets a program's goldens, one that does not its .errors."""
    with tempfile.TemporaryDirectory(prefix="minigo-regen-") as tmp:
        binary = pathlib.Path(tmp) / module.name
        built = go_build(module / build_target(module), binary, module)
        if built.returncode == 0:
            result = run_binary(binary, program_args(module), pathlib.Path(tmp))
    errors = module.with_suffix(ERRORS_SUFFIX)
    if built.returncode != 0:
        for suffix in RUN_GOLDEN_SUFFIXES + (FRAMES_SUFFIX,):
            module.with_suffix(suffix).unlink(missing_ok=True)
        lines = hide_folder(normalise_go_build_errors(built.stderr), module)
        errors.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return f"modules/{module.name}: does not build"
    errors.unlink(missing_ok=True)
    write_run_goldens(module, result)
    return f"modules/{module.name}: exit {result.returncode}"


def remove_orphans() -> None:
    """Goldens whose program is gone would otherwise linger unnoticed."""
    for folder, suffixes in ((TESTDATA, RUN_GOLDEN_SUFFIXES + (FRAMES_SUFFIX,)),
                             (COMPILE_ERRORS, (ERRORS_SUFFIX,))):
        for suffix in suffixes:
            for golden in folder.glob("*" + suffix):
                if not golden.with_suffix(".go").exists():
                    print("removing orphan", golden.relative_to(TESTDATA))
                    golden.unlink()
    for golden in module_goldens():
        if not golden.with_suffix("").is_dir():
            print("removing orphan", golden.relative_to(TESTDATA))
            golden.unlink()


def module_goldens():
    """Every golden file of testdata/modules/."""
    suffixes = RUN_GOLDEN_SUFFIXES + (FRAMES_SUFFIX, ERRORS_SUFFIX)
    return sorted(path for path in MODULES.glob("*.*") if path.suffix in suffixes and path.is_file())


def main(names: list[str]) -> None:
    wanted = set(names)
    jobs = [(regenerate_run, p) for p in run_programs() if not wanted or p.stem in wanted]
    jobs += [(regenerate_errors, p) for p in compile_error_programs() if not wanted or p.stem in wanted]
    jobs += [(regenerate_module, p) for p in module_programs() if not wanted or p.name in wanted]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for line in pool.map(lambda job: job[0](job[1]), jobs):
            print(line)
    if not wanted:
        remove_orphans()


if __name__ == "__main__":
    main(sys.argv[1:])
