"""Maps: the constants codegen shares with runtime/map.c.

The behaviour (semantics, growth and churn against a reference, printing, panics) is
covered by testdata/map_*.go.
"""
import re
from pathlib import Path

from minigo.codegen import maps

REPO = Path(__file__).resolve().parent.parent
RUNTIME_HEADER = REPO / "minigo" / "runtime" / "runtime.h"


def test_iterator_size_agrees_with_runtime_header():
    match = re.search(r"#define MAP_ITERATOR_WORDS (\d+)", RUNTIME_HEADER.read_text())
    assert match, "runtime.h must define MAP_ITERATOR_WORDS"
    assert int(match.group(1)) == maps.MAP_ITERATOR_WORDS
