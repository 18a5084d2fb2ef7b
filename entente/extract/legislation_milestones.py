"""Legislation told by its milestones: one mention per dated step ("passed the Senate on ..., the House on ...")."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.event_dates import date_span
from entente.extract.mention import EventMention
from entente.models import Timex

LEGISLATION_MILESTONE = re.compile(r"^[\s,;]*(?:and\s+)?(?:then\s+)?(?P<clause>.*?)\s*(?:on|in)?\s*$", re.S)


def legislation_milestones(text: str, mentions: list[EventMention], in_sent: list[Timex],
                           dct: dt.date | None) -> list[EventMention]:
    """ "passed the U.S. Senate on 24 September 2009 and the U.S. House ... on 30 September 2009, and
    went into effect on 15 October 2009": one legislation mention per dated milestone."""
    if not any(m.type == "legislation" for m in mentions):
        return mentions
    days = [(t, date_span(t, dct)) for t in in_sent]
    days = [(t, d) for t, d in days if d and d.precision == "day"]
    if len(days) < 2:
        return mentions
    first = min(m.trigger.start for m in mentions if m.type == "legislation")
    out = [m for m in mentions if m.type != "legislation"]
    prev = first
    template = next(m for m in mentions if m.type == "legislation")
    for t, d in days:
        if t.start < first:
            continue
        clause = LEGISLATION_MILESTONE.match(text[prev:t.start]).group("clause").strip(" ,")
        if out and out[-1].clause and not re.match(r"(?i)(?:passed|went|was|became|entered|took|signed|is)\b", clause):
            clause = f"{out[-1].clause.split()[0]} {clause}"  # "and the House ..." keeps "passed"
        out.append(EventMention(template.trigger, template.sentence, "legislation", d, template.location,
                                template.location_kind, None, list(template.people), template.countries,
                                clause))
        prev = t.end
    return out
