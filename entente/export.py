"""Writes a frame of events (from entente.query.events) as CSV, contract JSON, TimelineJS, iCalendar or a
PowerPoint briefing deck, with each event's evidence quotes read for it from the store."""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any

import icalendar
import pandas as pd

from entente.labels import country_name, format_when

FORMATS: tuple[str, ...] = ("csv", "json", "timelinejs", "ics")  # text formats; the deck (to_pptx) is bytes


def with_evidence(frame: pd.DataFrame, db: str | None = None) -> pd.DataFrame:
    """`frame` with an `evidence` column and a `sources` column (each event's documents: id, title, url,
    published): as they are when it has them, else read for its events in one pass from `db`, or from the
    store the frame came from (query.events names it in the frame's attrs)."""
    from entente import query  # the writers themselves need no store

    db = db or frame.attrs.get(query.STORE_ATTR)
    stored = "evidence" not in frame.columns or db is not None  # a hand-made frame with quotes has no store
    if "evidence" not in frame.columns:
        quotes = query.evidence_for(frame["id"], db) if len(frame) else {}
        frame = frame.assign(evidence=pd.Series([quotes.get(i, []) for i in frame["id"]], index=frame.index,
                                                dtype=object))
    if "sources" not in frame.columns:
        ids = frame["document_ids"] if "document_ids" in frame.columns else pd.Series([[]] * len(frame),
                                                                                      index=frame.index)
        known = query.document_sources({d for ds in ids for d in ds}, db) if stored and len(frame) else {}
        frame = frame.assign(sources=pd.Series(
            [[known.get(d, {"id": d, "title": "", "url": None, "published": None}) for d in ds] for ds in ids],
            index=frame.index, dtype=object))
    return frame


BATCH = 5_000  # events whose quotes are read and written at a time: a full export never holds them all


def _batches(frame: pd.DataFrame, db: str | None) -> Iterator[pd.DataFrame]:
    """`frame` in slices of BATCH events, each with its evidence column (one empty slice for an empty frame)."""
    from entente import query

    db = db or frame.attrs.get(query.STORE_ATTR)
    for start in range(0, max(len(frame), 1), BATCH):
        yield with_evidence(frame.iloc[start:start + BATCH], db)


def _records(frame: pd.DataFrame, db: str | None) -> Iterator[dict[str, Any]]:
    """The frame's rows with their quotes, read BATCH events at a time."""
    for batch in _batches(frame, db):
        yield from _rows(batch)


def _rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The frame's rows as plain dicts (iterrows builds a Series per row: seconds for a few thousand)."""
    return iter(frame.to_dict("records"))


def event_object(row: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's event object, plus the ids of the documents it comes from."""
    return {
        "id": row["id"], "title": row["title"], "type": row["type"], "start": row["start"],
        "end": row["end"], "precision": row["precision"],
        "location": ({"name": row["location"], "country": row["location_country"]}
                     if row["location"] else None),
        "countries": list(row["countries"]), "themes": list(row["themes"]),
        "participants": [dict(p) for p in row["participants"]],
        "evidence": [{"start": e["start"], "end": e["end"], "text": e["text"]} for e in row["evidence"]],
        "confidence": row["confidence"], "documents": list(row["document_ids"]),
        # beyond the contract: where each document can be read (title, web address, publication day)
        "sources": [{"id": d["id"], "title": d["title"], "url": d["url"], "published": d["published"]}
                    for d in row.get("sources") or []],
    }


def _json_chunks(frame: pd.DataFrame, db: str | None) -> Iterator[str]:
    """The contract's `{"events": [...]}` as json.dumps(..., indent=2) writes it, one piece per BATCH events."""
    # Each object is dumped on its own and shifted two levels in: a string in JSON holds no raw newline,
    # so the shift touches only the layout, and the pieces join into json.dumps of the whole list.
    opened = False
    for batch in _batches(frame, db):
        objects = ["    " + json.dumps(event_object(row), ensure_ascii=False, indent=2).replace("\n", "\n    ")
                   for row in _rows(batch)]
        if objects:
            yield ('{\n  "events": [\n' if not opened else ",\n") + ",\n".join(objects)
            opened = True
    yield "\n  ]\n}" if opened else json.dumps({"events": []}, ensure_ascii=False, indent=2)


def to_json(frame: pd.DataFrame, *, db: str | None = None) -> str:
    return "".join(_json_chunks(frame, db))


def _participants_text(participants: list[dict[str, Any]]) -> str:
    parts = []
    for p in participants:
        detail = ", ".join(x for x in (p.get("side"), p.get("role")) if x)
        parts.append(f"{p['name']} ({detail})" if detail else p["name"])
    return "; ".join(parts)


def _csv_chunks(frame: pd.DataFrame, db: str | None) -> Iterator[str]:
    """The CSV one piece per BATCH events (pandas formats each cell on its own, so the pieces join into the
    text of one pass)."""
    for n, batch in enumerate(_batches(frame, db)):
        yield _flat(batch).to_csv(index=False, header=n == 0)


def to_csv(frame: pd.DataFrame, *, db: str | None = None) -> str:
    """One row per event; lists joined with "; " so the file opens cleanly in a spreadsheet."""
    return "".join(_csv_chunks(frame, db))


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The most characters a spreadsheet cell holds (Excel, LibreOffice).
CELL_LIMIT = 32_767


def spreadsheet_cell(value: Any) -> Any:
    """A text cell as spreadsheet users expect it: one that would start a formula gets a leading
    apostrophe (shown as text, never run), and one too long for a cell is cut with "…".

    >>> spreadsheet_cell("=1+2"), spreadsheet_cell("Talks in Rawalpindi")
    ("'=1+2", 'Talks in Rawalpindi')
    """
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return value if len(value) <= CELL_LIMIT else value[:CELL_LIMIT - 1] + "…"


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    return _flat_raw(frame).map(spreadsheet_cell)


def _flat_raw(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "id": frame["id"], "start": frame["start"], "end": frame["end"],
        "precision": frame["precision"], "type": frame["type"], "title": frame["title"],
        "location": frame["location"], "location_country": frame["location_country"],
        "countries": frame["countries"].map("; ".join),
        "themes": frame["themes"].map("; ".join),
        "participants": frame["participants"].map(_participants_text),
        "evidence": frame["evidence"].map(lambda ev: " | ".join(e["text"] for e in ev)),
        "documents": frame["document_ids"].map("; ".join),
        "document_titles": frame["sources"].map(lambda ds: "; ".join(d["title"] for d in ds if d["title"])),
        "document_urls": frame["sources"].map(lambda ds: "; ".join(d["url"] for d in ds if d["url"])),
        "confidence": frame["confidence"],
    })


def _timelinejs_date(value: str | None) -> dict[str, str] | None:
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    keys = ("year", "month", "day")
    return {k: str(int(v)) for k, v in zip(keys, parts, strict=False)}


def _sources_html(sources: list[dict[str, Any]]) -> str:
    """"Source: <a href=...>title</a>" for each document, escaped (TimelineJS renders it as HTML)."""
    cited = []
    for d in sources:
        title = html.escape(d["title"] or "untitled document")
        url = d.get("url") or ""
        cited.append(f'<a href="{html.escape(url, quote=True)}">{title}</a>' if url.startswith(("https://", "http://"))
                     else title)
    return f"<p>Source: {'; '.join(cited)}</p>" if cited else ""


def to_timelinejs(frame: pd.DataFrame, *, title: str = "Entente timeline", db: str | None = None,
                  chosen: tuple[str, ...] = ()) -> str:
    """TimelineJS3 JSON, grouped by country name (the counterpart asked about when the event has it).
    TimelineJS renders text as HTML, so every document string is escaped."""
    from entente.query import lane_country

    slides = []
    for row in _records(frame, db):
        start = _timelinejs_date(row["start"])
        if start is None:
            continue
        quotes = "".join(f"<blockquote>{html.escape(e['text'])}</blockquote>" for e in row["evidence"])
        who = html.escape(_participants_text(row["participants"]))
        group = lane_country(row["countries"], row.get("counterpart"), chosen, row.get("participants") or ())
        slide: dict[str, Any] = {
            "unique_id": row["id"],
            "start_date": start,
            "display_date": html.escape(format_when(row["start"], row["end"], row["precision"])),
            "text": {"headline": html.escape(row["title"]),
                     "text": (f"<p>{who}</p>" if who else "") + quotes + _sources_html(row["sources"])},
            "group": html.escape(country_name(group)) if group else None,
        }
        end = _timelinejs_date(row["end"])
        if end:
            slide["end_date"] = end
        slides.append(slide)
    return json.dumps({"title": {"text": {"headline": html.escape(title)}}, "events": slides},
                      ensure_ascii=False, indent=2)


APPROXIMATE = ("month", "year", "decade")


def to_ics(frame: pd.DataFrame, *, db: str | None = None) -> str:
    """iCalendar with one all-day VEVENT per dated event. A day-exact event spans its days; one the documents
    date only to the month, year or decade is an all-day event on the period's first day, its description
    saying how precise the date is (a month-long block would claim a month of meetings)."""
    frame = frame.dropna(subset=["start_date"])
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Entente//entente//EN")
    calendar.add("version", "2.0")
    for row in _records(frame, db):
        vevent = icalendar.Event()
        vevent.add("uid", f"{row['id']}@entente")
        vevent.add("summary", row["title"])
        first = row["start_date"].date()
        approximate = row["precision"] in APPROXIMATE
        vevent.add("dtstart", first)
        vevent.add("dtend", (first if approximate else row["end_date"].date()) + timedelta(days=1))
        vevent.add("dtstamp", row["start_date"].to_pydatetime())
        if row["location"]:
            vevent.add("location", row["location"])
        urls = [d["url"] for d in row["sources"] if d.get("url")]
        if urls:
            vevent.add("url", urls[0])
        when = format_when(row["start"], row["end"], row["precision"])
        description = [f"Date: {when}" + (f" (the documents give only the {row['precision']}; shown on its first "
                                          "day)" if approximate else "")]
        description.append(_participants_text(row["participants"]))
        description += [e["text"] for e in row["evidence"]]
        description += ["Source: " + " ".join(x for x in (d["title"], d.get("url")) if x) for d in row["sources"]]
        vevent.add("description", "\n\n".join(d for d in description if d))
        calendar.add_component(vevent)
    return calendar.to_ical().decode("utf-8")


def export(frame: pd.DataFrame, fmt: str, *, db: str | None = None, chosen: tuple[str, ...] = ()) -> str:
    """`frame` in one of FORMATS; evidence is read from `db` (default: the frame's own store). `chosen`: the
    counterparts the view asked about, which TimelineJS groups events under."""
    if fmt == "timelinejs":
        return to_timelinejs(frame, db=db, chosen=chosen)
    writers = {"csv": to_csv, "json": to_json, "ics": to_ics}
    return writers[fmt](frame, db=db)


def export_bytes(frame: pd.DataFrame, fmt: str, *, db: str | None = None, chosen: tuple[str, ...] = ()) -> bytes:
    """`export(frame, fmt)` encoded as UTF-8, as a download is sent. CSV and JSON are encoded BATCH events at
    a time, so a full export holds its file once, not also as text (which takes 2 to 4 bytes a character)."""
    chunks = {"csv": _csv_chunks, "json": _json_chunks}.get(fmt)
    if chunks is None:
        return export(frame, fmt, db=db, chosen=chosen).encode("utf-8")
    out = io.BytesIO()
    for chunk in chunks(frame, db):
        out.write(chunk.encode("utf-8"))
    return out.getvalue()


def to_pptx(frame: pd.DataFrame, *, title: str = "Entente briefing", timeline_png: bytes | None = None,
            db: str | None = None, view: str | None = None) -> bytes:
    """A 16:9 briefing deck (entente.deck): a title slide naming the `view`, the timeline picture (when
    given), one slide per key event with speaker notes, and a sources slide."""
    from entente import deck

    frame = with_evidence(frame, db)
    return deck.build(list(_rows(frame)), frame, title=title, view=view, timeline_png=timeline_png)
