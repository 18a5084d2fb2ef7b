"""The people an event names only as "the two ministers": the pair of the event told before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Sequence

from entente.extract.events import EventCluster

if TYPE_CHECKING:
    from entente.extract.people import PersonRecord

# "a telephone conversation between the two ministers last month", "in the presence of both ministers"
# ... and "the Ministers signed", "the Ministers of Defence signed": a text's principals, named before
THE_TWO = re.compile(r"(?i)\b(?:(?:the\s+two|both)\s+(?:(?:foreign|defen[cs]e|prime|trade)\s+)?(?:ministers|leaders|secretaries|"
                     r"presidents|counterparts|heads\s+of\s+(?:state|government)|co-?chairs)|the\s+(?:(?:foreign|defen[cs]e)\s+)?"
                     r"ministers(?:\s+of\s+(?:foreign\s+affairs|defen[cs]e))?)\b")
# the office "the two ministers" names, and a kind of it ("the two defence ministers", "the Ministers of Defence")
MINISTERS = re.compile(r"(?i)\bministers?\b")
KIND = re.compile(r"(?i)\b(?:foreign|defen[cs]e)\b")
ONLOOKERS = re.compile(THE_TWO.pattern + r"|(?i:\bthe\s+co-?chairs\b)")  # ... and who look on: "The co-chairs witnessed"
# "In the presence of the two Presidents, the following instruments were signed", "witnessed by both ministers":
# the two look on while others sign; they take part in the signing as well
WITNESSING = re.compile(r"(?i)\b(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by)\s+$")
WITNESSED = re.compile(r"(?i)\s+(?:(?:also|then|later|jointly)\s+)?witnessed\b")  # "The co-chairs witnessed the signature of ..."
# "Following the talks, they adopted this Joint Declaration": an instrument the two just told made together (the
# verbs of making one: adopting, signing, issuing, not "they welcomed" or "they recalled")
THEY = re.compile(r"(?<!when\s)(?<!since\s)(?<!after\s)(?<!as\s)(?<!until\s)"  # (not "created X when they signed the Treaty")
                  r"\b[Tt]hey\s+(?:(?:also|then|jointly)\s+)?(?:adopted|signed|issued|initialed|initialled|concluded|"
                  r"endorsed|released)\b")
ACTS_OF_THE_TWO = frozenset({"statement", "agreement"})
REACH = 6  # sentences back to the event whose pair is meant (a briefing's "when the two presidents meet" is further off)


def the_two_named_before(clusters: list[EventCluster], text: str, onlookers: bool = True,
                         records: Sequence[PersonRecord] = ()) -> None:
    """An event that names no one but "the two ministers" in its sentence is held by the two of the event
    told last before it, within `REACH` sentences, whose titles (their `records`') hold the office the words name ("the
    two ministers" after a signing by two chiefs of staff in their presence are the ministers, "the Ministers of
    Defence" the defence ministers), else the two of the last that has two people, or one on each of two sides (the
    first each side names); so is an instrument "they" adopt or sign there ("Following the talks, they adopted this
    Joint Declaration"). An event its sentence has "the two ministers" look on at ("In the presence of both
    ministers, A and B signed the plan") takes that pair in beside its own people (unless `onlookers` is False: asked
    again once every event's people are in, the pair before may be another).

    >>> from entente.extract.mention import EventMention
    >>> from entente.extract.event_types import Trigger
    >>> text = "A met B. They recalled a call between the two ministers in May."
    >>> met = EventCluster([EventMention(Trigger(2, 5, "met", "meeting", True), (0, 8), "meeting")])
    >>> met.participants = {"A": ("PL", None), "B": ("LT", None)}
    >>> call = EventCluster([EventMention(Trigger(25, 29, "call", "call", True), (9, 63), "call")])
    >>> call.mentions[0].index = 1
    >>> the_two_named_before([met, call], text)
    >>> call.participants
    {'A': ('PL', None), 'B': ('LT', None)}
    """
    titles = {r.name: r.best("title") or "" for r in records}
    told = sorted((min(m.index for m in c.mentions), k, c) for k, c in enumerate(clusters) if c.mentions)
    for at, _, c in told:
        chairs = _chairs_told_before(told, at) if any(CO_CHAIRS.search(text, *m.sentence) for m in c.mentions) else []
        if len(chairs) == 2:  # "the two co-chairs ... called on the State Minister": the gathering's chairs
            for name, side in chairs:
                c.participants.setdefault(name, (side, None))
            continue
        watched = onlookers and any(_witnesses(text, m.sentence) for m in c.mentions)
        # (an instrument "signed by the two Ministers" a programme gave its visitor alone is still the two's)
        alone = c.type in ACTS_OF_THE_TWO and len(c.participants) == 1
        if not watched and ((c.participants and not alone) or not any(THE_TWO.search(text, *m.sentence) or
                                                      (c.type in ACTS_OF_THE_TWO and THEY.search(text, *m.sentence))
                                                      for m in c.mentions)):
            continue
        named = next((x.group() for m in c.mentions for x in [THE_TWO.search(text, *m.sentence)] if x), "")
        reach = REACH * 2 if watched else REACH  # who look on at a signing are its text's principals, told further back
        # (and one told in its own sentence: "received a call from X, during which the two ministers discussed the Committee")
        before = [b for _, _, b in reversed([t for t in told if (t[0] < at or (t[0] == at and t[2] is not c and t[2].type in ("call", "meeting")))
                                             and max(m.index for m in t[2].mentions) >= at - reach])]
        # the last event before with two of the office named ("the Ministers of Defence"), else the last with a pair
        for b, pair in [(b, _office_pair(b, titles, named)) for b in before] + \
                [(b, p) for b in before for p in [_pair(b)] if _may_hold(p, titles, named)]:
            if pair and watched and all(name in c.participants for name in pair):
                continue  # who look on are not who sign: "In the presence of the two Presidents, ... signed by A and B"
            if pair:
                for name in pair:
                    c.participants.setdefault(name, (b.participants[name][0], None))
                break


def _pair(cluster: EventCluster) -> list[str]:
    """An event's two people, or the first of each of its two sides; none when it has neither."""
    firsts: dict[str, str] = {}
    for name, (side, _role) in cluster.participants.items():
        if side is not None and side not in firsts:
            firsts[side] = name
    return list(cluster.participants) if len(cluster.participants) == 2 else list(firsts.values()) if len(firsts) == 2 else []


# The office "the two presidents" names, which one of a pair told before must hold ("the two presidents" after a
# call between an ambassador and a professor are not those two); ministers, counterparts and co-chairs say no office.
NAMED_OFFICE = re.compile(r"(?i)\b(?P<office>president|prime\s+minister|secretar|head|leader)")
HEAD_OFFICES = r"(?i)\b(?:president|prime\s+minister|king|queen|emir|amir|sultan|chancellor|premier)"


def _may_hold(pair: list[str], titles: Mapping[str, str], named: str) -> bool:
    """Whether a pair may be the two holders of the office `named`: one of them holds it (or, for "the two
    secretaries", neither has a title); a pair named with no office ("the two ministers", "both co-chairs") may.

    >>> _may_hold(["A", "B"], {"A": "Ambassador of Chile", "B": "Professor"}, "the two presidents")
    False
    >>> _may_hold(["A", "B"], {}, "both presidents")
    False
    >>> _may_hold(["A", "B"], {"A": "Prime Minister of Chile", "B": ""}, "the two heads of government")
    True
    >>> _may_hold(["A", "B"], {"A": "Secretary of State", "B": "Professor"}, "the two ministers")
    True
    """
    office = NAMED_OFFICE.search(named)
    word = office.group("office").lower() if office else ""
    if not pair or office is None or (word == "secretar" and not any(titles.get(name) for name in pair)):
        return bool(pair)
    wanted = HEAD_OFFICES if word in ("head", "leader") else r"(?i)\b" + word
    return any(re.search(wanted, titles.get(name, "")) for name in pair)


def _office_pair(cluster: EventCluster, titles: Mapping[str, str], named: str) -> list[str]:
    """The first person of each of two sides of an event whose title holds the ministers `named` ("the two
    defence ministers": a minister of defence); none unless there are two such sides (or two such people).

    >>> c = EventCluster([])
    >>> c.participants = {"A": ("PL", None), "B": ("LT", None), "C": ("PL", None), "D": ("LT", None)}
    >>> _office_pair(c, {"A": "Chief of the General Staff", "C": "Minister of National Defence",
    ...                  "D": "Minister of National Defence of Lithuania"}, "the two ministers")
    ['C', 'D']
    """
    if not MINISTERS.search(named):
        return []
    kind = KIND.search(named)
    firsts: dict[str, str] = {}  # (one of no side yet is a side of their own)
    for name, (side, _role) in cluster.participants.items():
        title = titles.get(name, "")
        if MINISTERS.search(title) and (kind is None or kind.group().lower()[:5] in title.lower()):
            firsts.setdefault(side or name, name)
    return list(firsts.values()) if len(firsts) == 2 else []


# The chairs of a gathering told before, who take part in what a sentence tells: "the two co-chairs and several
# members of both delegations called on X", "Meeting of the co-chairs with the Minister"
CO_CHAIRS = re.compile(r"(?i)\b(?:the\s+two|both|the)\s+co-?chairs\b(?!\s+of\b)")


def _chairs_told_before(told: list, at: int) -> list[tuple[str, str | None]]:
    """The two chairs of the last gathering told before sentence `at` that has two (not of one side)."""
    for _, _, b in reversed([t for t in told if t[0] < at]):
        chairs = [(name, side) for name, (side, role) in b.participants.items() if role == "chair"]
        if len(chairs) == 2 and (chairs[0][1] is None or chairs[0][1] != chairs[1][1]):
            return chairs
    return []


def _witnesses(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence has "the two ministers" look on at what others do.

    >>> _witnesses("In the presence of both ministers, A and B signed the plan.", (0, 60))
    True
    >>> _witnesses("The two ministers, A and B, signed the plan.", (0, 44))
    False
    >>> _witnesses("The co-chairs witnessed the signature of a plan by A and B.", (0, 59))
    True
    """
    return any(WITNESSING.search(text, sentence[0], m.start()) or WITNESSED.match(text, m.end())
               for m in ONLOOKERS.finditer(text, *sentence))
