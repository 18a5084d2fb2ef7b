"""One theme read across the corpus: its passages by counterpart, section and side, milestones, people, neighbours."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from entente import query
from entente.extract.countries import country_names, demonyms
from entente.labels import SOFT_HYPHEN, readable_quote
from entente.query import Filters

# Event types that mark a step in a theme's history rather than talk about it.
MILESTONE_TYPES: tuple[str, ...] = ("legislation", "agreement", "summit", "announcement")
# Two passages this similar (rapidfuzz ratio, 0-100) say the same thing: a summary repeating the body.
SAME_PASSAGE = 85
# Longer passages are cut to the paragraphs that carry the theme's words.
PASSAGE_CHARS = 420
PASSAGE_COLUMNS = ["document_id", "document_title", "published", "year", "counterpart", "section", "side",
                   "text", "match", "start", "end", "strength"]

_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$", re.MULTILINE)
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
_BREAKS = re.compile(r"(?:^\s{0,3}#{1,6}\s.*$|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$)", re.MULTILINE)
# "Pakistani participants", "the U.S. side", "From the Pakistani perspective", "Indian officials".
# "government" and "side" are left to context: "a legitimate Afghan government", "the Afghan side of the border"
# name what is discussed, not who speaks.
_GROUP_NOUNS = ("participants", "participant", "perspective", "delegation", "delegates", "officials", "view",
                "views", "position", "experts", "speakers", "team", "representatives", "panelists", "analysts",
                r"side(?!\s+of\b)")


@dataclass(frozen=True)
class DocumentFacts:
    """What the Topics page needs of one document, without its text: sections, people, all theme mentions."""

    id: str
    title: str
    published: str | None
    countries: tuple[str, ...]
    headings: tuple[tuple[int, str], ...]
    people: tuple[Mapping[str, Any], ...]
    mentions: tuple[Mapping[str, Any], ...]


def headings(text: str) -> tuple[tuple[int, str], ...]:
    """Each Markdown heading's offset and title: `## “Af-Pak” Policy` -> `(6700, '“Af-Pak” Policy')`."""
    out = []
    for found in _ATX_HEADING.finditer(text or ""):
        title = readable_quote(found.group("title")).strip(" :")
        if title:
            out.append((found.start(), title))
    return tuple(out)


def section_at(found: Iterable[tuple[int, str]], offset: int) -> str:
    """The title of the last heading before `offset`; "" before the first heading."""
    title = ""
    for start, heading in found:
        if start > offset:
            break
        title = heading
    return title


def match_terms(match: str) -> list[str]:
    """The matched words of a theme mention: `"CTR; Cooperative Threat Reduction"` -> both terms."""
    return [t.strip() for t in (match or "").split(";") if t.strip()]


def clip(text: str, match: str, *, limit: int = PASSAGE_CHARS) -> str:
    """A passage cut to what carries the theme: pieces split at headings and rules, then at paragraphs when
    still long, keeping those that contain a matched term; returned as plain text."""
    terms = [t.casefold() for t in match_terms(match)]

    def carries(piece: str) -> bool:
        folded = piece.casefold()
        return any(t in folded for t in terms)

    pieces = [p for p in _BREAKS.split(text) if p.strip()]
    kept = [p for p in pieces if carries(p)] or pieces[:1]
    body = "\n".join(kept)
    for breaks in (r"\n\s*\n", r"\n"):  # still long: paragraphs, then lines (an agenda, a list of names)
        if len(body) <= limit:
            break
        paragraphs = [p for p in re.split(breaks, SOFT_HYPHEN.sub(r"\1\2", body)) if p.strip()]
        body = "\n".join([p for p in paragraphs if carries(p)] or paragraphs[:1])
    body = readable_quote(body)
    return body if len(body) <= limit * 2 else body[: limit * 2].rsplit(" ", 1)[0] + " …"


def _side_pattern() -> re.Pattern[str]:
    names = {**{k: v for k, v in country_names().items() if len(k) > 2}, **demonyms()}
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    plural = "|".join(re.escape(n) for n in sorted(demonyms(), key=len, reverse=True) if n.endswith("s"))
    nouns = "|".join(_GROUP_NOUNS)
    return re.compile(rf"(?<![\w-])(?:(?P<who>{words})(?:'s|’s)?\s+(?:{nouns})\b|(?:the\s+)?(?P<many>{plural})\b)")


_SIDE: re.Pattern[str] | None = None


def speaker_side(text: str) -> str | None:
    """The side whose view a passage reports, from the first "X participants / the Xs" it names.

    `From the Pakistani perspective, ...` -> `PK`; `U.S. participants attempted to ...` -> `US`;
    `According to the Pakistanis, ...` -> `PK`; `The credibility of the national government` -> None.
    """
    global _SIDE
    if _SIDE is None:
        _SIDE = _side_pattern()
    found = _SIDE.search(text or "")
    if not found:
        return None
    word = found.group("who") or found.group("many")
    names = {**country_names(), **demonyms()}
    return names.get(word) or names.get(word.rstrip("s"))


def _strength(match: str, strong: frozenset[str]) -> int:
    """Two points for each term that is the theme's own name, alias or acronym, one for a pattern's hit."""
    return sum(2 if t.casefold() in strong else 1 for t in dict.fromkeys(match_terms(match)))


def passages_frame(passages: pd.DataFrame, docs: Mapping[str, DocumentFacts], *,
                   strong_terms: Iterable[str] = ()) -> pd.DataFrame:
    """The theme's passages with counterpart, year, section, side, plain clipped text and strength."""
    strong = frozenset(t.casefold() for t in strong_terms)
    rows = []
    for p in passages.itertuples(index=False):
        facts = docs.get(p.document_id)
        countries = list(facts.countries) if facts else []
        text = clip(p.text, p.match)
        rows.append({
            "document_id": p.document_id, "document_title": p.document_title, "published": p.published,
            "year": int(p.published[:4]) if p.published else None,
            "counterpart": query.counterpart(countries), "countries": countries,
            "section": section_at(facts.headings, int(p.start)) if facts else "",
            "side": speaker_side(text), "text": text, "match": p.match, "start": int(p.start),
            "end": int(p.end), "strength": _strength(p.match, strong),
        })
    return pd.DataFrame(rows, columns=[*PASSAGE_COLUMNS, "countries"])


def filter_passages(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The passages the other filters keep: counterpart country, years of the document, one document."""
    if frame.empty:
        return frame
    keep = pd.Series(True, index=frame.index)
    if filters.countries:
        keep &= frame["countries"].map(lambda cs: bool(set(cs) & set(filters.countries)))
    if filters.document:
        keep &= frame["document_id"] == filters.document
    years = frame["year"]
    if filters.year_from is not None:
        keep &= years.isna() | (years >= filters.year_from)
    if filters.year_to is not None:
        keep &= years.isna() | (years <= filters.year_to)
    return frame[keep].reset_index(drop=True)


def key_passages(frame: pd.DataFrame, *, per_counterpart: int | None = None) -> pd.DataFrame:
    """Distinct passages, strongest first within each counterpart (then in reading order); a passage
    that repeats an earlier one closely (a summary restating the body) is dropped, its count kept in `echoes`."""
    if frame.empty:
        return frame.assign(echoes=[])
    ordered = frame.sort_values(["published", "start"], na_position="last", kind="stable")
    kept: list[int] = []
    echoes: Counter[int] = Counter()
    for i, text in zip(ordered.index, ordered["text"], strict=True):
        same = next((k for k in kept if fuzz.ratio(text, frame.at[k, "text"]) >= SAME_PASSAGE), None)
        if same is None:
            kept.append(i)
        else:
            echoes[same] += 1
            if frame.at[i, "strength"] > frame.at[same, "strength"]:
                frame.loc[same, "strength"] = frame.at[i, "strength"]
    out = frame.loc[kept].assign(echoes=[echoes[i] for i in kept])
    out = out.sort_values(["counterpart", "strength", "published", "start"],
                          ascending=[True, False, True, True], kind="stable")
    if per_counterpart:
        out = out.groupby("counterpart", sort=False).head(per_counterpart)
    return out.reset_index(drop=True)


def in_reading_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Passages as a reader meets them: by document date, then position in the document."""
    return frame.sort_values(["published", "document_id", "start"], na_position="last").reset_index(drop=True)


def milestones(events: pd.DataFrame) -> pd.DataFrame:
    """The theme's dated steps (laws passed, agreements signed, summits held), earliest first."""
    if events.empty:
        return events
    dated = events[events["type"].isin(MILESTONE_TYPES) & events["start_date"].notna()]
    return dated.sort_values(["start_date", "start"]).reset_index(drop=True)


def _overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def related_themes(theme: str, docs: Mapping[str, DocumentFacts], events: pd.DataFrame,
                   document_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Themes that keep company with `theme`: sentences both mention, documents both appear in, events
    tagged with both. Strongest company first."""
    sentences: Counter[str] = Counter()
    documents: defaultdict[str, set[str]] = defaultdict(set)
    wanted = set(document_ids) if document_ids is not None else set(docs)
    for doc_id, facts in docs.items():
        if doc_id not in wanted:
            continue
        own = [m for m in facts.mentions if m["theme"] == theme]
        if not own:
            continue
        for other in facts.mentions:
            if other["theme"] == theme:
                continue
            documents[other["theme"]].add(doc_id)
            if any(_overlaps(other, m) for m in own):
                sentences[other["theme"]] += 1
    shared_events: Counter[str] = Counter(t for ts in (events["themes"] if not events.empty else [])
                                          for t in ts if t != theme)
    names = set(sentences) | set(documents) | set(shared_events)
    frame = pd.DataFrame(
        [{"theme": t, "sentences": sentences[t], "documents": len(documents[t]), "events": shared_events[t]}
         for t in names], columns=["theme", "sentences", "documents", "events"])
    return frame.sort_values(["sentences", "events", "documents", "theme"],
                             ascending=[False, False, False, True]).reset_index(drop=True)


def _names(person: Mapping[str, Any]) -> list[str]:
    return [n for n in (person.get("name"), *(person.get("aliases") or [])) if n and len(n) > 3]


def associated_people(events: pd.DataFrame, passages: pd.DataFrame,
                      docs: Mapping[str, DocumentFacts]) -> pd.DataFrame:
    """People tied to the theme: those taking part in its events, and those its passages name (by the
    name or an alias their document gives them). Most events, then most passages, first."""
    columns = ["name", "side", "title", "events", "passages"]
    stats: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return stats.setdefault(name, {"name": name, "side": None, "title": None, "events": 0, "passages": 0})

    for taking_part in (events["participants"] if not events.empty else []):
        for p in taking_part:
            row = entry(p["name"])
            row["events"] += 1
            row["side"] = row["side"] or p.get("side")
    for doc_id, group in (passages.groupby("document_id") if not passages.empty else []):
        facts = docs.get(doc_id)
        for person in (facts.people if facts else ()):
            patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in _names(person)]
            hits = sum(1 for text in group["text"] if any(p.search(text) for p in patterns))
            if hits or person["name"] in stats:
                row = entry(person["name"])
                row["passages"] += hits
                row["side"] = row["side"] or person.get("country")
                row["title"] = row["title"] or person.get("title")
    frame = pd.DataFrame([s for s in stats.values() if s["events"] or s["passages"]], columns=columns)
    return frame.sort_values(["events", "passages", "name"], ascending=[False, False, True]).reset_index(drop=True)


def mention_points(frame: pd.DataFrame) -> pd.DataFrame:
    """Mentions counted per document for the timeline: counterpart, document date, title, mentions."""
    columns = ["counterpart", "date", "document_title", "mentions"]
    dated = frame.dropna(subset=["published"]) if not frame.empty else frame
    if dated.empty:
        return pd.DataFrame(columns=columns)
    grouped = (dated.groupby(["counterpart", "published", "document_title"], as_index=False)
               .size().rename(columns={"size": "mentions", "published": "date"}))
    grouped["date"] = pd.to_datetime(grouped["date"], errors="coerce")
    return grouped.dropna(subset=["date"])[columns].reset_index(drop=True)


def document_facts(record: Mapping[str, Any]) -> DocumentFacts:
    """The slim facts of a query.document() record (its text read once for headings, then dropped)."""
    return DocumentFacts(
        id=str(record["id"]), title=record.get("title") or "", published=record.get("published"),
        countries=tuple(record.get("countries") or ()), headings=headings(record.get("text") or ""),
        people=tuple(record.get("people") or ()), mentions=tuple(record.get("theme_mentions") or ()),
    )


def theme_documents(theme: str, db: str | None = None) -> dict[str, DocumentFacts]:
    """Facts of every document that mentions `theme`."""
    ids = query.theme_passages(theme, db)["document_id"].unique()
    out = {}
    for doc_id in ids:
        record = query.document(str(doc_id), db)
        if record is not None:
            out[str(doc_id)] = document_facts(record)
    return out
