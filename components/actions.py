"""Every write the app makes: documents added or extracted again, and analysts' corrections. Each goes straight
to the store, whose version then changes, so every cached read (components/resources.py) refreshes by itself."""

from __future__ import annotations

from typing import Any

from entente import curation, settings
from entente.models import IngestReport


def _db() -> str:
    return settings.database_url()


def ingest_uploads(files: list[tuple[str, bytes]], progress: Any = None) -> list[IngestReport]:
    """Store uploaded files, read and extracted in a child process under its limits; `progress(done, total,
    name)` is called after each input."""
    from entente import isolated_ingest  # the extractor's process is started only when a file comes

    return isolated_ingest.ingest_uploads(files, _db(), progress=progress)


def reextract(progress: Any = None) -> list[IngestReport]:
    """Extract the documents an older extractor made again, from their stored text, in a child process."""
    from entente import isolated_ingest

    return isolated_ingest.reextract(_db(), progress=progress)


def correct(event_id: str, changes: dict[str, Any], note: str | None = None) -> int:
    return curation.edit_event(event_id, changes, db=_db(), note=note)


def hide(event_id: str, note: str | None = None) -> int:
    return curation.hide_event(event_id, db=_db(), note=note)


def merge(target_id: str, absorbed_ids: list[str], note: str | None = None) -> int:
    return curation.merge_events(target_id, absorbed_ids, db=_db(), note=note)


def add_event(event: dict[str, Any], note: str | None = None) -> str:
    return curation.add_event(event, db=_db(), note=note)


def undo(correction_id: int) -> None:
    curation.undo(correction_id, db=_db())
