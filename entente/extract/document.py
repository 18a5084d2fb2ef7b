"""Per-document extraction: text in, the contract's document object (events, people, themes) out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Generic, Iterable, Iterator, Sequence, TypeVar

from spacy.language import Language

from entente import settings

from entente.extract.countries import country_code, find_countries, find_sides
from entente.extract.names import surname
from entente.extract.parties import delegation_sides, listed_sides
from entente.extract.tense import generic_mention, trigger_tense
from entente.extract.titled_people import with_titled_people
from entente.extract.event_mentions import EventMention, sentence_mentions, split_sentences
from entente.extract.event_roles import RoleHint, role_in_sentence
from entente.extract.event_titles import event_name, event_title
from entente.extract.events import LOCATION_RANK, EventCluster, build_event, cluster_mentions
from entente.extract.people import (PersonMention, PersonRecord, merge_mentions, mentions_from_entities,
                                    mentions_from_roster)
from entente.extract.event_mentions import DateSpan
from entente.extract.event_types import Trigger, compatible_types, find_triggers, may_belong
from entente.extract.places import find_dateline, find_place_line, find_places
from entente.extract.roster import agenda, participant_list
from entente.extract.agenda_events import agenda_clusters
from entente.extract.nlp import Parse, parse_texts
from entente.models import Document, Event, ExtractedDocument, Person, ThemeMention, Timex

T = TypeVar("T")

HOME = "US"
# A release of the U.S. government: its unqualified offices ("Secretary of Defense") are American.
US_PUBLISHER = re.compile(r"U\.S\. Department of (?:Defense|State)|US Department of Defense|Office of the "
                          r"Spokesperson|Department Spokesperson|Secretary of State|Secretary of Defense|"
                          r"Department of Defense|Naval Postgraduate School|"
                          r"defenselink\.mil|defense\.gov|state\.gov|Office of the Assistant Secretary of Defense")


def extract_document(document: Document, *, nlp: Language, dct: str | None = None,
                     chunk_chars: int | None = None) -> ExtractedDocument:
    """Extract one document (see `extract_documents`)."""
    return next(extract_documents([document], nlp=nlp, dct=dct, chunk_chars=chunk_chars))


def extract_documents(documents: Iterable[Document], *, nlp: Language, dct: str | None = None,
                      batch_size: int = 16, chunk_chars: int | None = None) -> Iterator[ExtractedDocument]:
    """Extract documents in order, parsing them in batches with `nlp.pipe`.

    `dct` (ISO date) is the document date for documents that give none of their own. A text longer
    than `chunk_chars` (default: ENTENTE_CHUNK_CHARS) is parsed in chunks; what the parse gives (names,
    sentences, tense) is read chunk by chunk in whole-text offsets, everything else over the whole text.
    """
    pairs = ((d.text, d) for d in documents)
    size = chunk_chars or settings.chunk_chars()
    for parse, document in parse_texts(nlp, pairs, chunk_chars=size, batch_size=batch_size):
        yield _extract(document, parse, dct)


def _document_date(document: Document, dct: str | None) -> tuple[dt.date | None, list[str]]:
    from entente.extract.timex import find_document_date

    dateline = _dateline_day(document.text)
    for value in (document.published,):
        if value:
            try:
                published = dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
            # "ASTANA, May 7, 2021 —" is the day where it was filed: it wins over a publishing stamp
            # taken in another time zone (or a day later)
            if dateline and abs((dateline - published).days) <= DATELINE_REACH_DAYS:
                return dateline, []
            return published, []
    found = find_document_date(document.text)
    if found:
        return found, []
    if dct:
        return dt.date.fromisoformat(dct[:10]), []
    return None, ["no document date found: relative dates stay unresolved"]


DATELINE_REACH_DAYS = 3
DATELINE_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'’ ()/,-]{1,60}?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|"
                           r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*(?:[—–]|--?)", re.M)


def _dateline_day(text: str) -> dt.date | None:
    """The day of a dateline in the first lines ("WASHINGTON, Sept. 14, 1994 -"), if there is one."""
    from entente.extract.timex import find_document_date

    found = DATELINE_LINE.search(text, 0, min(len(text), 1500))
    if found is None:
        return None
    line_end = text.find("\n", found.start())
    return find_document_date(text[found.start():line_end if line_end >= 0 else len(text)])


def _themes(parse: Parse):
    try:
        from entente.extract.themes import ThemeTags, tag_themes
    except ImportError:  # themes are optional for extraction to work
        return None
    if len(parse.docs) == 1:
        return tag_themes(parse.docs[0])
    mentions = [replace(m, start=m.start + offset, end=m.end + offset)
                for doc, offset in parse.chunks() for m in tag_themes(doc).mentions]
    # weighed as tag_themes weighs one document: each theme's share of the mentions
    counts = Counter(m.theme for m in mentions)
    total = sum(counts.values())
    weights = {theme: counts[theme] / total for theme in sorted(counts, key=lambda t: (-counts[t], t))}
    return ThemeTags(mentions=tuple(mentions), weights=weights)


def _entity_people(parse: Parse, home: str | None) -> list[PersonMention]:
    """Person mentions from each chunk's entities, in whole-text offsets."""
    return [replace(m, start=m.start + offset, end=m.end + offset) if offset else m
            for doc, offset in parse.chunks() for m in mentions_from_entities(doc, home=home)]


def _rejected(document: Document, reason: str) -> ExtractedDocument:
    return ExtractedDocument(id=document.id, source=document.source, title=document.title,
                             published=document.published, countries=(), status="rejected",
                             messages=(reason,), text=document.text)


def _extract(document: Document, parse: Parse, dct: str | None) -> ExtractedDocument:
    from entente.extract.timex import extract_timexes

    text = document.text
    if not text.strip():
        if document.warnings:  # kept for what reading it found (a scanned PDF): shown, with no events
            return ExtractedDocument(id=document.id, source=document.source, title=document.title,
                                     published=document.published, countries=(), status="warning",
                                     messages=document.warnings, text=text)
        return _rejected(document, "empty text: nothing to extract")
    date, messages = _document_date(document, dct)
    messages = list(document.warnings) + messages
    # the timex rules ask the parse only for spans (char_span), which a chunked Parse answers too
    timex_result = extract_timexes(text, date, doc=parse.docs[0] if len(parse.docs) == 1 else parse)
    messages += list(timex_result.messages)
    tags = _themes(parse)
    themes_in = _ThemeIndex(tags.mentions).themes_in if tags is not None else (lambda s, e: ())
    head_tail = text[:800] + text[-800:] + document.source
    home = "US" if US_PUBLISHER.search(head_tail) else None

    ents = [(e.start_char + offset, e.end_char + offset, e.label_)
            for doc, offset in parse.chunks() for e in doc.ents]
    places = find_places(text, ents)
    dateline = find_dateline(text)
    roster = participant_list(text)
    year = date.year if date else None
    items = agenda(text, year_hint=year) if year else []
    listed = mentions_from_roster(roster) + [m for it in items for m in mentions_from_roster(it.entries)]
    spans = [(m.start, m.end) for m in listed]
    in_listed = _Intervals(spans)
    from_text = [m for m in with_titled_people(_entity_people(parse, home), text, home=home)
                 if not in_listed.holds(m.start)]
    people = _with_listed_sides(sorted(listed + from_text, key=lambda m: m.start), text)
    people = _with_surnames(people, text)
    records, owner = merge_mentions(people)

    lines = _LineStarts(text)
    blocked = _Intervals([(it.start, it.end) for it in items] + [(lines.start_of(s), e) for s, e in spans])
    timexes, place_index = _ByStart(timex_result.timexes), _ByStart(places)
    days = _DayHeadings(text, timex_result.timexes, default=_title_day(document.title, date))
    mentions: list[EventMention] = []
    previous: tuple[int, int] | None = None
    for index, span in enumerate(split_sentences(text)):
        if blocked.holds(span[0]):
            continue
        # only what starts in the sentence counts, so each sentence is given just that
        found = sentence_mentions(text, span, timexes=timexes.within(*span), places=place_index.within(*span),
                                  people=people, dateline=dateline, dct=date, day=days.day_at(span[0]))
        subject = _pronoun_subject(text, span, previous, people)
        if subject is None:
            subject = _office_subject(text, span, people)
        for m in found:
            m.index = index
            if subject is not None and all(i != subject for i, _ in m.people):
                m.people.insert(0, (subject, None))
        mentions += found
        previous = span
    header = _header_mention(document, text, people, date)
    before = date - dt.timedelta(days=365) if date else None
    clusters = cluster_mentions(([header] if header else []) + mentions, background_before=before)
    for c in clusters:
        _add_participants(c, text, people, owner)
    clusters += agenda_clusters(items, roster, clusters, owner=owner, people=people)
    spans = parse.docs[0] if len(parse.docs) == 1 else parse
    clusters = [c for c in clusters if c.date is not None or not _generic(c, spans)]
    clusters = _join_undated(clusters)
    if date is not None:
        for c in clusters:  # trips first: the meetings held on them take their days
            if c.type == "visit" and c.date is None:
                _date_from_document(c, spans, date, text)
        visits = [c for c in clusters if c.type == "visit" and c.date is not None and c.location]
        for c in clusters:
            _with_trip(c, visits)
        for c in clusters:
            if c.date is None and not _date_from_visit(c, visits):
                _date_from_document(c, spans, date, text)

    _listed_join_main(clusters, text, people, owner)
    pair = _party_pair(text, people, home)
    if date is not None:  # history the text recalls ("in 1945", "since its 1997 session") is no news
        clusters = [c for c in clusters if c.date is None or not _background(c, date)]
    events = _events(clusters, document, text, themes_in, home, pair, date)
    if len(events) > MAX_EVENTS:  # a list of thousands of dates is an annex, not a timeline
        messages.append(f"{len(events):,} events found; kept the {MAX_EVENTS:,} most certain")
        kept = set(id(e) for e in sorted(events, key=lambda e: -e.confidence)[:MAX_EVENTS])
        events = [e for e in events if id(e) in kept]
    persons = _people(records, events)
    countries = _document_countries(text, events, home)
    theme_pairs = tuple(sorted(tags.weights.items(), key=lambda kv: -kv[1])) if tags is not None else ()
    mentions_out: tuple[ThemeMention, ...] = tuple(tags.mentions) if tags is not None else ()
    status = "warning" if messages else "ok"
    return ExtractedDocument(id=document.id, source=document.source, title=document.title,
                             published=document.published or (date.isoformat() if date else None),
                             countries=countries, status=status, messages=tuple(messages),
                             timexes=timex_result.timexes, events=tuple(events), people=persons,
                             themes=theme_pairs, theme_mentions=mentions_out, text=text)


class _ByStart(Generic[T]):
    """Items that have a `start`, looked up by the span they start in, in their given order: a long
    document's thousands of dates are not all scanned for each sentence."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)  # type: ignore[attr-defined]
        self.starts = [items[i].start for i in self.order]  # type: ignore[attr-defined]

    def within(self, start: int, end: int) -> list[T]:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.items[i] for i in sorted(self.order[lo:hi])]


class _Intervals:
    """Whether an offset falls in any of some [start, end) intervals, by bisection of their union."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(i for i in intervals if i[0] < i[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def holds(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        return k >= 0 and offset < self.ends[k]


def _title_day(title: str, date: dt.date | None) -> dt.date | None:
    """The day a document's title names ("Public Schedule – June 25, 2021"), if it names one."""
    from entente.extract.timex import extract_timexes

    if not title or not re.search(r"\d", title):
        return None
    for t in extract_timexes(title, date).timexes:
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            return dt.date.fromisoformat(t.value)
    return None


class _DayHeadings:
    """A programme's day headings ("Day 2: Wednesday, 9 March 2005", "MONDAY, NOVEMBER 29 — Truman
    Building"): lines that open with a day's date. The clock times under one are on that day."""

    LEAD = re.compile(r"^[\s#*]*(?:(?i:day)\s+\d+\s*[:—–-]?\s*)?$")

    def __init__(self, text: str, timexes: Sequence[Timex], *, default: dt.date | None = None) -> None:
        # a title that is a day ("Public Schedule – June 25, 2021") heads the whole text
        self.starts: list[int] = [0] if default else []
        self.days: list[dt.date] = [default] if default else []
        for t in timexes:
            if t.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
                continue
            line_start = text.rfind("\n", 0, t.start) + 1
            if self.LEAD.match(text[line_start:t.start]):
                self.starts.append(t.start)
                self.days.append(dt.date.fromisoformat(t.value))

    def day_at(self, offset: int) -> dt.date | None:
        k = bisect_right(self.starts, offset) - 1
        return self.days[k] if k >= 0 else None


class _LineStarts:
    """Where the line holding an offset starts, without searching back through a 1 MB line each time."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def start_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]


class _ThemeIndex:
    """ThemeTags.themes_in over sentence mentions sorted by start, found by bisection."""

    def __init__(self, mentions: Sequence[ThemeMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        """Themes mentioned in sentences overlapping [start, end), in order of mention."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return tuple(dict.fromkeys(m.theme for m in self.mentions[lo:hi] if m.end > start))


def _header_mention(document: Document, text: str, people: list[PersonMention],
                    date: dt.date | None) -> EventMention | None:
    """A transcript's header: speakers' lines, then the place ("Antony J. Blinken, Secretary of State /
    Ramallah, West Bank"): the speakers were there on the day it was published."""
    place = find_place_line(text)
    if place is None or date is None:
        return None
    speakers = [i for i, p in enumerate(people) if p.end <= place.start and not p.short]
    if not speakers:
        return None
    triggers = [t for t in find_triggers(document.title) if t.strong and t.type != "call"]
    kind = triggers[0].type if triggers else "statement"
    trigger = Trigger(place.start, place.end, document.title or place.text, kind, True)
    return EventMention(trigger, (0, place.end), kind, DateSpan(date.isoformat(), None, "day"),
                        place.location, place.kind, people=[(i, "speaker") for i in speakers],
                        index=-1)


LIST_ROLE = ((re.compile(r"\b(?i:head\s+of\s+(?:the\s+)?delegation|delegation\s+(?:head|leader)|leader)\b"), "lead"),
             (re.compile(r"\b(?i:co-?chair|chair)\b"), "chair"))


def _listed_join_main(clusters: list[EventCluster], text: str, people: list[PersonMention],
                      owner: dict[int, PersonRecord]) -> None:
    """The people of a "U.S. Delegation" / "Indian Delegation" list take part in the gathering the
    document is about (its longest dated dialogue, conference or meeting): "(Head of Delegation)" leads,
    "(Co-Chair)" chairs, everyone else is a member."""
    sections = listed_sides(text)
    gatherings = [c for c in clusters if c.date is not None and c.type in {"dialogue", "conference", "summit", "meeting"}
                  and not c.children_of]
    if not sections or not gatherings:
        return
    def length(c: EventCluster) -> int:
        first, last = c.date.bounds()
        return (last - first).days
    main = max(gatherings, key=lambda c: (length(c), -min(m.index for m in c.mentions)))
    lines = _LineStarts(text)
    for i, p in enumerate(people):
        code = next((c for s, e, c in sections if s <= p.start < e), None)
        record = owner.get(i)
        if code is None or record is None:
            continue
        line = text[lines.start_of(p.start):text.find("\n", p.start) % (len(text) + 1)]
        role = next((r for pattern, r in LIST_ROLE if pattern.search(line)), "member")
        main.add_participant(record.name, code, role)


def _with_surnames(people: list[PersonMention], text: str) -> list[PersonMention]:
    """Later mentions by surname alone that the tagger did not take for names ("Grant and Reyes also
    signed"): the surname of a full name the document gives, capitalised, as a word of its own."""
    full = [p for p in people if not p.short and len(p.name.split()) >= 2]
    if not full:
        return people
    first_seen: dict[str, int] = {}
    for p in full:
        key = surname(p.name)
        if len(key) >= 3 and key[:1].isupper() and not country_code(key):
            first_seen.setdefault(key, p.start)
    if not first_seen:
        return people
    taken = _Intervals([(p.start, p.end) for p in people])
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(first_seen, key=len, reverse=True))
                         + r")\b(?!['’]?\s*[A-Z])")
    added = [PersonMention(m.group(0), m.start(), m.end(), short=True, by_surname=True)
             for m in pattern.finditer(text) if m.start() > first_seen[m.group(0)] and not taken.holds(m.start())]
    return sorted(people + added, key=lambda p: p.start) if added else people


def _with_listed_sides(people: list[PersonMention], text: str) -> list[PersonMention]:
    """People listed under "U.S. Delegation", "Indian Delegation": the side the heading names."""
    sections = listed_sides(text)
    if not sections:
        return people
    out = []
    for p in people:
        code = next((c for s, e, c in sections if s <= p.start < e), None)
        out.append(replace(p, side=code, home_side=None) if code and not p.side else p)
    return out


def _pronoun_subject(text: str, span: tuple[int, int], previous: tuple[int, int] | None,
                     people: list[PersonMention]) -> int | None:
    """The person a sentence's opening "He" or "She" is: the first person the sentence before names
    ("Deputy Secretary Sherman led a delegation to Seoul. She also met ..."), as a mention index."""
    if previous is None or not re.match(r"(?:He|She)\b", text[span[0]:span[0] + 4]):
        return None
    k = bisect_left(people, previous[0], key=lambda p: p.start)
    return k if k < len(people) and people[k].start < previous[1] else None


def _side_left(cluster: EventCluster, parties: tuple[str, ...]) -> None:
    """In an event between the United States and one other party, where the U.S. side is named, a
    participant of no stated side is taken for the other party: a release names its own officials
    by their U.S. offices ("Secretary of Defense X"), and the counterpart often by office alone
    ("President Nyamdorj Enkhtuvshin"). Nothing is guessed for other events."""
    others = [p for p in parties if p != HOME]
    if HOME not in parties or len(others) != 1:
        return
    sides = [side for side, _ in cluster.participants.values()]
    if HOME not in sides:
        return
    for name, (side, role) in list(cluster.participants.items()):
        if side is None:
            cluster.participants[name] = (others[0], role)


def _generic(cluster: EventCluster, spans) -> bool:
    """An undated event whose every mention is a bare plural ("exchanges, visits, meetings") is talk
    of a kind of event, not of one."""
    return all(generic_mention(spans, m.trigger.start, m.trigger.end) for m in cluster.mentions)


OFFICE_SUBJECT = re.compile(r"(?:The|the)\s+(?P<office>(?:(?:Deputy|Under|Assistant|Vice|Prime)\s+)?(?:Secretary"
                            r"(?:[- ]General)?|Minister|President|Ambassador|Envoy|Chairman|Admiral|General))\b"
                            r"(?!\s+(?:of|for|and)\b)")


def _office_subject(text: str, span: tuple[int, int], people: list[PersonMention]) -> int | None:
    """The person a sentence's opening "The Secretary" or "The Deputy Secretary" is: the latest one
    named before with that office in their title ("Deputy Secretary of State Wendy Sherman")."""
    found = OFFICE_SUBJECT.match(text, span[0], span[1])
    if found is None:
        return None
    office = found.group("office").lower().replace("-", " ")
    k = bisect_left(people, span[0], key=lambda p: p.start)
    for i in range(k - 1, -1, -1):
        title = (people[i].title or "").lower().replace("-", " ")
        if re.search(rf"(?:^|\s){re.escape(office)}\b", title) and not (office == "secretary" and
                                                                       re.search(r"(deputy|under|assistant) secretary", title)):
            return i
    return None


def _join_undated(clusters: list[EventCluster]) -> list[EventCluster]:
    """An undated event that shares a named participant with a dated one of a kind it can be part
    of is that event ("This was the minister's first visit to the United States", after the signing
    he came for): it is part of it, and takes its date. In a document with one dated event that names
    people, an undated one that names nobody ("Both sides agreed to expand ...") is part of it. A part
    of the same kind is the same event; a visit or a signing stays an event of its own."""
    dated = [c for c in clusters if c.date is not None and c.participants]
    only = dated[0] if len(dated) == 1 else None  # a release about one meeting: the rest is about it
    out: list[EventCluster] = []
    for c in clusters:
        if c.date is None and c.type != "statement":  # a statement is the release's own: its date
            host = next((d for d in dated if c.participants and _shared_counterpart(c, d)
                         and may_belong(d.type, c.type)), None)
            if host is None and only is not None and not c.participants and may_belong(only.type, c.type):
                host = only
            if host is not None and compatible_types(host.type, c.type):
                host.absorb(c)
                continue
            if host is not None:  # a signing at the talks, a visit for the signing: its own event, on its days
                c.date_from(host.date, f"dated by the {host.type} it is part of: its sentence gives no date")
        out.append(c)
    return out


def _shared_counterpart(a: EventCluster, b: EventCluster) -> bool:
    """Whether two events name one non-U.S. participant and no foreign sides that differ: a release's
    own Secretary takes part in all its events, which makes none of them the same."""
    if a.sides - {HOME} and b.sides - {HOME} and not (a.sides & b.sides) - {HOME}:
        return False
    shared = set(a.participants) & set(b.participants)
    return any((a.participants[n][0] or b.participants[n][0]) not in {HOME, None} for n in shared)


def _with_trip(cluster: EventCluster, visits: list[EventCluster]) -> None:
    """A meeting told in the sentence of a trip ("traveled to Addis Ababa, where she met Prime Minister
    Abiy Ahmed"; "will travel to Moscow to meet Russian counterparts") is held on that trip: its
    place, its traveller and, when it gives none, its days are the trip's."""
    if cluster.type == "visit":
        return
    sentences = {m.sentence for m in cluster.mentions}
    trip = next((v for v in visits if any(m.sentence in sentences for m in v.mentions)), None)
    if trip is None:
        return
    if cluster.location is None and cluster.mentions:
        first = cluster.mentions[0]
        first.location, first.location_kind = trip.location, trip.location_kind
    for name, (side, role) in trip.participants.items():
        if role in (None, "lead", "member"):
            cluster.add_participant(name, side, None)
    if cluster.date is None:
        cluster.date_from(trip.date, f"dated by the visit to {trip.location.name} it is part of: "
                                     "its sentence gives no date of its own")


def _date_from_visit(cluster: EventCluster, visits: list[EventCluster]) -> bool:
    """An undated meeting in a place a dated visit goes to ("In New Delhi, Hartwell will meet ...") is
    held during that visit: it takes the visit's days, and says so."""
    loc = cluster.location
    if loc is None or cluster.type == "visit":
        return False
    for v in visits:
        there = v.location
        if there and there.country == loc.country and (there.name == loc.name or
                                                       LOCATION_RANK[cluster.location_kind] < 2):
            cluster.date_from(v.date, f"dated by the visit to {there.name} it is part of: its sentence gives no date")
            return True
    return False


# How far into a document an undated event is still its news (a release's lede and first paragraphs).
NEWS_SENTENCES = 8


def _date_from_document(cluster: EventCluster, spans, date: dt.date, text: str) -> None:
    """An event whose sentences give no date, reported as done ("spoke by phone with", "held talks"),
    took place on the document's date as far as the text tells; the evidence says so. A planned or
    generic one ("will visit", "regular meetings") stays undated, and so is not kept."""
    first = next((m for m in cluster.mentions if m.trigger.strong), None)
    if first is None or first.index < 0 or first.index > NEWS_SENTENCES:
        return  # deep in a briefing's transcript, "the Secretary visited Tokyo" is no news of the day
    if trigger_tense(spans, first.trigger.start, first.trigger.end) not in {"past", "present"}:
        return
    s0, s1 = first.sentence
    if not (cluster.participants or cluster.parties or delegation_sides(text[s0:s1])):
        return  # "the exhibit will travel to Spain": no one takes part
    cluster.date_from(DateSpan(date.isoformat(), None, "day"),
                      "dated by the document's date: the text gives this event no date of its own")


def _side(record: PersonRecord | None, mention: PersonMention, hint: str | None) -> str | None:
    stated, home = (record or PersonRecord(mention.name, [mention])).sides()
    return stated or hint or home


def _add_participants(cluster: EventCluster, text: str, people: list[PersonMention],
                      owner: dict[int, PersonRecord]) -> None:
    for m in cluster.mentions:
        s0, s1 = m.sentence
        for index, given in m.people:
            pm = people[index]
            record = owner.get(index)
            if record is None:
                continue
            hint = role_in_sentence(text[s0:s1], s0, pm.start, pm.end)
            if pm.by_surname and hint.role == "speaker":
                hint = RoleHint(None, hint.side)  # quoted by surname ("Gates said"): no part in the event
            role = given or hint.role
            if role is None and pm.roles:
                role = pm.roles[0]
            cluster.add_participant(record.name, _side(record, pm, hint.side), role)


MAX_PARTIES = 30  # a joint statement of a coalition names its signatories


def _event_countries(cluster: EventCluster, home: str | None, pair: tuple[str, ...],
                     text: str) -> tuple[str, ...]:
    """The event's parties: the sides its people represent, then the host (a visit's destination, a
    meeting's foreign venue) and the delegations its sentences name ("the Pakistani delegation"), and
    only when these give fewer than two, the document's pair. Countries a sentence names as topics
    ("discussed Russia's war against Ukraine") or as a neutral venue (a U.S.-Pakistan dialogue held in
    Dubai) are not parties."""
    sides: Counter[str] = Counter(side for side, _ in cluster.participants.values() if side)
    parties = [c for c, _ in sides.most_common()] + [p for p in cluster.parties if p not in sides]
    loc = cluster.location.country if cluster.location else None
    if loc and loc not in parties and cluster.type == "visit":
        parties.append(loc)
    if len(parties) < 2:
        for m in cluster.mentions:
            for code in delegation_sides(text[m.sentence[0]:m.sentence[1]]):
                if code not in parties:
                    parties.append(code)
    if len(parties) < 2 and loc and loc not in parties and loc != home and cluster.type in {"meeting", "call"}:
        parties.append(loc)  # a meeting abroad with no other side named: its host
    if len(parties) < 2:
        parties += [c for c in pair if c not in parties][:2 - len(parties)]
    if len(parties) < 2 and loc and loc not in parties:
        parties.append(loc)
    # the home country first, then the document's pair in its order, then the rest by weight
    parties.sort(key=lambda c: (c != home, pair.index(c) if c in pair else len(pair)))
    return tuple(parties[:MAX_PARTIES])


# Events kept from one document at most; the rest are dropped with a warning on the document.
MAX_EVENTS = 500


# How long before its document's date an event is history the text recalls rather than its news.
BACKGROUND_DAYS = 365


def _background(cluster: EventCluster, date: dt.date) -> bool:
    """Whether an event ended more than a year before the document's date: background ("the summit in
    Wales in September 2014" in a 2017 readout) that would stretch a timeline across decades."""
    return cluster.date is not None and cluster.date.bounds()[1] < date - dt.timedelta(days=BACKGROUND_DAYS)


def _headline(title: str) -> str:
    """A title starts with a capital, as a headline does ("Van Aalst visits Washington")."""
    return title[:1].upper() + title[1:]


SIGNING = re.compile(r"(?i)\b(?:sign|co-?sign|initial)")
PLANNED_NOTE = "planned: the document announces it for a later date"


def _events(clusters: list[EventCluster], document: Document, text: str, themes_in, home: str | None,
            pair: tuple[str, ...], dct: dt.date | None = None) -> list[Event]:
    out: list[Event] = []
    seen: set[str] = set()
    for c in clusters:
        if c.date is None:
            continue
        name = c.name or event_name(text, c.mentions)
        people = [(n, side, role) for n, (side, role) in c.participants.items()]
        from entente.extract.event_roles import ROLE_RANK
        people.sort(key=lambda p: (ROLE_RANK[p[2]], p[1] != home))  # the publisher's own first: "Phee meets Abiy"
        countries = _event_countries(c, home, pair, text)
        _side_left(c, countries)
        clause = next((m.clause for m in c.mentions if m.clause), None)
        loc = c.location
        from_header = document.title if any(m.index == -1 for m in c.mentions) else None
        title = c.title or from_header or _headline(event_title(c.type, name=name, people=people, location_name=loc.name if loc else None,
                                       clause=clause, sides=[_label(x) for x in countries],
                                       signed=any(SIGNING.search(m.trigger.text) for m in c.mentions)))
        if dct is not None and c.date.bounds()[0] > dct:
            c.date_note = "; ".join(filter(None, (c.date_note, PLANNED_NOTE)))
        event = build_event(c, document_id=document.id, text=text, title=title, countries=countries,
                            themes_in=themes_in)
        if event and event.id not in seen:
            seen.add(event.id)
            out.append(event)
    out.sort(key=lambda e: (e.start or "", e.title))
    return out


def _label(code: str) -> str:
    from entente.extract.countries import country_label

    return country_label(code)


def _people(records: list[PersonRecord], events: list[Event]) -> tuple[Person, ...]:
    roles: dict[str, list[str]] = {}
    sides: dict[str, str] = {}
    for e in events:
        for p in e.participants:
            bucket = roles.setdefault(p.name, [])
            if p.role and p.role not in bucket:
                bucket.append(p.role)
            if p.side:
                sides.setdefault(p.name, p.side)
    out = []
    for r in records:
        person = r.to_person(tuple(roles.get(r.name, ())))
        if person.country is None and r.name in sides:
            person = Person(person.name, person.aliases, person.title, person.affiliation, sides[r.name],
                            person.roles)
        out.append(person)
    return tuple(out)


def _party_pair(text: str, people: list[PersonMention], home: str | None) -> tuple[str, ...]:
    """The two sides a document is between, for events that name fewer: the publisher's country, then
    the country or organisation its text and its people's offices name most ("NATO Secretary General")."""
    counts: Counter[str] = Counter(m.code for m in find_sides(text))
    for p in people:
        if p.side:
            counts[p.side] += 1
    if not counts:
        return ()
    ranked = [c for c, _ in counts.most_common()]
    first = home if home in counts else ranked[0]
    return tuple([first] + [c for c in ranked if c != first][:1])


def _document_countries(text: str, events: list[Event], home: str | None) -> tuple[str, ...]:
    """The bilateral pair first (the publisher's country, then the most mentioned other), then the
    other countries the document is substantially about."""
    counts: Counter[str] = Counter(c.code for c in find_countries(text, include_ambiguous=False))
    for e in events:
        for p in e.participants:
            if p.side:
                counts[p.side] += 1
    if not counts:
        return ()
    ranked = [c for c, _ in counts.most_common()]
    first = home if home in counts else ranked[0]
    rest = [c for c in ranked if c != first]
    pair = [first] + rest[:1]
    top = counts.most_common(1)[0][1]
    others = [c for c in rest[1:] if counts[c] >= max(3, top * 0.15)]
    return tuple(pair + others)
