"""The library package time, declared as Go declares it (its fields are minigo's
own: runtime/timelib.c gives the layouts, and every zero value is ready to use;
sync, sync/atomic, runtime and runtime/debug are Go in stdlib/).  Methods are Funcs without declarations whose link_name
('sync.(*WaitGroup).Add', 'time.Duration.String') picks the lowering in
codegen/sync_lowering.py."""
from __future__ import annotations

from minigo.types.typesystem import (
    BOOL, FLOAT64, INT64, RECV_ONLY, STRING_TYPE, UNSAFE_POINTER,
    Chan, Const, Func, Named, Pointer, Signature, Struct, Tuple, TypeName, Var,
)

def _tuple(types) -> Tuple:
    return Tuple([Var("", t, is_param=True) for t in types])


def _named(builder, name: str, underlying) -> Named:
    type_name = TypeName(name, None, pkg=builder.package)
    named = Named(type_name)
    type_name.type = named
    named.underlying = underlying
    builder.package.scope.insert(type_name)
    return named


def _struct(builder, name: str, fields) -> Named:
    variables = [Var(field_name, t, pkg=builder.package, is_field=True) for field_name, t in fields]
    return _named(builder, name, Struct(variables, [None] * len(variables)))


def _method(builder, named: Named, name: str, params, results, pointer: bool = True) -> None:
    signature = Signature(_tuple(params), _tuple(results))
    signature.recv = Var("", Pointer(named) if pointer else named, is_param=True)
    receiver = f"(*{named.obj.name})" if pointer else named.obj.name
    named.methods.append(Func(name, signature, pkg=builder.package, pointer_receiver=pointer,
                              link_name=f"{builder.package.path}.{receiver}.{name}"))


DURATION_UNITS = {
    "Nanosecond": 1, "Microsecond": 1000, "Millisecond": 1000_000, "Second": 1000_000_000,
    "Minute": 60 * 1000_000_000, "Hour": 3600 * 1000_000_000,
}


def time_package(builder_class):
    b = builder_class("time")
    duration = _named(b, "Duration", INT64)
    _method(b, duration, "String", [], [STRING_TYPE], pointer=False)
    for name, result in (("Nanoseconds", INT64), ("Microseconds", INT64), ("Milliseconds", INT64),
                         ("Seconds", FLOAT64), ("Minutes", FLOAT64), ("Hours", FLOAT64)):
        _method(b, duration, name, [], [result], pointer=False)
    for name, value in DURATION_UNITS.items():
        b.package.scope.insert(Const(name, duration, pkg=b.package, value=value))
    time = _struct(b, "Time", [("wall", INT64), ("mono", INT64)])
    _method(b, time, "Sub", [time], [duration], pointer=False)
    _method(b, time, "Add", [duration], [time], pointer=False)     # for context.WithTimeout
    _method(b, time, "Unix", [], [INT64], pointer=False)
    _method(b, time, "UnixNano", [], [INT64], pointer=False)
    receive_only = Chan(RECV_ONLY, time)
    for name in ("Timer", "Ticker"):
        named = _struct(b, name, [("C", receive_only), ("r", UNSAFE_POINTER)])
        is_timer = name == "Timer"
        _method(b, named, "Stop", [], [BOOL] if is_timer else [])
        _method(b, named, "Reset", [duration], [BOOL] if is_timer else [])
        b.func("New" + name, [duration], [Pointer(named)])
    b.func("Sleep", [duration], [])
    b.func("Now", [], [time])
    b.func("Since", [time], [duration])
    b.func("After", [duration], [receive_only])
    b.func("Tick", [duration], [receive_only])
    return b.package
