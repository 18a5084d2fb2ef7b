"""The `entente` command line as docs/contract.md specifies it: output, exit codes, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from entente.cli import main
from tests.conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "entente/data/contract/document.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_objects(nlp) -> list[dict]:
    """`entente extract seeds/*.txt --with-text`, run once for the module."""
    from entente.pipeline import extract_paths

    return [item.to_json(with_text=True) for item in extract_paths(SEEDS, nlp=nlp)]


def test_extract_prints_one_valid_object_per_seed(capsys: pytest.CaptureFixture[str], nlp) -> None:
    assert main(["extract", *map(str, SEEDS)]) == 0
    objects = _lines(capsys.readouterr().out)
    assert [Path(o["source"]).name for o in objects] == [p.name for p in SEEDS]
    for obj in objects:
        VALIDATOR.validate(obj)
        assert obj["status"] in ("ok", "warning")


def test_every_offset_points_at_its_text(seed_objects: list[dict]) -> None:
    for obj in seed_objects:
        text = obj["text"]
        for timex in obj["timexes"]:
            assert text[timex["start"]:timex["end"]] == timex["text"]
        for event in obj["events"]:
            for ev in event["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"]


def test_seed_dates_and_country_pairs(seed_objects: list[dict]) -> None:
    by_name = {Path(o["source"]).name[:3]: o for o in seed_objects}
    assert by_name["000"]["published"] == "2010-06-10"
    assert by_name["001"]["published"] == "2009-10-08"
    assert by_name["002"]["published"] == "1999-12-20"
    assert by_name["000"]["countries"][:2] == ["US", "PK"]
    assert by_name["001"]["countries"][:2] == ["US", "PK"]
    assert by_name["002"]["countries"][:2] == ["US", "KZ"]


def test_kazakhstan_signing_at_the_pentagon(seed_objects: list[dict]) -> None:
    kz = next(o for o in seed_objects if Path(o["source"]).name.startswith("002"))
    signing = [e for e in kz["events"] if e["start"] == "1999-12-17"]
    assert signing, [e["title"] for e in kz["events"]]
    event = signing[0]
    assert "Pentagon" in event["location"]["name"] and event["location"]["country"] == "US"
    sides = {p["name"]: p["side"] for p in event["participants"]}
    assert sides.get("William S. Cohen") == "US"
    assert sides.get("Sat Tokpakbayev") == "KZ"


def test_extract_with_dct_resolves_an_undated_text(tmp_path: Path, capsys, nlp) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The delegation met in Islamabad three months ago to review defense cooperation.")
    assert main(["extract", str(note), "--dct", "2010-06-10"]) == 0
    (obj,) = _lines(capsys.readouterr().out)
    VALIDATOR.validate(obj)
    assert obj["published"] in (None, "2010-06-10")
    assert any(t["value"] == "2010-03" for t in obj["timexes"]), obj["timexes"]


def test_a_bad_input_is_named_and_does_not_stop_the_others(tmp_path: Path, capsys, nlp) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    assert main(["extract", str(empty), str(SEEDS[2])]) == 1
    captured = capsys.readouterr()
    assert len(_lines(captured.out)) == 1
    assert "empty.txt" in captured.err and "empty" in captured.err


def test_bad_usage_exits_2() -> None:
    for argv in (["extract"], ["export"], ["export", "--format", "xml"], ["extract", "x", "--dct", "June"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_ingest_twice_stores_once_then_export(tmp_db: str, capsys, nlp) -> None:
    assert main(["ingest", *map(str, SEEDS), "--db", tmp_db]) == 0
    first = capsys.readouterr().out
    assert first.count("ingested") >= 3 and "summary: 3 ingested" in first
    assert main(["ingest", *map(str, SEEDS), "--db", tmp_db]) == 0
    assert "summary: 3 unchanged" in capsys.readouterr().out

    assert main(["export", "--format", "json", "--db", tmp_db]) == 0
    exported = json.loads(capsys.readouterr().out)
    event_schema = {"$defs": SCHEMA["$defs"], **SCHEMA["$defs"]["event"]}
    assert exported["events"]
    for event in exported["events"]:
        jsonschema.validate({k: v for k, v in event.items() if k != "documents"}, event_schema)
        assert event["documents"]

    assert main(["export", "--format", "json", "--country", "KZ", "--db", tmp_db]) == 0
    kz = json.loads(capsys.readouterr().out)["events"]
    assert kz and all("KZ" in e["countries"] for e in kz)

    assert main(["export", "--format", "csv", "--year-from", "2010", "--db", tmp_db]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0].startswith("id,start,end,precision,type,title")
    assert "1999-12-17" not in csv_text

    assert main(["export", "--format", "ics", "--db", tmp_db]) == 0
    ics = capsys.readouterr().out
    assert ics.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:19991217" in ics

    assert main(["export", "--format", "timelinejs", "--db", tmp_db]) == 0
    timeline = json.loads(capsys.readouterr().out)
    assert {"year": "1999", "month": "12", "day": "17"} in [e["start_date"] for e in timeline["events"]]


def test_ingest_reports_a_rejected_file_and_exits_1(tmp_db: str, tmp_path: Path, capsys, nlp) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    assert main(["ingest", str(bad), str(SEEDS[2]), "--db", tmp_db]) == 1
    captured = capsys.readouterr()
    assert "scan.pdf" in captured.err and "rejected" in captured.err
    assert "1 ingested" in captured.out and "1 rejected" in captured.out


def test_timeml_command_writes_tagged_copies(tmp_path: Path) -> None:
    source = tmp_path / "APW.tml.TE3input"
    source.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>APW</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n'
        '<TEXT>The talks began on Monday and ended three days later, in August 1998.</TEXT>\n</TimeML>\n')
    out_dir = tmp_path / "out"
    assert main(["timeml", str(source), "--out", str(out_dir)]) == 0
    written = (out_dir / "APW.tml").read_text()
    assert "<TIMEX3" in written and 'value="1998-08"' in written


def test_python_dash_m_entente_runs_the_same_command() -> None:
    out = subprocess.run([sys.executable, "-m", "entente", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    for command in ("extract", "ingest", "timeml", "export"):
        assert command in out.stdout


def test_every_setting_is_documented_in_the_readme() -> None:
    from entente.settings import ALL_SETTINGS

    readme = (ROOT / "README.md").read_text()
    for setting in ALL_SETTINGS:
        assert f"`{setting.name}`" in readme, setting.name
        assert setting.help


def test_every_command_is_documented_in_the_readme_and_contract() -> None:
    from entente.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse has no API
    readme = (ROOT / "README.md").read_text()
    contract = (ROOT / "docs/contract.md").read_text()
    for name in commands:
        assert f"entente {name}" in readme and f"entente {name}" in contract, name


def test_a_broken_taxonomy_is_named_and_nothing_runs(tmp_path: Path, monkeypatch, capsys) -> None:
    broken = tmp_path / "themes.toml"
    broken.write_text('[themes.ctr]\nlabel = "CTR"\naliases = ["a", \n')
    monkeypatch.setenv("ENTENTE_THEMES", str(broken))
    assert main(["extract", str(SEEDS[2])]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "themes.toml" in captured.err and "line" in captured.err
