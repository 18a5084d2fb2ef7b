"""read → extract → store for files, folders and uploads, with a progress callback and per-input reports."""

from __future__ import annotations

import logging
import multiprocessing
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from entente import carry, settings, store
from entente.extract import EXTRACTOR_VERSION
from entente.ingest import ReadFailure, failures, iter_paths, read_bytes, read_path
from entente.ingest.failures import IngestStopped
from entente.models import Document, ExtractedDocument, IngestReport, IngestState
from entente.taxonomy import load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language


# The extractor and its model are imported on first use: the app opens a store (and checks that the seeds
# are stored) without them, which keeps spaCy's ~50 MB of modules out of a server that only reads.
def load_nlp() -> Language:
    from entente.extract.nlp import load_nlp as load

    return load()


def extract_document(document: Document, **options: Any) -> ExtractedDocument:
    from entente.extract.document import extract_document as extract

    return extract(document, **options)


def extract_documents(documents: Iterable[Document], **options: Any) -> Iterator[ExtractedDocument]:
    from entente.extract.document import extract_documents as extract

    return extract(documents, **options)


def merge_reported_twice(engine: Engine, document_id: str, events: Any) -> list[int]:
    from entente.duplicates import merge_reported_twice as merge

    return merge(engine, document_id, events)

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
OnReport = Callable[[IngestReport, int], None]  # (a report as it is made, how many inputs in all)
BATCH_SIZE = 16


def _disk_full(source: str, reports: list[IngestReport]) -> IngestStopped:
    log.error("the disk holding the store is full: ingest stopped at %s", source)
    return IngestStopped(f"the disk holding the store is full: the ingest stopped at {source}, which was not "
                         "stored. Free some space and run it again: what was stored is kept and not redone",
                         reports)


def read_all(paths: Iterable[Path]) -> Iterator[Document | ReadFailure]:
    """Every document (or failure) under `paths`: files, folders (recursively) and .jsonl corpora."""
    for item in iter_paths(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_path(item)


FAILED_PREFIX = "extraction failed (error "


def _failed(document: Document, exc: BaseException) -> ExtractedDocument:
    """What a crash in the extractor gives: `entente extract` prints it as rejected with the error id;
    ingest reports it as failed and stores nothing, so the next run tries it again."""
    error_id = uuid.uuid4().hex[:8]
    log.exception("extraction failed for %s (error %s)", document.source, error_id, exc_info=exc)
    return ExtractedDocument(
        id=document.id, source=document.source, title=document.title, published=document.published,
        countries=(), status="rejected",
        messages=(f"{FAILED_PREFIX}{error_id}): "
                  + (failures.known_reason(exc, "document", in_parser=False)
                     or f"a fault in the extractor ({type(exc).__name__}), logged under that error id; the "
                        "document is tried again at the next ingest"),),
        text=document.text,
    )


def extract_safely(documents: list[Document], *, nlp: Language, dct: str | None = None,
                   ) -> Iterator[ExtractedDocument]:
    """Extract a batch with nlp.pipe; if anything in it raises, redo it one by one so only the bad
    document fails (status rejected, message with an error id that is also in the log)."""
    try:
        yield from list(extract_documents(documents, nlp=nlp, dct=dct, batch_size=BATCH_SIZE))
        return
    except Exception:  # noqa: BLE001 - isolate the bad document below
        pass
    for document in documents:
        try:
            yield extract_document(document, nlp=nlp, dct=dct)
        except Exception as exc:  # noqa: BLE001 - one bad document never stops the batch
            yield _failed(document, exc)


def extract_paths(paths: Iterable[Path], *, dct: str | None = None,
                  nlp: Language | None = None) -> Iterator[ExtractedDocument | ReadFailure]:
    """Read and extract, in input order, touching no database (`entente extract`)."""
    load_taxonomy()  # a broken taxonomy file stops here, named, before any document is read
    nlp = nlp or load_nlp()
    batch: list[Document] = []
    for item in read_all(paths):
        if isinstance(item, ReadFailure):
            yield from extract_safely(batch, nlp=nlp, dct=dct)
            batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= BATCH_SIZE:
            yield from extract_safely(batch, nlp=nlp, dct=dct)
            batch = []
    yield from extract_safely(batch, nlp=nlp, dct=dct)


def _report(extracted: ExtractedDocument) -> IngestReport:
    states: dict[str, IngestState] = {"ok": "ingested", "warning": "warning", "rejected": "rejected"}
    state = states[extracted.status]
    return IngestReport(extracted.source, state, extracted.id, list(extracted.messages),
                        len(extracted.events))


def _version_message(source: str, previous: str | None, replace: bool) -> list[str]:
    if previous is None:
        return []
    if replace:
        return [f"replaced the earlier version of {source} (document {previous[:12]})"]
    return [f"a new version of {source}: the earlier one (document {previous[:12]}) is kept beside it, with "
            f"its events and corrections; ingest with --replace to replace it"]


def _extract_and_store(engine: Engine, documents: list[Document], replace: bool = False) -> list[IngestReport]:
    """Extract a batch and store each document in its own transaction; one report per document."""
    reports = []
    for document, extracted in zip(documents, extract_safely(documents, nlp=load_nlp()), strict=True):
        if extracted.status == "rejected" and extracted.messages[0].startswith(FAILED_PREFIX):
            reports.append(IngestReport(document.source, "failed", document.id, list(extracted.messages)))
            continue
        try:
            before = carry.snapshot(engine, document.source, extracted.id)
            previous = store.save_document(engine, extracted, extractor_version=EXTRACTOR_VERSION,
                                           published=document.published, url=document.url, replace=replace)
        except Exception as exc:  # a store error on one document is reported
            if failures.disk_full(exc):  # every document after it would fail the same way: stop here
                raise _disk_full(document.source, reports) from None
            error_id = uuid.uuid4().hex[:8]
            log.exception("storing %s failed (error %s)", document.source, error_id)
            reports.append(IngestReport(document.source, "failed", document.id,
                                        [f"could not be stored (error {error_id}): {exc}"]))
            continue
        report = _report(extracted)
        report.messages += _version_message(document.source, previous, replace)
        report.messages += _carry(engine, before, extracted.id, document.source)
        try:
            merged = merge_reported_twice(engine, extracted.id, extracted.events)
            if merged:
                report.messages.append(f"{len(merged)} event(s) merged with the same event in "
                                       "other documents (undo on the event)")
        except Exception:  # the document is stored; only the merge is skipped
            log.exception("merging events of %s failed", document.source)
        reports.append(report)
    return reports


def _carry(engine: Engine, before: carry.Snapshot, document_id: str, source: str) -> list[str]:
    """The analysts' corrections carried to the events `document_id` now has; what could not be is left
    for review (see entente.carry), so a failure here loses nothing and stops nothing."""
    try:
        return carry.carry_message(*carry.carry(engine, before, document_id, source))
    except Exception:  # the document is stored; its corrections wait for review
        log.exception("carrying corrections to %s failed", source)
        return ["its corrections could not be carried: see the Documents page"]


def worker_batch(documents: list[Document], url: str, replace: bool = False) -> list[IngestReport]:
    """One batch in a worker process: its own spaCy pipeline, its own connection to the shared store."""
    return _extract_and_store(store.open_engine(url), documents, replace)


def ingest_documents(items: Iterable[Document | ReadFailure], db: str | None = None, *,
                     progress: Progress | None = None, on_report: OnReport | None = None,
                     force: bool = False, workers: int = 1, batch_size: int = BATCH_SIZE,
                     cluster: str | None = None, replace: bool = False) -> list[IngestReport]:
    """Store every document not stored yet by this extractor version; one report per input, in input
    order. New content under a name that held other content is a new version, kept beside the earlier
    one unless `replace`. With `workers` > 1, batches are extracted in that many processes writing to the
    same store; with `cluster` (`tcp://HOST:8786`, or `local:N`), on the workers of a Dask cluster.
    `progress(done, total, source)` and `on_report(report, total)` are called as each input is done."""
    load_taxonomy()  # a broken taxonomy file stops here, named, before anything is stored
    url = settings.database_url(db)
    if cluster:
        from entente import cluster as dask_cluster

        dask_cluster.check_address(cluster)
        dask_cluster.check_store(cluster, url)
    engine = store.open_engine(url)
    items = list(items)
    slots: list[list[IngestReport]] = []
    pending: list[tuple[int, Document]] = []
    copies: list[tuple[int, Document]] = []
    queued: set[str] = set()
    done = 0

    def tick(slot: int, reports: list[IngestReport]) -> None:
        nonlocal done
        slots[slot] = reports
        for report in reports:
            done += 1
            if progress:
                progress(done, len(items), report.source)
            if on_report:
                on_report(report, len(items))

    for item in items:
        slots.append([])
        if isinstance(item, ReadFailure):
            state: IngestState = "skipped" if item.skipped else "rejected"
            tick(len(slots) - 1, [IngestReport(item.source, state, None, [item.reason])])
        elif (not force and store.stored_version(engine, item.id) == EXTRACTOR_VERSION) or item.id in queued:
            copies.append((len(slots) - 1, item))  # linked once the first copy is stored
        else:
            queued.add(item.id)
            pending.append((len(slots) - 1, item))

    batches = [pending[i:i + batch_size] for i in range(0, len(pending), batch_size)]
    try:
        _run_batches(batches, engine, url, workers, cluster, replace, tick)
    except IngestStopped as stop:
        raise IngestStopped(str(stop), [r for slot in slots for r in slot] + stop.reports) from None
    try:
        _link_copies(engine, copies, queued, slots, tick, replace)
    except Exception as exc:
        if failures.disk_full(exc):
            raise IngestStopped(str(_disk_full("a copy of a stored text", [])),
                                [r for slot in slots for r in slot]) from None
        raise
    return [report for slot in slots for report in slot]


def _link_copies(engine: Engine, copies: list[tuple[int, Document]], queued: set[str],
                 slots: list[list[IngestReport]], tick: Callable[[int, list[IngestReport]], None],
                 replace: bool) -> None:
    """Point the names of texts stored once (in this run or an earlier one) at them, with their reports."""
    first = {report.document_id: report for slot in slots for report in slot}
    for slot, item in copies:
        original = first.get(item.id) if item.id in queued else None
        if original is None:  # stored by an earlier run
            before = carry.snapshot(engine, item.source, item.id)
            previous = store.link_source(engine, item.source, item.id, replace=replace)
            tick(slot, [IngestReport(item.source, "unchanged", item.id,
                                     [*_version_message(item.source, previous, replace),
                                      *_carry(engine, before, item.id, item.source)])])
        elif original.state in ("ingested", "warning"):
            before = carry.snapshot(engine, item.source, item.id)
            previous = store.link_source(engine, item.source, item.id, replace=replace)
            tick(slot, [IngestReport(item.source, original.state, item.id,
                                     [f"the same text as {original.source}, stored once",
                                      *_version_message(item.source, previous, replace),
                                      *_carry(engine, before, item.id, item.source)],
                                     original.events)])
        else:
            tick(slot, [IngestReport(item.source, original.state, item.id, list(original.messages))])


def _run_batches(batches: list[list[tuple[int, Document]]], engine: Engine, url: str, workers: int,
                 cluster: str | None, replace: bool, tick: Callable[[int, list[IngestReport]], None]) -> None:
    """Extract and store the batches, in this process, in `workers` processes or on the Dask `cluster`;
    IngestStopped stops all."""
    if cluster and batches:
        from entente import cluster as dask_cluster

        def batch_done(index: int, reports: list[IngestReport]) -> None:
            for (slot, _), report in zip(batches[index], reports, strict=True):
                tick(slot, [report])

        with dask_cluster.connect(cluster) as client:
            dask_cluster.run_batches(client, [[d for _, d in batch] for batch in batches], url, replace,
                                     batch_done, work=worker_batch)
        return
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            for (slot, _), report in zip(batch, _extract_and_store(engine, [d for _, d in batch], replace),
                                         strict=True):
                tick(slot, [report])
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(worker_batch, [d for _, d in batch], url, replace): batch for batch in batches}
        for future in as_completed(futures):
            batch = futures[future]
            try:
                reports = future.result()
            except IngestStopped:
                for other in futures:
                    other.cancel()
                raise
            except Exception as exc:  # a dead worker fails its batch, not the run
                error_id = uuid.uuid4().hex[:8]
                log.exception("worker failed (error %s)", error_id)
                reports = [IngestReport(d.source, "failed", d.id,
                                        [f"worker failed (error {error_id}): {_worker_failure(exc)}"])
                           for _, d in batch]
            for (slot, _), report in zip(batch, reports, strict=True):
                tick(slot, [report])


def _worker_failure(exc: BaseException) -> str:
    if isinstance(exc, BrokenProcessPool):
        return "the process extracting it stopped (out of memory, or killed)"
    return failures.known_reason(exc, "batch", in_parser=False) or f"{type(exc).__name__}: {exc}"


def ingest_paths(paths: Iterable[Path], db: str | None = None, *, progress: Progress | None = None,
                 on_report: OnReport | None = None, force: bool = False,
                 workers: int = 1, batch_size: int = BATCH_SIZE, cluster: str | None = None,
                 replace: bool = False) -> list[IngestReport]:
    """`entente ingest`: files, folders and corpora into the store."""
    return ingest_documents(read_all(paths), db, progress=progress, on_report=on_report, force=force,
                            workers=workers, batch_size=batch_size, cluster=cluster, replace=replace)


def ingest_uploads(files: list[tuple[str, bytes]], db: str | None = None, *,
                   progress: Progress | None = None) -> list[IngestReport]:
    """Uploaded files (name, bytes) into the store, as from the Documents page."""
    items: list[Document | ReadFailure] = []
    for name, data in files:
        items.extend(read_bytes(Path(name).name, data))
    return ingest_documents(items, db, progress=progress)


def outdated_documents(db: str | None = None) -> int:
    """How many stored documents an older extractor version made."""
    return len(store.documents_by_version(store.open_engine(db), other_than=EXTRACTOR_VERSION))


def reextract_stored(db: str | None = None, *, everything: bool = False,
                     progress: Progress | None = None) -> list[IngestReport]:
    """Extract stored documents again from their stored text — those made by an older extractor, or
    `everything` — so no original file is needed. Corrections are kept: they apply on top."""
    engine = store.open_engine(db)
    documents = store.documents_by_version(engine, other_than=None if everything else EXTRACTOR_VERSION)
    return ingest_documents(documents, db, progress=progress, force=True)


def ensure_seeds(db: str | None = None, *, progress: Progress | None = None) -> list[IngestReport]:
    """Load the seed documents into the store: all of them on first run, later only changed ones."""
    seeds = sorted(settings.seeds_dir().glob("*.txt"))
    # the seeds are the product's own corpus: a seed that changed with a release replaces its old text
    return ingest_paths(seeds, db, progress=progress, replace=True)
