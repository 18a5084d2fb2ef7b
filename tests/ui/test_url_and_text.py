"""URL parameters in and out, and untrusted document text made inert wherever the app shows it."""

from __future__ import annotations

import pytest

from components.filters import clean, to_filters
from components.labels import country_name, format_when, safe
from components.layout import highlighted_text, md
from entente.query import Filters


@pytest.mark.parametrize(("params", "expected"), [
    ({"country": "PK"}, {"country": "PK"}),
    ({"country": "pk, kz,PK"}, {"country": "PK,KZ"}),
    ({"country": "Pakistan,ZZZ"}, {}),
    ({"year_from": "2009", "year_to": "2010"}, {"year_from": "2009", "year_to": "2010"}),
    ({"year_from": "20x9", "year_to": "99"}, {}),
    ({"theme": "ctr,kerry-lugar"}, {"theme": "ctr,kerry-lugar"}),
    ({"theme": "<script>,CTR"}, {}),
    ({"type": "meeting,visit,party"}, {"type": "meeting,visit"}),
    ({"event": "ev-1", "present": "1"}, {"event": "ev-1", "present": "1"}),
    ({"event": "a b<c>"}, {}),
    ({"present": "0"}, {}),
    ({"hl": "120-310", "doc": "abc123"}, {"doc": "abc123", "hl": "120-310"}),
    ({"hl": "javascript:1"}, {}),
    ({"lane": "theme"}, {"lane": "theme"}),
    ({"lane": "counterpart"}, {}),
    ({"lane": "weather"}, {}),
    ({"utm_source": "mail"}, {}),
    ({"country": "PK", "pair": "1"}, {"country": "PK", "pair": "1"}),
    ({"country": "PK", "pair": "0"}, {"country": "PK"}),
    ({"pair": "1"}, {}),  # a strict pair needs a counterpart
    ({"present": "1", "notes": "1"}, {"present": "1", "notes": "1"}),
    ({"notes": "1"}, {}),  # speaker notes only exist in presenter mode
])
def test_pasted_links_keep_only_well_formed_parameters(params, expected):
    assert clean(params) == expected


def test_filters_read_from_the_url():
    assert to_filters({}) == Filters(planned=False), "planned events are hidden unless the link asks for them"
    assert to_filters({"planned": "1"}) == Filters()
    assert to_filters({"country": "PK", "pair": "1"}) == Filters(countries=("PK",), pair=True, planned=False)


def test_parameter_order_is_stable_so_equal_views_give_equal_links():
    a = clean({"type": "visit", "country": "PK", "event": "e1"})
    b = clean({"event": "e1", "country": "PK", "type": "visit"})
    assert list(a.items()) == list(b.items())


@pytest.mark.parametrize("text", [
    "**bold** and [a link](javascript:alert(1))",
    "![tracker](http://example.com/pixel.png)",
    "<img src=x onerror=alert(1)>",
    "$x^2$ and :red[alarm] and ~~gone~~",
    "# heading",
])
def test_markdown_escaping_leaves_no_active_syntax(text):
    escaped = md(text)
    i, literal = 0, []
    while i < len(escaped):  # every special character must arrive backslash-escaped
        if escaped[i] == "\\":
            literal.append(escaped[i + 1])
            i += 2
            continue
        assert escaped[i] not in "*_[]()<>$~:!`#", f"unescaped {escaped[i]!r} in {escaped!r}"
        literal.append(escaped[i])
        i += 1
    assert "".join(literal).replace("\u2060", "") == text  # a word joiner keeps an address from linking


def test_document_text_is_html_escaped_and_the_passage_marked():
    text = "Intro <script>alert(1)</script> & the signing on Dec. 17, 1999. Outro"
    start = text.index("the signing")
    end = start + len("the signing on Dec. 17, 1999")
    out = highlighted_text(text, start, end)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out
    assert '<mark class="entente-hl" id="passage">the signing on Dec. 17, 1999</mark>' in out


@pytest.mark.parametrize(("start", "end"), [(None, None), (5, 2), (-1, 3), (0, 10_000)])
def test_a_bad_highlight_span_shows_the_plain_text(start, end):
    assert "<mark" not in highlighted_text("some text", start, end)


def test_plotly_hover_text_is_escaped():
    assert safe("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"


@pytest.mark.parametrize(("start", "end", "precision", "expected"), [
    ("1999-12-17", None, "day", "17 Dec 1999"),
    ("2010-03", None, "month", "Mar 2010"),
    ("2010", None, "year", "2010"),
    ("198", None, "decade", "1980s"),
    ("2009-10-08", "2009-10-09", "day", "8–9 Oct 2009"),
    ("2009-10-30", "2009-11-02", "day", "30 Oct – 2 Nov 2009"),
    ("2009-12-30", "2010-01-02", "day", "30 Dec 2009 – 2 Jan 2010"),
    ("2009-10-08T09:30", "2009-10-08T10:50", "day", "8 Oct 2009, 09:30–10:50"),
    ("2009-10-08T09:30", None, "day", "8 Oct 2009, 09:30"),
    (None, None, None, "undated"),
])
def test_dates_are_shown_as_precisely_as_the_document_gave_them(start, end, precision, expected):
    assert format_when(start, end, precision) == expected


@pytest.mark.parametrize(("code", "name"), [("PK", "Pakistan"), ("KZ", "Kazakhstan"), ("US-PK", "United States–Pakistan"),
                                            (None, "Unknown"), ("XX", "XX")])
def test_country_codes_read_as_names(code, name):
    assert country_name(code) == name


def test_passage_in_context_is_escaped_marked_and_trimmed():
    from components.layout import passage_in_context

    text = "x " * 1000 + "<b>signed</b> the plan" + " y" * 1000
    start = text.index("<b>")
    out = passage_in_context(text, start, start + len("<b>signed</b> the plan"), context=50)
    assert '<mark class="entente-hl" id="passage">&lt;b&gt;signed&lt;/b&gt; the plan</mark>' in out
    assert out.count("x") < 40 and "…" in out


def test_roster_sides_put_the_home_side_first_and_unknown_sides_last():
    import pandas as pd

    from components.event_detail import roster_table, sides

    roster = pd.DataFrame({
        "name": ["Athar Ali", "David Sedney", "A. Consultant"], "side": ["PK", "US", None],
        "role": ["lead", "lead", None], "title": ["Defense Secretary", None, "Consultant"],
        "affiliation": ["Ministry of Defence", "Department of Defense", None],
    })
    groups = sides(roster, ["US", "PK"])
    assert [side for side, _ in groups] == ["US", "PK", ""]
    assert roster_table(groups[1][1]).to_dict("records") == [
        {"Name": "Athar Ali", "Role": "lead", "Position": "Defense Secretary, Ministry of Defence"}]
    assert roster_table(groups[2][1]).iloc[0]["Role"] == ""
