"""Parses every .go file of Go's own source tree to prove the grammar's coverage.

    python -m minigo.syntax.gotree_check [ROOT ...] [--show N]

Directories named testdata are skipped (they hold deliberately broken files), as are
files gc itself would not accept: those marked `// errorcheck`, `// skip` and the
`// compiledir` placeholders of Go's test/ tree.  Prints the number of files and
lines parsed, the speed, and each failure.
"""
from __future__ import annotations

import os
import sys
import time

from minigo.errors import CompileErrors

DEFAULT_ROOTS = ("/usr/lib/go-1.19/src", "/usr/share/go-1.19/src", "/usr/share/go-1.19/test")
NOT_MEANT_TO_COMPILE = ("// errorcheck", "// skip", "// compiledir", "//go:build ignore", "// +build ignore")


def go_files(root: str):
    """The .go files under root, excluding testdata directories."""
    for directory, subdirectories, files in os.walk(root, followlinks=True):
        subdirectories[:] = sorted(d for d in subdirectories if d != "testdata")
        for name in sorted(files):
            if name.endswith(".go"):
                yield os.path.join(directory, name)


def meant_to_compile(source: bytes) -> bool:
    head = source[:400].decode("utf-8", "replace")
    return not any(marker in head for marker in NOT_MEANT_TO_COMPILE)


def check(roots, show: int = 50) -> int:
    from minigo.syntax import parse_file
    files = lines = 0
    failures = []
    started = time.perf_counter()
    for root in roots:
        if not os.path.isdir(root):
            continue
        for path in go_files(root):
            with open(path, "rb") as handle:
                source = handle.read()
            if not meant_to_compile(source):
                continue
            files += 1
            lines += source.count(b"\n")
            try:
                parse_file(path, source)
            except CompileErrors as error:
                failures.append(str(error.errors[0]))
    elapsed = time.perf_counter() - started
    for failure in failures[:show]:
        print(failure)
    rate = lines / elapsed if elapsed else 0
    print(f"{files} files, {lines} lines in {elapsed:.1f} s ({rate:,.0f} lines/s); {len(failures)} failures")
    return 1 if failures else 0


def main(argv) -> int:
    show = 50
    if "--show" in argv:
        at = argv.index("--show")
        show = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    roots = argv or [root for root in DEFAULT_ROOTS if os.path.isdir(root)]
    roots = list(dict.fromkeys(os.path.realpath(root) for root in roots))
    return check(roots, show)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
