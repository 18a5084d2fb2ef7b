"""An event cluster made into the Event the store keeps: its stable id, evidence, themes and confidence."""

from __future__ import annotations

import hashlib
import re
from typing import Callable, Sequence

from entente.extract.event_roles import ROLE_RANK
from entente.extract.events import EventCluster
from entente.models import Event, Evidence, Participant


def confidence(cluster: EventCluster) -> float:
    date = cluster.date
    score = 0.4
    score += {"day": 0.2, "week": 0.15, "month": 0.12, "year": 0.05, "decade": 0.0}[date.precision] if date else 0
    score += 0.15 if cluster.location else 0
    score += 0.1 if cluster.participants else 0
    score += 0.1 if len({m.sentence for m in cluster.mentions}) > 1 else 0
    return min(0.95, round(score, 3))


def event_id(document_id: str, type_: str, start: str | None, title: str) -> str:
    """Stable across runs: the same document, type, date and title give the same id."""
    key = "|".join((document_id, type_, start or "", re.sub(r"\W+", " ", title.lower()).strip()))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def build_event(cluster: EventCluster, *, document_id: str, text: str, title: str,
                countries: tuple[str, ...], themes_in: Callable[[int, int], tuple[str, ...]],
                extra_evidence: Sequence[tuple[int, int]] = ()) -> Event | None:
    date = cluster.date
    if date is None:
        return None
    spans = sorted({m.sentence for m in cluster.mentions} | set(extra_evidence))
    evidence = tuple(Evidence(s, e, text[s:e], cluster.date_note if k == 0 else None)
                     for k, (s, e) in enumerate(spans))
    themes: list[str] = []
    for s, e in spans:
        for theme in themes_in(s, e):
            if theme not in themes:
                themes.append(theme)
    start, end = date.start, date.end
    participants = tuple(Participant(n, side, role) for n, (side, role) in
                         sorted(cluster.participants.items(), key=lambda kv: ROLE_RANK[kv[1][1]]))
    participants += tuple(Participant(n, side, role) for n, side, role in cluster.extra_roles)
    return Event(id=event_id(document_id, cluster.type, start, title), title=title, type=cluster.type,
                 start=start, end=end, precision=date.precision, location=cluster.location,
                 countries=countries, themes=tuple(themes), participants=participants,
                 evidence=evidence, confidence=confidence(cluster))
