"""Interfaces and methods at the IR level: what codegen emits for itabs, method tables,
assertions, type switches and comparisons (behaviour is tested end to end by the
testdata/iface_*, method_*, embed_*, typeswitch_* and error_* programs)."""
import re

from test_codegen import function_body, generate_ir, optimised_ir

SHAPES = """package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (q Sq) Area() float64  { return q.S * q.S }
func (q *Sq) Name() string  { return "square" }
func (q *Sq) Grow(k float64) { q.S *= k }

//go:noinline
func describe(s Shape) string { return fmt.Sprint(s.Name(), s.Area()) }

func kind(x any) int {
	switch x.(type) {
	case int:
		return 1
	case string, float64:
		return 2
	case nil:
		return 3
	}
	return 0
}

func isFive(x any) bool { return x == 5 }

func main() {
	a, b := &Sq{1}, &Sq{2}
	fmt.Println(describe(a), describe(b), kind(1), isFive(5))
}
"""


def test_static_itab_is_one_constant_with_the_method_functions(tmp_path):
    text = generate_ir(SHAPES, tmp_path)
    itabs = re.findall(r'@"itab:\*main\.Sq,main\.Shape" = linkonce_odr constant [^\n]*', text)
    assert len(itabs) == 1
    itab = itabs[0]
    assert '@"type:*main.Sq"' in itab and '@"type:main.Shape"' in itab
    # Area is a value method reached through the pointer: a wrapper; Name is the method itself
    assert '@"main.(*Sq).Area"' in itab and '@"main.(*Sq).Name"' in itab


def test_method_tables_follow_the_method_sets(tmp_path):
    text = generate_ir(SHAPES, tmp_path)
    pointer_table = re.search(r'@"typemethods:\*main\.Sq" = linkonce_odr constant \[(\d+) x', text)
    assert pointer_table.group(1) == "3"                    # *Sq: Area, Grow, Name
    for name in ("Area", "Grow", "Name"):
        assert f'c"{name}"' in text
    value_table = re.search(r'@"typemethods:main\.Sq" = linkonce_odr constant \[(\d+) x', text)
    assert value_table.group(1) == "1"                      # Sq: Area only


def test_dynamic_calls_go_through_the_itab(tmp_path):
    body = function_body(optimised_ir(SHAPES, tmp_path), "main.describe")
    assert "runtime_panic_nil" in body          # a nil interface faults as gc's does
    assert re.search(r"call [^@\n]*%", body)   # an indirect call


def test_type_switch_on_concrete_cases_compares_descriptors(tmp_path):
    body = function_body(optimised_ir(SHAPES, tmp_path), "main.kind")
    assert '@"type:int"' in body and '@"type:string"' in body
    assert "call" not in body


def test_comparing_with_a_constant_does_not_box(tmp_path):
    body = function_body(optimised_ir(SHAPES, tmp_path), "main.isFive")
    assert "runtime_alloc" not in body and "runtime_efaceeq" not in body
