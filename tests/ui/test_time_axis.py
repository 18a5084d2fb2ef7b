"""Issue 14, items 1, 2 and 7: the timeline opens where the events are, planned events are one toggle away,
years are typed, lanes follow the chosen counterpart, the Overview's numbers follow the filters."""

from __future__ import annotations

import pandas as pd
import pytest

from components import time_axis
from components.charts import timeline_figure, timeline_layout
from entente.query import lane_country
from components.event_detail import roster_table
from entente import query
from entente.query import Filters


def _events(days: list[str], countries: list[list[str]] | None = None) -> pd.DataFrame:
    rows = []
    for i, day in enumerate(days):
        cs = countries[i] if countries else ["US", "PK"]
        rows.append({
            "id": f"e{i}", "title": f"Event {i}", "type": "meeting", "start": day, "end": None,
            "precision": "day", "start_date": pd.Timestamp(day), "end_date": pd.Timestamp(day),
            "location": None, "location_country": None, "countries": cs, "counterpart": cs[1],
            "themes": [], "participants": [], "document_ids": ["d1"], "confidence": 0.8,
        })
    return pd.DataFrame(rows)


A_YEAR = [f"2021-{m:02d}-{d:02d}" for m in range(1, 13) for d in (3, 17)]  # 24 events across 2021


def test_the_axis_opens_on_the_year_of_events_not_on_an_1861_or_a_2030_outlier():
    events = _events(["1861-04-12", *A_YEAR, "2030-01-01"])
    found = time_axis.focus(events["start_date"], events["end_date"])
    assert (found.first, found.last) == (pd.Timestamp("2021-01-03"), pd.Timestamp("2021-12-18"))
    assert (found.before, found.after) == (1, 1)
    note = time_axis.outside_note(found)
    assert "1 earlier event (1861)" in note and "1 later event (2030)" in note

    figure = timeline_figure(events)
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert pd.Timestamp("2020-11-01") < low < pd.Timestamp("2021-01-03")
    assert pd.Timestamp("2021-12-18") < high < pd.Timestamp("2022-12-31")
    slider = figure.layout.xaxis.rangeslider
    assert slider.visible, "a range slider under the axis zooms out to the outliers"
    assert pd.Timestamp(slider.range[0]) <= pd.Timestamp("1861-04-12")
    assert pd.Timestamp(slider.range[1]) >= pd.Timestamp("2030-01-01")


def test_a_decade_that_starts_among_the_events_does_not_stretch_the_view_to_its_end():
    events = _events([*A_YEAR, "2021-06-01"])
    last = len(events) - 1
    events.loc[last, ["precision", "end_date"]] = ["decade", pd.Timestamp("2029-12-31")]
    found = time_axis.focus(events["start_date"], events["end_date"])
    assert found.last < pd.Timestamp("2023-07-01") and found.outside == 0


def test_a_real_second_cluster_is_part_of_the_story_and_stays_in_view():
    """Two 1999 events beside fourteen of 2009-10 (the seeds) are an eighth of the events: not outliers."""
    events = _events(["1999-12-17", "1999-12-17"] + [f"2009-{m:02d}-08" for m in range(1, 13)]
                     + ["2010-03-01", "2010-06-07"])
    found = time_axis.focus(events["start_date"], events["end_date"])
    assert found.first == pd.Timestamp("1999-12-17") and found.outside == 0
    assert time_axis.outside_note(found) is None


def test_marks_are_sized_for_the_opening_span_not_for_the_outliers():
    """A single-day event in a year of events stays a thin mark, however far the outliers lie."""
    frame = timeline_layout(_events(["1861-04-12", *A_YEAR, "2030-01-01"]), labels=False)
    one = frame[frame["id"] == "e5"].iloc[0]
    assert one["x1"] - one["x0"] < pd.Timedelta(days=5)


def test_an_event_sits_in_the_lane_of_the_counterpart_asked_about():
    events = _events(["2021-07-26", "2021-07-27", "2021-07-28"],
                     [["US", "KW", "IN"], ["US", "IN"], ["US", "KW"]])
    assert lane_country(["US", "KW", "IN"], "KW", ("IN",)) == "IN"
    assert lane_country(["US", "KW"], "KW", ("IN",)) == "KW", "an event without India keeps its own party"
    chosen = timeline_layout(events, chosen=("IN",), labels=False)
    assert dict(zip(chosen["id"], chosen["lane"].astype(str))) == {"e0": "India", "e1": "India", "e2": "Kuwait"}
    plain = timeline_layout(events, labels=False)
    assert dict(zip(plain["id"], plain["lane"].astype(str)))["e0"] == "Kuwait"


def test_without_a_choice_the_lane_is_the_party_with_a_delegate_not_the_venue_or_a_topic():
    events = _events(["2009-10-08", "2009-10-09"], [["US", "AE", "AF", "PK"], ["US", "AE", "PK"]])
    events.at[0, "participants"] = [{"name": "Athar Ali", "side": "PK"}, {"name": "David Sedney", "side": "US"}]
    events["counterpart"] = "AE"  # as a store read before the extractor ranked the pair first would have it
    lanes = timeline_layout(events, labels=False)
    assert dict(zip(lanes["id"], lanes["lane"].astype(str))) == {"e0": "Pakistan", "e1": "United Arab Emirates"}
    assert lane_country(["US", "AE", "PK"], "AE", (), [{"name": "A", "side": "US"}]) == "AE", \
        "only a non-U.S. delegate names the party"


def test_a_person_in_several_roles_is_one_roster_row_with_the_roles_joined():
    roster = pd.DataFrame({"name": ["Ada Quill", "Ada Quill", "Rui Matos"], "side": ["US", "US", "US"],
                           "role": ["chair", "speaker", None], "title": ["Ambassador", "Ambassador", None],
                           "affiliation": [None, None, None]})
    assert roster_table(roster).to_dict("records") == [
        {"Name": "Ada Quill", "Role": "chair, speaker", "Position": "Ambassador"},
        {"Name": "Rui Matos", "Role": "", "Position": ""}]


def test_planned_events_are_marked_from_their_evidence_and_hidden_on_request(seeded_db):
    everything = query.events(Filters(), seeded_db)
    planned = everything[everything["planned"]]
    assert len(planned) and not everything["planned"].all()
    for event_id in planned["id"]:
        notes = [e.get("note") or "" for e in query.event(event_id, seeded_db)["evidence"]]
        assert any(n.startswith("planned:") for n in notes)
    shown = query.events(Filters(planned=False), seeded_db)
    assert set(shown["id"]) == set(everything["id"]) - set(planned["id"])


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _event_count(at) -> int:
    """The Overview's "N events" under the documents figure."""
    return int(next(c.value for c in at.caption if c.value.split()[1:2] == ["events"]).split()[0])


def test_planned_events_are_hidden_by_default_and_one_toggle_away(open_app, seeded_db):
    planned = query.events(Filters(), seeded_db).query("planned")
    at = open_app("overview")
    hidden = _event_count(at)
    toggle = next(t for t in at.toggle if t.label == "Show planned events")
    assert toggle.value is False
    toggle.set_value(True).run()
    assert at.query_params.get("planned") == "1"
    assert _event_count(at) == hidden + len(planned)


def test_overview_numbers_follow_the_filters(open_app):
    whole = open_app("overview")
    kazakhstan = open_app("overview", country="KZ")
    assert _metric(whole, "Documents") == "3" and _metric(kazakhstan, "Documents") == "1"
    assert _metric(kazakhstan, "Counterparts") == "1"
    assert _metric(kazakhstan, "From") == "17 Dec 1999"
    named = [c.value for c in whole.caption if "Kazakhstan" in c.value]
    assert named == ["Pakistan, Kazakhstan"], "counterparts with the most events first"


@pytest.mark.parametrize("field, typed, kept", [("To year", 2010, {"year_from": "2009", "year_to": "2010"}),
                                                ("From year", 1999, {"year_from": "1999", "year_to": "2010"})])
def test_a_typed_year_stays_in_the_link_even_when_it_is_the_corpus_bound(open_app, field, typed, kept):
    at = open_app("timeline", year_from="2009", year_to="2005")
    next(n for n in at.number_input if n.label == field).set_value(typed).run()
    if field == "From year":
        next(n for n in at.number_input if n.label == "To year").set_value(2010).run()
    else:
        assert at.query_params.get("year_from") == "2009"
    assert {k: at.query_params.get(k) for k in ("year_from", "year_to")} == kept
