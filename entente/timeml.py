"""TimeML in, TimeML out: reads TimeML or TempEval-3 input files and writes them back with TIMEX3 tags."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from entente.extract.timex import extract_timexes, range_split
from entente.models import Timex

if TYPE_CHECKING:
    from spacy.language import Language

_TEXT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.S)
_DCT = re.compile(r"<DCT>.*?</DCT>", re.S)
_VALUE = re.compile(r'\bvalue="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_TID = re.compile(r'\btid="t(\d+)"')


def document_date(xml_text: str) -> dt.date | None:
    """The date of the `<DCT>` TIMEX3 (`value="1998-01-08"`, also `19980108`); None when absent."""
    m = _DCT.search(xml_text)
    if not m:
        return None
    value = _VALUE.search(m.group())
    raw = value.group(1) if value else _TAG.sub("", m.group()).strip()
    digits = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", raw)
    if not digits:
        return None
    try:
        return dt.date(*map(int, digits.groups()))
    except ValueError:
        return None


def _decode(raw: str) -> tuple[str, list[int]]:
    """XML text with entities decoded, and for each decoded character its offset in `raw`."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(raw):
        out.append(raw[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        decoded = html.unescape(m.group())
        out.append(decoded)
        offsets.extend([m.start()] * len(decoded))
        pos = m.end()
    out.append(raw[pos:])
    offsets.extend(range(pos, len(raw)))
    offsets.append(len(raw))
    return "".join(out), offsets


def annotate_timeml(xml_text: str, *, nlp: Language | None = None) -> str:
    """The document with TIMEX3 tags written into `<TEXT>`, its characters left as they were.

    Tags already inside `<TEXT>` (gold TIMEX3, EVENT, SIGNAL) are removed first, so a gold file and
    its TempEval-3 input give the same output. A range becomes TimeML's two TIMEX3s plus a
    non-consuming DURATION joining them. `nlp`, when given, parses the text to sharpen tense.
    """
    m = _TEXT.search(xml_text)
    if not m:
        return xml_text
    raw_plain = _TAG.sub("", m.group(2))
    text, offsets = _decode(raw_plain)
    dct = document_date(xml_text)
    doc = nlp(text) if nlp is not None else None
    timexes = extract_timexes(text, dct, doc=doc).timexes
    first_tid = max((int(t) for t in _TID.findall(xml_text[:m.start()] + xml_text[m.end():])), default=0) + 1
    body = _write_tags(raw_plain, offsets, timexes, first_tid)
    return xml_text[:m.start(2)] + body + xml_text[m.end(2):]


def _write_tags(raw: str, offsets: list[int], timexes: tuple[Timex, ...], first_tid: int) -> str:
    inserts: list[tuple[int, str]] = []
    tid = first_tid
    for t in timexes:
        parts = range_split(t)
        if parts is None:
            inserts += _tag(offsets, t.start, t.end, tid, t.type, t.value, t.mod)
            tid += 1
            continue
        (s1, e1), (s2, e2) = parts
        inserts += _tag(offsets, s1, e1, tid, t.type, t.value, t.mod)
        inserts += _tag(offsets, s2, e2, tid + 1, t.type, t.range_end or t.value, None)
        inserts.append((offsets[e2], f'<TIMEX3 tid="t{tid + 2}" type="DURATION" value="{_span_length(t)}" '
                                     f'beginPoint="t{tid}" endPoint="t{tid + 1}"/>'))
        tid += 3
    out, pos = [], 0
    for at, tag in sorted(inserts, key=lambda x: (x[0], not x[1].startswith("</"))):
        out.append(raw[pos:at])
        out.append(tag)
        pos = at
    out.append(raw[pos:])
    return "".join(out)


def _tag(offsets: list[int], start: int, end: int, tid: int, type_: str, value: str,
         mod: str | None) -> list[tuple[int, str]]:
    mod_attr = f' mod="{mod}"' if mod else ""
    return [(offsets[start], f'<TIMEX3 tid="t{tid}" type="{type_}" value="{html.escape(value)}"{mod_attr}>'),
            (offsets[end], "</TIMEX3>")]


def _span_length(t: Timex) -> str:
    """The length of a range as a TimeML duration: 2009-10-08..2009-10-09 → P2D, 2010-03..2010-05 → P3M."""
    a, b = t.value, t.range_end or t.value
    try:
        if len(a) == len(b) == 10:
            return f"P{(dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days + 1}D"
        if len(a) == len(b) == 7 and a[:4].isdigit() and b[:4].isdigit():
            return f"P{(int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7]) + 1}M"
        if len(a) == len(b) == 4 and a.isdigit() and b.isdigit():
            return f"P{int(b) - int(a) + 1}Y"
        if "T" in a and "T" in b and a[:10] == b[:10]:
            minutes = (int(b[11:13]) * 60 + int(b[14:16])) - (int(a[11:13]) * 60 + int(a[14:16]))
            return f"PT{minutes // 60}H{minutes % 60}M" if minutes % 60 else f"PT{minutes // 60}H"
    except ValueError:
        pass
    return "PXX"


def output_name(path: Path) -> str:
    """The output file name: the input's, less a trailing `.TE3input`."""
    name = path.name
    return name[: -len(".TE3input")] if name.endswith(".TE3input") else name


def annotate_timeml_file(path: Path, out_dir: Path, *, nlp: Language | None = None) -> Path:
    """Annotates one TimeML file into `out_dir` and returns the path written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / output_name(path)
    target.write_text(annotate_timeml(path.read_text(encoding="utf-8"), nlp=nlp), encoding="utf-8")
    return target
