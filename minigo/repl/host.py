"""The session host process (runtime/repl/host.c) and the shared objects it loads.

The host executable is the runtime archive, whole (a loaded input may call any of
it), linked with host.c, dynamically and -rdynamic so that the objects it dlopen()s
bind to the runtime's symbols; it is built once per runtime and C compiler and
cached (<cache>/repl/KEY/minigo-repl-host), as is object.c's PIC object, linked into
every object the host loads.  Imported source packages are compiled position
independent into a shared object each, cached under the package cache's key
(<cache>/repl/pkg/KEY/package.so), and loaded once per session, their `PATH.init`
run once, before the first input that imports them.  Inputs are optimised as
`minigo build` optimises a package (-O2, the imported packages' inline headers
linked in), emitted PIC, and linked with `ld -shared` into the session's folder.

The host runs in a session of its own (so the terminal's Ctrl-C reaches only
Python, which forwards it while an input runs) and writes to the same stdout and
stderr as the REPL, so goroutines' output appears as they print it.
"""
from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from minigo.link import cache
from minigo.link.toolchain import c_compiler, compiler_identity, run_tool

REPL_DIR = Path(__file__).resolve().parent.parent / "runtime" / "repl"
HOST_NAME = "minigo-repl-host"
PIC_FLAGS = ["-O2", "-fPIC", "-std=gnu11", "-fno-omit-frame-pointer"]
# After a Ctrl-C the host is asked every CANCEL_RETRY_SECONDS to cancel the input's wait
# (an input parked on a channel, a lock or a sleep never reaches a safepoint; one that
# is running gets the "interrupted" panic instead); after INTERRUPT_GRACE_SECONDS the
# prompt comes back anyway (a wait nothing can cancel, e.g. a blocking system call)
# and the input is left running.
CANCEL_RETRY_SECONDS = 0.2
INTERRUPT_GRACE_SECONDS = 3.0
REPLY_POLL_SECONDS = 0.1

_pic_machine = None


# libm loaded even though the runtime calls none of it: the packages' objects (math,
# math/cmplx) bind to it
HOST_LIBRARIES = ["-Wl,--no-as-needed", "-lm", "-Wl,--as-needed", "-ldl", "-pthread"]


def host_executable(cc: list[str]) -> Path:
    """The cached session host, built first if needed."""
    from minigo.link.runtime_archive import CFLAGS, archive_key, runtime_archive

    archive = runtime_archive(cc)
    sources = [(REPL_DIR / name).read_bytes() for name in ("host.c", "object.c")]
    key = cache.digest(archive_key(cc), *sources, " ".join(PIC_FLAGS + HOST_LIBRARIES))
    executable = cache.cache_dir() / "repl" / key / HOST_NAME
    if executable.exists():
        return executable
    cache.prune(cache.cache_dir() / "repl")
    with tempfile.TemporaryDirectory(prefix="minigo-repl-") as work:
        host_object = Path(work) / "host.o"
        run_tool(cc + CFLAGS + ["-c", str(REPL_DIR / "host.c"), "-o", str(host_object)],
                 "compiling the REPL host")
        stub = Path(work) / "object.o"
        run_tool(cc + PIC_FLAGS + ["-c", str(REPL_DIR / "object.c"), "-o", str(stub)],
                 "compiling the REPL object stub")
        linked = Path(work) / HOST_NAME
        run_tool(cc + ["-no-pie", "-rdynamic", "-o", str(linked), str(host_object),
                       "-Wl,--whole-archive", str(archive), "-Wl,--no-whole-archive",
                       *HOST_LIBRARIES], "linking the REPL host")
        temporary_stub = cache.temporary_path(executable.with_name("object.o"))
        shutil.copy(stub, temporary_stub)
        cache.publish(temporary_stub, executable.with_name("object.o"))
        temporary = cache.temporary_path(executable)
        shutil.copy(linked, temporary)
        cache.publish(temporary, executable)
    return executable


def pic_machine():
    """A target machine as objects.target_machine(), position independent."""
    global _pic_machine
    if _pic_machine is None:
        import llvmlite.binding as llvm
        from minigo.codegen.runtime_abi import TARGET_TRIPLE
        from minigo.link import objects

        objects.target_machine()        # initialises LLVM and its options
        target = llvm.Target.from_triple(TARGET_TRIPLE)
        _pic_machine = target.create_target_machine(
            cpu="x86-64", features="", opt=2, reloc="pic", codemodel="small")
    return _pic_machine


def linker(cc: list[str]) -> str:
    """ld itself: the objects need no C start files or libraries (the host has libc
    loaded, and binds their references), and the C compiler's driver around ld cost
    40 of an input's 85 ms (10 links: cc -shared 0.53 s, ld -shared 0.10 s)."""
    from minigo.link.runtime_archive import _binutil
    return _binutil(cc, "ld")


def shared_object(module_text: str, headers: list[str], output: Path, cc: list[str],
                  stub: Path, worker: "CodeWorker | None" = None) -> Path:
    """LLVM assembly, optimised with the headers, as a shared object at output (its
    machine code made by `worker` if given)."""
    object_path = output.with_suffix(".o")
    code = worker.machine_code(module_text, headers) if worker is not None else None
    object_path.write_bytes(code if code is not None else _machine_code(module_text, headers))
    run_tool([linker(cc), "-shared", "-o", str(output), str(object_path), str(stub)],
             "linking a REPL input")
    object_path.unlink()
    return output


def _machine_code(module_text: str, headers: list[str]) -> bytes:
    from minigo.link import objects
    module = objects._run_pipeline(module_text, headers)
    return pic_machine().emit_object(module)


class CodeWorker:
    """A forked child that optimises inputs and emits their machine code.  LLVM's new
    pass manager keeps about 60 KB each time a pipeline runs (llvmlite 0.50; closing
    the builder and the manager, or a context per module, does not help), which grew
    a session by 60 MB a thousand inputs; the child is replaced every RECYCLE_AFTER
    inputs and takes that with it.  A fork per input would cost 40 ms (measured:
    12 ms inline, 52 ms forked, for a small module); the pipe costs about 1 ms.
    Headers go to a child once each (by digest).  Any failure in the child: None,
    and the caller makes the code itself, so errors are reported as without it."""

    RECYCLE_AFTER = 250

    def __init__(self):
        self.pid = None

    def machine_code(self, module_text: str, headers: list[str]) -> bytes | None:
        import pickle
        if self.pid is None or self.served >= self.RECYCLE_AFTER:
            self.stop()
            self._start()
        self.served += 1
        sent = []
        for header in headers:
            digest = cache.digest(header)
            sent.append((digest, None if digest in self.given else header))
            self.given.add(digest)
        try:
            _write_message(self.requests, pickle.dumps((module_text, sent)))
            reply = _read_message(self.replies)
        except OSError:
            reply = None
        if reply is None:
            self.stop()
            return None
        return pickle.loads(reply)

    def _start(self) -> None:
        pic_machine()                   # made once, before forking
        request_read, request_write = os.pipe()
        reply_read, reply_write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.close(request_write)
            os.close(reply_read)
            _serve(request_read, reply_write)
        os.close(request_read)
        os.close(reply_write)
        self.requests, self.replies = request_write, reply_read
        self.served = 0
        self.given: set[str] = set()

    def stop(self) -> None:
        if self.pid is None:
            return
        for fd in (self.requests, self.replies):
            os.close(fd)
        os.waitpid(self.pid, 0)       # it exits when its request pipe closes
        self.pid = None


def _serve(requests: int, replies: int) -> None:
    """The worker's loop (never returns)."""
    import pickle
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the terminal's Ctrl-C is the REPL's
    headers: dict[str, str] = {}
    status = 0
    try:
        while True:
            message = _read_message(requests)
            if message is None:
                break
            module_text, sent = pickle.loads(message)
            for digest, header in sent:
                if header is not None:
                    headers[digest] = header
            try:
                code = _machine_code(module_text, [headers[d] for d, _ in sent])
            except Exception:
                code = None
            _write_message(replies, pickle.dumps(code))
    except BaseException:
        status = 1
    os._exit(status)


def _write_message(fd: int, data: bytes) -> None:
    data = len(data).to_bytes(8, "little") + data
    while data:
        data = data[os.write(fd, data):]


def _read_message(fd: int) -> bytes | None:
    def exactly(count: int) -> bytes | None:
        chunks = b""
        while len(chunks) < count:
            chunk = os.read(fd, count - len(chunks))
            if not chunk:
                return None
            chunks += chunk
        return chunks
    size = exactly(8)
    return None if size is None else exactly(int.from_bytes(size, "little"))


class Libraries:
    """The imported packages' shared objects and inline headers, by import path."""

    def __init__(self, cc: list[str], stub: Path):
        self.cc = cc
        self.stub = stub
        self.identity = compiler_identity(cc)
        self.keys: dict[str, str] = {}
        self.headers: dict[str, str] = {}
        self.paths: dict[str, Path] = {}

    def prepare(self, packages: list, checked: dict) -> None:
        """Each source package (dependencies first) compiled unless cached."""
        from minigo.link import pkgcache

        for index, package in enumerate(packages):
            if package.path in self.paths:
                continue
            key = pkgcache.package_key(package, self.keys, self.identity)
            self.keys[package.path] = key
            earlier = [checked[p.path] for p in packages[:index]]
            headers = [self.headers[p.path] for p in packages[:index] if p.path in self.headers]

            made: list[str] = []      # the module's text: codegen runs once a package

            def compile_module(package=package, earlier=earlier):
                from minigo import codegen
                checked_package = checked[package.path]
                module = codegen.generate(checked_package, checked_package.files, earlier,
                                          separate=True)
                made.append(str(module))
                return module
            _, header = pkgcache.package_object(key, compile_module, list(headers))
            self.headers[package.path] = header
            library = cache.cache_dir() / "repl" / "pkg" / key / "package.so"
            if not library.exists():
                if not made:
                    compile_module()
                temporary = cache.temporary_path(library)
                shared_object(made[0], headers, temporary, self.cc, self.stub)
                cache.publish(temporary, library)
            self.paths[package.path] = library


class HostError(Exception):
    """The host could not load an object (the message says why) or is gone."""


class HostDied(HostError):
    """The host ended on a fatal error (it said "F" first; the report went to stderr)
    or was killed by a signal: the session goes on in a new host (Host.revive)."""


class HostExited(HostError):
    """The host ended by os.Exit(status): so does the REPL."""

    def __init__(self, status: int):
        super().__init__(f"os.Exit({status})")
        self.status = status


class Host:
    """One session host process."""

    def __init__(self):
        self.cc = c_compiler()
        self.executable = host_executable(self.cc)
        self.stub = self.executable.with_name("object.o")
        self.libraries = Libraries(self.cc, self.stub)
        self.loaded: set[str] = set()
        self.folder = Path(tempfile.mkdtemp(prefix="minigo-repl-"))
        self.requests = 0
        self.interrupted = False        # the last run was interrupted by Ctrl-C
        self.fatal = False              # the host said "F": it is dying of a fatal error
        self.package_order: list[str] = []   # import paths in the order loaded
        self.inputs: list[Path] = []         # inputs' objects that ran, in order (revive)
        self.process = None
        self.worker = CodeWorker()
        self.start()

    def start(self) -> None:
        request_read, self.request_write = os.pipe()
        self.reply_read, reply_write = os.pipe()
        environment = dict(os.environ, MINIGO_REPL_FDS=f"{request_read},{reply_write}")
        self.process = subprocess.Popen([str(self.executable)], pass_fds=(request_read, reply_write),
                                        env=environment, stdin=subprocess.DEVNULL,
                                        start_new_session=True)
        os.close(request_read)
        os.close(reply_write)
        self.replies = b""

    def close(self) -> None:
        self.worker.stop()
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for fd in (self.request_write, self.reply_read):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def restart(self) -> None:
        """A fresh process (:clear): nothing loaded."""
        self.close()
        self.loaded.clear()
        self.package_order.clear()
        self.inputs.clear()
        self.folder = Path(tempfile.mkdtemp(prefix="minigo-repl-"))
        self.start()

    def revive(self) -> None:
        """A new process after the last one died of a fatal error, with what the
        session defined: the packages loaded again (their init runs again) and every
        input's object loaded again in order, none run, so functions, types and
        methods are back and variables hold their zero values."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()
        for fd in (self.request_write, self.reply_read):
            try:
                os.close(fd)
            except OSError:
                pass
        self.fatal = False
        self.start()
        for path in self.package_order:
            if self.run(self.libraries.paths[path], f"{path}.init") != "D":
                raise HostError(f"initialising package {path} failed")
        for library in self.inputs:
            self.run(library, "-")

    # ------------------------------------------------------------ requests

    def load_packages(self, packages: list, checked: dict) -> None:
        """Imported packages not loaded yet: loaded and initialised, in order."""
        self.libraries.prepare(packages, checked)
        for package in packages:
            if package.path not in self.loaded:
                status = self.run(self.libraries.paths[package.path], f"{package.path}.init")
                self.loaded.add(package.path)
                self.package_order.append(package.path)
                if status != "D":
                    raise HostError(f"initialising package {package.path} failed")

    def headers(self, packages: list) -> list[str]:
        return [self.libraries.headers[p.path] for p in packages]

    def build_input(self, number: int, module_text: str, packages: list) -> Path:
        return shared_object(module_text, self.headers(packages),
                             self.folder / f"input{number}.so", self.cc, self.stub, self.worker)

    def run(self, library: Path, symbol: str) -> str:
        """Runs `symbol` of `library` on a goroutine: "D" (returned), "P" (panicked),
        "I" (it was blocked, its wait cancelled, and it unwound), "B" (interrupted but
        still running: left behind).  Meanwhile Ctrl-C (SIGINT) is forwarded to the
        host by a handler, not raised, so no moment of the exchange can lose the
        reply; while no reply comes the host is asked to cancel the input's wait."""
        self.requests += 1
        number = self.requests
        interrupted_at: list[float] = []
        self.interrupted = False

        def forward(signal_number, frame):
            if not interrupted_at:
                interrupted_at.append(time.monotonic())
                self.interrupted = True     # the input did not end by itself
                self.interrupt()
        previous = signal.signal(signal.SIGINT, forward)
        try:
            self._send(f"R {number} {library} {symbol}\n")
            while True:
                kind, rest = self._reply(timeout=CANCEL_RETRY_SECONDS if interrupted_at
                                         else REPLY_POLL_SECONDS)
                if kind is None:
                    if interrupted_at:
                        if time.monotonic() - interrupted_at[0] > INTERRUPT_GRACE_SECONDS:
                            return "B"
                        self._send(f"C {number}\n")
                    continue
                if kind == "E":
                    raise HostError(rest)
                if kind == "F":
                    self.fatal = True       # its report is on stderr; it exits next
                    continue
                if kind in ("D", "P", "I") and rest == str(number):
                    return kind
        finally:
            signal.signal(signal.SIGINT, previous)

    def interrupt(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)

    def _send(self, line: str) -> None:
        try:
            os.write(self.request_write, line.encode())
        except OSError as error:
            status = self.process.wait()
            if self.fatal or status < 0:
                raise HostDied(f"the session host died (status {status})") from None
            raise HostExited(status) from None

    def _reply(self, timeout):
        """(kind, rest) of the next reply line; (None, None) after `timeout` seconds."""
        while b"\n" not in self.replies:
            ready, _, _ = select.select([self.reply_read], [], [], timeout)
            if not ready:
                return None, None
            chunk = os.read(self.reply_read, 4096)
            if not chunk:
                status = self.process.wait()
                if self.fatal or status < 0:
                    raise HostDied(f"the session host died (status {status})")
                raise HostExited(status)
            self.replies += chunk
        line, _, self.replies = self.replies.partition(b"\n")
        kind, _, rest = line.decode(errors="replace").partition(" ")
        return kind, rest
