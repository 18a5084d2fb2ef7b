"""TimeML in, TimeML out: TIMEX3 tags written into TEXT, the text itself left byte-for-byte as it was."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from entente.timeml import annotate_timeml, annotate_timeml_file, document_date, output_name

DATA = Path(__file__).resolve().parents[1] / "data" / "timeml"
GOLD = DATA / "talks.tml"
INPUT = DATA / "talks.tml.TE3input"


def text_of(xml_text: str) -> str:
    """TEXT with every tag removed, entities left as written: what a scorer aligns offsets on."""
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml_text, re.S).group(1)
    return re.sub(r"<[^>]*>", "", body)


def timex_tags(xml_text: str) -> list[tuple[str, str]]:
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml_text, re.S).group(1)
    return re.findall(r'<TIMEX3 [^>]*value="([^"]*)"[^>]*>([^<]*)</TIMEX3>', body)


@pytest.mark.parametrize("path", [GOLD, INPUT], ids=["gold tml", "TE3input"])
def test_text_is_unchanged_and_the_output_parses(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    out = annotate_timeml(source)
    assert text_of(out) == text_of(source)
    root = ET.fromstring(out.encode("utf-8"))
    assert root.find("TEXT") is not None
    outside = re.sub(r"<TEXT>.*</TEXT>", "", out, flags=re.S)
    assert outside == re.sub(r"<TEXT>.*</TEXT>", "", source, flags=re.S)


def test_gold_and_input_files_give_the_same_annotation() -> None:
    assert annotate_timeml(GOLD.read_text(encoding="utf-8")) == \
        annotate_timeml(INPUT.read_text(encoding="utf-8"))


def test_tids_are_unique_and_do_not_reuse_the_dct() -> None:
    out = annotate_timeml(INPUT.read_text(encoding="utf-8"))
    tids = re.findall(r'tid="(t\d+)"', out)
    assert len(tids) == len(set(tids))
    assert tids.count("t0") == 1


def test_timexes_are_normalised_against_the_dct() -> None:
    out = annotate_timeml(INPUT.read_text(encoding="utf-8"))
    assert timex_tags(out) == [
        ("P4D", "four-day"), ("2010-06-10", "today"), ("2010-03", "three months ago"),
        ("2009-10-08", "October 8"), ("2009-10-09", "9, 2009"), ("2011", "next year"),
    ]


def test_a_range_is_two_timexes_joined_by_a_non_consuming_duration() -> None:
    out = annotate_timeml(INPUT.read_text(encoding="utf-8"))
    begin = re.search(r'<TIMEX3 tid="(t\d+)"[^>]*>October 8</TIMEX3>', out).group(1)
    end = re.search(r'<TIMEX3 tid="(t\d+)"[^>]*>9, 2009</TIMEX3>', out).group(1)
    assert re.search(rf'<TIMEX3 tid="t\d+" type="DURATION" value="P2D" beginPoint="{begin}" endPoint="{end}"/>',
                     out)


def test_entities_stay_encoded() -> None:
    out = annotate_timeml(INPUT.read_text(encoding="utf-8"))
    assert "AT&amp;T-sponsored" in out and "&lt;UAE&gt;" in out


def test_document_date_reads_the_dct() -> None:
    assert document_date(INPUT.read_text(encoding="utf-8")) == dt.date(2010, 6, 10)
    assert document_date('<DCT><TIMEX3 tid="t0" type="DATE" value="19980108">x</TIMEX3></DCT>') == \
        dt.date(1998, 1, 8)
    assert document_date("<TimeML><TEXT>no date</TEXT></TimeML>") is None


def test_without_a_dct_relative_dates_stay_unresolved() -> None:
    out = annotate_timeml("<TimeML><TEXT>They met today and will meet next year.</TEXT></TimeML>")
    assert timex_tags(out) == [("PRESENT_REF", "today"), ("FUTURE_REF", "next year")]


def test_file_output_drops_the_te3input_suffix(tmp_path: Path) -> None:
    written = annotate_timeml_file(INPUT, tmp_path)
    assert written == tmp_path / "talks.tml"
    assert output_name(GOLD) == "talks.tml"
    assert timex_tags(written.read_text(encoding="utf-8"))
