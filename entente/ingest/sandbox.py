"""Runs the risky parsers (PDF, DOCX, HTML) in a child process with a time and a memory limit."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from entente import settings

T = TypeVar("T")
D = TypeVar("D")
_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None


class ParserFailed(ValueError):
    """The parser ran out of time or memory, or crashed; the message says which."""


class ParserError(Exception):
    """An exception raised in the parser process that cannot travel back as itself (lxml's carry their
    error logs, which do not pickle): its type's full name and its words."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _guarded(func: Callable[[D], T], data: D) -> T:
    """`func(data)` in the child; an exception that would not pickle comes back as a ParserError instead
    of "cannot pickle 'lxml.etree._ListErrorLog'"."""
    try:
        return func(data)
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - any failure to travel: send its words instead
            raise ParserError(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}") from None
        raise


def limit_memory(max_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still holds
        return
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def _pool() -> ProcessPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"),
            initializer=limit_memory, initargs=(settings.parser_memory_bytes(),),
        )
    return _executor


def _discard_pool() -> None:
    global _executor
    if _executor is not None:
        for process in list(getattr(_executor, "_processes", {}).values()):
            process.kill()
        _executor.shutdown(wait=False, cancel_futures=True)
        _executor = None


def run_isolated(func: Callable[[D], T], data: D, *, timeout: float | None = None) -> T:
    """`func(data)` in the parser process; ParserFailed when it overruns the time limit or dies.

    Exceptions `func` raises itself come back unchanged.
    """
    timeout = timeout if timeout is not None else settings.parse_timeout()
    with _lock:  # one parse at a time: the child is single-threaded and cheap to keep warm
        future = _pool().submit(_guarded, func, data)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            _discard_pool()
            raise ParserFailed(f"parsing took longer than {timeout:g} s (ENTENTE_PARSE_TIMEOUT)") from None
        except BrokenProcessPool:
            _discard_pool()
            raise ParserFailed("the parser crashed (out of memory or a malformed file)") from None
