"""Shared value types: what flows between read, extract, store and query."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

HOME = "US"  # the country on one side of every relationship in the documents: the other side is the counterpart

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "year", "decade"]
Status = Literal["ok", "warning", "rejected"]
IngestState = Literal["ingested", "warning", "unchanged", "rejected", "failed", "skipped"]

EVENT_TYPES: tuple[str, ...] = (
    "meeting", "visit", "call", "dialogue", "conference", "summit", "agreement",
    "legislation", "statement", "announcement", "other",
)
ROLES: tuple[str, ...] = (
    "lead", "member", "chair", "presenter", "discussant", "speaker", "signatory", "host",
)


# The relationship's own side; every other country an event names is a counterpart.
HOME_COUNTRY = "US"


def counterpart(countries: list[str] | tuple[str, ...]) -> str:
    """The other side of the relationship: the first country that is not the home country.

    >>> counterpart(["US", "PK"])
    'PK'
    """
    others = [c for c in countries if c != HOME_COUNTRY]
    return others[0] if others else (countries[0] if countries else "")


# How the warnings readers give begin; a stored document's messages that begin so are its reader's,
# kept when it is extracted again from its stored text (the file itself is not read again).
READER_WARNING_PREFIXES: tuple[str, ...] = ("scanned PDF:", "partly scanned PDF:")


@dataclass(frozen=True)
class Document:
    """A document as read from a file or corpus line, before extraction.

    `published` is the date the source itself declares (a JSONL `published` field, a TimeML `<DCT>`),
    as ISO ``YYYY-MM-DD``; None when the source declares none and the text must be searched for it.
    `warnings` say what reading the file could not get ("scanned PDF: 3 pages have no text layer ...");
    they become the first of the extracted document's messages, and make its status "warning".
    """

    id: str
    source: str
    text: str
    title: str = ""
    published: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timex:
    """A TimeML TIMEX3: a temporal expression found in text, with its normalised value.

    For a range such as "October 8-9, 2009", `value` is the start and `range_end` the end
    (``2009-10-08`` / ``2009-10-09``); for everything else `range_end` is None.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    range_end: str | None = None
    mod: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "type": self.type, "value": self.value}
        if self.range_end:
            out["range_end"] = self.range_end
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass(frozen=True)
class Evidence:
    """A passage of the document's plain text that supports a claim."""

    start: int
    end: int
    text: str
    note: str | None = None  # how the passage supports the claim when it is not plain ("dated by ...")


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None


@dataclass(frozen=True)
class Participant:
    name: str
    side: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeMention:
    """A sentence that mentions a theme: `start`/`end` span the sentence, `match` the words that matched."""

    theme: str
    start: int
    end: int
    text: str
    match: str


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    type: str
    start: str | None
    end: str | None
    precision: Precision | None
    location: Location | None = None
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class ExtractedDocument:
    """Everything extraction found in one document: the contract's document object."""

    id: str
    source: str
    title: str
    published: str | None
    countries: tuple[str, ...]
    status: Status
    messages: tuple[str, ...]
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    themes: tuple[tuple[str, float], ...] = ()
    theme_mentions: tuple[ThemeMention, ...] = ()
    text: str = ""

    def to_json(self, *, with_text: bool = False) -> dict[str, Any]:
        """The contract's JSON object (see docs/contract.md)."""
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "countries": list(self.countries),
            "status": self.status,
            "messages": list(self.messages),
            "timexes": [t.to_json() for t in self.timexes],
            "events": [event_to_json(e) for e in self.events],
            "people": [person_to_json(p) for p in self.people],
            "themes": [{"id": theme, "weight": round(weight, 4)} for theme, weight in self.themes],
            "theme_mentions": [asdict(m) for m in self.theme_mentions],
        }
        if with_text:
            out["text"] = self.text
        return out


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "type": event.type,
        "start": event.start,
        "end": event.end,
        "precision": event.precision,
        "location": asdict(event.location) if event.location else None,
        "countries": list(event.countries),
        "themes": list(event.themes),
        "participants": [asdict(p) for p in event.participants],
        "evidence": [evidence_to_json(e) for e in event.evidence],
        "confidence": round(event.confidence, 3),
    }


def evidence_to_json(evidence: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"start": evidence.start, "end": evidence.end, "text": evidence.text}
    if evidence.note:
        out["note"] = evidence.note
    return out


def person_to_json(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "aliases": list(person.aliases),
        "title": person.title,
        "affiliation": person.affiliation,
        "country": person.country,
        "roles": list(person.roles),
    }


@dataclass
class IngestReport:
    """What happened to one input in an ingest: shown per file by the CLI and the Documents page."""

    source: str
    state: IngestState
    document_id: str | None = None
    messages: list[str] = field(default_factory=list)
    events: int = 0
