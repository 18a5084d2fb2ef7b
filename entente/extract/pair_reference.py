"""The people an event names only as "the two ministers": the pair of the event told before it."""

from __future__ import annotations

import re

from entente.extract.events import EventCluster

# "a telephone conversation between the two ministers last month", "in the presence of both ministers"
THE_TWO = re.compile(r"(?i)\b(?:the\s+two|both)\s+(?:(?:foreign|defen[cs]e|prime|trade)\s+)?(?:ministers|leaders|secretaries|"
                     r"presidents|counterparts|heads\s+of\s+(?:state|government))\b")
REACH = 6  # sentences back to the event whose pair is meant (a briefing's "when the two presidents meet" is further off)


def the_two_named_before(clusters: list[EventCluster], text: str) -> None:
    """An event that names no one but "the two ministers" in its sentence is held by the two of the event
    told last before it, within `REACH` sentences, that has two people, or one on each of two sides (the first each
    side names).

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
    told = sorted((min(m.index for m in c.mentions), k, c) for k, c in enumerate(clusters) if c.mentions)
    for at, _, c in told:
        if c.participants or not any(THE_TWO.search(text, m.sentence[0], m.sentence[1]) for m in c.mentions):
            continue
        for _, _, b in reversed([t for t in told if t[0] < at and max(m.index for m in t[2].mentions) >= at - REACH]):
            firsts: dict[str, str] = {}
            for name, (side, _role) in b.participants.items():
                if side is not None and side not in firsts:
                    firsts[side] = name
            pair = list(b.participants) if len(b.participants) == 2 else list(firsts.values()) if len(firsts) == 2 else []
            if pair:
                for name in pair:
                    c.participants[name] = (b.participants[name][0], None)
                break
