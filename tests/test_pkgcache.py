"""Separate compilation (minigo/link/pkgcache.py): each imported package's object comes
from the package cache, keyed by its sources, the compiler and its imports' keys.

End to end: a module is built with minigo into a private cache, run, edited and built
again; every run's output is compared with what real Go prints for the same sources.
"""
import os
import subprocess
from pathlib import Path

import pytest

from conftest import build_with_minigo

MAIN = """package main

import (
	"fmt"
	"strings"

	"example.com/m/mid"
)

func main() {
	fmt.Println(strings.ToUpper("twice:"), mid.Twice(), mid.Greeting(), strings.IndexByte("abcx", 'x'))
}
"""
MID = """package mid

import (
	"strings"

	"example.com/m/lib"
)

var calls int

func init() { calls = 10 }

func Twice() int { calls++; return lib.N*2 + calls }

func Greeting() string { return strings.Repeat(lib.Word, 2) }
"""
LIB = """package lib

const N = %d

var Word = "%s"
"""


def write_module(folder: Path, n: int, word: str) -> None:
    (folder / "mid").mkdir(parents=True, exist_ok=True)
    (folder / "lib").mkdir(parents=True, exist_ok=True)
    (folder / "go.mod").write_text("module example.com/m\n\ngo 1.19\n")
    (folder / "main.go").write_text(MAIN)
    (folder / "mid" / "mid.go").write_text(MID)
    (folder / "lib" / "lib.go").write_text(LIB % (n, word))


def minigo_output(folder: Path, executable: Path) -> str:
    built = build_with_minigo(".", executable, folder)
    assert built.returncode == 0, built.stderr
    return subprocess.run([str(executable)], capture_output=True, text=True, timeout=60,
                          check=True).stdout


def go_output(folder: Path, tmp_path: Path) -> str:
    env = dict(os.environ, GOFLAGS="-mod=mod", GO111MODULE="on")
    executable = tmp_path / "go-built"
    subprocess.run(["go", "build", "-o", str(executable), "."], cwd=folder, env=env,
                   check=True, capture_output=True, timeout=300)
    return subprocess.run([str(executable)], capture_output=True, text=True, timeout=60,
                          check=True).stdout


def package_objects(cache: Path) -> dict[Path, int]:
    """Every cached package object, with its modification time."""
    return {path: path.stat().st_mtime_ns for path in (cache / "minigo" / "pkg").glob("*/package.o")}


@pytest.fixture
def module(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    folder = tmp_path / "m"
    write_module(folder, 3, "ab")
    return folder, cache


def test_an_edited_main_package_reuses_every_imported_package(module, tmp_path):
    folder, cache = module
    first = minigo_output(folder, tmp_path / "first")
    assert first == go_output(folder, tmp_path)
    objects = package_objects(cache)
    assert len(objects) >= 4            # lib, mid, strings and what strings imports
    (folder / "main.go").write_text(MAIN.replace("twice:", "again:"))
    second = minigo_output(folder, tmp_path / "second")
    assert second == go_output(folder, tmp_path)
    assert second == first.replace("TWICE:", "AGAIN:")
    assert package_objects(cache) == objects        # none made again, none added


def test_a_changed_package_rebuilds_itself_and_its_importers(module, tmp_path):
    folder, cache = module
    minigo_output(folder, tmp_path / "first")
    objects = package_objects(cache)
    write_module(folder, 7, "xyz")      # lib changes; mid's code depends on lib.N
    second = minigo_output(folder, tmp_path / "second")
    assert second == go_output(folder, tmp_path)
    made = set(package_objects(cache)) - set(objects)
    assert len(made) == 2               # lib's and mid's; strings' are reused
    assert set(objects) <= set(package_objects(cache))
