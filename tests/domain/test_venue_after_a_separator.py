"""A report's header line "Fourth Round | Ulaanbaatar, 3–4 May 2031" names where the gathering was held (issue 12),
not the line under it where the report was issued ("Tokyo, 12 May 2031"): the title and the body tell one event."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Japan–Mongolia Strategic Forum 2031: Summary Report

Fourth Round | Ulaanbaatar, 3–4 May 2031
Japan Institute of International Affairs (JIIA)
Tokyo, 12 May 2031

1. Overview

The fourth round of the Japan–Mongolia Strategic Forum was held in Ulaanbaatar on 3 and 4 May 2031, co-organised by \
the Institute for Strategic Studies of Mongolia and JIIA. Delegations were led by Dr. Batbayar Ganbold and Prof. Sato \
Hiroshi.
"""


def test_the_forum_is_one_event_where_its_header_line_says(nlp) -> None:
    events = _extract(nlp, REPORT, "2031-05-12")
    (forum,) = [e for e in events if "Forum" in e.title]
    assert (forum.start, forum.end, forum.location and forum.location.name) == ("2031-05-03", "2031-05-04", "Ulaanbaatar")
