"""The knobs of the temporal stage, each with its default and a one-line help."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TimexSettings:
    """Settings of `extract_timexes`; override per call with `TimexSettings(min_year=1900)`."""

    min_year: int = 1800  # earliest year a bare or written-out year may name; earlier numbers are not dates
    max_year: int = 2100  # latest plausible year; "2500 troops" is a count, not a year
    use_parse: bool = True  # consult a spaCy Doc passed in for tense and for "may"/"march" as verbs
    resolve_agenda_times: bool = True  # read "0930 – 1050" at a line start under a day heading as times
    header_lines: int = 15  # how many non-empty lines at the top find_document_date searches
