"""Sentences for event rules: punctuation, blank lines and a programme's lines end one; abbreviations
("Lt. Gen.", "Dec. 17", "U.N.") do not."""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS

from entente.extract.names import DEGREE_COURTESY

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "lt", "gen", "adm", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "u.s",
    "u.k", "jr", "sr", "brig", "cmdr", "amb", "prof", "inc", "co", "corp", "vs", "e.g", "i.e", "a.m",
    "p.m", "ret", "retd", "rtd", "messrs", "hon", "rev", "gens",
    "cdr", "lcdr", "cdre", "cmde", "commo", "radm", "vadm", "engr", "atty", "asst",  # "Cdr. (Ret.) Juha Nieminen"
    "eng", "ing", "lic", "arq", "mtro", "dra", "gral", "rt",  # honorifics of other languages' offices: "Eng. Zaid Al-Masri"
    *(w for w in DEGREE_COURTESY if "." not in w),  # degrees before a name: "Mag. Stefan Gruber"
    "md", "mohd",  # "Md. Tariqul Alam": Mohammad, written short
})
# A programme's lines: a time slot ("0930-1230 hrs", "9:15 a.m.", "Evening") or a day heading ("Day 2:
# Wednesday, 9 March 2005", "MONDAY, NOVEMBER 29") starts a unit of its own.
PROGRAMME_LINE = (r"[ \t]*(?:\d{1,2}[:.h]?\d{2}\b|\d{1,2}\s?[ap]\.?m\b|(?:Morning|Afternoon|Evening|Noon)\b|"
                  r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?i:day)\s+\d)")
SLOT_START = re.compile(r"[ \t]*(?:[-•*·▪][ \t]+)?(?:\d{1,2}[:.h]?\d{2}\b|\d{1,2}\s?[ap]\.?m\b|(?:Morning|Afternoon|Evening|Noon)\b)")
# A transcript's speaker label opens a turn: "SECRETARY BLINKEN:", "QUESTION:", "MODERATOR:"
SPEAKER_LINE = r"\n(?=[ \t]*[A-Z][A-Z.’' -]{2,40}:\s)"
SPEAKER_TURN = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.’' -]{2,40}):\s")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-–—•*#]|\d+\.|\(?[a-h]\)|\([ivx]{1,4}\))\s)|"
                          r"\n(?=" + PROGRAMME_LINE + ")|" + SPEAKER_LINE)


# A short capitalised word that opens a line or a list's entry, then a full stop: an honorific or rank in
# any language ("Mtro.", "Lic.", "Gral.", "Ing.", "Dra."), not a sentence.
LEADING_TITLE = re.compile(r"(?:^|[;:(]|\n)\s*[A-Z][a-z]{1,4}$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Sentence spans by punctuation and blank lines; abbreviations ("Lt. Gen.", "Dec. 17") don't end one.

    >>> text = "Mexican Delegation\nMtro. Ana Ruiz, Undersecretary\nLic. Eva Paz, Director"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mexican Delegation\nMtro. Ana Ruiz, Undersecretary\nLic. Eva Paz, Director']
    >>> text = "He spoke during the ASEAN-U.S. Ministerial. It ended."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['He spoke during the ASEAN-U.S. Ministerial.', 'It ended.']
    >>> text = "Meeting with President Reyes, Jr.\n\nThe below is attributable."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Meeting with President Reyes, Jr.', 'The below is attributable.']
    >>> text = "The groups met:\n(a) Trade, co-chaired by A;\n(b) Health."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['The groups met:', '(a) Trade, co-chaired by A;', '(b) Health.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if text[m.start()] == "." and not re.search(r"\n\s*\n", m.group(0)):  # "Whipps, Jr.\n\nThe": a blank line ends it
            word = re.search(r"([\w.-]+)$", text[start:m.start()])  # "Min-jun." is no "Jun."
            w = word.group(1).lower() if word else ""
            if "." in w.rsplit("-", 1)[-1]:
                w = w.rsplit("-", 1)[-1]  # "the ASEAN-U.S. Ministerial": a dotted short form after a hyphen
            dotted = re.fullmatch(r"(?:[a-z]\.)+[a-z]", w)
            if dotted and _opens_sentence(text, m.end()):
                pass  # "... a visit to Washington, D.C. On Tuesday, ...": a word that opens sentences follows
            elif w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or dotted:
                continue  # "U.N. Secretary-General", "E.U. envoy": a dotted short form ends no sentence
            line = text[max(start, text.rfind("\n", 0, m.start()) + 1):m.start()]
            if LEADING_TITLE.search(line):
                continue  # "Mtro. Alejandro Ruiz", "; Gral. Mario Herrera": a title opening a list's entry
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is a capitalised function word ("On", "The", "She"), which opens a sentence and
    never goes on a name after a dotted short form ("U.S. Army", "U.S. Under Secretary", "U.S. First Lady" do).

    >>> _opens_sentence("D.C. On Tuesday", 5), _opens_sentence("U.S. Under Secretary", 5), _opens_sentence("U.S. Third Fleet", 5)
    (True, False, False)
    """
    word = re.match(r"[A-Z][a-z]*\b", text[at:at + 20])
    w = word.group(0).lower() if word else ""
    return w in STOP_WORDS and not like_num(w) and w not in OFFICE_OPENERS


OFFICE_OPENERS = frozenset({"a", "under", "former"})  # function words that open an office or a name


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_transcript(text: str) -> bool:
    r"""Whether a text is a transcript: three turns or more opened by a speaker's label.

    >>> is_transcript("MR PRICE: Good afternoon.\nQUESTION: On Iran?\nMR PRICE: We have said so.")
    True
    >>> is_transcript("WASHINGTON: The Secretary met the Minister today.")
    False
    """
    return sum(1 for _ in zip(range(3), SPEAKER_TURN.finditer(text))) == 3
