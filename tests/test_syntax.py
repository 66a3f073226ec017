"""minigo.syntax.parse_file: the tree for every construct of Go 1.19, positions, gc's
syntax errors (messages and positions from go 1.19), robustness on hostile input,
the grammar's conflict count, and coverage of Go's own source tree."""
import logging
import os
import random

import pytest

from minigo.errors import CompileErrors, Pos
from minigo.syntax import ast, parse_file, parse_file_with_errors


def dump(node) -> str:
    """A node as an S-expression of its class and non-position fields."""
    if node is None:
        return "_"
    if isinstance(node, list):
        return "[" + " ".join(dump(item) for item in node) + "]"
    if isinstance(node, ast.Ident):
        return node.name
    if isinstance(node, ast.BasicLit):
        return node.literal
    parts = [type(node).__name__]
    for name, spec in node.__dataclass_fields__.items():
        value = getattr(node, name)
        if name == "pos" or not spec.compare or isinstance(value, Pos):
            continue
        if value == spec.default and value in (None, False, 0):
            continue
        parts.append(dump(value) if isinstance(value, (ast.Node, list)) or value is None else str(value))
    return "(" + " ".join(parts) + ")"


def expr(source):
    file = parse_file("p.go", "package p\nvar _ = " + source + "\n")
    return dump(file.decls[0].specs[0].values[0])


def stmts(source):
    file = parse_file("p.go", "package p\nfunc f() {\n" + source + "\n}\n")
    return dump(file.decls[0].body.stmts)


def decls(source):
    return dump(parse_file("p.go", "package p\n" + source + "\n").decls)


# ---------------------------------------------------------------- tree shapes

@pytest.mark.parametrize("source, shape", [
    ("a + b*c", "(BinaryExpr + a (BinaryExpr * b c))"),
    ("a || b && c == d", "(BinaryExpr || a (BinaryExpr && b (BinaryExpr == c d)))"),
    ("1 << 2 &^ 3", "(BinaryExpr &^ (BinaryExpr << 1 2) 3)"),
    ("-x", "(UnaryExpr - x)"),
    ("*p", "(StarExpr p)"),
    ("<-ch", "(UnaryExpr <- ch)"),
    ("&T{1, 2}", "(UnaryExpr & (CompositeLit T [1 2]))"),
    ("f(a, b...)", "(CallExpr f [a b] True)"),
    ("x.(T)", "(TypeAssertExpr x T)"),
    ("a[1:2:3]", "(SliceExpr a 1 2 3 True)"),
    ("a[:]", "(SliceExpr a _ _ _)"),
    ("m[k]", "(IndexExpr m k)"),
    ("F[int, string]", "(IndexListExpr F [int string])"),
    ("F[[]int](x)", "(CallExpr (IndexExpr F (ArrayType _ int)) [x])"),
    ("[]int{1}", "(CompositeLit (ArrayType _ int) [1])"),
    ("[...]int{1}", "(CompositeLit (ArrayType (Ellipsis) int) [1])"),
    ('map[string]int{"a": 1}', '(CompositeLit (MapType string int) [(KeyValueExpr "a" 1)])'),
    ("struct{ a int }{1}", "(CompositeLit (StructType (FieldList [(Field [a] int)])) [1])"),
    ("[][]int{{1}, {2}}",
     "(CompositeLit (ArrayType _ (ArrayType _ int)) [(CompositeLit _ [1]) (CompositeLit _ [2])])"),
    ("Pair[int, string]{1, \"a\"}", '(CompositeLit (IndexListExpr Pair [int string]) [1 "a"])'),
    ("func(x int) int { return x }",
     "(FuncLit (FuncType _ (FieldList [(Field [x] int)]) (FieldList [(Field [] int)])) "
     "(BlockStmt [(ReturnStmt [x])]))"),
    ("<-chan int(nil)", "(UnaryExpr <- (CallExpr (ChanType 3 int) [nil]))"),
    ("make(<-chan int)", "(CallExpr make [(ChanType 2 int)])"),
    ("make(chan<- []int, 3)", "(CallExpr make [(ChanType 1 (ArrayType _ int)) 3])"),
    ("new(*T)", "(CallExpr new [(StarExpr T)])"),
    ("[]byte(s)", "(CallExpr (ArrayType _ byte) [s])"),
    ("(*T).M", "(SelectorExpr (ParenExpr (StarExpr T)) M)"),
    ("(func())(f)", "(CallExpr (ParenExpr (FuncType _ (FieldList []) _)) [f])"),
    ("x.y.z", "(SelectorExpr (SelectorExpr x y) z)"),
    ("interface{ M() }(nil)",
     "(CallExpr (InterfaceType (FieldList [(Field [M] (FuncType _ (FieldList []) _))])) [nil])"),
    ("'a' + 1.5 + 2i + 0x1p-2 + `raw`", "(BinaryExpr + (BinaryExpr + (BinaryExpr + (BinaryExpr + 'a' 1.5) 2i) 0x1p-2) `raw`)"),
])
def test_expression_shapes(source, shape):
    assert expr(source) == shape


@pytest.mark.parametrize("source, shape", [
    ("x := 1", "[(AssignStmt [x] := [1])]"),
    ("a, b = b, a", "[(AssignStmt [a b] = [b a])]"),
    ("x += 2", "[(AssignStmt [x] += [2])]"),
    ("x++", "[(IncDecStmt x ++)]"),
    ("ch <- v", "[(SendStmt ch v)]"),
    ("if x := f(); x > 0 { } else if y { } else { }",
     "[(IfStmt (AssignStmt [x] := [(CallExpr f [])]) (BinaryExpr > x 0) (BlockStmt []) "
     "(IfStmt _ y (BlockStmt []) (BlockStmt [])))]"),
    ("if x == (T{}) { }", "[(IfStmt _ (BinaryExpr == x (ParenExpr (CompositeLit T []))) (BlockStmt []) _)]"),
    ("for { }", "[(ForStmt _ _ _ (BlockStmt []))]"),
    ("for x < 3 { }", "[(ForStmt _ (BinaryExpr < x 3) _ (BlockStmt []))]"),
    ("for i := 0; i < n; i++ { }",
     "[(ForStmt (AssignStmt [i] := [0]) (BinaryExpr < i n) (IncDecStmt i ++) (BlockStmt []))]"),
    ("for ;; { }", "[(ForStmt _ _ _ (BlockStmt []))]"),
    ("for k, v := range m { }", "[(RangeStmt k v := m (BlockStmt []))]"),
    ("for _, x := range []int{1} { }", "[(RangeStmt _ x := (CompositeLit (ArrayType _ int) [1]) (BlockStmt []))]"),
    ("for range ch { }", "[(RangeStmt _ _ _ ch (BlockStmt []))]"),
    ("for i = range s { }", "[(RangeStmt i _ = s (BlockStmt []))]"),
    ("switch x := f(); x { case 1, 2: a(); fallthrough; default: }",
     "[(SwitchStmt (AssignStmt [x] := [(CallExpr f [])]) x [(CaseClause [1 2] "
     "[(ExprStmt (CallExpr a [])) (BranchStmt fallthrough)]) (CaseClause _ [])])]"),
    ("switch t := v.(type) { case int, nil: }",
     "[(TypeSwitchStmt _ (AssignStmt [t] := [(TypeAssertExpr v _)]) [(CaseClause [int nil] [])])]"),
    ("switch v.(type) { case []int, map[K]V, func(), chan int, *T: }",
     "[(TypeSwitchStmt _ (ExprStmt (TypeAssertExpr v _)) [(CaseClause [(ArrayType _ int) (MapType K V) "
     "(FuncType _ (FieldList []) _) (ChanType 3 int) (StarExpr T)] [])])]"),
    ("switch { }", "[(SwitchStmt _ _ [])]"),
    ("select { case v, ok := <-c: case c <- 1: case <-c: default: }",
     "[(SelectStmt [(CommClause (AssignStmt [v ok] := [(UnaryExpr <- c)]) []) (CommClause (SendStmt c 1) []) "
     "(CommClause (ExprStmt (UnaryExpr <- c)) []) (CommClause _ [])])]"),
    ("go f(x)", "[(GoStmt (CallExpr f [x]))]"),
    ("defer func() {}()", "[(DeferStmt (CallExpr (FuncLit (FuncType _ (FieldList []) _) (BlockStmt [])) []))]"),
    ("L: for { break L; continue L }",
     "[(LabeledStmt L (ForStmt _ _ _ (BlockStmt [(BranchStmt break L) (BranchStmt continue L)])))]"),
    ("goto L", "[(BranchStmt goto L)]"),
    ("return", "[(ReturnStmt [])]"),
    ("return 1, 2", "[(ReturnStmt [1 2])]"),
    ("var x, y int = 1, 2", "[(DeclStmt (GenDecl var [(ValueSpec [x y] int [1 2])]))]"),
    ("type T int", "[(DeclStmt (GenDecl type [(TypeSpec T _ False int)]))]"),
    ("{ }", "[(BlockStmt [])]"),
    (";", "[]"),
    ("L:", "[(LabeledStmt L (EmptyStmt True))]"),
])
def test_statement_shapes(source, shape):
    assert stmts(source) == shape


@pytest.mark.parametrize("source, shape", [
    ('import "fmt"', '[(GenDecl import [(ImportSpec _ "fmt")])]'),
    ('import ( f "fmt"; . "os"; _ "x" )',
     '[(GenDecl import [(ImportSpec f "fmt") (ImportSpec . "os") (ImportSpec _ "x")] True)]'),
    ("var ( a int; b = 2 )", "[(GenDecl var [(ValueSpec [a] int []) (ValueSpec [b] _ [2])] True)]"),
    ("type T struct { a, b int `tag`; *E; pkg.F; G[int]; arr [3]int; H[K, V] }",
     "[(GenDecl type [(TypeSpec T _ False (StructType (FieldList [(Field [a b] int `tag`) (Field [] (StarExpr E)) "
     "(Field [] (SelectorExpr pkg F)) (Field [] (IndexExpr G int)) (Field [arr] (ArrayType 3 int)) "
     "(Field [] (IndexListExpr H [K V]))])))])]"),
    ("type I interface { M(x int) (y int, err error); E; ~int | string }",
     "[(GenDecl type [(TypeSpec I _ False (InterfaceType (FieldList [(Field [M] (FuncType _ "
     "(FieldList [(Field [x] int)]) (FieldList [(Field [y] int) (Field [err] error)]))) (Field [] E) "
     "(Field [] (BinaryExpr | (UnaryExpr ~ int) string))])))])]"),
    ("type L[T any, K comparable] struct{}",
     "[(GenDecl type [(TypeSpec L (FieldList [(Field [T] any) (Field [K] comparable)]) False "
     "(StructType (FieldList [])))])]"),
    ("type L[K, V any] int", "[(GenDecl type [(TypeSpec L (FieldList [(Field [K V] any)]) False int)])]"),
    ("type A = B", "[(GenDecl type [(TypeSpec A _ True B)])]"),
    ("type N [4]int", "[(GenDecl type [(TypeSpec N _ False (ArrayType 4 int))])]"),
    ("type P[T interface{ ~int }] []T",
     "[(GenDecl type [(TypeSpec P (FieldList [(Field [T] (InterfaceType (FieldList "
     "[(Field [] (UnaryExpr ~ int))])))]) False (ArrayType _ T))])]"),
    ("type T[P *C] int", "[(GenDecl type [(TypeSpec T _ False (ArrayType (BinaryExpr * P C) int))])]"),
    ("type U[P (C)] int", "[(GenDecl type [(TypeSpec U _ False (ArrayType (CallExpr P [C]) int))])]"),
    ("type Q[T *int,] int", "[(GenDecl type [(TypeSpec Q (FieldList [(Field [T] (StarExpr int))]) False int)])]"),
    ("type R[P *int|*string, Q any] int",
     "[(GenDecl type [(TypeSpec R (FieldList [(Field [P] (BinaryExpr | (StarExpr int) (StarExpr string))) "
     "(Field [Q] any)]) False int)])]"),
    ("func f[T any](x T) T { return x }",
     "[(FuncDecl _ f (FuncType (FieldList [(Field [T] any)]) (FieldList [(Field [x] T)]) (FieldList [(Field [] T)])) "
     "(BlockStmt [(ReturnStmt [x])]))]"),
    ("func (r *R[T]) M() {}",
     "[(FuncDecl (FieldList [(Field [r] (StarExpr (IndexExpr R T)))]) M (FuncType _ (FieldList []) _) (BlockStmt []))]"),
    ("func (R) M()", "[(FuncDecl (FieldList [(Field [] R)]) M (FuncType _ (FieldList []) _) _)]"),
    ("func g(a, b int, c ...string) (x, y float64) {}",
     "[(FuncDecl _ g (FuncType _ (FieldList [(Field [a b] int) (Field [c] (Ellipsis string))]) "
     "(FieldList [(Field [x y] float64)])) (BlockStmt []))]"),
    ("func h(int, string) error",
     "[(FuncDecl _ h (FuncType _ (FieldList [(Field [] int) (Field [] string)]) (FieldList [(Field [] error)])) _)]"),
    ("func h() (int)", "[(FuncDecl _ h (FuncType _ (FieldList []) (FieldList [(Field [] int)])) _)]"),
    ("func k(a [3]int, b T[int], c T[int, string], d pkg.T, e *T) {}",
     "[(FuncDecl _ k (FuncType _ (FieldList [(Field [a] (ArrayType 3 int)) (Field [b] (IndexExpr T int)) "
     "(Field [c] (IndexListExpr T [int string])) (Field [d] (SelectorExpr pkg T)) (Field [e] (StarExpr T))]) _) "
     "(BlockStmt []))]"),
    ("func k(T[int], pkg.T, []int)",
     "[(FuncDecl _ k (FuncType _ (FieldList [(Field [] (IndexExpr T int)) (Field [] (SelectorExpr pkg T)) "
     "(Field [] (ArrayType _ int))]) _) _)]"),
    ("type C chan <-chan int", "[(GenDecl type [(TypeSpec C _ False (ChanType 1 (ChanType 3 int)))])]"),
    ("var x <-chan <-chan int", "[(GenDecl var [(ValueSpec [x] (ChanType 2 (ChanType 2 int)) [])])]"),
])
def test_declaration_shapes(source, shape):
    assert decls(source) == shape


def test_const_groups_repeat_the_previous_expressions_with_iota():
    group = parse_file("p.go", "package p\nconst ( A = iota; B; C, D = iota, 1; E, F )\n").decls[0]
    assert dump(group) == (
        "(GenDecl const [(ValueSpec [A] _ [iota]) (ValueSpec [B] _ [iota] 1 True) "
        "(ValueSpec [C D] _ [iota 1] 2) (ValueSpec [E F] _ [iota 1] 3 True)] True)")
    typed = parse_file("p.go", "package p\nconst ( X int = 1; Y )\n").decls[0].specs
    assert dump(typed[1].value_type) == "int" and typed[1].implicit and typed[1].iota == 1
    first, second = group.specs[0].values[0], group.specs[1].values[0]
    assert first is not second and first.pos == second.pos   # each spec annotates its own nodes


def test_file_fields():
    file = parse_file("dir/x.go", 'package x\n\nimport "fmt"\nimport ("os"; "io")\n\nfunc main() {}\n')
    assert file.filename == "dir/x.go"
    assert file.package.name == "x" and file.pos == Pos("dir/x.go", 1, 1)
    assert [spec.path.literal for spec in file.imports] == ['"fmt"', '"os"', '"io"']
    assert [type(d).__name__ for d in file.decls] == ["GenDecl", "GenDecl", "FuncDecl"]


def test_children_are_the_syntax_fields_in_source_order():
    body = parse_file("p.go", "package p\nfunc f() { if x := g(); x > 1 { h(x) } else { k() } }\n").decls[0].body
    statement = body.stmts[0]
    assert [type(child).__name__ for child in ast.children(statement)] == \
        ["AssignStmt", "BinaryExpr", "BlockStmt", "BlockStmt"]
    call = statement.body.stmts[0].x
    call.type = ast.Ident(call.pos, "annotation")         # an annotation is not a child
    assert [type(child).__name__ for child in ast.children(call)] == ["Ident", "Ident"]
    visited = []
    ast.walk(statement, lambda node: visited.append(node.name) if isinstance(node, ast.Ident) else None)
    assert visited == ["x", "g", "x", "h", "x", "k"]


def test_walk_takes_any_depth():
    depth = 5000
    expression = parse_file("p.go", "package p\nvar v = " + "- " * depth + "1\n").decls[0].specs[0].values[0]
    count = []
    ast.walk(expression, lambda node: count.append(node))
    assert len(count) == depth + 1


# ---------------------------------------------------------------- positions

def test_positions():
    source = ("package p\n"
              "func f(a int) int {\n"
              "\tx := g(a,\n"
              "\t\tb) + 1\n"
              "\tswitch x {\n"
              "\t}\n"
              "\treturn T{x}\n"
              "}\n")
    function = parse_file("p.go", source).decls[0]
    assert function.pos == Pos("p.go", 2, 1)
    assert function.name.pos == Pos("p.go", 2, 6)
    assign, switch, ret = function.body.stmts
    assert assign.pos == Pos("p.go", 3, 2) and assign.tok_pos == Pos("p.go", 3, 4)
    binary = assign.rhs[0]
    assert binary.pos == Pos("p.go", 3, 7) and binary.op_pos == Pos("p.go", 4, 6)
    call = binary.x
    assert call.lparen == Pos("p.go", 3, 8) and call.rparen == Pos("p.go", 4, 4)
    assert switch.rbrace == Pos("p.go", 6, 2)
    assert function.body.rbrace == Pos("p.go", 8, 1)
    literal = ret.results[0]
    assert literal.pos == Pos("p.go", 7, 9) and literal.lbrace == Pos("p.go", 7, 10)


# ---------------------------------------------------------------- errors, as gc words them

GC_ERRORS = [
    ('package main\nfunc (r *T) go() {}\n',
     'prog.go:2:13: syntax error: unexpected go, expecting name or ('),
    ('package main\nfunc main() {\n\tx := fmt.\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting name or ('),
    ('package main\nfunc main() {\n\tswitch {\n\tx > 1:\n\t}\n}\n',
     'prog.go:4:2: syntax error: unexpected x, expecting case or default or }'),
    ('package main\nfunc main() {\n\tswitch x {\n\tcase 1: f() case 2:\n\t}\n}\n',
     'prog.go:4:14: syntax error: unexpected case at end of statement'),
    ('package main\nfunc main() {\n\tswitch x {\n\tcase 1:\n\t\treturn case 2:\n\t}\n}\n',
     'prog.go:5:10: syntax error: unexpected case, expecting expression'),
    ('package main\ntype I interface {\n\tM()\n\t; N()\n}\n',
     'prog.go:4:2: syntax error: unexpected semicolon, expecting ~ term or type'),
    ('package main\ntype C interface { ~int | }\n',
     'prog.go:2:27: syntax error: unexpected }, expecting ~ term or type'),
    ('package main\nvar (\n\ta int\n\tb "s"\n)\n',
     'prog.go:4:4: syntax error: unexpected literal "s", expecting type'),
    ('package main\nfunc F[T any, U](x T) {}\n',
     'prog.go:2:16: syntax error: missing type constraint'),
    ('package main\nfunc F[else any](x T) {}\n',
     'prog.go:2:8: syntax error: unexpected else, expecting ]'),
    ('package main\nfunc main() {\n\tx := a[]\n}\n',
     'prog.go:3:9: syntax error: unexpected ], expecting operand'),
    ('package main\nfunc main() {\n\tselect x {\n\t}\n}\n',
     'prog.go:3:9: syntax error: missing { after select clause'),
    ('package main\nfunc main() {\n\tx, y\n}\n',
     'prog.go:3:6: syntax error: unexpected newline, expecting := or = or comma'),
    ('package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n',
     'prog.go:3:7: syntax error: cannot use assignment (x) = (1) as value'),
    ('package mainimport "fmt"\n',
     'prog.go:1:20: syntax error: unexpected literal "fmt", expecting semicolon or newline'),
    ('package main\nimport "fmt" "os"\n',
     'prog.go:2:14: syntax error: unexpected literal "os", expecting semicolon or newline'),
    ('package main\nfunc main() {\n\tx := f() {}\n}\n',
     'prog.go:3:11: syntax error: unexpected { at end of statement'),
    ('package main\nfunc main() {\n\tg(f() {})\n}\n',
     'prog.go:3:8: syntax error: unexpected { in argument list; possibly missing comma or )'),
    ('package main\nvar x = 1 {}\n',
     'prog.go:2:11: syntax error: unexpected { after top level declaration'),
    ('package main\nfunc main() {\n\tif x {\n\t} else x {\n\t}\n}\n',
     'prog.go:4:9: syntax error: else must be followed by if or statement block'),
    ('package main\nvar c chan\n',
     'prog.go:3:1: syntax error: missing channel element type'),
    ('package main\nfunc main() {\n\tfor i := range x\n\t{\n\t}\n}\n',
     'prog.go:3:18: syntax error: unexpected newline, expecting { after for clause'),
    ('package main\nfunc main() {\n\tfor i := 0; i < n i++ {\n\t}\n}\n',
     'prog.go:3:20: syntax error: unexpected i, expecting semicolon or newline'),
    ('package main\nfunc main() {\n\tif x y {\n\t}\n}\n',
     'prog.go:3:7: syntax error: unexpected y, expecting {'),
    ('package main\nfunc main() {\n\tswitch x y {\n\t}\n}\n',
     'prog.go:3:11: syntax error: unexpected y, expecting {'),
    ('package main\nfunc main() {\n\tswitch x; y z {\n\t}\n}\n',
     'prog.go:3:14: syntax error: missing { after switch clause'),
    ('package main\nfunc main() {\n\tf(1,\n',
     'prog.go:4:1: syntax error: unexpected EOF, expecting )'),
    ('package main\nfunc main() {\n\tf(1\n',
     'prog.go:3:5: syntax error: unexpected newline in argument list; possibly missing comma or )'),
    ('package main\nfunc main() {\n\tx := []int{1, 2\n',
     'prog.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    ('package main\ntype T struct {\n\ta int\n',
     'prog.go:4:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nconst (\n\tA = 1\n\tB,\n',
     'prog.go:5:1: syntax error: unexpected EOF, expecting name'),
    ('package main\nfunc main() {\n\tx := a[i:j)\n}\n',
     'prog.go:3:12: syntax error: unexpected ), expecting ]'),
    ('package main\ntype T struct {\n\tcase int\n}\n',
     'prog.go:3:2: syntax error: unexpected case, expecting field name or embedded type'),
    ('package main\ntype T struct {\n\tx ]int\n}\n',
     'prog.go:3:4: syntax error: unexpected ], expecting type'),
    ('package main\nvar x := 1\n',
     'prog.go:2:7: syntax error: unexpected :=, expecting ='),
    ('package main\nfunc main() {\n\tvar x := 1\n}\n',
     'prog.go:3:8: syntax error: unexpected :=, expecting ='),
    ('package main\nfunc f(a int, b) {}\n',
     'prog.go:2:15: syntax error: mixed named and unnamed parameters'),
    ('package main\nfunc f(a, b int, c int d int) {}\n',
     'prog.go:2:24: syntax error: unexpected d in parameter list; possibly missing comma or )'),
    ('package main\nfunc main() {\n\tgo +f()\n}\n',
     'prog.go:3:5: syntax error: unexpected +, expecting expression'),
    ('package main\nfunc main() {\n\tdefer\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main() {\n\tx := map[string]int{"a" 1}\n}\n',
     'prog.go:3:26: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }'),
    ('package main\nfunc main() {\n\tx := struct{a int}{a: 1 b: 2}\n}\n',
     'prog.go:3:26: syntax error: unexpected b in composite literal; possibly missing comma or }'),
    ('package main\nfunc main() {\n\tfor {\n\t\tbreak L x\n\t}\n}\n',
     'prog.go:4:11: syntax error: unexpected x at end of statement'),
    ('package main\nfunc main() {\n\tx := <-\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc f() (int, string {\n}\n',
     'prog.go:2:23: syntax error: unexpected { in parameter list; possibly missing comma or )'),
    ('package main\ntype T[P any] = int\n',
     'prog.go:2:6: generic type cannot be alias'),
    ('package main\nfunc main() {\n\tx := 1 +\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main() {\n\tgo f\n}\n',
     'prog.go:3:5: expression in go must be function call'),
    ('package main\nfunc main() {\n\tdefer (f())\n}\n',
     'prog.go:3:8: expression in defer must not be parenthesized'),
    ('package main\nfunc f(a int, string) {}\n',
     'prog.go:2:15: syntax error: mixed named and unnamed parameters'),
    ('package main\nfunc f(a ...int, b int) {}\n',
     'prog.go:2:10: can only use ... with final parameter in list'),
    ('package main\nimport "fmt"\nvar x int\nimport "os"\n',
     'prog.go:4:1: syntax error: non-declaration statement outside function body'),
    ('package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n',
     'prog.go:3:7: syntax error: cannot use x := 1 as value'),
    ('package main\nfunc main() {\n\tif {\n\t}\n}\n',
     'prog.go:3:5: syntax error: missing condition in if statement'),
    ('package main\nfunc main() {\n\tfor i := 0; i < 10; i++ \n\t{\n\t}\n}\n',
     'prog.go:3:26: syntax error: unexpected newline, expecting { after for clause'),
    ('package main\nfunc main() {\n\tx = \n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main() {\n\tf(\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main()\n{\n}\n',
     'prog.go:3:1: syntax error: unexpected semicolon or newline before {'),
    ('package main\nfunc main() {\n\tx := y.(type)\n}\n',
     'prog.go:3:7: invalid AST: use of .(type) outside type switch'),
    ('package main\nfunc main() {\n\tvar x int = \n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\ntype T struct {\n\ta int,\n\tb int\n}\n',
     'prog.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }'),
    ('package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t\tf()\n\t}\n}\n',
     'prog.go:4:8: syntax error: unexpected newline, expecting :'),
    ('package main\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n',
     'prog.go:5:2: syntax error: unexpected else, expecting }'),
    ('package main\nfunc main() {\n\tx++ = 1\n}\n',
     'prog.go:3:6: syntax error: unexpected = at end of statement'),
    ('package main\nfunc main() {\n\tfallthrough\n\tbreak 1\n}\n',
     'prog.go:4:8: syntax error: unexpected literal 1 at end of statement'),
    ('package main\nfunc f[T any]() {}\ntype A[T any] = int\n',
     'prog.go:3:6: generic type cannot be alias'),
    ('package main\nfunc main() {\n\tx := 3 \n\tx.y.z := 4\n\ta, b.c := 1, 2\n}\n',
     'prog.go:4:2: non-name x.y.z on left side of :='),
    ('package main\nfunc main() {\n\tvar x = func() {\n',
     'prog.go:4:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nfunc main() {\n\tx := 1 /* a */ 2\n}\n',
     'prog.go:3:17: syntax error: unexpected literal 2 at end of statement'),
    ('package main\nfunc main() {\n\tx := [\n}\n',
     'prog.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main() {\n\tx := f(1 2)\n}\n',
     'prog.go:3:11: syntax error: unexpected literal 2 in argument list; possibly missing comma or )'),
    ('package main\nfunc main() {\n\tvar x [3]int = [3]int{1 2}\n}\n',
     'prog.go:3:26: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }'),
    ('package main\nfunc main() {\n\tx := (1 + 2\n}\n',
     'prog.go:3:13: syntax error: unexpected newline, expecting )'),
    ('package main\nfunc main() {\n\tx := a[1\n}\n',
     'prog.go:3:10: syntax error: unexpected newline, expecting comma, : or ]'),
    ('package main\nfunc main() {\n\tfunc f() {}\n}\n',
     'prog.go:3:7: syntax error: unexpected f, expecting ('),
    ('package main\nfunc main() {\n\tx := 1\n}}\n',
     'prog.go:4:2: syntax error: unexpected } after top level declaration'),
    ('package main\nfunc main( {\n}\n',
     'prog.go:2:12: syntax error: unexpected {, expecting )'),
    ('package main\nfunc main() {\n\tfor {\n}\n',
     'prog.go:5:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nimport fmt\n',
     "prog.go:2:11: expected 'STRING', found newline"),
    ('package main\nimport (\n\t"fmt"\n\tx\n)\n',
     "prog.go:4:3: expected 'STRING', found newline"),
    ('package main;;\n',
     'prog.go:1:14: syntax error: non-declaration statement outside function body'),
    ('package 1\n',
     "prog.go:1:9: expected 'IDENT', found 1"),
    ('package main\nvar x int = 1 2\n',
     'prog.go:2:15: syntax error: unexpected literal 2 after top level declaration'),
    ('package main\ntype T struct { a int b int }\n',
     'prog.go:2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }'),
    ('package main\ntype I interface { M() int; N( }\n',
     'prog.go:2:32: syntax error: unexpected }, expecting )'),
    ('package main\nfunc main() {\n\tswitch x := 1; y := 2 {\n\t}\n}\n',
     'prog.go:3:19: syntax error: cannot use y := 2 as value'),
    ('package main\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n}\n',
     'prog.go:4:7: select case must be send or receive (possibly with assignment)'),
    ('package main\nfunc main() {\n\tselect {\n\tcase x + 1:\n\t}\n}\n',
     'prog.go:4:9: select case must be send or receive (possibly with assignment)'),
    ('package main\nfunc main() {\n\tgo func(){}\n}\n',
     'prog.go:3:5: expression in go must be function call'),
    ('package main\nfunc main() {\n\tx := 1\n\tx :=\n}\n',
     'prog.go:5:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc f(a, b int, c) {}\n',
     'prog.go:2:18: syntax error: mixed named and unnamed parameters'),
    ('package main\nfunc f(...int, ...int) {}\n',
     'prog.go:2:8: can only use ... with final parameter in list'),
    ('package main\nfunc f() { x := []int{...} }\n',
     'prog.go:2:23: syntax error: unexpected ..., expecting expression'),
    ('package main\nfunc f() { x.(type) }\n',
     'prog.go:2:12: invalid AST: use of .(type) outside type switch'),
    ('package main\nconst (\n\ta int\n)\n',
     'prog.go:3:2: missing init expr for a'),
    ('package main\nconst x\n',
     'prog.go:2:7: missing init expr for x'),
    ('package main\nfunc f() { var x ...int }\n',
     'prog.go:2:18: syntax error: unexpected ..., expecting type'),
    ('package main\nfunc f[T]() {}\n',
     'prog.go:2:9: syntax error: missing type constraint'),
    ('package main\nfunc f() { for x := range y, z {} }\n',
     'prog.go:2:28: syntax error: unexpected comma, expecting { after for clause'),
    ('package main\nfunc f() { if x := 1; y := 2 {} }\n',
     'prog.go:2:25: syntax error: cannot use y := 2 as value'),
    ('package main\nfunc f() { for i := 0; i < 3; i := 5 {} }\n',
     'prog.go:2:33: syntax error: cannot declare in post statement of for loop'),
    ('package main\nfunc f() { x := 1; x, y += 1, 2 }\n',
     'prog.go:2:25: syntax error: unexpected +=, expecting := or = or comma'),
    ('package main\nfunc f() { f(x...,y) }\n',
     'prog.go:2:19: syntax error: unexpected y, expecting )'),
    ('package main\nfunc f() { return 1,, }\n',
     'prog.go:2:21: syntax error: unexpected comma, expecting expression'),
    ('',
     "prog.go:1:1: expected 'package', found 'EOF'"),
]


def errors_of(source):
    with pytest.raises(CompileErrors) as caught:
        parse_file("prog.go", source)
    return [str(e) for e in sorted(caught.value.errors, key=lambda e: (e.pos.line, e.pos.col))]


@pytest.mark.parametrize("source, message", GC_ERRORS)
def test_errors_match_gc(source, message):
    assert errors_of(source)[0] == message


def test_several_validation_errors_are_reported():
    found = errors_of("package main\nfunc main() {\n\tx.y := 1\n\tgo f\n}\n")
    assert found == ["prog.go:3:2: non-name x.y on left side of :=",
                     "prog.go:4:5: expression in go must be function call"]


# ---------------------------------------------------------------- several errors, recovered from as gc does
# Each list is `go build`'s output for the source (go 1.19), file renamed prog.go.

GC_MULTI_ERRORS = [
    pytest.param(
        'package main\n\nvar a [3 int\nvar b []\nvar c map[string\n\nfunc main() {}\n',
        ['prog.go:3:10: syntax error: unexpected int, expecting ]', 'prog.go:4:9: syntax error: unexpected newline, expecting type', 'prog.go:5:17: syntax error: unexpected newline, expecting ]', 'prog.go:7:6: syntax error: unexpected main, expecting ('],
        id='array_type_errors'),
    pytest.param(
        'package main\n\ntype T int\n\nfunc (t T) () {}\n\nfunc (t *T) M( {}\n\nfunc main() {}\n',
        ['prog.go:5:12: syntax error: unexpected (, expecting name or (', 'prog.go:7:16: syntax error: unexpected {, expecting )'],
        id='bad_receiver'),
    pytest.param(
        'package main\n\nfunc main() {\n\tfor (i := 0; i < 10; i++) {\n\t\tprintln(i)\n\t}\n\tx := 1 +\n}\n',
        ['prog.go:4:9: syntax error: unexpected :=, expecting )', 'prog.go:8:1: syntax error: unexpected }, expecting expression'],
        id='c_style_for'),
    pytest.param(
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("a"\n\tfmt.Println("b")\n}\n\nfunc other() {\n\tfmt.Println(1, 2\n}\n',
        ['prog.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )', 'prog.go:11:18: syntax error: unexpected newline in argument list; possibly missing comma or )'],
        id='call_paren_twice'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\tcase 1:\n\t\tx = 2\n\tdefault:\n}\n\nfunc g() {\n\tx := 2 3\n}\n',
        ['prog.go:5:2: syntax error: unexpected case, expecting }', 'prog.go:11:9: syntax error: unexpected literal 3 at end of statement'],
        id='case_outside_switch'),
    pytest.param(
        'package main\n\nvar c chan\nvar d <-chan\nvar e chan<- \n\nfunc main() {}\n',
        ['prog.go:4:1: syntax error: missing channel element type', 'prog.go:5:1: syntax error: missing channel element type', 'prog.go:7:6: syntax error: unexpected main, expecting ('],
        id='chan_type_errors'),
    pytest.param(
        'package main\n\nvar a = []int{\n\t1,\n\t2\n}\nvar b = map[string]int{"a": 1 "b": 2}\nvar c = [2]int{1, 2,}\n',
        ['prog.go:5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }', 'prog.go:7:31: syntax error: unexpected literal "b" in composite literal; possibly missing comma or }'],
        id='complit_commas'),
    pytest.param(
        'package main\n\nconst (\n\tA = 1\n\tB 2\n\tC = 3\n)\n\nvar (\n\tx int\n\ty "s"\n\tz int\n)\n',
        ['prog.go:5:4: syntax error: unexpected literal 2 in grouped declaration; possibly missing semicolon or newline or )', 'prog.go:11:4: syntax error: unexpected literal "s", expecting type'],
        id='const_var_groups'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\tif x > 0 {\n\t} else if {\n\t}\n\tif x < 0 {\n\t} else if x {\n\t} else x {\n\t}\n}\n',
        ['prog.go:6:12: syntax error: missing condition in if statement', 'prog.go:10:9: syntax error: else must be followed by if or statement block', 'prog.go:12:1: syntax error: non-declaration statement outside function body'],
        id='else_if_empty'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\t}\n\tx++\n}\n\nfunc g() {\n}\n',
        ['prog.go:6:2: syntax error: non-declaration statement outside function body'],
        id='extra_close_brace'),
    pytest.param(
        'package main\n\nfunc main() {\n\tfor i := 0; i < 3; i := i + 1 {\n\t}\n\tfor i := 0; i < 3 {\n\t}\n\tfor i := 0; i < 3; i++; {\n\t}\n}\n',
        ['prog.go:4:23: syntax error: cannot declare in post statement of for loop', 'prog.go:6:20: syntax error: unexpected {, expecting semicolon or newline', 'prog.go:7:2: syntax error: unexpected }, expecting expression', 'prog.go:8:24: syntax error: unexpected semicolon, expecting { after for clause'],
        id='for_post_decl'),
    pytest.param(
        'package main\n\nfunc main() {\n\tf := func(x int {\n\t\treturn x\n\t}\n\tg := func() {\n\t\ty := 1 2\n\t}\n}\n',
        ['prog.go:4:18: syntax error: unexpected { in parameter list; possibly missing comma or )', 'prog.go:5:3: syntax error: unexpected return at end of statement', 'prog.go:7:2: syntax error: non-declaration statement outside function body', 'prog.go:7:14: method has no receiver'],
        id='func_lit_errors'),
    pytest.param(
        'package main\n\nfunc F[T](x T) {}\n\nfunc G[T any, U](x T) {}\n\ntype S[T] struct{}\n',
        ['prog.go:3:9: syntax error: missing type constraint', 'prog.go:5:16: syntax error: missing type constraint'],
        id='generic_errors'),
    pytest.param(
        'package main\n\nfunc f() {}\n\nfunc main() {\n\tgo f\n\tdefer f\n\tx := 1 2\n}\n',
        ['prog.go:6:5: expression in go must be function call', 'prog.go:7:8: expression in defer must be function call', 'prog.go:8:9: syntax error: unexpected literal 2 at end of statement'],
        id='go_not_call_and_syntax'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 then {\n\t\tx = 2\n\t}\n\tif x == 2 {\n\t\tx = 3\n\t} else x = 4\n}\n',
        ['prog.go:5:12: syntax error: unexpected then, expecting {', 'prog.go:10:9: syntax error: else must be followed by if or statement block'],
        id='if_then'),
    pytest.param(
        'package main\n\nfunc main() {\n}\n\nimport "fmt"\n\nfunc g() {\n\tx :=\n}\n',
        ['prog.go:6:1: syntax error: non-declaration statement outside function body', 'prog.go:10:1: syntax error: unexpected }, expecting expression'],
        id='import_late'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\tx++ ++\n\tx-- = 2\n\tx++\n}\n',
        ['prog.go:5:6: syntax error: unexpected ++ at end of statement', 'prog.go:6:6: syntax error: unexpected = at end of statement'],
        id='incdec_chain'),
    pytest.param(
        'package main\n\nfunc main() {\n\ta := []int{1}\n\tx := a[0\n\ty := a[1)]\n\tz := a[]\n}\n',
        ['prog.go:5:10: syntax error: unexpected newline, expecting comma, : or ]', 'prog.go:7:9: syntax error: unexpected ], expecting operand'],
        id='index_brackets'),
    pytest.param(
        'package main\n\ntype I interface {\n\tM() int,\n\tN(\n}\n\ntype J interface {\n\t1\n}\n',
        ['prog.go:4:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }', 'prog.go:9:2: syntax error: unexpected literal 1, expecting ~ term or type'],
        id='interface_errors'),
    pytest.param(
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1 @\n\tfmt.Println(x) ~\n}\n',
        ["prog.go:6:9: invalid character U+0040 '@'", 'prog.go:7:17: syntax error: unexpected ~ at end of statement'],
        id='invalid_char_only'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1 @ 2\n\ty := 3 # 4\n\tz := $\n}\n',
        ["prog.go:4:9: invalid character U+0040 '@'", 'prog.go:4:11: syntax error: unexpected literal 2 at end of statement', "prog.go:5:9: invalid character U+0023 '#'", 'prog.go:5:11: syntax error: unexpected literal 4 at end of statement', "prog.go:6:7: invalid character U+0024 '$'", 'prog.go:7:1: syntax error: unexpected }, expecting expression'],
        id='invalid_chars'),
    pytest.param(
        'package main\n\nfunc main() {\n\ttype := 1\n\tfunc := 2\n\trange := 3\n}\n',
        ['prog.go:4:7: syntax error: unexpected :=, expecting name', 'prog.go:5:7: syntax error: unexpected :=, expecting ('],
        id='keyword_as_name'),
    pytest.param(
        'package main\n\nimport "strings"\n\nfunc main() {\n\ts := strings.\n\tt := strings.ToUpper("a").\n\tu := s.(\n}\n',
        ['prog.go:7:4: syntax error: unexpected := at end of statement'],
        id='method_call_errors'),
    pytest.param(
        'package main\n\nmain() {\n\tx := 1\n}\n\nfunc g() {\n\tif {\n\t}\n}\n',
        ['prog.go:3:1: syntax error: non-declaration statement outside function body', 'prog.go:8:5: syntax error: missing condition in if statement'],
        id='missing_func_kw'),
    pytest.param(
        'package main\n\nfunc main()\n{\n\tx := 1\n\t_ = x\n}\n\nfunc g() {\n\treturn 1 2\n}\n',
        ['prog.go:4:1: syntax error: unexpected semicolon or newline before {', 'prog.go:10:11: syntax error: unexpected literal 2 at end of statement'],
        id='missing_open_brace'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 3\n\tif (x > 1 {\n\t}\n\tif x > 2) {\n\t}\n}\n',
        ['prog.go:5:12: syntax error: unexpected {, expecting )', 'prog.go:6:2: syntax error: unexpected }, expecting {', 'prog.go:7:2: syntax error: unexpected if, expecting expression'],
        id='missing_paren_if'),
    pytest.param(
        'package main\n\nfunc main() {\n\tfunc inner() {\n\t\tprintln(1)\n\t}\n\tinner()\n}\n\nfunc g() {\n\tvar := 1\n}\n',
        ['prog.go:4:7: syntax error: unexpected inner, expecting (', 'prog.go:7:2: syntax error: non-declaration statement outside function body', 'prog.go:11:6: syntax error: unexpected :=, expecting name'],
        id='nested_func'),
    pytest.param(
        'package main\n\nfunc main() {\n\ta := \'x\n\tb := "y\n\tc := 1 2\n}\n',
        ['prog.go:4:9: newline in rune literal', 'prog.go:5:9: newline in string', 'prog.go:6:9: syntax error: unexpected literal 2 at end of statement'],
        id='newline_in_rune_and_str'),
    pytest.param(
        'package main\n\nfunc f(a int, b) {}\nfunc g(a, b int, c) {}\nfunc h(a ...int, b int) {}\nfunc i(... int, x) {}\n',
        ['prog.go:3:15: syntax error: mixed named and unnamed parameters', 'prog.go:4:18: syntax error: mixed named and unnamed parameters'],
        id='param_errors'),
    pytest.param(
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("a" "b")\n\tfmt.Println("c" "d")\n\tfmt.Println("e" "f")\n}\n',
        ['prog.go:6:18: syntax error: unexpected literal "b" in argument list; possibly missing comma or )', 'prog.go:7:18: syntax error: unexpected literal "d" in argument list; possibly missing comma or )', 'prog.go:8:18: syntax error: unexpected literal "f" in argument list; possibly missing comma or )'],
        id='println_adjacent_strings'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1 2\n\ty := `abc\n\tz := 3\n}\n',
        ['prog.go:4:9: syntax error: unexpected literal 2 at end of statement', 'prog.go:5:7: string not terminated'],
        id='raw_string_after_errors'),
    pytest.param(
        'package main\n\nfunc f() (int, int) {\n\treturn 1,\n}\n\nfunc g() int {\n\treturn )\n}\n',
        ['prog.go:5:1: syntax error: unexpected }, expecting expression', 'prog.go:8:9: syntax error: unexpected ), expecting expression'],
        id='return_comma'),
    pytest.param(
        'package main\n\nfunc main() {\n\tc := make(chan int)\n\tselect {\n\tcase x := 1 2:\n\tcase <-c\n\t}\n\tselect c {\n\t}\n}\n',
        ['prog.go:6:14: syntax error: unexpected literal 2, expecting :', 'prog.go:7:10: syntax error: unexpected newline, expecting :', 'prog.go:9:9: syntax error: missing { after select clause'],
        id='select_bad'),
    pytest.param(
        'package main;;\n\nfunc main() {\n\t;;\n}\n;\nvar x = 1;;\n',
        ['prog.go:1:14: syntax error: non-declaration statement outside function body', 'prog.go:6:1: syntax error: non-declaration statement outside function body', 'prog.go:7:11: syntax error: non-declaration statement outside function body'],
        id='semicolons_top'),
    pytest.param(
        'package main\n\nfunc f(a int, b int {\n\treturn\n}\n\nfunc g(a int b int) {\n}\n',
        ['prog.go:3:21: syntax error: unexpected { in parameter list; possibly missing comma or )', 'prog.go:5:1: syntax error: unexpected } after top level declaration', 'prog.go:7:14: syntax error: unexpected b in parameter list; possibly missing comma or )'],
        id='sig_missing_paren'),
    pytest.param(
        'package main\n\n]\n\nfunc main() {\n\tx := [3\n}\n',
        ['prog.go:3:1: syntax error: non-declaration statement outside function body', 'prog.go:6:9: syntax error: unexpected newline, expecting ]', 'prog.go:7:1: syntax error: unexpected }, expecting type'],
        id='stray_bracket_top'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\t)\n\tx = 2\n}\n\nfunc g() {\n\ty := 1\n}\n',
        ['prog.go:5:2: syntax error: unexpected ), expecting }', 'prog.go:6:2: syntax error: non-declaration statement outside function body'],
        id='stray_paren_in_block'),
    pytest.param(
        'package main\n\ntype T struct {\n\ta int,\n\tb int,\n}\n\nfunc main() {\n\tvar t T\n\tt.a = = 1\n}\n',
        ['prog.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }', 'prog.go:10:8: syntax error: unexpected =, expecting expression'],
        id='struct_commas'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1\n\t\tx = 2\n\tcase 2\n\t\tx = 3\n\tdefault\n\t\tx = 4\n\t}\n}\n',
        ['prog.go:6:8: syntax error: unexpected newline, expecting :', 'prog.go:8:8: syntax error: unexpected newline, expecting :', 'prog.go:11:3: syntax error: unexpected x, expecting :', 'prog.go:12:2: syntax error: unexpected }, expecting :'],
        id='switch_missing_colon'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx0 := 0 0\n\tx1 := 1 1\n\tx2 := 2 2\n\tx3 := 3 3\n\tx4 := 4 4\n\tx5 := 5 5\n\tx6 := 6 6\n\tx7 := 7 7\n\tx8 := 8 8\n\tx9 := 9 9\n\tx10 := 10 10\n\tx11 := 11 11\n\tx12 := 12 12\n\tx13 := 13 13\n}\n',
        ['prog.go:4:10: syntax error: unexpected literal 0 at end of statement', 'prog.go:5:10: syntax error: unexpected literal 1 at end of statement', 'prog.go:6:10: syntax error: unexpected literal 2 at end of statement', 'prog.go:7:10: syntax error: unexpected literal 3 at end of statement', 'prog.go:8:10: syntax error: unexpected literal 4 at end of statement', 'prog.go:9:10: syntax error: unexpected literal 5 at end of statement', 'prog.go:10:10: syntax error: unexpected literal 6 at end of statement', 'prog.go:11:10: syntax error: unexpected literal 7 at end of statement', 'prog.go:12:10: syntax error: unexpected literal 8 at end of statement', 'prog.go:13:10: syntax error: unexpected literal 9 at end of statement', 'prog.go:13:10: too many errors'],
        id='too_many'),
    pytest.param(
        'package main\n\ntype A\ntype B = \ntype C struct {\n\tx int y int\n}\n\nfunc main() {}\n',
        ['prog.go:3:7: syntax error: unexpected newline in type declaration', 'prog.go:5:1: syntax error: unexpected type in type declaration', 'prog.go:7:1: syntax error: non-declaration statement outside function body'],
        id='type_decl_errors'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx·y := 1\n\tz := x·y + 1 2\n}\n',
        ["prog.go:4:3: invalid character U+00B7 '·' in identifier", "prog.go:5:8: invalid character U+00B7 '·' in identifier", 'prog.go:5:16: syntax error: unexpected literal 2 at end of statement'],
        id='unicode_ident_char'),
    pytest.param(
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("abc)\n\tfmt.Println("def)\n\tx := 1 2\n}\n',
        ['prog.go:6:19: newline in string', 'prog.go:6:19: syntax error: unexpected newline in argument list; possibly missing comma or )', 'prog.go:7:19: newline in string'],
        id='unterminated_string_more'),
    pytest.param(
        'package main\n\nvar x := 1\n\nfunc main() {\n\tvar y := 2\n\tvar z int := 3\n}\n',
        ['prog.go:3:7: syntax error: unexpected :=, expecting =', 'prog.go:6:8: syntax error: unexpected :=, expecting =', 'prog.go:7:12: syntax error: unexpected :=, expecting ='],
        id='var_define'),
    pytest.param(
        'package main\n\nfunc main() {\n\tx := 0\n\twhile x < 3 {\n\t\tx++\n\t}\n\ty := [2]int{1 2}\n}\n',
        ['prog.go:5:8: syntax error: unexpected x at end of statement', 'prog.go:8:2: syntax error: non-declaration statement outside function body'],
        id='while_loop'),
    pytest.param(
        'package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tx := f() {\n\t\ty := 1\n\t}\n\tz := 2 3\n}\n',
        ['prog.go:6:11: syntax error: unexpected { at end of statement', 'prog.go:9:2: syntax error: non-declaration statement outside function body'],
        id='misread_brace_stmt'),
]


def gc_output(source):
    """What minigo reports for a file with syntax errors, as gc prints it."""
    tree, errors = parse_file_with_errors("prog.go", source)
    assert tree is None, "a file with syntax errors is not type-checked"
    return CompileErrors(errors).render().splitlines()


@pytest.mark.parametrize("source, expected", GC_MULTI_ERRORS)
def test_several_syntax_errors_match_gc(source, expected):
    assert gc_output(source) == expected


def test_one_syntax_error_a_line():
    assert gc_output("package main\nfunc main() {\n\tx := 1 2 3 4\n\ty := (1 + ) * )\n}\n") == [
        "prog.go:3:9: syntax error: unexpected literal 2 at end of statement",
        "prog.go:4:12: syntax error: unexpected ), expecting expression"]


def test_no_follow_up_error_at_end_of_file():
    assert gc_output("package main\nfunc main() {\n\tx := 1 2\n\tif x {\n") == [
        "prog.go:3:9: syntax error: unexpected literal 2 at end of statement"]


def test_the_parse_stops_after_ten_errors():
    source = "package main\nfunc main() {\n" + "\tx := 1 2\n" * 5000 + "}\n"
    _tree, errors = parse_file_with_errors("prog.go", source)
    assert len(errors) == 10
    assert CompileErrors(errors).render().splitlines()[-1] == "prog.go:12:9: too many errors"


def test_an_error_of_the_go_commands_reader_comes_alone():
    tree, errors = parse_file_with_errors("prog.go", "package main\nimport fmt\nfunc main() {\n\tx := 1 2\n}\n")
    assert tree is None and [str(e) for e in errors] == ["prog.go:2:11: expected 'STRING', found newline"]


def test_errors_in_the_package_clause_end_the_parse():
    tree, errors = parse_file_with_errors("prog.go", "package main @\nimport \"fmt\"\nfunc main() {\n\tx := 1 2\n}\n")
    assert tree is None and [str(e) for e in errors] == ["prog.go:1:14: invalid character U+0040 '@'"]


@pytest.mark.parametrize("source, messages", [
    ("package main\nimport \"fmt\"\nfunc main() {\n\ts := `never\nends\n\tfmt.Println(s)\n}\n",
     ["prog.go:4:7: string not terminated"]),
    ("package main\nfunc main() {\n\tx := 1 @\n}\n", ["prog.go:3:9: invalid character U+0040 '@'"]),
    ("package main\nfunc main() {\n\ta := 'ab'\n\tb := 0x\n}\n",
     ["prog.go:3:7: more than one character in rune literal", "prog.go:4:9: hexadecimal literal has no digits"]),
    ("package main\nfunc main() {\n\tvar a int\n\t/* never closed\n", ["prog.go:4:2: comment not terminated"]),
    (b"package main\nfunc main() {\n\tx := \"a\xffb\"\n}\n", ["prog.go:3:9: invalid UTF-8 encoding"]),
    ("package main\nfunc main() {\n\tgo f\n\tdefer (g())\n}\n",
     ["prog.go:3:5: expression in go must be function call", "prog.go:4:8: expression in defer must not be parenthesized"]),
])
def test_errors_that_let_gc_type_check(source, messages):
    """Lexical errors, and the parser's errors that are not `syntax error`s, leave
    the tree to the type checker (which reports on it too)."""
    tree, errors = parse_file_with_errors("prog.go", source)
    assert tree is not None and [str(e) for e in errors] == messages


def test_bad_literals_are_bad_expressions():
    tree, _errors = parse_file_with_errors("prog.go", "package main\nfunc main() {\n\ta := 'ab'\n\tb := `x\n")
    first, second = tree.decls[0].body.stmts
    assert isinstance(first.rhs[0], ast.BadExpr) and isinstance(second.rhs[0], ast.BadExpr)


def test_go_and_defer_of_a_non_call_read_as_a_call():
    tree, _errors = parse_file_with_errors("prog.go", "package main\nfunc main() {\n\tgo f\n\tdefer (g)\n}\n")
    go_stmt, defer_stmt = tree.decls[0].body.stmts
    assert dump(go_stmt.call) == "(CallExpr f [])" and dump(defer_stmt.call) == "(CallExpr g [])"


@pytest.mark.parametrize("source, message", [
    ("package main\nfunc () M() {}\n", "prog.go:2:9: method has no receiver"),
    ("package main\nfunc (a, b T) M() {}\n", "prog.go:2:15: method has multiple receivers"),
    ("package main\nconst (\n\ta int = 1\n\tb int\n)\n", "prog.go:4:2: missing init expr for b"),
])
def test_declaration_checks(source, message):
    assert errors_of(source) == [message]


def test_parse_file_raises_for_any_error():
    with pytest.raises(CompileErrors):
        parse_file("prog.go", "package main\nfunc main() {\n\tx := 1 @\n}\n")


@pytest.mark.parametrize("source, message", [
    ("package main\nfunc f() { for a, b, c := range x {} }\n",
     "prog.go:2:22: range clause permits at most two iteration variables"),
    ("package main\nfunc f() { switch x := y.(type); z.(type) {} }\n",
     "prog.go:2:24: invalid AST: use of .(type) outside type switch"),
    ("package main\nfunc f() (a ...int)\n", "prog.go:2:13: can only use ... with final parameter in list"),
    ("package main\ntype T struct { (E) }\n", "prog.go:2:17: syntax error: cannot parenthesize embedded type"),
    ("package main\nvar x = (T){}\n", "prog.go:2:9: syntax error: cannot parenthesize type in composite literal"),
    ("package main\nvar x = a[1::3]\n", "prog.go:2:13: middle index required in 3-index slice"),
])
def test_other_validation_errors(source, message):
    assert errors_of(source)[0] == message


# ---------------------------------------------------------------- robustness

def parses_or_reports(source):
    try:
        parse_file("fuzz.go", source)
    except CompileErrors as error:
        assert error.errors and all(e.pos.line >= 1 for e in error.errors)


SAMPLE = (
    "package main\n\nimport \"fmt\"\n\ntype T[K comparable] struct{ m map[K][]int }\n\n"
    "func (t *T[K]) Add(k K, v ...int) { t.m[k] = append(t.m[k], v...) }\n\n"
    "func main() {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n"
    "\t\tfmt.Println(v, 'x', 1.5e3, `raw`)\n\tdefault:\n\t}\n\tfor i := range [3]int{} {\n"
    "\t\tswitch x := interface{}(i).(type) {\n\t\tcase int:\n\t\t\t_ = x\n\t\t}\n\t}\n}\n")


def test_fuzz_random_bytes_and_mutations():
    rng = random.Random(20221)
    alphabet = list("package main func(){}[]<-:=.,;\n\t\"'`/*+x1_é\x00\xff")
    for _ in range(300):
        parses_or_reports(bytes(rng.randrange(256) for _ in range(rng.randrange(60))))
        parses_or_reports("".join(rng.choice(alphabet) for _ in range(rng.randrange(80))))
        cut = rng.randrange(len(SAMPLE))
        parses_or_reports(SAMPLE[:cut])
        start = rng.randrange(len(SAMPLE))
        parses_or_reports(SAMPLE[:start] + SAMPLE[start + rng.randrange(1, 8):])
        parses_or_reports(SAMPLE[:start] + rng.choice(alphabet) + SAMPLE[start:])


@pytest.mark.parametrize("source", [
    b"", b"\x00", b"\xff\xfe", b"package", b"package main", "package main\n/*", "package main\n\"",
    "package main\nvar x = '", "package main\nvar x = `", "\ufeffpackage main\n", "package main\n\ufeff",
    "package main\nfunc f() {" + "{" * 3000, "package main\nvar x = " + "(" * 3000,
])
def test_hostile_inputs_give_compile_errors_or_trees(source):
    parses_or_reports(source)


def test_deep_nesting_parses_without_recursion():
    depth = 10_000
    file = parse_file("p.go", "package main\nfunc main() {\n\tx := " + "(" * depth + "1" + ")" * depth + "\n}\n")
    count = [0]
    ast.walk(file, lambda node: count.__setitem__(0, count[0] + 1))
    assert count[0] > depth
    parse_file("p.go", "package main\nvar x = " + "- " * depth + "1\n")
    parse_file("p.go", "package main\nfunc main() {\n" + "{" * depth + "}" * depth + "\n}\n")
    parse_file("p.go", "package main\nvar x = " + "[]any{" * 2000 + "}" * 2000 + "\n")


def test_megabyte_file():
    body = "".join(f"func f{i}(a, b int) int {{\n\tif a > b {{\n\t\treturn a - b\n\t}}\n\treturn a + b*{i}\n}}\n\n"
                   for i in range(13_000))
    source = "package big\n\n" + body
    assert len(source) > 1_000_000
    file = parse_file("big.go", source)
    assert len(file.decls) == 13_000


# ---------------------------------------------------------------- the grammar itself

EXPECTED_SHIFT_REDUCE_CONFLICTS = 11


def test_conflict_count_is_pinned():
    """Like yacc's %expect: every shift/reduce conflict is resolved as a shift, which is
    Go's reading; a new one means a grammar change needs a look.  Reduce/reduce
    conflicts would make Lark refuse the grammar."""
    from lark import logger as lark_logger
    from minigo.syntax.parser import build_parser, grammar_text

    messages = []

    class Collect(logging.Handler):
        def emit(self, record):
            messages.append(record.getMessage())

    saved_handlers, saved_level = lark_logger.handlers[:], lark_logger.level
    lark_logger.handlers = [Collect()]
    lark_logger.setLevel(logging.DEBUG)
    try:
        build_parser(grammar_text(), cache=False, debug=True)
    finally:
        lark_logger.handlers, lark_logger.level = saved_handlers, saved_level
    conflicts = [m for m in messages if m.startswith("Shift/Reduce conflict")]
    assert len(conflicts) == EXPECTED_SHIFT_REDUCE_CONFLICTS, conflicts


# ---------------------------------------------------------------- Go's own source tree

GO_ROOTS = ["/usr/lib/go-1.19/src", "/usr/share/go-1.19/src"]


def go_tree_sample(count=50):
    from minigo.syntax.gotree_check import go_files, meant_to_compile
    root = next((r for r in GO_ROOTS if os.path.isdir(r)), None)
    if root is None:
        return []
    files = [path for path in go_files(root)]
    rng = random.Random(119)
    chosen = rng.sample(files, min(count, len(files)))
    return [path for path in chosen if meant_to_compile(open(path, "rb").read())]


@pytest.mark.skipif(not any(os.path.isdir(r) for r in GO_ROOTS), reason="Go's source tree is not installed")
def test_parses_a_sample_of_gos_source_tree():
    failures = []
    for path in go_tree_sample():
        try:
            parse_file(path, open(path, "rb").read())
        except CompileErrors as error:
            failures.append(str(error.errors[0]))
    assert failures == []


GO_SYNTAX_TESTS = "/usr/share/go-1.19/test/syntax"


def error_annotations(source: str) -> dict:
    """Line -> regular expressions of the `// ERROR "..."` comments of Go's test files."""
    import re
    found = {}
    for number, line in enumerate(source.splitlines(), 1):
        match = re.search(r'// ERROR "((?:[^"\\]|\\.)*)"', line)
        if match:
            found[number] = match.group(1).replace('\\"', '"')
    return found


@pytest.mark.skipif(not os.path.isdir(GO_SYNTAX_TESTS), reason="Go's test tree is not installed")
@pytest.mark.parametrize("name", sorted(os.listdir(GO_SYNTAX_TESTS)) if os.path.isdir(GO_SYNTAX_TESTS) else [])
def test_first_error_matches_gos_own_syntax_tests(name):
    """Go's test/syntax files mark the errors gc must report with `// ERROR "regexp"`;
    minigo's first error must be on a marked line and match its expression."""
    import re
    source = open(os.path.join(GO_SYNTAX_TESTS, name), encoding="utf-8").read()
    annotations = error_annotations(source)
    if not annotations:
        pytest.skip("no ERROR annotation")
    with pytest.raises(CompileErrors) as caught:
        parse_file(name, source)
    first = sorted(caught.value.errors, key=lambda e: (e.pos.line, e.pos.col))[0]
    assert first.pos.line in annotations, str(first)
    if first.message.startswith("expected '"):
        return      # in imports `go build` reports its own reader's message (import.go), as minigo does
    assert re.search(annotations[first.pos.line], first.message), str(first)
