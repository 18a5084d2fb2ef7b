"""People named in a document: names, titles, organisations and sides, merged to one record each."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from entente.extract.countries import country_code, international_organisations
from entente.extract.names import (
    BODY_WORDS_ABROAD, CONTINENTS, HONORIFICS, NAMES_A_PLACE, NON_PERSON_WORDS, clean_name, family_in_capitals, is_person_name, other_surnames,
    VIETNAMESE_FAMILY_NAMES, same_person, surname,
)
from entente.extract.organisations import affiliation_side, organisation_country
from entente.extract.places import resolve_place, venue_lines
from entente.extract.roster import RosterEntry
from entente.extract.name_origin import is_given_name
from entente.extract.office_bodies import office_body_side
from entente.extract.name_offices import COURTESY, RANKS, apposed_to, apposition, premodifier
from entente.extract.offices import (TITLE_KEYWORDS, US_OFFICES, acting_for, home_office, side_before, side_from_title,
                                     tidy_title)
from entente.extract.timex.lexicon import MONTHS
from entente.extract.us_officials import us_office_holder
from entente.models import Person

SURNAME_PARTICLES = frozenset({"Le", "La", "De", "Da", "Du", "Di", "Del", "Van", "Von", "Al", "El", "Ben", "Abu",
                               "van", "von", "de", "al"})
# Single names that a title makes a person: "Pope Francis", "King Abdullah II".
SOVEREIGN = re.compile(r"\b(?:Pope|King|Queen|Amir|Emir|Sultan|Prince)\s*$")
# Words of an office that are never a name on their own: "Principal" of "X, Principal Deputy Assistant Secretary",
# "Extraordinary" of "Ambassador Extraordinary and Plenipotentiary"
ONLY_OFFICE_WORDS = frozenset({"principal", "acting", "deputy", "assistant", "extraordinary", "plenipotentiary"})


@dataclass
class PersonMention:
    """One mention of a person: where it is, the name as written and what it says about them."""

    name: str
    start: int
    end: int
    title: str | None = None
    affiliation: str | None = None
    side: str | None = None
    roles: tuple[str, ...] = ()
    short: bool = False  # a surname reference such as "Gates" or "Secretary Blinken"
    home_side: str | None = None  # a guess from an unqualified office; any other evidence wins
    by_surname: bool = False  # found as a known person's surname the tagger missed ("Gates said")
    listed: bool = False  # on a list under a heading that names the side ("Indian delegation:")


@dataclass
class PersonRecord:
    """All mentions of one person within a document, with the evidence for each merge."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    merges: list[str] = field(default_factory=list)
    _sides: tuple[int, str | None, str | None] | None = field(default=None, init=False, repr=False,
                                                             compare=False)

    def sides(self) -> tuple[str | None, str | None]:
        """The side the mentions state most often and the first home side any gives, e.g. ("PK", None).

        Kept until a mention is added: a person named thousands of times in a long text is counted
        once, not once for each event they take part in.
        """
        if self._sides is None or self._sides[0] != len(self.mentions):
            stated = Counter(m.side for m in self.mentions if m.side and m.listed) or \
                Counter(m.side for m in self.mentions if m.side)
            home = next((m.home_side for m in self.mentions if m.home_side), None)
            self._sides = (len(self.mentions), stated.most_common(1)[0][0] if stated else None, home)
        return self._sides[1], self._sides[2]

    def best(self, attr: str) -> str | None:
        # what the text says over what only the title does (mentions before the text: "Secretary X and ...")
        values = [getattr(m, attr) for m in self.mentions if getattr(m, attr) and m.start >= 0] or \
            [getattr(m, attr) for m in self.mentions if getattr(m, attr)]
        # an office over a rank said more often ("General X, Chief of the Joint Command", then "General X" twice)
        offices = [v for v in values if not all(w.strip(".,").lower() in RANKS | COURTESY for w in v.split())]
        return Counter(offices or values).most_common(1)[0][0] if values else None

    def to_person(self, roles: tuple[str, ...] = ()) -> Person:
        sides = Counter(m.side for m in self.mentions if m.side and m.listed) or \
            Counter(m.side for m in self.mentions if m.side)
        if not sides:
            sides = Counter(m.home_side for m in self.mentions if m.home_side)
        return Person(name=self.name, aliases=tuple(sorted(self.aliases - {self.name})),
                      title=self.best("title"), affiliation=self.best("affiliation"),
                      country=sides.most_common(1)[0][0] if sides else None, roles=roles)


def _with_given_names(doc: Doc, ent: Span) -> Span:
    """The entity with given names the tagger left out: "Antony" of "Secretary of State Antony J. Blinken";
    not the end of a portfolio ("Coordinator for Middle East Peace Tor Wennesland")."""
    if ent.start > 0 and len(ent) >= 2 and doc[ent.start - 1].text in VIETNAMESE_FAMILY_NAMES:
        return doc[ent.start - 1:ent.end]  # "Minister of Finance Lê Văn Khải": the family name the tagger left out
    start = ent.start
    run = ent.start
    while run > 0 and ent.start - run < 8 and (doc[run - 1].is_title or (  # "for Regional Security and Security
            doc[run - 1].lower_ in {"and", "&"} and run > 1 and doc[run - 2].is_title)):  # Assistance Mira Resnick"
        run -= 1
    if run > 0 and doc[run - 1].lower_ in {"for", "of", "on"} and \
            not any(t.lower_ in HONORIFICS for t in doc[run:ent.start]):
        return ent
    while start > 0 and ent.start - start < 2:
        tok = doc[start - 1]
        # "Ambassador (retd.) Vinod Kumar Malhotra": the tagger starts a sentence after the mark and may take the
        # given name for a place; right after the mark, a capitalised word is the name's
        retired = tok.i >= 3 and doc[tok.i - 1].text == ")" and doc[tok.i - 3: tok.i - 1].text.lower().startswith(("ret", "rtd"))
        # ... and one the tagger put in an organisation with the rank before it ("Air Marshal Bambang" + "Sutrisno Wibowo")
        ranked = start > 1 and doc[start - 2].lower_.rstrip(".") in RANKS and tok.ent_type_ == "ORG"
        if not (tok.is_title and tok.is_alpha) or tok.lower_ in HONORIFICS or \
                (tok.ent_type_ and not retired and not ranked) \
                or country_code(tok.text) or (tok.is_sent_start and not retired) or "\n" in tok.whitespace_ \
                or (start > 1 and doc[start - 2].lower_ in {"for", "of", "on"}) \
                or (start > 1 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_):
            break  # "Secretary of State for Investment Lina Nasser": a portfolio's word is no given name, nor
            # the end of a hyphened office ("Ambassador-at-Large Harold X")
        start -= 1
    if start == ent.start and len(ent) == 1 and ent[0].is_title and start > 0 and family_in_capitals(doc[start - 1].text):
        start -= 1  # "Minister for Foreign Affairs HAYASHIDA Ken": a Japanese office writes the family name first, in capitals
    end = ent.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_lower and doc[end + 1].is_alpha:
        end += 2  # "Kang Min-seok": the tagger stopped at a hyphenated given name's hyphen
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


TOPIC_OF = re.compile(r"dialogues?|conferences?|forums?|workshops?|symposi(?:um|a)|seminars?|talks|roundtables?|"
                      r"sessions?|panels?|commission|group|initiative|consultations?|report|agreements?|memorand(?:um|a)|"
                      r"treat(?:y|ies)|accords?|protocols?|conventions?|declarations?")  # "Agreement on Visa Waiver": a topic
COMMON_NOUNS = frozenset({"people", "coalition"})
# "exercise Cold Response", "Operation Allies Refuge", "Typhoon Haiyan", "the ship Grace Hopper": a name
# that a common noun before it says is a thing's
THING_NOUNS = frozenset({"exercise", "exercises", "operation", "operations", "typhoon", "hurricane", "cyclone",
                         "storm", "ship", "vessel", "carrier", "frigate", "destroyer", "aircraft", "satellite"})
COMPASS = frozenset({"east", "west", "north", "south", "central", "southeast", "northeast", "southwest",
                     "northwest", "eastern", "western", "northern", "southern"})


def not_a_surname(doc: Doc, ent: Span, name: str) -> bool:
    """A lone word the tagger took for a person that is a common word ("Coalition", "People’s"), a
    continent or a region ("for East Asia", "Europe said") or the end of a country's or a city's name
    ("Saudi Arabia", "South Africa", "San Jose")."""
    word = re.sub(r"['’]s$", "", name).lower()
    if word in COMMON_NOUNS or word in CONTINENTS or word in MONTHS:  # "On May 29": the tagger's lone "May"
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ in COMPASS:
        return True
    if ent.start > 0 and bool(country_code(f"{doc[ent.start - 1].text} {name}")):
        return True
    # "San Jose", "Santo Domingo": the end of a city's name
    place = resolve_place(f"{doc[ent.start - 1].text} {name}") if ent.start > 0 and doc[ent.start - 1].is_title else None
    return place is not None and place[1] == "city"


PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn"})


def _joined(ents: list[Span]) -> list[Span]:
    """One name the tagger cut in two: "Kamarul" + "Azmi bin Yusof", "Sharifah Nur Aisyah" + "binti" + "Syed
    Omar" (two entities next to each other on one line, or with a patronymic word between them)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        gap = ent.doc[prev.end:ent.start] if prev is not None else None
        if prev is not None and gap is not None and "\n" not in prev[-1].whitespace_ and \
                (len(gap) == 0 or (len(gap) == 1 and gap[0].lower_ in PATRONYMIC)):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def _styled_honourable(ent: Span) -> bool:
    """An entity the tagger took for an organisation that opens with "the Hon", the style of a Commonwealth minister
    ("the Hon Matthew Corrigan"): a person."""
    words = [t.lower_.rstrip(".") for t in ent if t.lower_ != "the"]
    return ent.label_ == "ORG" and len(words) >= 3 and words[0] in {"hon", "honourable", "honorable"} and \
        all(t.text[:1].isupper() for t in ent[1:])


# The body an office is held at: "Minister of State at the Federal Foreign Office"
AT_BODY = re.compile(r"\bat\s+the\s+(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*)")
# ... or whose acronym opens the office: "USAID Mission Director", "DTRA Director"
BODY_FIRST = re.compile(r"^(?:the\s+)?(?P<body>[A-Z][A-Z&]{1,7})\s+[A-Z]")


# Labels the small tagger gives a foreign person's name it does not know ("Piotr Zawadzki" ORG, "Elnur R. Sultanov"
# NORP); a date, a law or an event is never one
MISLABELLED = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
# Heads that make a given name's phrase a body or a place: "Mohammed V University", "Phoenix Park", "Villa Albertine"
BODY_HEADS = frozenset({"park", "villa", "base", "council", "university", "college", "school", "institute", "centre",
                        "center", "foundation", "initiative", "fund", "group", "forum", "programme", "program"})


def _given_name_first(ent: Span) -> bool:
    """An entity the tagger took for something else that opens with a known given name and reads as a name: a
    person ("the Head of the National Security Bureau, Piotr Zawadzki" is tagged ORG); not "Mohammed V
    University", "Phoenix Park", "the Jordan Armed Forces"."""
    words = [t for t in ent if not t.is_punct]
    return ent.label_ in MISLABELLED and 2 <= len(words) <= 4 and ent[0].lower_ != "the" and \
        is_given_name(ent[0].text) and all(t.text[:1].isupper() for t in words) and \
        not any(t.lower_.rstrip(".") in BODY_HEADS | NON_PERSON_WORDS | HONORIFICS for t in words) and \
        not any(t.is_sent_start for t in ent[1:]) and not (ent.label_ == "GPE" and resolve_place(ent.text))  # "Washington DC"


def mentions_from_entities(doc: Doc, *, home: str | None) -> list[PersonMention]:
    """Person mentions from spaCy PERSON entities, with premodifier and apposition titles."""
    ents = _joined([e for e in doc.ents if e.label_ == "PERSON" or _styled_honourable(e) or _given_name_first(e)])
    out: list[PersonMention] = []
    venues = [(v.start, v.end) for v in venue_lines(doc.text)]  # "Kota Kinabalu, 3–5 March 2004": a place
    for k, ent in enumerate(ents):
        if any(s < ent.end_char and ent.start_char < e for s, e in venues):
            continue
        # "Wang Yi.  These discussions": the tagger's span may run into the next sentence
        # ... or over a line's end ("Josep Borrell Fontelles\nInterventions by Ministers")
        cut = next((i for i in range(ent.start + 1, ent.end) if doc[i].is_sent_start or "\n" in doc[i].text
                    or "\n" in doc[i - 1].whitespace_), ent.end)
        if cut != ent.end:
            ent = doc[ent.start:cut]
        ent = _with_given_names(doc, ent)
        name, lead = clean_name(ent.text)
        pre = " ".join(x for x in (premodifier(doc, ent, lead), lead) if x)
        if not name:
            continue
        # "Le Drian", "Van Aalst": a particle and a surname stand for the full name given elsewhere
        short = " " not in name or (len(name.split()) == 2 and name.split()[0] in SURNAME_PARTICLES)
        if short and SOVEREIGN.search(pre):
            name, short = f"{SOVEREIGN.search(pre).group(0).strip()} {name}", False
        if not short and not is_person_name(name):
            continue
        if ent.start > 1 and doc[ent.start - 1].lower_ in {"on", "for"} and TOPIC_OF.fullmatch(doc[ent.start - 2].lower_):
            continue  # "Dialogue on Extended Deterrence", "Forum on Strategic Stability": a topic
        if (ent.start > 0 and doc[ent.start - 1].lower_ in THING_NOUNS | BODY_WORDS_ABROAD) or \
                doc[ent.start].lower_ in THING_NOUNS | BODY_WORDS_ABROAD:
            continue  # "exercise Cold Response", "Operation Allies Refuge", "Jalan Padang Tembak", "Universidad Alberto Hurtado"
        if NAMES_A_PLACE.match(doc[ent.end - 1:min(len(doc), ent.end + 6)].text[len(doc[ent.end - 1].text):]):
            continue  # "the Robert F. Kennedy Main Justice Building", "a John Smith Fellowship"
        if short and ent.start > 0 and country_code(f"{doc[ent.start - 1].text} {name}"):
            continue  # "Arabia" of "the Kingdom of Saudi Arabia, Faisal ...": the end of a country's name
        if short and (not name[:1].isupper() or country_code(name) or len(name) < 3 or not_a_surname(doc, ent, name)
                      or name.lower().rstrip(".") in COURTESY | RANKS | ONLY_OFFICE_WORDS | NON_PERSON_WORDS):
            # "H.E. Amb. Kamau": "Amb" is no one; nor "Principal" of "Principal Deputy Assistant Secretary"
            continue
        # the next person's name, not a post the tagger took for one ("X, Adjunct Fellow, JIIA, and Dr. Y")
        nxt = next((e.start for e in ents[k + 1:]  # (nor an office the tagger took for a name: "X, Counsellor, Embassy")
                    if not all(t.lower_ in NON_PERSON_WORDS or TITLE_KEYWORDS.fullmatch(t.text) for t in e)), None)
        appo = apposition(doc, ent, nxt)
        if appo and nxt is not None and appo.startswith("the ") and TITLE_KEYWORDS.search(pre):
            appo = None  # "Secretary X, the EU High Representative Y, and ...": a list, the office Y's
        if appo and re.match(r"and\s", appo):
            appo = None  # "X, and Ghana's Ambassador, Y", "X, and the American delegation by Y": Y's office
        side = acting_for(doc[ent.end - 1:min(len(doc), ent.end + 40)].text[len(doc[ent.end - 1].text):]) or \
            _organisation_office(doc, ent) or (side_from_title(pre) if pre else None)
        side = side or (side_from_title(appo) if appo else None) or \
            side_before(doc[max(0, ent.start - 12):ent.start].text_with_ws)
        at_body = AT_BODY.search(pre) if not side else None  # "Minister of State at the Federal Foreign Office X"
        side = side or (organisation_country(at_body.group("body")) if at_body else None)
        body_first = BODY_FIRST.match(pre) if not side else None
        side = side or (organisation_country(body_first.group("body")) if body_first else None)
        affiliation = None
        if appo and not side:
            side = office_body_side(appo)  # "President, Japan Institute of International Affairs"
        if not side and US_OFFICES.search(f"{pre} {appo or ''}"):
            side = "US"
        if not side and us_office_holder(name, f"{pre} {appo or ''}"):
            side = "US"  # "President Biden": the records say he held the office
        if not side and (office := apposed_to(doc, ent)) is not None:
            side = side_from_title(office)  # "The U.S. defense attache in Ulaanbaatar, Lt. Col. X": the office's
        if not side:
            # the words after the name, as a span (a Doc's whole text is rebuilt at each call)
            side = affiliation_side(doc[ent.end - 1:min(len(doc), ent.end + 20)].text[len(doc[ent.end - 1].text):])
        home_side = None if side else home_office(home, f"{pre} {appo or ''}")
        title_pre = re.sub(r"^(?:Retired|Former)\s+", "", pre)
        while title_pre.split()[-1:] and title_pre.split()[-1].rstrip(".").lower() in COURTESY and " " in title_pre:
            title_pre = title_pre.rsplit(None, 1)[0]  # "Minister of State Dr.": the office, not the courtesy after it
        while title_pre.split()[:1] and title_pre.split()[0].rstrip(".").lower() in COURTESY and " " in title_pre:
            title_pre = title_pre.split(None, 1)[1]  # ... nor the one before it: "H.E. President"
        owner = POSSESSOR.match(title_pre)
        if owner and country_code(owner.group("country")):
            title_pre = title_pre[owner.end():]  # "Brazil's Foreign Minister": the office, its country the side
        own = title_pre if TITLE_KEYWORDS.search(title_pre) else None
        title = appo or own
        out.append(PersonMention(name, ent.start_char, ent.end_char, title, affiliation, side, (), short,
                                 home_side))
    return out


POSSESSOR = re.compile(r"(?:the\s+)?(?P<country>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?=[A-Z])")


def _organisation_office(doc: Doc, ent: Span) -> str | None:
    """The organisation of an office a name stands in apposition to: "the United Nations Resident Coordinator in
    Papua New Guinea, Ms X" is the UN's, not of the country the post is in."""
    office = apposed_to(doc, ent)
    side = side_from_title(office) if office else None
    return side if side in international_organisations().values() else None


def mentions_from_roster(entries: list[RosterEntry]) -> list[PersonMention]:
    return [PersonMention(e.name, e.start, e.end, e.title, e.affiliation, e.side, e.roles, listed=e.listed)
            for e in entries]


def merge_mentions(mentions: list[PersonMention]) -> tuple[list[PersonRecord], dict[int, PersonRecord]]:
    """Group mentions into people; returns the records and a map from mention index to record.

    Full names merge by spelling (most frequent spelling wins: "Sartaj Aziz" over one "Sartaz
    Aziz"); surname references ("Gates", "Secretary Blinken") join the full name they end.
    """
    records: list[PersonRecord] = []
    owner: dict[int, PersonRecord] = {}
    # A name's record never changes once found (records keep their first name while merging, and the
    # ones made later come after it), so each spelling is compared with the records only once: a long
    # text naming the same people thousands of times stays linear.
    record_of: dict[str, PersonRecord] = {}
    for i, m in enumerate(mentions):
        if m.short:
            continue
        rec = record_of.get(m.name)
        if rec is None:
            rec = next((r for r in records if same_person(r.name, m.name)), None)
        if rec is None:
            rec = PersonRecord(m.name)
            records.append(rec)
        elif m.name != rec.name:
            rec.merges.append(f"'{m.name}' taken as '{rec.name}' (spelling)")
        record_of[m.name] = rec
        rec.mentions.append(m)
        rec.aliases.add(m.name)
        owner[i] = rec
    for rec in records:
        counts = Counter(x.name for x in rec.mentions)
        first: dict[str, int] = {}
        for x in rec.mentions:
            first.setdefault(x.name, x.start)
        rec.name = max(counts, key=lambda n: (counts[n], len(n), -first[n]))
    by_short: dict[str, list[PersonRecord]] = {}
    for r in records:
        for key in dict.fromkeys((surname(r.name), r.name.split()[-1], r.name)):  # (a later whole name is one too)
            by_short.setdefault(key, []).append(r)
    # a mother's or a family name first ("Minister Sandoval" for Gabriel Sandoval Ortiz, "General Zhou"
    # for Zhou Weiming) when no one else is called so
    for r in records:
        for key in other_surnames(r.name):
            by_short.setdefault(key, [r])
    starts = {id(r): sorted(x.start for x in r.mentions) for r in records}
    for i, m in enumerate(mentions):
        if not m.short:
            continue
        hits = by_short.get(m.name) or (by_short.get(m.name.title()) if m.name.isupper() else None)  # a headline's "MANGUBAT"
        if not hits and m.title and TITLE_KEYWORDS.search(m.title):
            # "Deputy Secretary Sherman", "Sudanese Prime Minister Hamdok": the document gives no
            # fuller name, and the office makes the surname a person
            rec = PersonRecord(m.name)
            records.append(rec)
            hits = by_short[m.name] = [rec]
            starts[id(rec)] = []
        if not hits:
            continue
        office = TITLE_KEYWORDS.search(m.title or "") if len(hits) > 1 else None
        if office:  # "President Darko" is the one of two Darkos the text calls President, not the First Lady
            holders = [r for r in hits if any(office.group(0).lower() in (x.title or "").lower() for x in r.mentions)]
            hits = holders if len(holders) == 1 else hits
        # the record named last before this mention: the latest start before it, by bisection
        rec = max(hits, key=lambda r: _last_before(starts[id(r)], m.start))
        insort(starts[id(rec)], m.start)
        rec.mentions.append(m)
        rec.merges.append(f"'{m.name}' at {m.start} taken as '{rec.name}' (surname)")
        rec.aliases.add(m.name)
        owner[i] = rec
    return records, owner


def _last_before(starts: list[int], offset: int) -> int:
    k = bisect_left(starts, offset)
    return starts[k - 1] if k else -1


def tidy_titles(people: list[PersonMention]) -> list[PersonMention]:
    """The people with their titles as a roster shows them (see `offices.tidy_title`)."""
    return [p if (tidy := tidy_title(p.title)) == p.title else replace(p, title=tidy) for p in people]
