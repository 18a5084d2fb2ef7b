"""The app's ingest work — uploads, and re-extracting stored documents — done in a child process under a
memory and a time limit: a huge or hostile upload costs that process, never the app's (no spaCy is loaded
into the app for it), and a file that overruns a limit is reported as failed while the others go on."""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable
from typing import Any

from entente import settings
from entente.ingest import failures
from entente.ingest.sandbox import limit_memory
from entente.models import IngestReport

Progress = Callable[[int, int, str], None]
_POLL = 0.5  # seconds between checks that the child is still alive


def _child(files: list[tuple[str, bytes]], db: str, memory: int, out: Any) -> None:
    """Ingest `files` one by one, sending ("file", reports) after each; stop at a full disk."""
    limit_memory(memory)
    from entente import pipeline

    for name, data in files:
        try:
            out.put(("file", pipeline.ingest_uploads([(name, data)], db)))
        except pipeline.IngestStopped as stop:
            out.put(("stopped", str(stop), stop.reports))
            return
        except Exception as exc:  # noqa: BLE001 - told to the app as this file's failure
            reason = (_out_of_memory() if failures.out_of_memory(exc) else
                      failures.known_reason(exc, "file", in_parser=False) or f"{type(exc).__name__}: {exc}")
            out.put(("file", [_failed(name, reason)]))


def _out_of_memory() -> str:
    return ("reading and extracting it needed more memory than the upload process may use "
            f"({settings.upload_memory_bytes() / 2**20:,.0f} MB, ENTENTE_UPLOAD_MEMORY_BYTES)")


# What the app runs whole in the child: re-extracting stored documents, and loading the seeds on first run.
_WHOLE = {"re-extraction": "reextract_stored", "seed documents": "ensure_seeds"}


def _whole_child(job: str, db: str, memory: int, out: Any) -> None:
    """Run one of _WHOLE's pipeline functions, sending ("progress", ...) as each document is done."""
    limit_memory(memory)
    from entente import pipeline

    try:
        reports = getattr(pipeline, _WHOLE[job])(db, progress=lambda *done: out.put(("progress", *done)))
        out.put(("done", reports))
    except pipeline.IngestStopped as stop:
        out.put(("stopped", str(stop), stop.reports))


def _failed(name: str, reason: str) -> IngestReport:
    return IngestReport(name, "failed", None, [reason])


class _Run:
    """One child process running `target(*args, memory limit, queue)`, and the messages it sends."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self.out = context.Queue()
        self.process = context.Process(target=target, args=(*args, settings.upload_memory_bytes(), self.out),
                                       name="entente-ingest")
        self.process.start()

    def next(self, timeout: float) -> tuple[Any, ...] | None:
        """The child's next message; None when it died or overran `timeout` (it is then stopped)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                return self.out.get(timeout=_POLL)
            except queue.Empty:
                if not self.process.is_alive():
                    try:  # what it sent just before it ended
                        return self.out.get(timeout=_POLL)
                    except queue.Empty:
                        return None
        return None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.out.close()


def ingest_uploads(files: list[tuple[str, bytes]], db: str | None = None, *,
                   progress: Progress | None = None) -> list[IngestReport]:
    """`pipeline.ingest_uploads` in a child process under ENTENTE_UPLOAD_MEMORY_BYTES, each file within
    ENTENTE_UPLOAD_TIMEOUT seconds. Raises pipeline.IngestStopped, as that does, when the disk is full."""
    from entente.pipeline import IngestStopped

    url, timeout = settings.database_url(db), settings.upload_timeout()
    reports: list[IngestReport] = []
    done = 0
    while done < len(files):
        run = _Run(_child, files[done:], url)
        try:
            while done < len(files):
                name = files[done][0]
                message = run.next(timeout)
                if message is None:
                    overran = run.process.is_alive()
                    reports.append(_failed(name, (
                        f"reading and extracting it took longer than {timeout:g} s (ENTENTE_UPLOAD_TIMEOUT)"
                        if overran else _out_of_memory() + ", or the process crashed")))
                    done += 1
                    if progress:
                        progress(done, len(files), name)
                    break  # a fresh process for the files after it
                if message[0] == "stopped":
                    raise IngestStopped(message[1], reports + message[2])
                reports.extend(message[1])
                done += 1
                if progress:
                    progress(done, len(files), name)
        finally:
            run.stop()
    return reports


def reextract(db: str | None = None, *, progress: Progress | None = None) -> list[IngestReport]:
    """`pipeline.reextract_stored` in a child process under ENTENTE_UPLOAD_MEMORY_BYTES, each document within
    ENTENTE_UPLOAD_TIMEOUT seconds; a child that dies or overruns gives one failed report saying so (the
    documents re-extracted before it are stored; the others are offered again)."""
    return _whole("re-extraction", db, progress)


def ensure_seeds(db: str | None = None, *, progress: Progress | None = None) -> list[IngestReport]:
    """`pipeline.ensure_seeds` in the child process, under the same limits: the app never loads spaCy."""
    return _whole("seed documents", db, progress)


def _whole(job: str, db: str | None, progress: Progress | None) -> list[IngestReport]:
    from entente.pipeline import IngestStopped

    timeout = settings.upload_timeout()
    run = _Run(_whole_child, job, settings.database_url(db))
    try:
        while True:
            message = run.next(timeout)
            if message is None:
                reason = (f"one document took longer than {timeout:g} s (ENTENTE_UPLOAD_TIMEOUT)"
                          if run.process.is_alive() else _out_of_memory().replace("reading and extracting it",
                                                                                  "reading and extracting"))
                return [_failed(job, reason)]
            if message[0] == "progress":
                if progress:
                    progress(*message[1:])
            elif message[0] == "stopped":
                raise IngestStopped(message[1], message[2])
            else:
                return list(message[1])
    finally:
        run.stop()
