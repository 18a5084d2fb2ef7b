"""Why a file could not be read or stored, in words a user acts on: the libraries' own exceptions
("cannot pickle 'lxml.etree._ListErrorLog'", "Unable to allocate output buffer", "Reached maximum array
element count") translated, and a full disk told apart from a bad document."""

from __future__ import annotations

import errno
import zipfile
import zlib

from entente import settings
from entente.ingest.text import one_line
from entente.models import IngestReport

# Reached by pypdf's, lxml's and Python's own guards against documents built to exhaust a reader.
_LIMIT_WORDS = ("maximum array element count", "maximum recursion depth", "excessive depth",
                "huge input lookup", "limit reached", "maximum dictionary", "maximum string length")
_MEMORY_WORDS = ("unable to allocate", "memory allocation failed", "out of memory", "cannot allocate memory",
                 "failed to map segment")
_DISK_FULL_WORDS = ("database or disk is full", "no space left on device", "could not extend file",
                    "disk quota exceeded")


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (SQLAlchemy's `orig`) and what caused it, outermost first."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def _module(exc: BaseException) -> str:
    return type(exc).__module__ or ""


def disk_full(exc: BaseException) -> bool:
    """Whether `exc` (or what it wraps) says the disk holding the store or its temporary files is full."""
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return True
        if getattr(e, "sqlstate", None) == "53100" or getattr(e, "pgcode", None) == "53100":  # PostgreSQL
            return True
        if any(words in str(e).lower() for words in _DISK_FULL_WORDS):
            return True
    return False


def out_of_memory(exc: BaseException) -> bool:
    """Whether `exc` (or what it wraps) says memory ran out (a MemoryError, "Unable to allocate ...")."""
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain).lower()
    return any(isinstance(e, MemoryError) for e in chain) or any(w in text for w in _MEMORY_WORDS)


def _memory_limit() -> str:
    return f"{settings.parser_memory_bytes() / 2**20:,.0f} MB"


def reason(exc: BaseException, kind: str) -> str:
    """Why a `kind` file ("PDF", "Word document", "web page") could not be read, for the person who added it."""
    detail = one_line(str(exc), 200) or type(exc).__name__
    return known_reason(exc, kind) or f"the {kind} could not be read: {detail}"


def known_reason(exc: BaseException, kind: str, *, in_parser: bool = True) -> str | None:
    """The plain reason for the library failures users meet (memory, nesting limits, damaged files, a full
    disk); None for any other exception. `in_parser`: it happened in the parser process, under its limit."""
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain).lower()
    if out_of_memory(exc):
        limit = f" ({_memory_limit()}, ENTENTE_PARSER_MEMORY_BYTES)" if in_parser else ""
        return (f"the {kind} needs more memory than is available{limit}: it is too large, or built to exhaust "
                "memory")
    if any(isinstance(e, RecursionError) for e in chain) or any(w in text for w in _LIMIT_WORDS):
        return (f"the {kind} is nested too deeply or holds more items than a real document does, past the "
                "reader's safety limits: refused (it may be built to exhaust the reader)")
    if disk_full(exc):
        return "the disk is full: there is no room for the reader's temporary files"
    if any(_module(e).startswith("lxml") for e in chain) or "lxml." in text:
        return f"the {kind} is damaged: its XML is not well formed{_detail(chain, 'lxml')}"
    if any(isinstance(e, zipfile.BadZipFile | zlib.error) for e in chain):
        return f"the {kind} is damaged: a compressed part of it cannot be unpacked"
    if any(_module(e).startswith("pypdf") for e in chain):
        return f"the {kind} is damaged or incomplete{_detail(chain, 'pypdf')}"
    return None


def _detail(chain: list[BaseException], module: str) -> str:
    for e in chain:
        words = str(e).split(": ", 1)[-1] if str(e).startswith(f"{module}.") else str(e)
        if (_module(e).startswith(module) or str(e).startswith(f"{module}.")) and words.strip():
            return f" ({one_line(words, 160)})"
    return ""


class IngestStopped(RuntimeError):
    """The ingest cannot go on (the disk is full); str() says why and what to do, `reports` what became of
    the inputs handled before it stopped."""

    def __init__(self, message: str, reports: list[IngestReport] | None = None) -> None:
        super().__init__(message, list(reports or ()))

    def __str__(self) -> str:
        return str(self.args[0])

    @property
    def reports(self) -> list[IngestReport]:
        return list(self.args[1])
