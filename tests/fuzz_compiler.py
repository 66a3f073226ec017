"""A fuzzer for the minigo compiler: no input may make it fail inside.

    python tests/fuzz_compiler.py --count 3000 --seed 1 [--build-fraction 0.05] [--out DIR]
                                  [--against-go] [--log FILE] [--show INDEX]

Inputs are of two families, both a pure function of (seed, index) and the testdata
files (adding a program changes the mutants), so `--show INDEX` rebuilds an input:
- mutants of testdata/*.go and testdata/compile_errors/*.go: token-level (delete,
  duplicate, swap tokens; replace identifiers, literals, operators; insert random bytes
  and unicode), line-level (delete, duplicate, swap, splice lines; truncate) and
  tree-level, on the bracket tree of the file (delete, duplicate, swap or transplant a
  balanced (...)/[...]/{...} group, wrap an operand in a larger expression, wrap a
  block's statements in a function literal, loop or switch, transplant right-hand sides);
- generated deep and long programs (GENERATORS): long operator chains, deep parentheses,
  blocks, function literals, composite literals, types, many else-ifs, long identifiers,
  huge literals.

Each input goes through minigo's front end (parse, check, generate IR:
minigo.build.compile_to_ir) inside one long-lived worker process, so thousands of inputs
cost one interpreter start; the worker is forked again only after a crash or a hang.
A fraction of the inputs the front end accepts is also built whole with
`python -m minigo build` in a subprocess (LLVM and the linker run there).

Every result is one of the OUTCOMES below: ok, compile-error, or one of the FAILURES
(bad-error-format, internal-error, crash, hang).  A compile error counts as one only if
every line is `file:line:col: message` (or an indented continuation line, or the rest
of a quoted raw string) with a line inside the file, and no Python object leaks into
it; anything else is `bad-error-format`.  A failure's signature is its exception type
(or signal) and site: the minigo function found most often on the stack when one
recurs (a recursion's site is then the same at any depth), else the innermost minigo
frame; so failures are deduplicated by where they happen, not by input.  Each distinct failure is minimised by delta debugging
(lines, then tokens, then characters, keeping the signature) and written to --out as a
.go file, with a README.md listing them all.

With --against-go each mutant's syntax errors are also compared with `go build`'s (go
1.19, normalised as testdata/regen.py records goldens) whenever either parser stops the
build; a difference is a `syntax-differs-from-go` failure.  That costs a go build per
mutant (~0.4 s), so it is off by default and not part of the tests.

If the pipeline moves onto a thread with a big stack, FrontEndWorker must run it the
same way (see run_front_end), or it reports crashes the real command no longer has.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import faulthandler
import json
import multiprocessing
import os
import pathlib
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTDATA = REPO_ROOT / "testdata"
FUZZ_FILENAME = "fuzz.go"

OK, COMPILE_ERROR = "ok", "compile-error"
BAD_FORMAT, INTERNAL, CRASH, HANG = "bad-error-format", "internal-error", "crash", "hang"
DIFFERS = "syntax-differs-from-go"    # only with --against-go
OUTCOMES = (OK, COMPILE_ERROR, BAD_FORMAT, INTERNAL, CRASH, HANG, DIFFERS)
FAILURES = (BAD_FORMAT, INTERNAL, CRASH, HANG, DIFFERS)

HANG_RETRY_FACTOR = 3
FRONT_END_TIMEOUT = 30.0      # seconds an input may take in the front end
BUILD_TIMEOUT = 180.0         # seconds for a whole `minigo build`
WORKER_MEMORY_LIMIT = 6 << 30  # bytes of address space for the worker (a runaway is a failure)
INPUTS_PER_WORKER = 400       # a fresh worker now and then, so no state drifts between inputs


# ------------------------------------------------------------------ tokens

TOKEN_PATTERN = re.compile(r"""
  (?P<comment>//[^\n]*|/\*.*?\*/)
| (?P<raw>`[^`]*`)
| (?P<string>"(?:\\.|[^"\\\n])*")
| (?P<rune>'(?:\\.|[^'\\\n])*')
| (?P<number>\.?[0-9](?:[eEpP][+-]|[0-9a-zA-Z_.])*)
| (?P<ident>[^\W\d]\w*)
| (?P<op><<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|&\^|<<|>>|[-+*/%&|^]=
        |[-+*/%&|^<>=!:;,.(){}\[\]~])
| (?P<space>\s+)
| (?P<other>.)
""", re.S | re.X)

KEYWORDS = ("break case chan const continue default defer else fallthrough for func go goto if "
            "import interface map package range return select struct switch type var").split()
PREDECLARED = ("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 "
               "rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap "
               "close complex copy delete imag len make new panic print println real recover any "
               "comparable main init _ fmt os strings").split()
OPERATORS = ("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! "
             "~ != <= >= := ... ( ) [ ] { } , ; . :").split()
ODD_IDENTIFIERS = ("ñ", "日本", "x\u0301", "_x9", "Ω", "ℵ", "a" * 300, "X" * 1200, "init", "main")
INTERESTING_LITERALS = (
    "0", "1", "-1", "0x7fffffffffffffff", "9223372036854775808", "18446744073709551616",
    "1" + "0" * 400, "0b102", "0o8", "08", "0x", "0x_1", "1__0", "1_", "0.", ".5", "1e309", "1e-400",
    "0x1p-2", "0x1.8p1", "1i", "0i", "1e1000000", "'a'", "'\\n'", "'\\x00'", "'\\u12'", "'ab'", "''",
    "'\\U0010ffff'", "'\\U00110000'", '""', '"\\xff"', '"\\q"', '"\\u00e9"', '"日本"', "`raw\nline`",
    '"' + "s" * 5000 + '"', "nil", "iota", "true", "3.14", "1<<62", "1<<64", "1<<1000", "-0.0",
)
ODD_TEXT = ("\x00", "\ufeff", "\xff", "\r", "\r\n", "\t", "\u2028", "\u00a0", "٣", "😀", "\x7f",
            "\\", "`", '"', "'", "/*", "*/", "//", "#", "$", "@", "?", "\u200b", "\ufffd")


def tokenize(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs that join back to `text` exactly."""
    return [(match.lastgroup, match.group()) for match in TOKEN_PATTERN.finditer(text)]


def join(tokens) -> str:
    return "".join(text for _, text in tokens)


def significant(tokens) -> list[int]:
    return [i for i, (kind, _) in enumerate(tokens) if kind not in ("space", "comment")]


def bracket_groups(tokens) -> list[tuple[int, int]]:
    """(open, close) token indices of every balanced (...), [...] and {...}."""
    pairs, stack = [], []
    closers = {")": "(", "]": "[", "}": "{"}
    for index, (kind, text) in enumerate(tokens):
        if kind != "op":
            continue
        if text in "([{":
            stack.append((text, index))
        elif text in closers:
            if stack and stack[-1][0] == closers[text]:
                pairs.append((stack.pop()[1], index))
            else:
                stack.clear()
    return pairs


# ------------------------------------------------------------------ corpus

@dataclasses.dataclass
class Corpus:
    files: dict[str, str]
    identifiers: list[str]
    right_hand_sides: list[str]
    groups: dict[str, list[str]]      # opening bracket -> texts of balanced groups

    @classmethod
    def load(cls) -> "Corpus":
        files = {}
        for path in sorted(TESTDATA.glob("*.go")) + sorted((TESTDATA / "compile_errors").glob("*.go")):
            files[str(path.relative_to(REPO_ROOT))] = path.read_text(encoding="utf-8", errors="replace")
        identifiers, rhs, groups = set(), [], collections.defaultdict(list)
        for text in files.values():
            tokens = tokenize(text)
            identifiers.update(t for k, t in tokens if k == "ident" and len(t) < 40)
            for line in text.splitlines():
                match = re.search(r"(?::=|=|return)\s+(.+)$", line)
                if match and len(match.group(1)) < 200:
                    rhs.append(match.group(1))
            for start, end in bracket_groups(tokens):
                if end - start < 400:
                    groups[tokens[start][1]].append(join(tokens[start:end + 1]))
        return cls(files, sorted(identifiers), rhs, {k: v for k, v in groups.items()})


# ------------------------------------------------------------------ mutators
# Each takes (rng, text, corpus) and returns the new text; None means "not applicable".

def _pick_significant(rng, tokens, kinds=None):
    candidates = [i for i in significant(tokens) if kinds is None or tokens[i][0] in kinds]
    return rng.choice(candidates) if candidates else None


def delete_token(rng, text, corpus):
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens)
    if i is None:
        return None
    del tokens[i:i + rng.choice((1, 1, 2, 3))]
    return join(tokens)


def duplicate_token(rng, text, corpus):
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens)
    if i is None:
        return None
    tokens.insert(i, (tokens[i][0], tokens[i][1] + rng.choice(("", " "))))
    return join(tokens)


def swap_tokens(rng, text, corpus):
    tokens = tokenize(text)
    indices = significant(tokens)
    if len(indices) < 2:
        return None
    at = rng.randrange(len(indices) - 1)
    i, j = indices[at], indices[at + 1] if rng.random() < 0.7 else rng.choice(indices)
    tokens[i], tokens[j] = tokens[j], tokens[i]
    return join(tokens)


def replace_identifier(rng, text, corpus):
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens, ("ident",))
    if i is None:
        return None
    pool = rng.choice((corpus.identifiers, KEYWORDS, PREDECLARED, ODD_IDENTIFIERS,
                       [t for k, t in tokens if k == "ident"]))
    tokens[i] = ("ident", rng.choice(pool))
    return join(tokens)


def replace_literal(rng, text, corpus):
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens, ("number", "string", "rune", "raw"))
    if i is None:
        return None
    tokens[i] = ("number", rng.choice(INTERESTING_LITERALS))
    return join(tokens)


def replace_operator(rng, text, corpus):
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens, ("op",))
    if i is None:
        return None
    tokens[i] = ("op", rng.choice(OPERATORS))
    return join(tokens)


def insert_token(rng, text, corpus):
    tokens = tokenize(text)
    i = rng.randrange(len(tokens) + 1)
    pool = rng.choice((KEYWORDS, OPERATORS, PREDECLARED, INTERESTING_LITERALS, corpus.identifiers))
    tokens.insert(i, ("other", " " + rng.choice(pool) + " "))
    return join(tokens)


def insert_odd_text(rng, text, corpus):
    at = rng.randrange(len(text) + 1)
    if rng.random() < 0.3:
        noise = "".join(chr(rng.randrange(0, 0x300)) for _ in range(rng.randrange(1, 8)))
    else:
        noise = rng.choice(ODD_TEXT)
    return text[:at] + noise + text[at:]


def _lines(text):
    return text.split("\n")


def delete_lines(rng, text, corpus):
    lines = _lines(text)
    at = rng.randrange(len(lines))
    del lines[at:at + rng.choice((1, 1, 2, 5))]
    return "\n".join(lines)


def duplicate_line(rng, text, corpus):
    lines = _lines(text)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return "\n".join(lines)


def swap_lines(rng, text, corpus):
    lines = _lines(text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def splice_line(rng, text, corpus):
    lines = _lines(text)
    donor = _lines(corpus.files[rng.choice(sorted(corpus.files))])
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(donor))
    return "\n".join(lines)


def truncate(rng, text, corpus):
    if rng.random() < 0.5:
        return text[:rng.randrange(len(text) + 1)]
    lines = _lines(text)
    return "\n".join(lines[:rng.randrange(len(lines) + 1)])


def _pick_group(rng, tokens, openers="([{"):
    groups = [g for g in bracket_groups(tokens) if tokens[g[0]][1] in openers]
    return rng.choice(groups) if groups else None


def delete_group(rng, text, corpus):
    tokens = tokenize(text)
    group = _pick_group(rng, tokens)
    if group is None:
        return None
    start, end = group
    if rng.random() < 0.5:
        start, end = start + 1, end - 1      # keep the brackets, drop what is inside
    del tokens[start:end + 1]
    return join(tokens)


def duplicate_group(rng, text, corpus):
    tokens = tokenize(text)
    group = _pick_group(rng, tokens)
    if group is None:
        return None
    start, end = group
    tokens[end + 1:end + 1] = tokens[start:end + 1]
    return join(tokens)


def transplant_group(rng, text, corpus):
    """Replaces a balanced group with one of the same bracket from anywhere in the corpus."""
    tokens = tokenize(text)
    group = _pick_group(rng, tokens)
    if group is None:
        return None
    start, end = group
    donors = corpus.groups.get(tokens[start][1])
    if not donors:
        return None
    tokens[start:end + 1] = [("other", rng.choice(donors))]
    return join(tokens)


def swap_groups(rng, text, corpus):
    tokens = tokenize(text)
    first, second = _pick_group(rng, tokens), _pick_group(rng, tokens)
    if first is None or first == second:
        return None
    (a, b), (c, d) = sorted((first, second))
    if c <= b:                        # nested: no swap
        return None
    tokens[a:d + 1] = tokens[c:d + 1] + tokens[b + 1:c] + tokens[a:b + 1]
    return join(tokens)


OPERAND_WRAPPERS = (
    "({x})", "-{x}", "!{x}", "^{x}", "*&{x}", "&{x}", "*{x}", "<-{x}", "{x}.(int)", "{x}.f",
    "{x}[0]", "{x}[1:]", "{x}()", "{x}(nil)", "func() int {{ return {x} }}()",
    "func() {{ _ = {x} }}", "[]int{{{x}}}[0]", "interface{{}}({x})", "int({x})", "string({x})",
    "len({x})", "({x} + {x})", "({x} * {x})", "({x} == {x})", "({x} && {x})", "{x} << 70",
    "struct{{ f int }}{{{x}}}.f", "map[int]int{{0: {x}}}[0]", "[...]int{{{x}}}", "new({x})",
    "make({x})", "append({x}, {x})", "go {x}", "defer {x}",
)


def wrap_operand(rng, text, corpus):
    """Replaces an identifier or literal with a larger expression around it, maybe nested."""
    tokens = tokenize(text)
    i = _pick_significant(rng, tokens, ("ident", "number", "string", "rune"))
    if i is None:
        return None
    wrapped = tokens[i][1]
    for _ in range(rng.choice((1, 1, 2, 3, 8))):
        wrapped = rng.choice(OPERAND_WRAPPERS).format(x=wrapped)
    tokens[i] = ("other", wrapped)
    return join(tokens)


BLOCK_WRAPPERS = (
    "{{ func() {{ {body} }}() }}", "{{ if true {{ {body} }} }}", "{{ for i := 0; i < 1; i++ {{ {body} }} }}",
    "{{ switch {{ default: {body} }} }}", "{{ {{ {body} }} }}", "{{ go func() {{ {body} }}() }}",
    "{{ defer func() {{ {body} }}() }}", "{{ for range []int{{1}} {{ {body} }} }}",
    "{{ select {{ default: {body} }} }}", "{{ L: for {{ {body}; break L }} }}",
    "{{ if x := 1; x > 0 {{ {body} }} else {{ {body} }} }}",
)


def wrap_block(rng, text, corpus):
    """Wraps the statements of a {...} block in a function literal, loop, switch, ..."""
    tokens = tokenize(text)
    group = _pick_group(rng, tokens, "{")
    if group is None:
        return None
    start, end = group
    body = join(tokens[start + 1:end])
    tokens[start:end + 1] = [("other", rng.choice(BLOCK_WRAPPERS).format(body=body))]
    return join(tokens)


def replace_right_hand_side(rng, text, corpus):
    lines = _lines(text)
    candidates = [i for i, line in enumerate(lines) if re.search(r"(?::=|=|return)\s+\S", line)]
    if not candidates:
        return None
    at = rng.choice(candidates)
    lines[at] = re.sub(r"((?::=|=|return)\s+).+$", lambda m: m.group(1) + rng.choice(corpus.right_hand_sides),
                       lines[at], count=1)
    return "\n".join(lines)


MUTATORS = (
    delete_token, duplicate_token, swap_tokens, replace_identifier, replace_literal, replace_operator,
    insert_token, insert_odd_text, delete_lines, duplicate_line, swap_lines, splice_line, truncate,
    delete_group, duplicate_group, transplant_group, swap_groups, wrap_operand, wrap_block,
    replace_right_hand_side,
)


# ------------------------------------------------------------------ generated inputs
# Each generator takes n (the size) and returns a whole program; sizes are drawn
# log-uniformly up to the generator's maximum, which lies past the depths where the
# compiler has broken before (issue 8).

def _main(body: str, before: str = "") -> str:
    return f"package main\n\n{before}\nfunc main() {{\n{body}\n}}\n"


def gen_plus_chain(n):
    return _main("x := 1\ny := " + "+".join(["x"] * n) + "\nprintln(y)")


def gen_string_concat(n):
    return _main('s := "a"\nt := ' + " + ".join(['s'] * n) + "\nprintln(len(t))")


def gen_and_chain(n):
    return _main("b := true\nc := " + " && ".join(["b"] * n) + "\nprintln(c)")


def gen_mixed_chain(n):
    ops = ("+", "-", "*", "|", "^", "&")
    return _main("x := 3\ny := x" + "".join(f" {ops[i % len(ops)]} x" for i in range(n)) + "\nprintln(y)")


def gen_deep_parens(n):
    return _main("x := 1\ny := " + "(" * n + "x" + ")" * n + "\nprintln(y)")


def gen_deep_unary(n):
    return _main("x := 1\ny := " + "- " * n + "x\nprintln(y)")


def gen_nested_calls(n):
    return _main("println(" + "f(" * n + "1" + ")" * n + ")", "func f(x int) int { return x + 1 }\n")


def gen_nested_blocks(n):
    return _main("x := 0\n" + "{\n" * n + "x++\n" + "}\n" * n + "println(x)")


def gen_nested_func_literals(n):
    return _main("x := 0\n" + "func() {\n" * n + "x++\n" + "}()\n" * n + "println(x)")


def gen_nested_for(n):
    return _main("x := 0\n" + "".join(f"for i{i} := 0; i{i} < 1; i{i}++ {{\n" for i in range(n))
                 + "x++\n" + "}\n" * n + "println(x)")


def gen_nested_if(n):
    return _main("x := 1\n" + "if x > 0 {\n" * n + "x++\n" + "}\n" * n + "println(x)")


def gen_else_if(n):
    branches = "".join(f" else if x == {i} {{\n\tx += {i}\n}}" for i in range(n))
    return _main("x := 7\nif x < 0 {\n\tx = 0\n}" + branches + "\nprintln(x)")


def gen_switch_cases(n):
    cases = "".join(f"case {i}:\n\tx += {i}\n" for i in range(n))
    return _main(f"x := 5\nswitch x {{\n{cases}}}\nprintln(x)")


def gen_nested_composite(n):
    return _main("x := " + "[]interface{}{" * n + "1" + "}" * n + "\nprintln(len(x))")


def gen_nested_struct_literal(n):
    return _main("x := " + "&T{" * n + "nil" + "}" * n + "\nprintln(x != nil)", "type T struct{ next *T }\n")


def gen_nested_slice_type(n):
    return _main("var x " + "[]" * n + "int\nprintln(len(x))")


def gen_nested_pointer_type(n):
    return _main("var x " + "*" * n + "int\nprintln(x == nil)")


def gen_nested_map_type(n):
    return _main("x := make(" + "map[int]" * n + "int)\nprintln(len(x))")


def gen_nested_struct_type(n):
    return _main("var x " + "struct{ f " * n + "int" + " }" * n + "\n_ = x")


def gen_nested_index(n):
    return _main("a := []int{0}\nprintln(" + "a[" * n + "0" + "]" * n + ")")


def gen_selector_chain(n):
    return _main("var t T\nt.next = &t\nprintln(t" + ".next" * n + " != nil)", "type T struct{ next *T }\n")


def gen_many_statements(n):
    return _main("x := 1\n" + "".join(f"x = x*3 + {i}\n" for i in range(n)) + "println(x)")


def gen_many_functions(n):
    funcs = "".join(f"func f{i}(x int) int {{ return x + {i} }}\n" for i in range(n))
    return _main("println(" + " + ".join(f"f{i}(1)" for i in range(min(n, 50))) + ")", funcs)


def gen_many_globals(n):
    return _main("println(v0)", "".join(f"var v{i} = {i}\n" for i in range(n)))


def gen_many_params(n):
    params = ", ".join(f"p{i} int" for i in range(n))
    return _main("println(f(" + ", ".join(str(i) for i in range(n)) + "))", f"func f({params}) int {{ return p0 }}\n")


def gen_long_identifier(n):
    name = "v" + "x" * n
    return _main(f"{name} := 1\n{name}2 := {name}\nprintln({name}, {name}2)",
                 f"func {name}f() int {{ return 1 }}\ntype {name}T struct{{ {name} int }}\n")


def gen_huge_int_literal(n):
    return _main(f"const c = 1{'0' * n}\nprintln(c / c)")


def gen_huge_float_literal(n):
    return _main(f"const c = 1.{'5' * n}e{n}\nprintln(c > 0)")


def gen_big_shift(n):
    return _main(f"const c = 1 << {n}\nprintln(c >> {n})")


def gen_float_squared(n):
    body = "const c0 = 1.1\n" + "".join(f"const c{i + 1} = c{i} * c{i}\n" for i in range(n))
    return _main(body + f"println(c{n} > 0)")


def gen_big_slice_literal(n):
    return _main("x := []int{" + ", ".join(str(i) for i in range(n)) + "}\nprintln(len(x))")


def gen_long_string(n):
    return _main(f'const s = "{"ab" * n}"\nprintln(len(s))')


def gen_many_labels(n):
    return _main("x := 0\n" + "".join(f"L{i}:\nx++\nif x < 0 {{ goto L{i} }}\n" for i in range(n))
                 + "println(x)")


def gen_nested_closures_capture(n):
    return _main("x := 0\ny := " + "func() int {\nx++\nreturn " * n + "x" + "\n}()" * n + "\nprintln(x, y)")


GENERATORS = {   # name -> (function, maximum size)
    "plus_chain": (gen_plus_chain, 4000), "string_concat": (gen_string_concat, 2000),
    "and_chain": (gen_and_chain, 4000), "mixed_chain": (gen_mixed_chain, 4000),
    "deep_parens": (gen_deep_parens, 3000), "deep_unary": (gen_deep_unary, 3000),
    "nested_calls": (gen_nested_calls, 2000), "nested_blocks": (gen_nested_blocks, 2000),
    "nested_func_literals": (gen_nested_func_literals, 1000), "nested_for": (gen_nested_for, 1000),
    "nested_if": (gen_nested_if, 2000), "else_if": (gen_else_if, 2000),
    "switch_cases": (gen_switch_cases, 3000), "nested_composite": (gen_nested_composite, 1000),
    "nested_struct_literal": (gen_nested_struct_literal, 1000),
    "nested_slice_type": (gen_nested_slice_type, 1000), "nested_pointer_type": (gen_nested_pointer_type, 1000),
    "nested_map_type": (gen_nested_map_type, 500), "nested_struct_type": (gen_nested_struct_type, 500),
    "nested_index": (gen_nested_index, 1000), "selector_chain": (gen_selector_chain, 2000),
    "many_statements": (gen_many_statements, 5000), "many_functions": (gen_many_functions, 2000),
    "many_globals": (gen_many_globals, 3000), "many_params": (gen_many_params, 1000),
    "long_identifier": (gen_long_identifier, 5000), "huge_int_literal": (gen_huge_int_literal, 20000),
    "huge_float_literal": (gen_huge_float_literal, 5000), "big_shift": (gen_big_shift, 100000),
    "float_squared": (gen_float_squared, 30), "big_slice_literal": (gen_big_slice_literal, 3000),
    "long_string": (gen_long_string, 100000), "many_labels": (gen_many_labels, 1000),
    "nested_closures_capture": (gen_nested_closures_capture, 300),
}


# ------------------------------------------------------------------ inputs

@dataclasses.dataclass
class FuzzInput:
    name: str            # reproducible from the name: "mutant/<seed>/<index>" or "generated/<gen>/<n>"
    origin: str          # the corpus file or generator it came from
    text: str
    full_build: bool = False
    generator: str | None = None
    size: int | None = None


GENERATED_SHARE = 0.2


def make_input(seed: int, index: int, corpus: Corpus, build_fraction: float,
               size_cap: int | None = None) -> FuzzInput:
    """Input `index` of `seed`; size_cap bounds generated programs' sizes (for quick runs)."""
    rng = random.Random(f"{seed}:{index}")
    full_build = rng.random() < build_fraction
    if rng.random() < GENERATED_SHARE:
        generator = rng.choice(sorted(GENERATORS))
        function, maximum = GENERATORS[generator]
        size = max(1, int(round(maximum ** rng.random())))
        if rng.random() < 0.2:
            size = maximum
        if size_cap is not None:
            size = min(size, size_cap)
        return FuzzInput(f"generated/{generator}/{size}", generator, function(size), full_build,
                         generator, size)
    origin = rng.choice(sorted(corpus.files))
    text = corpus.files[origin]
    applied = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        mutator = rng.choice(MUTATORS)
        mutated = mutator(rng, text, corpus)
        if mutated is not None:
            text = mutated
            applied.append(mutator.__name__)
    return FuzzInput(f"mutant/{seed}/{index}", f"{origin} {'+'.join(applied)}", text, full_build)


# ------------------------------------------------------------------ outcomes

@dataclasses.dataclass
class Outcome:
    kind: str
    signature: str = ""        # where a failure happened ("" unless kind in FAILURES)
    detail: str = ""           # the traceback's last frame, or the offending error line
    seconds: float = 0.0
    stage: str = "front end"
    syntax_report: str | None = None   # minigo's errors when its parser stops the build (--against-go)

    @property
    def failed(self) -> bool:
        return self.kind in FAILURES


FRAME_LINE = re.compile(r'File "([^"]+)", line (\d+),? in (\S+)')


def _relative(filename: str) -> str:
    marker = filename.rfind("/minigo/")
    return filename[marker + 1:] if marker >= 0 else os.path.basename(filename)


def failure_site(frames: list[tuple[str, int, str]]) -> tuple[str, str]:
    """(site, last frame) of a traceback given as (file, line, function), outermost first.
    The site is the minigo function found most often on the stack when one recurs (a
    recursion's or an exponential walk's site is then stable across depths, whichever
    frame it stopped in), else the innermost minigo frame; as file:function."""
    if not frames:
        return "?", "?"
    last = frames[-1]
    last_frame = f"{_relative(last[0])}:{last[1]} in {last[2]}"
    ours = [f for f in frames if "/minigo/" in f[0] and "/tests/" not in f[0]]
    if not ours:      # not in minigo at all (a library, or the fuzzer itself)
        return f"{_relative(last[0])}:{last[2]}", last_frame
    counts = collections.Counter((_relative(f[0]), f[2]) for f in ours)
    top = max(counts.values())
    if top > 1:
        # the innermost of the most frequent functions
        filename, function = next(key for key in ((_relative(f[0]), f[2]) for f in reversed(ours))
                                  if counts[key] == top)
        return f"{filename}:{function} (recursive)", last_frame
    filename, _, function = ours[-1]
    return f"{_relative(filename)}:{function}", last_frame


ERROR_LINE = re.compile(r"^(\S+\.go):(\d+):(\d+): \S")
# gc's few messages without a position (its linker's, for a package main without main).
BARE_LINES = re.compile(r"^runtime\.main_main·f: function main is undeclared in the main package$")
PYTHON_LEAKS = re.compile(r"Token\(|Traceback|object at 0x|NoneType|<minigo\.|lark\.")


def check_error_lines(rendered: str, text: str) -> str:
    """'' if every line of a compile error report is well formed, else the first bad line."""
    line_count = text.count("\n") + 1
    lines = rendered.split("\n")
    if not rendered.strip():
        return "(no error message)"
    inside_raw_string = False     # gc quotes a raw string literal as is, newlines and all
    for line in lines:
        if inside_raw_string or line.startswith("\t"):
            inside_raw_string ^= line.count("`") % 2 == 1
            continue
        inside_raw_string = line.count("`") % 2 == 1
        if BARE_LINES.match(line):
            continue
        match = ERROR_LINE.match(line)
        if not match or PYTHON_LEAKS.search(line):
            return line[:300]
        if match.group(1).endswith(FUZZ_FILENAME) and not (1 <= int(match.group(2)) <= line_count + 1):
            return line[:300]
        if int(match.group(2)) < 1 or int(match.group(3)) < 1:
            return line[:300]
    return ""


# ------------------------------------------------------------------ the front end, in a worker

def run_front_end(text_bytes: bytes, filename: str, with_syntax_report: bool = False) -> Outcome:
    """minigo's front end on one input, in this process; with_syntax_report also
    records what the parser alone reports when it stops the build."""
    from minigo import build as driver
    from minigo.bigstack import run_on_big_stack
    from minigo.errors import CompileErrors
    started = time.monotonic()
    try:
        # as the minigo command runs it (cli.main): on a thread with a big stack
        run_on_big_stack(driver.compile_to_ir, [filename], [text_bytes])
        kind, signature, detail = OK, "", ""
    except CompileErrors as errors:
        bad = check_error_lines(errors.render(), text_bytes.decode("utf-8", "replace"))
        kind, signature, detail = (BAD_FORMAT, f"bad error line: {_shape(bad)}", bad) if bad else \
            (COMPILE_ERROR, "", "")
        if kind == COMPILE_ERROR and with_syntax_report:
            return Outcome(kind, seconds=time.monotonic() - started,
                           syntax_report=minigo_syntax_report(text_bytes))
    except BaseException as error:   # noqa: BLE001 -- anything else is a bug in minigo
        if isinstance(error, KeyboardInterrupt):
            raise
        frames = [(f.filename, f.lineno, f.name) for f in traceback.extract_tb(error.__traceback__)]
        site, last = failure_site(frames)
        kind, signature = INTERNAL, f"{type(error).__name__} at {site}"
        detail = f"{last}: {type(error).__name__}: {str(error)[:200]}"
    return Outcome(kind, signature, detail, time.monotonic() - started)


def minigo_syntax_report(text_bytes: bytes) -> str | None:
    """What minigo prints when its parser stops the build (None if it does not), with
    the file named as `go build` run beside it names it."""
    from minigo.errors import CompileErrors
    from minigo.syntax import parse_file_with_errors
    tree, errors = parse_file_with_errors(FUZZ_FILENAME, text_bytes)
    return CompileErrors(errors).render() if tree is None else None


def _shape(line: str) -> str:
    """An error line with its positions and quoted names blurred, to group bad lines."""
    line = re.sub(r"^\S+\.go:\d+:\d+: ", "FILE:L:C: ", line)
    line = re.sub(r"\d+", "N", line)
    return re.sub(r"(['\"`]).*?\1", r"\1…\1", line)[:120]


def _worker_main(connection, trace_path: str):
    try:
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_LIMIT, WORKER_MEMORY_LIMIT))
    except (ValueError, OSError):
        pass
    trace_file = open(trace_path, "w")
    faulthandler.enable(trace_file)
    workdir = tempfile.mkdtemp(prefix="minigo-fuzz-")
    filename = os.path.join(workdir, FUZZ_FILENAME)
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        text_bytes, timeout, with_syntax_report = request
        trace_file.seek(0)
        trace_file.truncate()
        faulthandler.dump_traceback_later(timeout, exit=True, file=trace_file)
        outcome = run_front_end(text_bytes, filename, with_syntax_report)
        faulthandler.cancel_dump_traceback_later()
        connection.send(outcome)


class FrontEndWorker:
    """One forked process that runs the front end on input after input.  A crash or a
    hang ends the process; the next input gets a fresh one.  On a hang the worker's
    faulthandler writes where it was, which becomes the signature."""

    def __init__(self):
        self.process = None
        self.connection = None
        self.served = 0
        handle, self.trace_path = tempfile.mkstemp(prefix="minigo-fuzz-trace-")
        os.close(handle)

    def _start(self):
        from minigo.syntax import parser   # loaded once here, not in every forked worker
        parser._get_parser()
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, self.trace_path), daemon=True)
        self.process.start()
        child.close()
        self.connection, self.served = parent, 0

    def stop(self):
        if self.process is not None:
            try:
                self.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
            self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        self.process = None

    def run(self, text: str, timeout: float = FRONT_END_TIMEOUT, with_syntax_report: bool = False) -> Outcome:
        outcome = self._run_once(text, timeout, with_syntax_report)
        if outcome.kind in (CRASH, HANG) and " at ?" in outcome.signature:
            # No stack was caught (seen once on a loaded machine); a second try names the site.
            outcome = self._run_once(text, timeout, with_syntax_report)
        if outcome.kind == HANG:
            # A hang must hang again with three times the room: on a loaded machine a
            # slow input (3 s alone, stdlib imports checked) passed 10 s of wall time.
            outcome = self._run_once(text, HANG_RETRY_FACTOR * timeout, with_syntax_report)
        return outcome

    def _run_once(self, text: str, timeout: float, with_syntax_report: bool) -> Outcome:
        if self.process is None or not self.process.is_alive() or self.served >= INPUTS_PER_WORKER:
            self.stop()
            self._start()
        self.served += 1
        started = time.monotonic()
        self.connection.send((text.encode("utf-8", "surrogateescape"), timeout, with_syntax_report))
        # The worker exits by itself (faulthandler) just after `timeout`; the margin
        # covers a worker stuck where faulthandler's thread cannot run.
        if self.connection.poll(timeout + 10):
            try:
                return self.connection.recv()
            except EOFError:
                pass
        else:
            self.process.kill()
        self.process.join(5)
        code = self.process.exitcode
        self.process = None
        elapsed = time.monotonic() - started
        frames = [(f, int(line), name) for f, line, name in FRAME_LINE.findall(self._trace())]
        frames.reverse()     # faulthandler prints the innermost frame first
        site, last = failure_site(frames) if frames else ("?", "?")
        if elapsed >= timeout or code == 1 and "Timeout" in self._trace():
            return Outcome(HANG, f"hang at {site}", f"{last} after {timeout:.0f} s", elapsed)
        signal_name = signal.Signals(-code).name if code and code < 0 else f"exit {code}"
        return Outcome(CRASH, f"{signal_name} at {site}", last, elapsed)

    def _trace(self) -> str:
        try:
            return pathlib.Path(self.trace_path).read_text(errors="replace")
        except OSError:
            return ""


# ------------------------------------------------------------------ whole builds

def run_full_build(text: str, timeout: float = BUILD_TIMEOUT) -> Outcome:
    """`python -m minigo build` on one input, in a subprocess."""
    with tempfile.TemporaryDirectory(prefix="minigo-fuzz-build-") as work:
        source = pathlib.Path(work) / FUZZ_FILENAME
        source.write_bytes(text.encode("utf-8", "surrogateescape"))
        env = dict(os.environ, MINIGO_DEBUG="1", PYTHONFAULTHANDLER="1")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        started = time.monotonic()
        try:
            done = subprocess.run([sys.executable, "-m", "minigo", "build", FUZZ_FILENAME, "-o", "prog"],
                                  cwd=work, env=env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return Outcome(HANG, "hang in minigo build", f"no result after {timeout:.0f} s",
                           time.monotonic() - started, "build")
        return classify_build(done.returncode, done.stderr.decode("utf-8", "replace"), text,
                              time.monotonic() - started)


def classify_build(returncode: int, stderr: str, text: str, seconds: float) -> Outcome:
    frames = [(f, int(line), name) for f, line, name in FRAME_LINE.findall(stderr)]
    if returncode < 0 or "Fatal Python error" in stderr:
        if "Fatal Python error" in stderr:
            frames.reverse()
        site, last = failure_site(frames) if frames else ("?", "?")
        name = signal.Signals(-returncode).name if returncode < 0 else "fatal"
        return Outcome(CRASH, f"{name} at {site}", last, seconds, "build")
    if returncode == 3 or "Traceback (most recent call last)" in stderr:
        exception = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Exit)\w*)\b", stderr, re.M)
        exception_type = exception[-1].rsplit(".", 1)[-1] if exception else "InternalError"
        site, last = failure_site(frames) if frames else ("?", "?")
        summary = stderr.strip().splitlines()[0][:200] if stderr.strip() else ""
        return Outcome(INTERNAL, f"{exception_type} at {site}", f"{last}: {summary}", seconds, "build")
    if returncode == 0:
        return Outcome(OK, seconds=seconds, stage="build")
    bad = check_error_lines(stderr.rstrip("\n"), text) if returncode == 1 else f"exit status {returncode}"
    if bad:
        return Outcome(BAD_FORMAT, f"bad error line: {_shape(bad)}", bad, seconds, "build")
    return Outcome(COMPILE_ERROR, seconds=seconds, stage="build")


# ------------------------------------------------------------------ syntax errors against go build

def _golden_scheme():
    """testdata/regen.py, which knows how go build's messages are normalised."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("minigo_golden_scheme", TESTDATA / "regen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def go_syntax_report(text: str) -> tuple[str, bool]:
    """(go build's errors normalised as goldens are, whether gc's parser stopped the build)."""
    with tempfile.TemporaryDirectory(prefix="minigo-fuzz-go-") as work:
        pathlib.Path(work, FUZZ_FILENAME).write_bytes(text.encode("utf-8", "surrogateescape"))
        done = subprocess.run(["go", "build", "-o", os.path.join(work, "prog"), FUZZ_FILENAME],
                              cwd=work, capture_output=True, text=True, errors="replace")
    lines = _golden_scheme().normalise_go_build_errors(done.stderr)
    stopped = any("syntax error" in line or line.startswith(FUZZ_FILENAME + ":")
                  and re.search(r": (expected '|invalid import path)", line) for line in lines)
    return "\n".join(lines), stopped


def compare_syntax_with_go(text: str, outcome: Outcome) -> Outcome:
    """A DIFFERS outcome when minigo's parser or gc's stops the build and the two do not
    print the same errors; else `outcome` unchanged."""
    mine = outcome.syntax_report
    if outcome.kind not in (OK, COMPILE_ERROR):
        return outcome
    theirs, go_stopped = go_syntax_report(text)
    if mine is None and not go_stopped:
        return outcome
    mine = (mine or "").strip()
    if theirs.strip() == mine:
        return outcome
    ours_lines, their_lines = mine.split("\n"), theirs.strip().split("\n")
    first = next((i for i in range(max(len(ours_lines), len(their_lines)))
                  if i >= len(ours_lines) or i >= len(their_lines) or ours_lines[i] != their_lines[i]))
    go_line = their_lines[first] if first < len(their_lines) else "(nothing)"
    minigo_line = ours_lines[first] if first < len(ours_lines) else "(nothing)"
    return Outcome(DIFFERS, f"go: {_shape(go_line)} / minigo: {_shape(minigo_line)}",
                   f"go: {go_line[:150]} / minigo: {minigo_line[:150]}", outcome.seconds, "syntax")


# ------------------------------------------------------------------ minimising

def ddmin(units: list[str], still_fails, budget) -> list[str]:
    """Delta debugging: a smaller list of units whose join still fails (1-minimal when
    the budget allows).  `budget()` says whether more tests may be run."""
    granularity = 2
    while len(units) >= 2 and budget():
        chunk = max(1, len(units) // granularity)
        reduced = False
        for start in range(0, len(units), chunk):
            if not budget():
                break
            complement = units[:start] + units[start + chunk:]
            if complement and still_fails(complement):
                units, granularity, reduced = complement, max(granularity - 1, 2), True
                break
        if not reduced:
            if chunk == 1:
                break
            granularity = min(len(units), granularity * 2)
    return units


class Minimizer:
    def __init__(self, worker: FrontEndWorker, max_seconds: float = 120.0, max_tests: int = 2000):
        self.worker = worker
        self.max_seconds = max_seconds
        self.max_tests = max_tests

    def outcome(self, text: str, stage: str, timeout: float) -> Outcome:
        if stage == "build":
            return run_full_build(text, timeout)
        if stage == "syntax":
            return compare_syntax_with_go(text, self.worker.run(text, timeout, True))
        return self.worker.run(text, timeout)

    def minimize(self, item: FuzzInput, found: Outcome) -> str:
        deadline = time.monotonic() + self.max_seconds
        tests = [0]
        # A hang is tested with a short timeout: what still hangs for that long counts.
        timeout = min(FRONT_END_TIMEOUT, 10.0) if found.kind == HANG else \
            (BUILD_TIMEOUT if found.stage == "build" else FRONT_END_TIMEOUT)

        def budget():
            return time.monotonic() < deadline and tests[0] < self.max_tests

        def fails(text: str) -> bool:
            tests[0] += 1
            result = self.outcome(text, found.stage, timeout)
            return result.kind == found.kind and result.signature == found.signature

        text = item.text
        if item.generator is not None:
            text = self._shrink_size(item, fails, budget)
        if len(text) > 200_000:
            return text
        lines = ddmin(text.split("\n"), lambda units: fails("\n".join(units)), budget)
        text = "\n".join(lines)
        units = [t for _, t in tokenize(text)]
        units = ddmin(units, lambda u: fails("".join(u)), budget)
        text = "".join(units)
        if len(text) < 2000:
            text = "".join(ddmin(list(text), lambda u: fails("".join(u)), budget))
        return text

    @staticmethod
    def _shrink_size(item: FuzzInput, fails, budget) -> str:
        """The smallest size (by bisection) at which the generator's program still fails."""
        function, _ = GENERATORS[item.generator]
        low, high = 0, item.size        # fails at high; assumed not at low
        while high - low > 1 and budget():
            middle = (low + high) // 2
            if fails(function(middle)):
                high = middle
            else:
                low = middle
        item.size = high
        return function(high)


# ------------------------------------------------------------------ the run

@dataclasses.dataclass
class Finding:
    outcome: Outcome
    input: FuzzInput
    count: int = 1
    minimized: str | None = None


def fuzz(count: int, seed: int, build_fraction: float = 0.05, log=None, start: int = 0,
         progress=None, timeout: float = FRONT_END_TIMEOUT, against_go: bool = False,
         size_cap: int | None = None) -> tuple[collections.Counter, dict[str, Finding]]:
    """Runs inputs start .. start+count-1 of `seed`: (outcome counts, findings by signature).
    against_go also compares the syntax errors of each mutant with go build's."""
    corpus = Corpus.load()
    worker = FrontEndWorker()
    counts = collections.Counter()
    findings: dict[str, Finding] = {}
    try:
        for index in range(start, start + count):
            item = make_input(seed, index, corpus, build_fraction, size_cap)
            differential = against_go and item.generator is None
            outcome = worker.run(item.text, timeout, differential)
            if differential:
                outcome = compare_syntax_with_go(item.text, outcome)
            if outcome.kind == OK and item.full_build:
                counts["front end ok"] += 1
                outcome = run_full_build(item.text)
            counts[outcome.kind] += 1
            if outcome.failed:
                key = f"{outcome.kind}: {outcome.signature}"
                if key in findings:
                    findings[key].count += 1
                    if len(item.text) < len(findings[key].input.text):
                        findings[key].input = item
                else:
                    findings[key] = Finding(outcome, item)
            if log is not None:
                log.write(json.dumps({"index": index, "name": item.name, "origin": item.origin,
                                      "kind": outcome.kind, "stage": outcome.stage,
                                      "signature": outcome.signature, "seconds": round(outcome.seconds, 3),
                                      "bytes": len(item.text)}) + "\n")
                log.flush()
            if progress is not None:
                progress(index, item, outcome)
    finally:
        worker.stop()
    return counts, findings


def write_findings(findings: dict[str, Finding], out: pathlib.Path, minimize: bool,
                   seed: int, minimize_seconds: float) -> None:
    out.mkdir(parents=True, exist_ok=True)
    worker = FrontEndWorker()
    minimizer = Minimizer(worker, max_seconds=minimize_seconds)
    rows = []
    try:
        for number, (key, finding) in enumerate(sorted(findings.items()), 1):
            text = finding.input.text
            if minimize:
                print(f"minimising {key} ({len(text)} bytes)", file=sys.stderr, flush=True)
                text = minimizer.minimize(finding.input, finding.outcome)
            slug = re.sub(r"[^A-Za-z0-9]+", "_", finding.outcome.signature)[:60].strip("_")
            name = f"{number:02d}_{finding.outcome.kind}_{slug}.go"
            (out / name).write_bytes(text.encode("utf-8", "surrogateescape"))
            rows.append((name, finding, len(text)))
    finally:
        worker.stop()
    lines = ["# Fuzz findings", "",
             f"Found by `python tests/fuzz_compiler.py --seed {seed}` (see that file for the method).",
             "Each .go file is a minimised input; reproduce with",
             "`MINIGO_DEBUG=1 python -m minigo build FILE.go -o /tmp/x` from the repository root.",
             "A `front end` stage means the failure shows in parse/check/IR generation; `build` only",
             "in the whole build (LLVM, linking).", "",
             "| file | outcome | stage | signature | hits | last frame | first input |",
             "|---|---|---|---|---|---|---|"]
    for name, finding, size in rows:
        o = finding.outcome
        detail = o.detail.replace("|", "\\|").replace("\n", " ")[:200]
        lines.append(f"| {name} | {o.kind} | {o.stage} | `{o.signature}` | {finding.count} | {detail} "
                     f"| {finding.input.name} ({finding.input.origin}) |")
    (out / "README.md").write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="index of the first input")
    parser.add_argument("--build-fraction", type=float, default=0.05,
                        help="share of inputs also built whole when the front end accepts them")
    parser.add_argument("--out", type=pathlib.Path, default=None,
                        help="folder for minimised failures and README.md (none: only a summary)")
    parser.add_argument("--log", type=pathlib.Path, default=None, help="JSON lines, one per input")
    parser.add_argument("--no-minimize", action="store_true")
    parser.add_argument("--minimize-seconds", type=float, default=120.0)
    parser.add_argument("--timeout", type=float, default=FRONT_END_TIMEOUT,
                        help="seconds an input may take in the front end before it counts as a hang")
    parser.add_argument("--against-go", action="store_true",
                        help="also compare each mutant's syntax errors with go build's (slower)")
    parser.add_argument("--show", type=str, default=None, help="print the input of this index and exit")
    args = parser.parse_args(argv)
    # A terminated run stops its worker too (fuzz() does so on the way out).
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    if args.show is not None:
        sys.stdout.write(make_input(args.seed, int(args.show), Corpus.load(), args.build_fraction).text)
        return 0
    log = open(args.log, "w") if args.log else None

    def progress(index, item, outcome):
        if outcome.failed:
            print(f"[{index}] {item.name} ({item.origin}): {outcome.kind} {outcome.signature}",
                  file=sys.stderr, flush=True)
        elif index % 100 == 0:
            print(f"[{index}] ...", file=sys.stderr, flush=True)

    started = time.monotonic()
    counts, findings = fuzz(args.count, args.seed, args.build_fraction, log, args.start, progress,
                            args.timeout, args.against_go)
    print(f"{args.count} inputs in {time.monotonic() - started:.0f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for key, finding in sorted(findings.items()):
        print(f"  {finding.count:5d}  {key}  [{finding.input.name}]  {finding.outcome.detail[:160]}")
    if args.out is not None and findings:
        write_findings(findings, args.out, not args.no_minimize, args.seed, args.minimize_seconds)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    raise SystemExit(main())
