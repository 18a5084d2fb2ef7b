"""Dates people type in the app (filters, corrections), read by entente.user_dates.parse_user_date."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from entente.user_dates import parse_user_date

TODAY = dt.date(2010, 6, 11)


@pytest.mark.parametrize(("text", "expected"), [
    ("10 June 2010", "2010-06-10"),
    ("June 10, 2010", "2010-06-10"),
    ("2010-06-10", "2010-06-10"),
    ("6/10/2010", "2010-06-10"),
    ("10 Jun 2010", "2010-06-10"),
    ("June 2010", "2010-06"),
    ("Jun 2010", "2010-06"),
    ("2010", "2010"),
    (" 1999 ", "1999"),
    ("yesterday", "2010-06-10"),
    ("3 days ago", "2010-06-08"),
    ("10 June", "2010-06-10"),
    ("", None),
    ("   ", None),
    (None, None),
    ("not a date", None),
    ("Pakistan", None),
    ("x" * 500, None),
])
def test_typed_dates(text: str | None, expected: str | None) -> None:
    assert parse_user_date(text, today=TODAY) == expected


def test_reading_a_date_opens_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parse_user_date tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert parse_user_date("7 June 2010", today=TODAY) == "2010-06-07"
