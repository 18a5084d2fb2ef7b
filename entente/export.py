"""Writes a frame of events (from entente.query.events) as CSV, contract JSON, TimelineJS or iCalendar."""

from __future__ import annotations

import html
import json
from datetime import timedelta
from typing import Any

import icalendar
import pandas as pd

FORMATS: tuple[str, ...] = ("csv", "json", "timelinejs", "ics")


def event_object(row: pd.Series) -> dict[str, Any]:
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
    }


def to_json(frame: pd.DataFrame) -> str:
    return json.dumps({"events": [event_object(row) for _, row in frame.iterrows()]},
                      ensure_ascii=False, indent=2)


def _participants_text(participants: list[dict[str, Any]]) -> str:
    parts = []
    for p in participants:
        detail = ", ".join(x for x in (p.get("side"), p.get("role")) if x)
        parts.append(f"{p['name']} ({detail})" if detail else p["name"])
    return "; ".join(parts)


def to_csv(frame: pd.DataFrame) -> str:
    """One row per event; lists joined with "; " so the file opens cleanly in a spreadsheet."""
    flat = pd.DataFrame({
        "id": frame["id"], "start": frame["start"], "end": frame["end"],
        "precision": frame["precision"], "type": frame["type"], "title": frame["title"],
        "location": frame["location"], "location_country": frame["location_country"],
        "countries": frame["countries"].map("; ".join),
        "themes": frame["themes"].map("; ".join),
        "participants": frame["participants"].map(_participants_text),
        "evidence": frame["evidence"].map(lambda ev: " | ".join(e["text"] for e in ev)),
        "documents": frame["document_ids"].map("; ".join),
        "confidence": frame["confidence"],
    })
    return flat.to_csv(index=False)


def _timelinejs_date(value: str | None) -> dict[str, str] | None:
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    keys = ("year", "month", "day")
    return {k: str(int(v)) for k, v in zip(keys, parts, strict=False)}


def to_timelinejs(frame: pd.DataFrame, *, title: str = "Entente timeline") -> str:
    """TimelineJS3 JSON. TimelineJS renders text as HTML, so every document string is escaped."""
    slides = []
    for _, row in frame.iterrows():
        start = _timelinejs_date(row["start"])
        if start is None:
            continue
        quotes = "".join(f"<blockquote>{html.escape(e['text'])}</blockquote>" for e in row["evidence"])
        who = html.escape(_participants_text(row["participants"]))
        slide: dict[str, Any] = {
            "unique_id": row["id"],
            "start_date": start,
            "text": {"headline": html.escape(row["title"]),
                     "text": (f"<p>{who}</p>" if who else "") + quotes},
            "group": row["counterpart"] or None,
        }
        end = _timelinejs_date(row["end"])
        if end:
            slide["end_date"] = end
        slides.append(slide)
    return json.dumps({"title": {"text": {"headline": html.escape(title)}}, "events": slides},
                      ensure_ascii=False, indent=2)


def to_ics(frame: pd.DataFrame) -> str:
    """iCalendar with one all-day VEVENT per dated event, spanning the days its precision covers."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Entente//entente//EN")
    calendar.add("version", "2.0")
    for _, row in frame.dropna(subset=["start_date"]).iterrows():
        vevent = icalendar.Event()
        vevent.add("uid", f"{row['id']}@entente")
        vevent.add("summary", row["title"])
        vevent.add("dtstart", row["start_date"].date())
        vevent.add("dtend", row["end_date"].date() + timedelta(days=1))
        vevent.add("dtstamp", row["start_date"].to_pydatetime())
        if row["location"]:
            vevent.add("location", row["location"])
        description = [_participants_text(row["participants"])]
        description += [e["text"] for e in row["evidence"]]
        vevent.add("description", "\n\n".join(d for d in description if d))
        calendar.add_component(vevent)
    return calendar.to_ical().decode("utf-8")


def export(frame: pd.DataFrame, fmt: str) -> str:
    writers = {"csv": to_csv, "json": to_json, "timelinejs": to_timelinejs, "ics": to_ics}
    return writers[fmt](frame)
