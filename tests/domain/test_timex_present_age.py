"""Issue 15's classes of the temporal stage: figures of the present age ("today's youth", "high noon")
that name no day, and two vague lengths joined into one expression ("weeks or months")."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.extract.timex import extract_timexes

D1999 = dt.date(1999, 3, 4)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, D1999).timexes]


@pytest.mark.parametrize("text", [
    "Schools must prepare pupils for today's competitive job market.",
    "Music like this speaks to today's teenagers.",
    "In today's world, a phone is a computer.",
    "Many of today's cars run on diesel.",
    "The old villa would cost $2 million in today's dollars.",
    "The mayor called it high noon for the city council.",
])
def test_present_age_is_no_day(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister explained today's vote to reporters.", [("today", "DATE", "1999-03-04")]),
    ("The ad runs in today's editions of the paper.", [("today", "DATE", "1999-03-04")]),
    ("Talks resume at noon on Friday.", [("noon on Friday", "TIME", "1999-03-05T12:00")]),
])
def test_a_day_of_today_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The repairs could take weeks or months to finish.", ("weeks or months", "DURATION", "PXW")),
    ("Prices have risen over the years and decades since.", ("the years and decades", "DURATION", "PXY")),
    ("Many banks in recent weeks and months have cut rates.", ("recent weeks and months", "DURATION", "PXW")),
])
def test_two_vague_lengths_are_one_expression(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_length_and_an_offset_stay_apart() -> None:
    assert found("He waited for days and weeks later left.")[0][0] == "days"
