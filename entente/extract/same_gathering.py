"""One gathering told twice: a document that names a dialogue by its name in one sentence and as "today's
meeting in Geneva" in another gives two clusters for one event; they are joined once both are dated (so is a
signing a headline tells and the body tells again). Also who of a gathering takes part in what is held beside it:
the people of its parts, both its delegations at a reception, and whom a report of it names acting."""

from __future__ import annotations

import re

from entente.extract.event_types import Trigger
from entente.extract.event_dating import HEADING_SENTENCES, TITLE_SENTENCES, opens
from entente.extract.events import EventCluster
from entente.extract.gathering_names import name_words
from entente.extract.parties import main_gathering
from entente.extract.people import PersonMention, PersonRecord
from entente.extract.sections import is_heading
from entente.extract.tense import Spans


def merge_same_gathering(clusters: list[EventCluster], text: str) -> list[EventCluster]:
    """Two gatherings of one kind a document dates on the same day, at the same place or by the same name,
    are one ("led a delegation to participate in the U.S.-Russia Strategic Stability Dialogue" ... "Today's
    meeting in Geneva was the beginning of this dialogue ... future Strategic Stability Dialogue sessions"),
    unless one is a part of the other, is held beside it, or each has its own foreign side. An event a
    headline tells is the one of its kind the text then tells (see `_headline_told_again`)."""
    clusters = _headline_told_again(clusters, text)
    out: list[EventCluster] = []
    by_day: dict[tuple[str, object], list[EventCluster]] = {}  # only a gathering of one kind and day can be it
    for c in clusters:
        key = (c.type, c.date)
        same = next((o for o in by_day.get(key, ()) if _one_gathering(o, c, text)), None)
        if same is None:
            out.append(c)
            by_day.setdefault(key, []).append(c)
        else:
            same.absorb(c)
    return out


def _headline_only(c: EventCluster, text: str) -> bool:
    """Whether only heading lines a text opens with tell an event (an office, a dateline, then "Polish-Lithuanian
    military cooperation plan for 2003 signed in Vilnius")."""
    return all(m.index <= HEADING_SENTENCES + 1 and is_heading(text, m.sentence) for m in c.mentions)


def _headline_told_again(clusters: list[EventCluster], text: str = "") -> list[EventCluster]:
    """A signing only the headline tells, naming no one ("U.S. Ambassador Calls on Planning Minister, Signs $45
    Million Water Grant"; "Mexico and Guatemala sign memorandum on ..."), or only whom the body's signing names when
    the headline is a heading line, is the one signing the body tells on its day (on any day, when the headline gives
    no day of its own): not a second signing. (A headline's meeting may be one the body tells by another word: it
    stays.)

    >>> from entente.extract.mention import EventMention
    >>> from entente.extract.event_types import Trigger
    >>> from entente.extract.event_dates import DateSpan
    >>> head = EventCluster([EventMention(Trigger(0, 5, "Signs", "agreement", True), (0, 20), "agreement")])
    >>> head.date_from(DateSpan("2030-05-03", None, "day"), "dated by the document's date: ...")
    >>> body = EventCluster([EventMention(Trigger(40, 46, "signed", "agreement", True), (30, 80), "agreement")])
    >>> body.mentions[0].index = 4
    >>> body.date_from(DateSpan("2030-05-02", None, "day"), "")
    >>> body.participants = {"A": ("US", "signatory")}
    >>> [c is body for c in _headline_told_again([head, body])]
    [True]
    """
    out: list[EventCluster] = []
    for c in clusters:
        told = None
        if c.type == "agreement" and c.date is not None and (_headline_only(c, text) or (
                not c.participants and all(m.index <= TITLE_SENTENCES for m in c.mentions))):
            anyday = c.date_note is not None  # the headline gives no day of its own
            same = [b for b in clusters if b is not c and b.type == c.type and b.date is not None and b.participants
                    and set(c.participants) <= set(b.participants) and any(m.index > TITLE_SENTENCES for m in b.mentions)
                    and (anyday or b.date.overlaps(c.date))]
            told = same[0] if len(same) == 1 else None  # (of two signings, the headline may tell either)
        if told is None:
            out.append(c)
        else:
            told.absorb(c)
    return out


def _one_gathering(a: EventCluster, b: EventCluster, text: str) -> bool:
    if a.type != b.type or a.type not in {"dialogue", "conference", "summit"} or a.date is None or a.date != b.date:
        return False
    if a.part or b.part or a.children_of or b.children_of or any(m.aside or m.apart for m in a.mentions + b.mentions):
        return False
    foreign_a, foreign_b = a.sides - {a.home}, b.sides - {a.home}
    if foreign_a and foreign_b and not foreign_a & foreign_b:
        return False
    if a.location and b.location:
        return a.location.name == b.location.name
    names_a, names_b = _name_words(a, text), _name_words(b, text)  # "Political" and "Economic" Working Groups: two
    return bool(names_a and names_b) and (names_a <= names_b or names_b <= names_a)


def _name_words(cluster: EventCluster, text: str) -> set[str]:
    """The capitalised words a gathering's mentions put before their trigger ("Strategic Stability")."""
    words: set[str] = set()
    for m in cluster.mentions:
        if m.type == cluster.type:
            words |= name_words(text, m.sentence[0], m.trigger, bodies_only=False)
    return words


# What is held beside a gathering's sessions, not in them: "Reception hosted by", "Courtesy call on".
SOCIAL = re.compile(r"(?i)\b(?:receptions?|lunch(?:eon)?|dinners?|breakfast|banquet|courtesy|calls?\s+on|tours?|visits?)\b")


def parts_people_join(clusters: list[EventCluster], host: EventCluster | None, text: str) -> None:
    """Who chaired, presented or spoke at a part of the gathering a report is about ("Session 2 ... Chair: Dr.
    Y; Presenters: ...") took part in the gathering too: they join its participants with the same role, unless
    it names them already. The part stays an event of its own."""
    if host is None or host.date is None:
        return
    for c in clusters:
        if c is host or not c.part or c.date is None or not c.date.overlaps(host.date) or \
                any(SOCIAL.search(text, m.sentence[0], m.sentence[1]) for m in c.mentions):
            continue  # (a reception or a courtesy call beside it is no part of the talks)
        for name, (side, role) in c.participants.items():
            if name not in host.participants and role != "host":
                host.participants[name] = (side, role)


# "the two delegations were received by X", "hosted a dinner for both delegations", "X received the delegations":
# the gathering's two delegations are there, all of them (not "several members of both delegations")
BOTH_DELEGATIONS = re.compile(r"(?i)(?<!members\sof\s)\b(?:the\s+two|both|the)\s+delegations\b")
# ... or its heads: "the heads of delegation were received by X", "the two co-chairs paid a courtesy call on Y"
# (with the role of the gathering's people the words name; None: all who have a side)
GATHERING_PEOPLE = ((BOTH_DELEGATIONS, None),
                    (re.compile(r"(?i)\b(?:the\s+two|both|the)\s+(?:co-?chair(?:s|men|persons|women)|chairs)\b"), "chair"),
                    (re.compile(r"(?i)\b(?:the\s+two|both|the)\s+(?:heads\s+of\s+(?:the\s+(?:two\s+)?)?delegations?|"
                                r"delegation\s+(?:heads|leaders))\b"), "lead"))
ATTENDED = frozenset({"meeting", "visit"})  # what delegations attend together; not what they recall or agree


def delegations_attend(clusters: list[EventCluster], host: EventCluster | None, text: str,
                       spans: Spans | None = None) -> None:
    """An event beside the gathering a report is about, on one of its days, that has the two delegations
    there, in its trigger's own clause ("On 16 November the two delegations were received at the Ministry by X";
    not "The two delegations stressed that the bases hosting ..."), has all the gathering's people who have a
    side beside its own: its leads as leads, the rest as members; one that has its heads there ("the heads of
    delegation were received by X", "the two co-chairs paid a courtesy call on Y") has those who led or chaired it.
    (Without a parse, anywhere in its sentence.)

    >>> from entente.extract.mention import EventMention
    >>> from entente.extract.event_types import Trigger
    >>> from entente.extract.event_dates import DateSpan
    >>> text = "The dialogue was held on 3-4 May. On 4 May the two delegations were received by X."
    >>> talks = EventCluster([EventMention(Trigger(4, 12, "dialogue", "dialogue", True), (0, 33), "dialogue")])
    >>> talks.date_from(DateSpan("2030-05-03", "2030-05-04", "day"), "")
    >>> talks.participants = {"A": ("PL", "lead"), "B": ("LT", "chair")}
    >>> call = EventCluster([EventMention(Trigger(61, 69, "received", "meeting", True), (34, 82), "meeting")])
    >>> call.date_from(DateSpan("2030-05-04", None, "day"), "")
    >>> call.participants = {"X": ("LT", "host")}
    >>> delegations_attend([talks, call], talks, text)
    >>> call.participants
    {'X': ('LT', 'host'), 'A': ('PL', 'lead'), 'B': ('LT', 'member')}
    """
    if host is None or host.date is None:
        return
    for c in clusters:
        if c is host or c.type not in ATTENDED or c.part or c.date is None or not c.date.overlaps(host.date):
            continue
        words, named = next(((w, r) for w, r in GATHERING_PEOPLE if any(
            _there(spans, m.trigger, d) for m in c.mentions for d in w.finditer(text, *m.sentence))), (None, None))
        for name, (side, role) in host.participants.items() if words else ():
            # who led a delegation leads it there too; who chaired a session is a member there (a head's side yet
            # unknown is filled as the gathering's is)
            if (side is not None) if named is None else role == named:
                c.participants.setdefault(name, (side, "lead" if role == "lead" else "member"))


# How a name stands in its clause when its person acts: the subject ("Dr. A argued", "Among those present were A"),
# the agent of a passive ("remarks were delivered by A"), the source ("presentations from A"), or what a list of
# those present includes ("Other participants included Colonel A"); not "discussed President B's order"
ACTING = frozenset({"nsubj", "nsubjpass", "attr"})
AGENT_WORDS = frozenset({"by", "from"})
INCLUDING = ("includ", "compris")  # (the parse holds no lemmas)
# ... or a list's line: a bullet or a number, a courtesy or a rank before the name ("2. Brigadier General A"),
# or a label or a cell before it on its line ("Observers: A, Consul; B, Consul", "Keynote address | Dr. A")
LINE_HEAD = re.compile(r"[ \t]*(?:[-•*·]|\d{1,3}[.)])?[ \t]*(?:[A-Z][\w.]*\.?[ \t]+|[a-z]{1,5}\.[ \t]+){0,4}")
CELL_HEAD = re.compile(r"[:|;][ \t]*(?:[A-Z][\w.]*\.?[ \t]+){0,4}$")


def named_attend(clusters: list[EventCluster], host: EventCluster | None, text: str, people: list[PersonMention],
                 owner: dict[int, PersonRecord], spans: Spans | None) -> None:
    """Whom a document about one gathering (its title or first sentence tells it) names acting, with a side, and
    puts in no event it tells was at that gathering: the speakers, observers and listed members of a report
    ("Opening remarks were delivered by Ambassador X", "Observers: A, Consul, ..."). Not whom it names as a
    topic ("reviewed President B's Executive Order") nor in its heading line (a statement's author).

    >>> from entente.extract.mention import EventMention
    >>> from entente.extract.event_dates import DateSpan
    >>> text = "Report\\nThe dialogue was held on 3 May.\\nObservers: Dr. Ana Ruiz, Embassy of Chile."
    >>> talks = EventCluster([EventMention(Trigger(11, 19, "dialogue", "dialogue", True), (7, 38), "dialogue")])
    >>> talks.date_from(DateSpan("2030-05-03", None, "day"), "")
    >>> ruiz = PersonMention("Ana Ruiz", 54, 62, side="CL")
    >>> named_attend([talks], talks, text, [ruiz], {0: PersonRecord("Ana Ruiz", [ruiz])}, None)
    >>> talks.participants
    {'Ana Ruiz': ('CL', 'member')}
    """
    if host is None or host.date is None or not opens(host):
        return
    taken = {name for c in clusters for name in c.participants}
    heading_end = max(text.find("\n"), 0)  # (a text of one line has no heading of its own)
    for i, p in enumerate(people):
        record = owner.get(i)
        if record is None or record.name in taken or p.start < heading_end:
            continue
        side = record.sides()[0]
        if side is not None and _acts(text, p, spans):
            host.add_participant(record.name, side, "member")
            taken.add(record.name)


def _acts(text: str, p: PersonMention, spans: Spans | None) -> bool:
    """Whether a mention names its person acting (see ACTING), or on a list's line."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if LINE_HEAD.fullmatch(text, line_start, p.start) or CELL_HEAD.search(text, line_start, p.start):
        return True
    span = spans.char_span(p.start, p.end, alignment_mode="expand") if spans is not None else None
    if span is None or text[p.end:p.end + 2] in {"'s", "’s"}:
        return False
    token = span.root
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in ACTING or (token.dep_ == "dobj" and token.head.lower_.startswith(INCLUDING)) or \
        (token.dep_ == "pobj" and token.head.lower_ in AGENT_WORDS)


def _there(spans: Spans | None, trigger: Trigger, words: re.Match[str]) -> bool:
    """Whether the words naming the delegations hang from the trigger in the parse (or there is no parse), or
    from the verb whose object it is ("the two co-chairs paid a courtesy call on X")."""
    if spans is None:
        return True
    said, told = spans.char_span(*words.span(), alignment_mode="expand"), \
        spans.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if not (said and told):
        return False
    heads = {told.root.i} | ({told.root.head.i} if told.root.dep_ == "dobj" else set())
    return any(t.i in heads for t in said.root.ancestors)


# A programme's role label after a name: "Amb. (ret.) X, President, CARI (Co-Chair)"
CHAIR_LABEL = re.compile(r"(?i)\(\s*(?:co-?)?chair(?:man|woman|person)?\s*\)")


def labelled_chairs(clusters: list[EventCluster], text: str) -> list[EventCluster]:
    """The people a programme labels "(Co-Chair)" under its opening, told with no date of their own, chair the
    gathering it is the programme of: they join it as chairs, and the labels are no event of their own."""
    main = main_gathering(clusters)
    if main is None:
        return clusters
    labels = [c for c in clusters if c is not main and c.date is None and c.mentions and all(
        CHAIR_LABEL.match(text, m.trigger.start - 1, m.trigger.end + 1) for m in c.mentions)]
    for c in labels:
        for name, (side, _role) in c.participants.items():
            main.add_participant(name, side, "chair")
    return [c for c in clusters if all(c is not label for label in labels)]
