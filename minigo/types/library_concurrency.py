"""The library packages of concurrency: time, and runtime's scheduler functions,
declared as Go declares them (their fields are minigo's own: runtime/timelib.c
gives the layouts, and every zero value is ready to use; sync and sync/atomic are
Go in stdlib/).  Methods are Funcs without declarations whose link_name
('sync.(*WaitGroup).Add', 'time.Duration.String') picks the lowering in
codegen/sync_lowering.py."""
from __future__ import annotations

from minigo.types.typesystem import (
    ANY, BOOL, FLOAT64, INT, INT32, INT64, RECV_ONLY, STRING_TYPE, UINT32, UINT64, UNSAFE_POINTER,
    Array, Chan, Const, Func, Named, Pointer, Signature, Struct, Tuple, TypeName, Var,
)

PLAIN_FUNC = Signature(Tuple([]), Tuple([]))


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


# runtime.MemStats, field for field as Go 1.19 lays it out (gc.c fills it)
MEMSTATS_COUNTERS = (
    "Alloc TotalAlloc Sys Lookups Mallocs Frees HeapAlloc HeapSys HeapIdle HeapInuse HeapReleased "
    "HeapObjects StackInuse StackSys MSpanInuse MSpanSys MCacheInuse MCacheSys BuckHashSys GCSys "
    "OtherSys NextGC LastGC PauseTotalNs").split()


def _memstats(b) -> Named:
    size_class = Struct([Var(name, t, pkg=b.package, is_field=True)
                         for name, t in (("Size", UINT32), ("Mallocs", UINT64), ("Frees", UINT64))],
                        [None] * 3)
    fields = [(name, UINT64) for name in MEMSTATS_COUNTERS]
    fields += [("PauseNs", Array(256, UINT64)), ("PauseEnd", Array(256, UINT64)),
               ("NumGC", UINT32), ("NumForcedGC", UINT32), ("GCCPUFraction", FLOAT64),
               ("EnableGC", BOOL), ("DebugGC", BOOL), ("BySize", Array(61, size_class))]
    return _struct(b, "MemStats", fields)


def debug_package(builder_class):
    """runtime/debug: the collector's knobs."""
    b = builder_class("runtime/debug")
    b.func("SetGCPercent", [INT], [INT])
    b.func("SetMemoryLimit", [INT64], [INT64])
    b.func("FreeOSMemory", [], [])
    return b.package


def add_runtime_functions(b) -> None:
    b.func("ReadMemStats", [Pointer(_memstats(b))], [])
    b.func("Gosched", [], [])
    b.func("NumGoroutine", [], [INT])
    b.func("GOMAXPROCS", [INT], [INT])
    b.func("NumCPU", [], [INT])
    b.func("GC", [], [])
    b.func("SetFinalizer", [ANY, ANY], [])
    b.func("KeepAlive", [ANY], [])
