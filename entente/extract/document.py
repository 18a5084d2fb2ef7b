"""Per-document extraction: text in, the contract's document object (events, people, themes) out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from spacy.language import Language

from entente import settings

from entente.extract.agenda_events import agenda_clusters, is_logistics, is_panel
from entente.extract.delegation_lists import listed_sides, with_listed_sides
from entente.extract.event_dating import (date_from_document, date_from_gathering, date_from_visit, is_background, is_planned, is_generic,
                                          is_practice, join_title, join_undated, part_within_gathering, programme_visitor, report_gathering, under_way)
from entente.extract.heading_dates import DayHeadings, date_under_title, title_day
from entente.extract.event_mentions import sentence_mentions
from entente.extract.event_splits import per_leg
from entente.extract.mention import EventMention
from entente.extract.event_roles import ROLE_RANK
from entente.extract.same_gathering import delegations_attend, labelled_chairs, merge_same_gathering, named_attend, parts_people_join
from entente.extract.instances import order_instances
from entente.extract.tense import with_tenses
from entente.extract.document_date import document_date
from entente.extract.trip_legs import (date_groups_on_legs, legs_share_traveller, narrow_legs, offices_met_abroad,
                                       stop_made_by_visitors, travellers, with_trip)
from entente.extract.offices import FOREIGN_OFFICE
from entente.extract.trigger_owners import relative_clause_people, talked_about
from entente.extract.sections import Sections
from entente.extract.speakers import Byline, Turns
from entente.extract.sentences import is_transcript, SLOT_START, split_sentences
from entente.extract.event_titles import HEADLINE_WORDS, headline, instrument_about, part_title, event_name, event_title
from entente.extract.event_records import build_event
from entente.extract.events import CONTEXT_NOTE, EventCluster, cluster_mentions
from entente.extract.nlp import Parse, parse_texts
from entente.extract.offsets import ByStart, Intervals, LineStarts, ThemeIndex
from entente.extract.pair_reference import the_two_named_before
from entente.extract.parties import add_participants, document_countries, event_parties, listed_join_main, party_pair
from entente.extract.side_fill import fill_sides, one_side_across, one_side_each, people_of_occasions
from entente.extract.people import (PersonMention, PersonRecord, merge_mentions, mentions_from_entities, mentions_from_roster,
                                    tidy_titles)
from entente.extract.organisations import with_organisation_sides
from entente.extract.place_lines import find_dateline
from entente.extract.places import find_places
from entente.extract.headlines import (heading_line, publisher_country, site_country, speaking_country,
                                       subject_country, title_people, with_headline)
from entente.extract.transcript_header import transcript_heads
from entente.extract.references import Subjects, family_names_first, with_given_names, with_whole_names, with_surnames
from entente.extract.office_references import with_office_references
from entente.extract.programme import agenda
from entente.extract.roster import participant_list
from entente.extract.header_tables import with_table_entries
from entente.extract.titled_people import heading_people, with_titled_people
from entente.models import Document, Event, ExtractedDocument, Person, ThemeMention

# in a title, a delegation's member or a speaker comes after the principals, whose role the text does not name
TITLE_RANK = {"member": 9, "speaker": 9}
# A release of the U.S. government: its unqualified offices ("Secretary of Defense") are American.
US_PUBLISHER = re.compile(r"U\.S\. Department of (?:Defense|State)|US Department of Defense|Office of the "
                          r"Spokesperson|Department Spokesperson|attributable to (?:Department )?Spokesperson|Pentagon Press Secretary|(?P<office>(?:Assistant|Under|Deputy) Secretary of (?:State|Defense)|"
                          # not Spain's "Secretary of State for Migration", Poland's "Under-Secretary of State in the Ministry"
                          r"(?<!-)Secretary of (?:State|Defense)(?!\s+(?:for|in)\b))|"
                          r"Department of Defense|Naval Postgraduate School|"
                          r"defenselink\.mil|defense\.gov|state\.gov|Office of the Assistant Secretary of Defense")
# An office another publisher names as the United States': "the Assistant Secretary of State for East Asian and Pacific
# Affairs of the United States, Mr. X", "U.S. Secretary of State X" (a U.S. release names its own offices bare)
OF_THE_US = re.compile(r"(?:\s+for\s+[A-Z][^,.;()]{0,60}?)?\s+of\s+the\s+United\s+States\b")
US_BEFORE = re.compile(r"\b(?:U\.S\.|United\s+States|American)\s+(?:(?:Acting|Deputy|Under|Assistant)\s+)*$")  # "U.S. Secretary of State X"


def us_published(text: str) -> bool:
    """Whether a text reads as published by the U.S. government: it names a U.S. publishing office, or one of
    its offices bare (not one another publisher qualifies as the United States')."""
    return any(m.group("office") is None or not (OF_THE_US.match(text, m.end()) or US_BEFORE.search(text, max(0, m.start() - 40), m.start()))
               for m in US_PUBLISHER.finditer(text))


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
    date, messages = document_date(document, dct)
    messages = list(document.warnings) + messages
    # the timex rules ask the parse only for spans (char_span), which a chunked Parse answers too
    timex_result = extract_timexes(text, date, doc=parse.docs[0] if len(parse.docs) == 1 else parse)
    messages += list(timex_result.messages)
    tags = _themes(parse)
    themes_in = ThemeIndex(tags.mentions).themes_in if tags is not None else (lambda s, e: ())
    head_tail = text[:800] + text[-800:] + document.source
    # the publisher's country: a body's line, a U.S. office, the country whose relations the text speaks of, else the
    # city of its dateline ("Mexico City, March 17, 2022"), not a briefing's given abroad
    dateline = find_dateline(text)
    home = publisher_country(text) or site_country(text) or \
        ("US" if us_published(head_tail) else speaking_country(document.title or "", text)) or \
        (dateline.location.country if dateline and dateline.kind == "city" and not is_transcript(text) else None) or \
        subject_country(document.title or heading_line(text), text, parse)

    ents = [(e.start_char + offset, e.end_char + offset, e.label_)
            for doc, offset in parse.chunks() for e in doc.ents]
    places = find_places(text, ents)
    roster = with_table_entries(participant_list(text), text)
    year, side_lists = (date.year if date else None), listed_sides(text, prose=False)
    items = agenda(text, year_hint=year, lists=side_lists) if year else []
    listed = mentions_from_roster(roster) + [m for it in items for m in mentions_from_roster(it.entries)]
    spans = [(m.start, m.end) for m in listed]
    in_listed = Intervals(spans)
    # a transcript's speaker label ("SECRETARY BLINKEN:") says who speaks, not who took part in what is said
    # "will travel to Warsaw and Vilnius, where he will meet ...": a name the places read is no one's
    placed = {(p.start, p.end) for p in places}
    from_text = [m for m in with_titled_people(_entity_people(parse, home), text, home=home)
                 if not in_listed.holds(m.start) and not (text[m.start:m.end].isupper() and text[m.end:m.end + 1] == ":")
                 and (m.start, m.end) not in placed]
    from_text += heading_people(text, home=home, beside=from_text + listed)
    people = with_organisation_sides(with_listed_sides(sorted(title_people(document, text, home=home) + listed + from_text,
                                                              key=lambda m: m.start), text, home), text)
    people = with_office_references(with_surnames(with_given_names(with_whole_names(tidy_titles(people), text), text), text), text)
    records, owner = merge_mentions(people)

    lines = LineStarts(text)
    # a panel's lines are read as the programme gives them, logistics ("Registration", "Hosted Dinner") not
    # at all, and other slots ("Working lunch hosted by X", "Signing of the Plan") as prose
    blocked = Intervals([(it.start, it.end) for it in items if is_panel(it) or is_logistics(it)] +
                         [(lines.start_of(s), e) for s, e in spans])
    timexes, place_index = ByStart(timex_result.timexes), ByStart(places)
    days = DayHeadings(text, timex_result.timexes, default=title_day(document.title or heading_line(text, HEADING_CHARS), date))
    mentions: list[EventMention] = []
    subjects = Subjects(text, people, parse.docs[0] if len(parse.docs) == 1 else parse)
    sentences = split_sentences(text)
    # a "U.S. Delegation" list's people go to the gathering the document is about (listed_join_main), not
    # to the event told just before the list
    lists = Intervals([(s, e) for s, e, _ in side_lists])
    paragraph, paragraph_at, slot_end = 0, 0, -1
    sections = Sections(text, people)
    transcript = is_transcript(text)
    turns = Turns(text, people) if transcript else Byline(text, people)  # "I" in a transcript; in a minister's release
    for index, span in enumerate(sentences):
        if blocked.holds(span[0]) or span[0] < slot_end or text[span[1] - 1] == "?":
            continue  # ... and a question asks, it reports no event ("Will the Secretary meet X next week?")
        first_end = span[1]
        day = days.day_at(span[0])
        if day and SLOT_START.match(text, span[0]):
            # "16:25  Arrival at the airport. Received by the Director of Protocol, Ambassador X": a
            # programme's line is one item, whatever its full stops
            slot_end = text.find("\n", span[0])
            slot_end = len(text) if slot_end < 0 else slot_end
            span = (span[0], max(span[1], slot_end))
        # only what starts in the sentence counts, so each sentence is given just that
        found = sentence_mentions(text, span, timexes=timexes.within(*span), places=place_index.within(*span),
                                  people=people, dateline=dateline, dct=date, day=day)
        if span[1] > first_end:
            head = [m for m in found if m.trigger.start < first_end]
            found = head or found[:1]
        subject = subjects.of(span)
        heading = lists.holds(span[1]) and text[span[1] - 1] not in ".;:!" and "\n" not in text[span[0]:span[1]]  # over a list
        found = sections.read(span, [m for m in found if m.trigger.strong or not (lists.holds(span[1] - 1) or heading)])
        days.fill(text, span[0], found)
        if found:
            paragraph += text.count("\n\n", paragraph_at, span[0])  # a blank line starts a paragraph
            paragraph_at = span[0]
        for m in found:
            m.index, m.paragraph = index, paragraph
            if talked_about(text, m.trigger, span[0], span[0]):
                continue  # "The Secretary and the Foreign Minister discussed the NATO Summit": no part in it
            speaker = turns.first_person(text, span[0], m.trigger.start)  # "I met"
            for who in (subject, speaker):
                if who is not None and all(i != who for i, _ in m.people):
                    m.people.insert(0, (who, None))
            m.people += [(i, None) for i in subjects.group if all(i != j for j, _ in m.people)]
            m.people = relative_clause_people(text, m.trigger, m.people, people)
        mentions += found
    spans = parse.docs[0] if len(parse.docs) == 1 else parse
    mentions = per_leg(text, with_headline(document, text, sentences, people, mentions, date, spans))
    order_instances(text, (heads := transcript_heads(document, text, people, date, mentions)) + mentions)
    with_tenses(mentions, spans)
    pair, counterpart = party_pair(text, people, home)
    clusters = cluster_mentions(heads + mentions, home=home, pair=pair if home is None else (),
                                background_before=date - dt.timedelta(days=365) if date else None)
    visited = frozenset(c.location.country for c in clusters if c.type == "visit" and c.location and c.location.country)
    going = travellers(clusters, people, owner)
    for c in clusters:
        add_participants(c, text, people, owner, counterpart, pair, visited, going)
    the_two_named_before(clusters, text, records=records)  # (before events no one takes part in are dropped; again once all are in)
    if items or roster:  # a programme's or a list's gathering, dated by its header before its people join it
        date_under_title(clusters, text, timex_result.timexes, date)
    clusters += agenda_clusters(items, roster, clusters, owner=owner, people=people)
    clusters = [c for c in clusters if (c.date is not None or not is_generic(c, spans)) and not is_practice(c, spans)]
    date_groups_on_legs(clusters)
    clusters = join_title(join_undated(clusters))
    date_under_title(clusters, text, timex_result.timexes, date)
    for c in clusters:
        if c.date is None and c.context is not None and c.context.date is not None:
            c.date_from(c.context.date, CONTEXT_NOTE)  # "They then witnessed the signing of an agreement"
        elif c.date is None:
            date_from_gathering(c, clusters, text)
    if date is not None:
        for c in clusters:  # trips first: the meetings held on them take their days
            if c.type == "visit" and c.date is None:
                date_from_document(c, spans, date, text)
        visits = [c for c in clusters if c.type == "visit" and c.date is not None and c.location]
        tours = [c for c in clusters if c.type == "visit" and c.date is not None and c.date.end and not c.location]
        tour = tours[0] if len(tours) == 1 else None  # "traveled to the Middle East June 13-17": where, its legs say
        for c in clusters:
            with_trip(c, visits)
        clusters = programme_visitor(clusters, text)
        for c in clusters:
            if c.date is None and not date_from_visit(c, visits, date, tour):
                date_from_document(c, spans, date, text)
    clusters = narrow_legs(clusters)
    stop_made_by_visitors(clusters)
    legs_share_traveller(clusters)
    offices_met_abroad(clusters, records, going)
    clusters = merge_same_gathering(clusters, text)
    part_within_gathering(clusters, text)
    parts_people_join(clusters, host := report_gathering(clusters), text)
    listed_join_main(clusters, text, people, owner, home)
    clusters = labelled_chairs(clusters, text)
    delegations_attend(clusters, host, text, spans)
    named_attend(clusters, host, text, people, owner, spans)  # a report's speakers and observers
    the_two_named_before(clusters, text, onlookers=False, records=records)
    if date is not None:  # history the text recalls ("in 1945", "since its 1997 session") is no news
        clusters = [c for c in clusters if c.date is None or not is_background(c, date)]
    # people given an organisation and no office may be of either side; not one in a ministry, which the United
    # States does not have ("Institute for Defence Strategy, Ministry of National Defence")
    unofficial = frozenset(r.name for r in records if r.best("affiliation") and not r.best("title")
                           and not FOREIGN_OFFICE.search(r.best("affiliation") or ""))
    # a briefing that goes from country to country lends none of them to an event that names no other side, only
    # the side it names most (its publisher's, first when known)
    fill = pair if counterpart is not None or not transcript else pair[:1]
    events = one_side_across(_events(clusters, document, text, themes_in, home, fill, date, spans,
                                     family_names_first(records, text), unofficial))
    if len(events) > MAX_EVENTS:  # a list of thousands of dates is an annex, not a timeline
        messages.append(f"{len(events):,} events found; kept the {MAX_EVENTS:,} most certain")
        kept = set(id(e) for e in sorted(events, key=lambda e: -e.confidence)[:MAX_EVENTS])
        events = [e for e in events if id(e) in kept]
    persons = _people(records, events)
    countries = document_countries(text, events, home)
    theme_pairs = tuple(sorted(tags.weights.items(), key=lambda kv: -kv[1])) if tags is not None else ()
    mentions_out: tuple[ThemeMention, ...] = tuple(tags.mentions) if tags is not None else ()
    status = "warning" if messages else "ok"
    return ExtractedDocument(id=document.id, source=document.source, title=document.title,
                             published=document.published or (date.isoformat() if date else None),
                             countries=countries, status=status, messages=tuple(messages),
                             timexes=timex_result.timexes, events=tuple(events), people=persons,
                             themes=theme_pairs, theme_mentions=mentions_out, text=text)


HEADING_CHARS = 120  # a first line longer than this is a paragraph, not a title
MAX_EVENTS = 500  # events kept from one document at most; the rest are dropped with a warning on the document


def _headline(title: str) -> str:
    """A title starts with a capital, as a headline does ("Van Aalst visits Washington")."""
    return title[:1].upper() + title[1:]


SIGNING = re.compile(r"(?i)\b(?:sign|co-?sign|initial|inked|sealed)")
PLANNED_NOTE = "planned: the document announces it for a later date"


def _events(clusters: list[EventCluster], document: Document, text: str, themes_in, home: str | None,
            pair: tuple[str, ...], dct: dt.date | None = None, spans=None,
            called: dict[str, str] | None = None, unofficial: frozenset[str] = frozenset()) -> list[Event]:
    out: list[Event] = []
    seen: dict[str, tuple[str, ...]] = {}  # event id -> its countries
    ongoing = under_way(clusters, dct) if dct is not None else []
    one_side_each(clusters)
    for c in clusters:
        if c.date is not None:
            fill_sides(c, event_parties(c, home, pair, text), home, unofficial)
    one_side_each(clusters)
    people_of_occasions(clusters, (home, *pair))
    for c in clusters:
        if c.date is None or (c.type == "visit" and not c.participants and c.location is None):
            continue  # "That visit will be historic": a visit of no one named to nowhere named is no event
        name = c.name or event_name(text, c.mentions) or part_title(c.part)
        people = [((called or {}).get(n, n), side, role) for n, (side, role) in c.participants.items()]
        # the publisher's own first: "Phee meets Abiy"; a visit's visitors before the people of the country visited
        visited = c.location.country if c.type == "visit" and c.location else None
        people.sort(key=lambda p: (visited is not None and p[1] == visited, TITLE_RANK.get(p[2], ROLE_RANK[p[2]]), p[1] != home))
        countries = event_parties(c, home, pair, text)
        if c.type == "visit" and home and countries == (home,) and c.location and c.location.country == home and \
                all(re.search(rf"\breturn(?:s|ed|ing)?\s+(?:home\s+)?to\s+{re.escape(c.location.name)}", text[m.sentence[0]:m.sentence[1]])
                    for m in c.mentions):
            continue  # "returned to Washington on Saturday": the publisher's own coming home is no visit
        fill_sides(c, countries, home, unofficial)
        clause = next((m.clause for m in c.mentions if m.clause), None)
        loc = c.location
        # a transcript's event keeps its headline, unless the headline reads as a sentence: a meeting or a signing
        # is then titled from its parts ("Blinken meets Al-Thani", not the 21 words of "... Before Their Meeting")
        from_header = headline(document.title) if any(m.index == -1 for m in c.mentions) and c.type != "visit" and \
            (c.type not in {"meeting", "call", "agreement"} or len(c.participants) < 2 or
             len(document.title.split()) <= HEADLINE_WORDS) else None
        # a session told by its people ("Session Two ... Ito and Rose led the session") is titled as the session
        kind = "conference" if c.type == "meeting" and name and name == part_title(c.part) else c.type
        title = c.title or from_header or _headline(event_title(kind, name=name, people=people, location_name=loc.name if loc else None,
                                       clause=clause, sides=[_label(x) for x in countries],
                                       signed=any(SIGNING.search(m.trigger.text) for m in c.mentions),
                                       group=next((m.group for m in c.mentions if m.group), None)))
        if dct is not None and is_planned(c, ongoing, dct, spans):
            c.date_note = "; ".join(filter(None, (c.date_note, PLANNED_NOTE)))
        event = build_event(c, document_id=document.id, text=text, title=title, countries=countries,
                            themes_in=themes_in)
        if event and event.id in seen and (seen[event.id] != event.countries or c.type == "agreement") and not c.title:
            # the same title for another party's meeting that day ("While in Jakarta, she will also meet
            # officials of the ASEAN Secretariat"): titled by its parties, it is told apart
            # ... and a second instrument signed on the same occasion, by what it is about
            about = instrument_about(text, c.mentions) if c.type == "agreement" else None
            title = _headline(event_title(c.type, name=about or name, people=people if about else [], sides=[_label(x) for x in countries],
                                          location_name=loc.name if loc else None))
            event = build_event(c, document_id=document.id, text=text, title=title, countries=countries,
                                themes_in=themes_in)
        if event and event.id not in seen:
            seen[event.id] = event.countries
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
        if r.name in sides and not r.sides()[0]:  # the events' side over a guess from an unqualified office
            person = Person(person.name, person.aliases, person.title, person.affiliation, sides[r.name], person.roles)
        out.append(person)
    return tuple(out)


