"""The store's tables as SQLAlchemy Core objects; migrations/ builds them, this module reads and writes them."""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the cleaned text
    Column("source", Text, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("published", String(10)),
    Column("url", Text),
    Column("status", String(16), nullable=False),
    Column("messages", JSON, nullable=False),
    Column("countries", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("timexes", JSON, nullable=False),
    Column("people", JSON, nullable=False),
    Column("themes", JSON, nullable=False),
    Column("theme_mentions", JSON, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# Where each document came from: one document may be read from several files; a changed file
# points its source at a new document.
sources = Table(
    "sources", metadata,
    Column("source", Text, primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", String(128), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("title", Text, nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("start", String(32)),
    Column("end", String(32)),
    # the first and last calendar day start and end cover (ISO dates), filled on write from start/end
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("precision", String(16)),
    Column("year_from", Integer, index=True),
    Column("year_to", Integer),
    Column("location_name", Text),
    Column("location_country", String(2)),
    Column("countries", JSON, nullable=False),
    Column("themes", JSON, nullable=False),
    Column("participants", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_events_start_id", "start", "id"),  # hands events over in timeline order without a sort
)

# What people changed: kind is edit (payload: field -> new value), hide, merge (payload: {"absorbed":
# [event ids]}) or add (payload: a whole event object). Undoing sets undone_at; nothing is deleted.
corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("event_id", String(128), nullable=False, index=True),
    Column("payload", JSON, nullable=False),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)

# Every event as the app shows it: the machine events with the corrections in force applied, kept up to date
# by each write (entente.store.resolved) so that a read is a plain filtered SELECT. Evidence quotes stay in
# `events` (read per event; a merged event's are its own and those of `merged_from`).
resolved_events = Table(
    "resolved_events", metadata,
    Column("id", String(128), primary_key=True),
    Column("title", Text, nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("start", String(32)),
    Column("end", String(32)),
    Column("start_date", String(10)),  # first and last calendar day (ISO), None when undated
    Column("end_date", String(10)),
    Column("first_year", Integer, index=True),
    Column("last_year", Integer, index=True),
    Column("precision", String(16)),
    Column("location", Text),
    Column("location_country", String(2)),
    Column("countries", JSON, nullable=False),
    Column("counterpart", String(2), nullable=False),
    Column("themes", JSON, nullable=False),
    Column("participants", JSON, nullable=False),
    Column("document_ids", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("corrected", Boolean, nullable=False),
    Column("merged_from", JSON, nullable=False),
    Column("planned", Boolean, nullable=False),
    Index("ix_resolved_events_timeline", "start_date", "start", "id"),
)


def _link_table(name: str, column: str, width: int) -> Table:
    """A many-to-many link from a resolved event to one value of a list column (the sqlite-utils shape:
    one row per pair, the pair the primary key, the value indexed for filtering)."""
    return Table(
        name, metadata,
        Column("event_id", String(128), ForeignKey("resolved_events.id", ondelete="CASCADE"), primary_key=True),
        Column(column, String(width), primary_key=True),
        Index(f"ix_{name}_{column}", column, "event_id"),
        sqlite_with_rowid=False,  # the pair is the row: one b-tree less to write
    )


event_countries = _link_table("event_countries", "country", 8)
event_themes = _link_table("event_themes", "theme", 64)
event_documents = _link_table("event_documents", "document_id", 64)
# One row: a number every write to documents, events or corrections raises (the app's cache key), and the
# first version resolved_changes covers (a full rebuild or a pruning of the log moves it up).
store_state = Table(
    "store_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("log_from", Integer, nullable=False, server_default="0"),
)
# Which events each version re-resolved (written, changed or dropped): a reader holding the events as of an
# older version reads only these rows again (entente.store.timeline).
resolved_changes = Table(
    "resolved_changes", metadata,
    Column("version", Integer, nullable=False),
    Column("event_id", String(128), nullable=False),
    Index("ix_resolved_changes_version", "version"),
)
