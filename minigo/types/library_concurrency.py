"""The library packages of concurrency: sync, sync/atomic, and runtime's
scheduler functions, declared as Go declares them (their fields are minigo's own:
runtime/sync.c gives the layouts, and every zero value is ready to use).  Methods
are Funcs without declarations whose link_name ('sync.(*WaitGroup).Add') picks the
lowering in codegen/sync_lowering.py.  (time is Go source in stdlib/time.)"""
from __future__ import annotations

from minigo.types.typesystem import (
    ANY, BOOL, FLOAT64, INT, INT32, INT64, UINT32, UINT64,
    Array, Func, Named, Pointer, Signature, Struct, Tuple, TypeName, Var,
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


def sync_package(builder_class):
    b = builder_class("sync")
    mutex = _struct(b, "Mutex", [("state", INT32), ("sema", UINT32)])
    for name in ("Lock", "Unlock"):
        _method(b, mutex, name, [], [])
    rwmutex = _struct(b, "RWMutex", [("w", mutex), ("writerSem", UINT32), ("readerSem", UINT32),
                                     ("readerCount", INT32), ("readerWait", INT32)])
    for name in ("Lock", "Unlock", "RLock", "RUnlock"):
        _method(b, rwmutex, name, [], [])
    waitgroup = _struct(b, "WaitGroup", [("state", UINT64), ("sema", UINT32)])
    _method(b, waitgroup, "Add", [INT], [])
    _method(b, waitgroup, "Done", [], [])
    _method(b, waitgroup, "Wait", [], [])
    once = _struct(b, "Once", [("done", UINT32), ("m", mutex)])
    _method(b, once, "Do", [PLAIN_FUNC], [])
    b.interface("Locker", [("Lock", [], []), ("Unlock", [], [])])
    return b.package


ATOMIC_TYPES = {"Int32": INT32, "Int64": INT64, "Uint32": UINT32, "Uint64": UINT64}


def atomic_package(builder_class):
    b = builder_class("sync/atomic")
    for suffix, t in ATOMIC_TYPES.items():
        b.func("Add" + suffix, [Pointer(t), t], [t])
        b.func("Load" + suffix, [Pointer(t)], [t])
        b.func("Store" + suffix, [Pointer(t), t], [])
        b.func("Swap" + suffix, [Pointer(t), t], [t])
        b.func("CompareAndSwap" + suffix, [Pointer(t), t, t], [BOOL])
        named = _struct(b, suffix, [("v", t)])        # Go 1.19's atomic.Int64 and friends
        _method(b, named, "Load", [], [t])
        _method(b, named, "Store", [t], [])
        _method(b, named, "Add", [t], [t])
        _method(b, named, "Swap", [t], [t])
        _method(b, named, "CompareAndSwap", [t, t], [BOOL])
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
