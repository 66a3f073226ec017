"""The user cache, $XDG_CACHE_HOME/minigo (default ~/.cache/minigo).

Every entry is named by a hash of everything it was made from, including the
compiler's own fingerprint, so a change anywhere simply misses the cache and stale
entries are never reused.  Entries are written under a temporary name and renamed
into place, so concurrent minigo processes never see half-written files.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import minigo
from minigo.codegen import write_barrier

_fingerprint: str | None = None

STALE_AFTER_SECONDS = 30 * 24 * 3600


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "minigo"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path(tempfile.gettempdir()) / f"minigo-cache-{os.getuid()}"
        path.mkdir(parents=True, exist_ok=True)
    return path


def keep_bytecode() -> None:
    """With PYTHONDONTWRITEBYTECODE set (as in many containers) Python compiles every
    module of minigo, lark and llvmlite from source at each start: 0.1-0.2 s of a warm
    `minigo build`.  Their bytecode then goes under this cache instead, never beside
    anybody's sources, which is what that setting is for."""
    if sys.dont_write_bytecode and sys.pycache_prefix is None:
        try:
            sys.pycache_prefix = str(cache_dir() / "bytecode")
        except OSError:
            return
        sys.dont_write_bytecode = False


def digest(*parts: bytes | str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()[:32]


def compiler_fingerprint() -> str:
    """Identifies this exact compiler: its version and the size and modification time
    of each of its files (Python, grammar, runtime, stdlib), stat-only so it is cheap."""
    global _fingerprint
    if _fingerprint is None:
        entries = [minigo.__version__, f"write barrier {write_barrier.compiled_in()}"]
        roots = [Path(minigo.__file__).parent, minigo.stdlib_dir()]
        for root in roots:
            if not root.is_dir():
                continue
            for path in sorted(root.rglob("*")):
                if path.suffix in (".py", ".lark", ".c", ".h", ".S", ".go"):
                    status = path.stat()
                    entries.append(f"{path}|{status.st_size}|{status.st_mtime_ns}")
        _fingerprint = digest(*entries)
    return _fingerprint


def publish(temporary: Path, final: Path) -> None:
    """Move a finished file into the cache atomically."""
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temporary, final)


def temporary_path(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    return final.with_name(f".{final.name}.{os.getpid()}.tmp")


def prune(directory: Path) -> None:
    """Remove the entries of `directory` (one subfolder per key) not made or used for
    STALE_AFTER_SECONDS; called when a new entry is made, so the cache stays bounded."""
    if not directory.is_dir():
        return
    limit = time.time() - STALE_AFTER_SECONDS
    for entry in directory.iterdir():
        try:
            if entry.stat().st_mtime < limit:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass
