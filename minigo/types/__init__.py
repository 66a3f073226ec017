"""Type checking: check_package(files) annotates the parsed files in place and returns the
Package (typesystem.py); it raises CompileErrors holding every error found, in the order
found (gc shows the first ten found, sorted by position).

What codegen reads, beyond ast.py's list:

Expressions
  .mode/.type/.value on every expression that is evaluated.  Never descend into an
  expression whose mode is 'constant': use its .value with its .type (operands of a folded
  constant expression may keep untyped types).  A materialised constant always has a typed
  .type, and its .value is already converted to it: int for integer types, Fraction for
  floats (exactly the float32/float64 value), bytes for strings, bool.
  Untyped non-constant values get their final type from context (`1 << n`, `a < b`);
  `nil` gets the type it is converted to (pointer, slice, map, func, interface...).
  Declaring identifiers (var x, params, :=, range) carry only .obj, except those of := and
  range and local `var`, which also carry mode 'variable' and the Var's type.

Calls (CallExpr, kind from .fun.mode)
  'type': conversion to .type; constant conversions are folded (mode 'constant').
  'builtin': .fun is an Ident whose .obj is the Builtin; see builtins.py.
  otherwise a call of .fun's Signature: .type is the single result, a Tuple for several,
  mode 'novalue' for none.  f(g()) passes g's Tuple, to be spread.  A variadic call
  without `...` passes the trailing arguments one by one (pack them into a slice of the
  last parameter's type); with `...` the last argument is the slice itself.
  An argument whose type differs from its parameter's (an interface) is converted
  implicitly: compare types, nothing marks it.
  Library functions are Func objects of a Package with is_library True and link_name
  'fmt.Println'; their Vars (os.Args) have link_name too.

Selectors (SelectorExpr)
  .selection None: a qualified identifier pkg.Name (.sel.obj is the member).
  kind 'field': path = indices of the embedded fields walked, then of the field.
  kind 'method': path = embedded field indices, then the method's index (in Named.methods,
  or in the interface's all_methods); indirect = a pointer was dereferenced on the way.
  The receiver is passed by address when obj.pointer_receiver (x is then either a pointer
  or addressable; its root variable is marked address_taken), by value otherwise.
  kind 'method_expr': T.M, a function whose first parameter is the receiver.

Assignments and statements
  `v, ok := m[k]` / `x.(T)` (and `=`): one rhs of mode 'mapindex' or 'commaok' with two
  lhs; the rhs .type is the value type, ok is bool.  `x op= y`: y is converted to x's type.
  Range: .x has its type; := keys/values are Idents with new Vars (string: int, rune).
  Tagless switch: case expressions are typed bool.  Tagged switch: the tag has its final
  type and each case expression is converted to it.  Type switch: each CaseClause's
  .implicit_obj is its own Var.

Declarations
  Package.funcs: FuncDecls to compile (functions, methods, init) in source order, as Func
  objects (.decl, .type Signature, .link_name 'main.f', 'main.T.M', 'main.(*T).M',
  'main.init.0').  Package.inits: the init functions.  Package.func_lits: FuncLit nodes
  met, each with .link_name ('main.main.func1') and .captures (the outer Vars it uses).
  Package.var_init_order: VarInit(lhs Vars, init expr or None, spec) in the order the
  spec requires (variables without initialiser included, init None).
  Generics (generics.py): a generic FuncDecl (and a method of a generic type) is marked
  .generic and never compiled; Package.instances holds the FuncDecls of the instances
  this package made (checked copies, .name.obj a Func with .instance_home, link name
  'main.F[int]', 'main.(*List[int]).Push'), of its own generics and imported ones; an
  instantiated type is a Named with .type_args and obj the generic's TypeName.  A call
  of a generic function has .fun rewritten to name the instance; F[int] used as a value
  is an IndexExpr with .instance.
  Var flags: is_global, is_param, is_result, is_field, address_taken, captured, used.
"""
from minigo.types.checker import UNSUPPORTED_FEATURES, check_package
from minigo.types.typesystem import Package, VarInit

__all__ = ["check_package", "Package", "VarInit", "UNSUPPORTED_FEATURES"]
