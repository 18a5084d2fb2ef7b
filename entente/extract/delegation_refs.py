"""Events a text gives to a delegation rather than to its people ("Arrival of the Mexican Delegation", "signed by
the heads of delegation", "between the two Presidents"): they have the people of the lists the document gives; and
the event a list's heading names ("GERMAN DELEGATION (BILATERAL TALKS)"), which that list's people attend."""

from __future__ import annotations

import re

from entente.extract.countries import find_sides
from entente.extract.events import EventCluster


# "Arrival of the Mexican Delegation", "the Indian delegation called on"; "signed by the heads of delegation"
DELEGATION_REF = re.compile(r"\b(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:[Dd]elegation\b(?!s)|participants\b)")
HEADS_REF = re.compile(r"\b(?i:heads\s+of\s+(?:the\s+)?delegations?|delegation\s+heads|co-?chairs)\b")
# "between the two Presidents", "in the presence of the two leaders": the first person of each side
TWO_PRINCIPALS = re.compile(r"\b(?i:the\s+two)\s+(?:Presidents|Prime\s+Ministers|[Ll]eaders|Heads\s+of\s+(?:State|Government))\b")


def join_delegations(cluster: EventCluster, text: str, listed: list[tuple[str, str, str]],
                     visitor: str | None = None) -> None:
    """An event its sentence gives to a delegation of the main gathering ("Arrival of the Mexican
    Delegation") has that delegation's people; one it gives to "the heads of delegation", their heads.
    A side the event already names people for ("X led the U.S. delegation at the March meetings") has
    its own delegation."""
    for m in cluster.mentions:
        sentence = text[m.sentence[0]:m.sentence[1]]
        named = {side for side, _ in cluster.participants.values()}
        for ref in DELEGATION_REF.finditer(sentence):
            found = [s.code for s in find_sides(ref.group("who"))]
            if not found and visitor and ref.group("who") in {"The", "the"}:
                found = [visitor]  # "The delegation also met X" during a visit: the visitors
            for name, side, role in listed:
                if found and side == found[0] and side not in named:
                    cluster.add_participant(name, side, None)
        if HEADS_REF.search(sentence) and not named:
            for name, side, role in listed:
                if role in {"lead", "chair"}:
                    cluster.add_participant(name, side, None)
        if m.slot and TWO_PRINCIPALS.search(sentence):  # a programme's "Small-group meeting between the two Presidents"
            for side in dict.fromkeys(side for _, side, _ in listed):
                ranked = sorted((k for k, x in enumerate(listed) if x[1] == side),
                                key=lambda k: (listed[k][2] not in {"lead", "chair"}, listed[k][2] != "host", k))
                if side not in {s for s, _ in cluster.participants.values()}:
                    cluster.add_participant(listed[ranked[0]][0], side, None)


# A list's heading that names what the list is for: "GERMAN DELEGATION (BILATERAL TALKS)", "Delegation to the Talks"
LISTED_FOR = re.compile(r"(?i)(?:\(|\bfor\s+the\s+|\bto\s+the\s+|\bat\s+the\s+)(?:[\w-]+\s+){0,2}?(?P<noun>talks|consultations|"
                        r"negotiations|dialogue|meeting|commission|committee|conference|session|plenary)\b")


def heading_start(text: str, start: int) -> int:
    """Where the heading line over the list at `start` begins."""
    return text.rfind("\n", 0, max(0, start - 1)) + 1


def listed_for(clusters: list[EventCluster], text: str, start: int) -> EventCluster | None:
    """The one dated event, told outside the heading of the list at `start`, that its heading names by its noun
    ("GERMAN DELEGATION (BILATERAL TALKS)" over the hosts' names: "09:40 Bilateral talks in delegation format"); None
    when it names none, or several."""
    head_at = heading_start(text, start)
    noun = LISTED_FOR.search(text, head_at, start)
    if noun is None:
        return None
    word = re.compile(rf"(?i)\b{noun.group('noun')}\b")
    outside = [(c, m) for c in clusters if c.date is not None for m in c.mentions if not head_at <= m.trigger.start < start]
    # by the trigger's word, else by the sentence's ("chaired" the talks of "09:40 Bilateral talks in delegation format")
    told = list({id(c): c for c, m in outside if word.search(m.trigger.text)}.values()) or \
        list({id(c): c for c, m in outside if word.search(text, m.sentence[0], m.sentence[1])}.values())
    return told[0] if len(told) == 1 else None
