"""A weekday a firm future names, written on that weekday (issues 12, 15): "On Friday, the two ministers will open
the seminar" in a release dated Friday is the next Friday, inside the trip it announces (it had been dated the
release's own day, a week before the seminar)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """ROYAL NORWEGIAN MINISTRY OF FOREIGN AFFAIRS

Visit of the Minister of Foreign Affairs to Tunisia and Morocco – 12 to 16 May 2036

Press Release No. 211, 9 May 2036

The Minister of Foreign Affairs, Ms. Ingrid Solheim, will visit Tunisia and Morocco from 12 to 16 May.

On Monday, Minister Solheim will hold talks in Tunis with the Minister of Foreign Affairs of Tunisia, Mr. Karim Ben Salah.

On Friday, the Minister will open the Norway–Morocco Business Forum in Rabat with the Moroccan Minister of Industry, Ms. Leila Bennani.
"""


def test_a_weekday_ahead_on_its_own_weekday_is_next_weeks(nlp) -> None:
    days = {e.type: e.start for e in _extract(nlp, RELEASE, "2036-05-09") if "Forum" in e.title or e.type == "meeting"}
    assert days.get("meeting") == "2036-05-12"  # 9 May 2036 is a Friday; Monday is the 12th
    assert "2036-05-16" in days.values() and "2036-05-09" not in days.values()


def test_the_forum_on_the_friday_has_both_sides(nlp) -> None:
    forum = next(e for e in _extract(nlp, RELEASE, "2036-05-09") if "Forum" in e.title)
    assert forum.start == "2036-05-16"
    assert {p.name: p.side for p in forum.participants} == {"Ingrid Solheim": "NO", "Leila Bennani": "MA"}
