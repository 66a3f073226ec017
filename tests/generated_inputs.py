"""Generators of big and deeply nested Go programs, the shapes generated code takes.

Each generator takes a size and returns (statements, expected stdout, expected stderr): the
body of a function, and what running it prints, computed here from the program's meaning (a
count, a sum, a length), so that a test can build the program with minigo, run it and compare
at any size.  program() makes one program of several bodies.  tests/test_generated_inputs.py
builds small sizes by default (all kinds in one program) and the full sizes behind the
`stress` marker, and also checks the expectations against gc itself when asked
(MINIGO_CHECK_GENERATED_WITH_GO=1).

Run as a script to write one program:  python tests/generated_inputs.py KIND SIZE > prog.go
"""
from __future__ import annotations

import sys

MASK64 = (1 << 64) - 1


def program(parts: list[str]) -> str:
    """A program running each body (a generator's statements) in a function of its own."""
    functions = "".join(f"func generated{index}() {{\n{body}}}\n\n"
                        for index, body in enumerate(parts))
    calls = "".join(f"\tgenerated{index}()\n" for index in range(len(parts)))
    return "package main\n\n" + functions + "func main() {\n" + calls + "}\n"


def add_chain(size: int):
    """`x + x + ... + x`: one left-associative binary chain of `size` terms."""
    terms = " + ".join(["x"] * size)
    return f"\tx := 1\n\ty := {terms}\n\tprintln(y)\n", "", f"{size}\n"


def string_concat(size: int):
    """`s + s + ... + s` on strings."""
    terms = " + ".join(["s"] * size)
    return f'\ts := "ab"\n\tt := {terms}\n\tprintln(len(t))\n', "", f"{2 * size}\n"


def and_chain(size: int):
    """`x > 0 && x > 0 && ...`: a chain of short-circuit operators."""
    terms = " && ".join(["x > 0"] * size)
    return f"\tx := 1\n\tb := {terms}\n\tprintln(b)\n", "", "true\n"


def else_if_chain(size: int):
    """`if x == 0 {...} else if x == 1 {...} ...`, the last branch taken."""
    lines = ["\tx := " + str(size - 1), "\ty := -1"]
    for index in range(size):
        keyword = "if" if index == 0 else "} else if"
        lines.append(f"\t{keyword} x == {index} {{\n\t\ty = {index}")
    lines.append("\t}\n\tprintln(y)")
    return "\n".join(lines) + "\n", "", f"{size - 1}\n"


def nested_calls(size: int):
    """`f(f(f(...f(0)...)))`, `size` calls deep."""
    call = "f(" * size + "0" + ")" * size
    body = f"\tf := func(n int) int {{ return n + 1 }}\n\tprintln({call})\n"
    return body, "", f"{size}\n"


def nested_func_literals(size: int):
    """`func() int { return func() int { ... return 1 }() + 1 }()`, `size` literals deep."""
    expression = "1"
    for _ in range(size):
        expression = f"func() int {{ return {expression} + 1 }}()"
    return f"\tprintln({expression})\n", "", f"{size + 1}\n"


def nested_for_loops(size: int):
    """`size` nested one-iteration `for` loops around one increment."""
    lines = ["\tcount := 0"]
    for depth in range(size):
        lines.append("\t" * (depth + 1) + f"for i{depth} := 0; i{depth} < 1; i{depth}++ {{")
    lines.append("\t" * (size + 1) + "count++")
    for depth in reversed(range(size)):
        lines.append("\t" * (depth + 1) + "}")
    lines.append("\tprintln(count)")
    return "\n".join(lines) + "\n", "", "1\n"


def nested_composite(size: int):
    """A linked list written as one composite literal nested `size` deep."""
    literal = "nil"
    for value in range(size):
        literal = f"&Node{{Value: {value}, Next: {literal}}}"
    body = ("\ttype Node struct {\n\t\tValue int\n\t\tNext  *Node\n\t}\n"
            f"\tlist := {literal}\n\tcount, sum := 0, 0\n"
            "\tfor n := list; n != nil; n = n.Next {\n\t\tcount++\n\t\tsum += n.Value\n\t}\n"
            "\tprintln(count, sum)\n")
    return body, "", f"{size} {size * (size - 1) // 2}\n"


def nested_array_literal(size: int):
    """`[1][1]...[1]int{{...{7}...}}`: an array type and its literal nested `size` deep."""
    type_text = "[1]" * size + "int"
    literal = type_text + "{" * size + "7" + "}" * size
    index = "[0]" * size
    return f"\ta := {literal}\n\tprintln(a{index})\n", "", "7\n"


def long_line(size: int):
    """A statement `size` columns into its line (LLVM's debug locations hold 16 bits)."""
    return "\tx := 0\n" + " " * size + "x++\n\tprintln(x)\n", "", "1\n"


def nested_blocks(size: int):
    """`{{{ ... x++ ... }}}`, `size` blocks deep, on one line."""
    return "\tx := 0\n\t" + "{" * size + "x++" + "}" * size + "\n\tprintln(x)\n", "", "1\n"


def long_function(size: int):
    """One function of `size` statements `x = x*3 + k` (int64 wrap-around)."""
    lines = ["\tx := 1"]
    value = 1
    for step in range(size):
        constant = step % 1000
        lines.append(f"\tx = x*3 + {constant}")
        value = (value * 3 + constant) & MASK64
    lines.append("\tprintln(x)")
    signed = value - (1 << 64) if value >> 63 else value
    return "\n".join(lines) + "\n", "", f"{signed}\n"


def big_slice_literal(size: int):
    """A `[]int` literal of `size` constants, summed and then modified (slices are mutable)."""
    values = [(index * 7919) % 10007 for index in range(size)]
    rows = ",\n".join("\t\t" + ", ".join(map(str, values[start:start + 16]))
                      for start in range(0, size, 16))
    body = (f"\tvalues := []int{{\n{rows},\n\t}}\n"
            "\tsum := 0\n\tfor _, v := range values {\n\t\tsum += v\n\t}\n"
            "\tvalues[0] = -1\n\tprintln(len(values), sum, values[0], values[len(values)-1])\n")
    expected = f"{size} {sum(values)} -1 {values[-1]}\n"
    return body, "", expected


def big_string(size: int):
    """A string constant of `size` bytes (letters and an escape on every line)."""
    pattern = "abcdefghijklmnopqrstuvwxyz0123456789"
    chunks, length, checksum = [], 0, 0
    while length < size:
        piece = pattern[: min(len(pattern), size - length)]
        chunks.append(piece)
        length += len(piece)
    text = "".join(chunks)
    checksum = sum(text.encode()) & MASK64
    body = (f'\tconst s = "{text}"\n'
            "\tsum := 0\n\tfor i := 0; i < len(s); i++ {\n\t\tsum += int(s[i])\n\t}\n"
            "\tprintln(len(s), sum, s[len(s)-1:])\n")
    return body, "", f"{size} {checksum} {text[-1]}\n"


GENERATORS = {
    "add_chain": add_chain,
    "string_concat": string_concat,
    "and_chain": and_chain,
    "else_if_chain": else_if_chain,
    "nested_calls": nested_calls,
    "nested_func_literals": nested_func_literals,
    "nested_for_loops": nested_for_loops,
    "nested_composite": nested_composite,
    "nested_array_literal": nested_array_literal,
    "long_line": long_line,
    "nested_blocks": nested_blocks,
    "long_function": long_function,
    "big_slice_literal": big_slice_literal,
    "big_string": big_string,
}


def generate(kinds_and_sizes: list[tuple[str, int]]):
    """(source, expected stdout, expected stderr) of one program running each
    generated body in turn (println writes to stderr)."""
    parts = [GENERATORS[kind](size) for kind, size in kinds_and_sizes]
    return (program([body for body, _, _ in parts]), "".join(out for _, out, _ in parts),
            "".join(err for _, _, err in parts))


def main(arguments: list[str]) -> int:
    if len(arguments) != 2 or arguments[0] not in GENERATORS:
        print("usage: generated_inputs.py KIND SIZE\nkinds: " + ", ".join(GENERATORS),
              file=sys.stderr)
        return 2
    source, _, _ = generate([(arguments[0], int(arguments[1]))])
    sys.stdout.write(source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
