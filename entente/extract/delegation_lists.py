"""Delegation lists: the people a document lists under a heading that names their side ("U.S.
Delegation", "Vietnamese Participants", "TUNISIA — A, ...; B, ...", a bare "Mongolia" over a numbered
list), where each list ends, and the entry that holds a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from entente.extract.countries import country_code, find_sides
from entente.extract.names import HEADLINE_VERBS, clean_name, is_person_name
from entente.extract.people import PersonMention
from entente.extract.sentences import split_sentences


# A list's heading that names whose people follow: "U.S. Delegation", "PHILIPPINE DELEGATION", "Delegation
# of the Republic of Korea", "OFFICIAL DELEGATION OF THE REPUBLIC OF GHANA", "Participants from India", "Indian
# side"; on a line of its own, or leading a paragraph that lists them: "Chinese delegation: Zhou Weiming (CAISS,
# head); Li Jianguo (...)".
NAME_WORDS = r"(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)*[A-Z][\w.’'-]*){0,4}"
# A heading that names no side: "Composition of the delegation", "Members of the official delegation", "DELEGATION"
COMPOSITION_OF = r"(?:composition|members)[ \t]+of[ \t]+the[ \t]+"
DELEGATION_WORD = r"(?:official[ \t]+)?delegation"
HEAD = (rf"^[ \t#*|]*(?:(?P<who>{NAME_WORDS})[ \t]+(?i:delegation|participants|side|team|delegates)|"
        rf"(?:(?i:official|full|host|visiting|guest)[ \t]+)?(?i:delegation|participants)[ \t]+(?i:of|from)[ \t]+(?P<who2>{NAME_WORDS})|"
        rf"(?P<bare>{NAME_WORDS}|(?i:{COMPOSITION_OF}{DELEGATION_WORD})))")
# ... alone on its line (a remark in brackets may follow: "HOST DELEGATION OF MALAYSIA (for information)"), as a
# table's first cell ("| U.S. participants | Affiliation |"), or before its people
SECTION = re.compile(HEAD + r"(?:[ \t]+\([^()\n]{1,60}\))?(?:[ \t*:]*(?:\|[^\n]*)?$|[ \t*]*(?::|\s[—–-])[ \t*]*(?P<inline>\S))", re.M)
# What ends a list: another heading, a programme's day or time line, a heading in capitals.
SECTION_END = re.compile(r"^[ \t]*(?:\d{1,2}[:.h]?\d{2}\b|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                         r"(?i:day)\s+\d|(?i:programme|program|agenda|schedule)\b|[A-Z][A-Z &]{5,}$)", re.M)
# A list's entry: a bullet or a number, or a name then a separator ("Mr. A B, Secretary", "Dizon, Carmen —",
# "General Tan Sri Dato' Seri Hashim bin Abdullah, Chief of Defence Forces")
# or a table's row ("| Dr. A B (co-chair) | POPC |")
ENTRY_LINE = re.compile(r"^[ \t|]*(?:[-•*·▪]|\d{1,3}[.)])[ \t]+\S|^[ \t|]*\**(?:(?:[A-Z][\w.’'-]*|bin|binti|al|van|von|de)[ \t]+){0,7}"
                        r"[A-Z][\w.’'-]*\**"
                        r"[ \t]*(?:,|—|–|[ \t]-[ \t]|\(|\|)")
# A role's label over or before a side's people: "Head of Delegation: Dr. A", "Members:"
LABEL_LINE = re.compile(r"^[ \t]*[A-Z][\w-]*(?:[ \t]+(?:of|the|[A-Z][\w-]*)){0,3}[ \t]*:")
# ... or on a line of its own over them, a part of the same delegation: "Head of Delegation" over "General A B,
# Commander ...", "Members", "Advisers" (not "Observer" or "Guest speaker", who are no part of it)
LABEL_OVER = re.compile(r"[ \t]*(?i:(?:deputy\s+)?heads?\s+of\s+(?:the\s+)?delegation|(?:delegation\s+)?leader|(?:other\s+)?members?|"
                        r"advis[eo]rs?|delegates?|alternates?|experts?|officials?|staff)[ \t]*:?[ \t]*")
BLANK = re.compile(r"\n[ \t]*\n")
# A sentence that lists a side's people: "The Korean delegation included A, B and C", "The American side
# was represented by ...", "Participants from Pakistan were ..."; the list runs to the sentence's end.
PROSE_LIST = re.compile(
    rf"\b(?:(?P<who>{NAME_WORDS})[ \t]+(?:delegation|side|team|participants|delegates|group)|"
    rf"(?:[Pp]articipants|[Dd]elegates|[Mm]embers)[ \t]+from[ \t]+(?P<who2>{NAME_WORDS})|"
    rf"(?P<who3>{NAME_WORDS})(?=[ \t]+(?:was|were)[ \t]+represented[ \t]+by))[ \t]+"
    r"(?:(?:was|were|is|are)[ \t]+)?(?:included|includes?|comprised|comprises?|consisted[ \t]+of|consists[ \t]+of|"
    r"represented[ \t]+by|composed[ \t]+of|made[ \t]+up[ \t]+of|(?<=was[ \t]|ere[ \t]|are[ \t]|\sis[ \t])(?:led|headed)[ \t]+by|were|was)"
    r"[ \t]+(?=(?:the[ \t]+)?[A-Z])")  # "was led by" (not "The delegation led by X called on Y")
# ... or that heads a list of its own lines: "The U.S. delegation also included:" over "- Colonel A, Chief, ..."
COLON_LIST = re.compile(rf"\b(?P<who7>{NAME_WORDS})[ \t]+(?:delegation|side|team|participants|delegates)[ \t]+"
                        r"(?:(?:also|further)[ \t]+)?(?:(?:was|were)[ \t]+)?(?:included|includes|comprised|consisted[ \t]+of|"
                        r"composed[ \t]+of)[ \t]*:[ \t]*\n")
# The rest of the delegation a sentence before named: "Its members were A, B and C", "It also included D"
ITS_MEMBERS = re.compile(r"\b(?:(?:Its|Their)[ \t]+(?:other[ \t]+)?members[ \t]+(?:were|included|comprised)|It[ \t]+(?:also[ \t]+)?"
                         r"(?:included|comprised))[ \t]+(?=(?:the[ \t]+)?[A-Z])")
# A heading that names no side, over a publisher's own people: "DELEGATION", "Composition of the Delegation"
OWN_DELEGATION = re.compile(rf"(?i)(?:{COMPOSITION_OF})?{DELEGATION_WORD}")
# A side's name as a heading gives it: "For Norway", "The Royal Norwegian Government", "Government of the Republic of X"
SIDE_NAME = re.compile(r"(?i:(?:for|from)[ \t]+)?(?i:the[ \t]+)?(?i:(?:royal|federal|national)[ \t]+)?"
                       r"(?i:government[ \t]+of[ \t]+(?:the[ \t]+)?)?(?P<c>.+?)(?i:[ \t]+government)?")
FOLLOWS = 40  # characters between one list's end and "Its members were" that goes on with it


def _head_side(text: str, at: int) -> str | None:
    """The one country the first entry under a bare delegation heading names: a programme of the host's lists its
    guest's ("Composition of the delegation\n1. H.E. Dr. A, President of the Republic of Kenya – Head of
    Delegation")."""
    found = {c.code for c in find_sides(_next_line(text, at)) if c.kind != "organisation"}
    return found.pop() if len(found) == 1 else None


def _next_line(text: str, at: int) -> str:
    rest = text[at:at + 300].lstrip("\n \t")
    return rest.split("\n", 1)[0]


def _entries_follow(text: str, at: int) -> bool:
    r"""Whether an entry of a list follows at `at`, under a role's label or not.

    >>> _entries_follow("Members\n1. Gen. A B, Chief of Staff\n", 0), _entries_follow("Overview\nThe talks began.", 0)
    (True, False)
    """
    line = _next_line(text, at)
    if ENTRY_LINE.match(line):
        return True
    if not LABEL_OVER.fullmatch(line):
        return False
    below = text.find(line, at) + len(line) + 1  # the very next line, no blank between
    return bool(ENTRY_LINE.match(text[below:below + 300].split("\n", 1)[0]))


def listed_sides(text: str, prose: bool = True, officials: bool = True,
                 home: str | None = None) -> list[tuple[int, int, str]]:
    r"""The spans of lists under a heading that names a side, with that side: (start, end, code).
    A heading that leads its paragraph ("Indian side: ...") lists to the paragraph's end; with `prose`,
    a sentence that lists a side's people ("The Korean delegation included ...") lists to its end, and
    with `officials` one that lists people to meet ("PRC officials, including ...") too. A bare "Delegation" over
    its people lists the one country's its first entry names (a host's programme lists its guest's), else, in a text
    of a known publisher (`home`), the publisher's own; so does "The delegation was led by ..." in prose.

    >>> text = "U.S. Delegation\nMr. A B, Under Secretary\n\nIndian Delegation\nShri C D, Secretary\n"
    >>> [(text[s:e].strip().split(",")[0], code) for s, e, code in listed_sides(text)]
    [('Mr. A B', 'US'), ('Shri C D', 'IN')]
    >>> text = "Turkish participants: A B, Ankara Forum; C D.\n\nAmerican participants: E F, CSIS.\n"
    >>> [(text[s:e].strip(), code) for s, e, code in listed_sides(text)]
    [('A B, Ankara Forum; C D.', 'TR'), ('E F, CSIS.', 'US')]
    >>> text = "U.S. Participants\n• Dr. A B, CSIS\n\nOverview\n\nTUNISIA — Gen. C D (head); E F.\n\nMongolia\n1. Mr. G H — State Secretary\n"
    >>> [(text[s:e].strip(), code) for s, e, code in listed_sides(text)]
    [('• Dr. A B, CSIS', 'US'), ('Gen. C D (head); E F.', 'TN'), ('1. Mr. G H — State Secretary', 'MN')]
    >>> [code for _, _, code in listed_sides("For Norway:\n- Ms. A B, Director\n\nThe Government of Ghana\n- Mr. C D, Director\n")]
    ['NO', 'GH']
    >>> [code for _, _, code in listed_sides("ITINERARY\n\nDELEGATION\n- Hon. A B, Cabinet Secretary\n", home="KE")]
    ['KE']
    >>> text = "The Mongolian delegation also included:\n- Col. A B, Director\n- Ms. C D, Officer\n\nThe talks began."
    >>> [(text[s:e], code) for s, e, code in listed_sides(text)]
    [('- Col. A B, Director\n- Ms. C D, Officer\n', 'MN')]
    """
    heads = []
    for m in SECTION.finditer(text):
        if not m.group("inline") and re.search(r"\S[ \t]{3,}\S", m.group(0)):
            continue  # "MALAYSIAN DELEGATION      THAI DELEGATION": two side by side (header_tables.side_columns)
        if m.group("bare"):
            # a bare country over its people: alone on its line above an entry, or before ":" / " — "
            bare = m.group("bare").strip()
            side = SIDE_NAME.fullmatch(bare)  # "For Norway", "The Government of the Republic of Ghana"
            code = country_code(bare) or country_code(bare.title()) or (side and country_code(side.group("c").title())) or \
                ((_head_side(text, m.end()) or home) if OWN_DELEGATION.fullmatch(bare) else None)
            below = _next_line(text, m.end())
            if not code or not (m.group("inline") or ENTRY_LINE.match(below) or LABEL_LINE.match(below)):
                continue
        else:
            who = (m.group("who") or m.group("who2") or "").strip()
            if any(w.lower() in HEADLINE_VERBS for w in who.split()):
                continue  # a headline, not a list's heading: "Secretary Quill Meets Irish Delegation"
            found = find_sides(who) or (find_sides(who.title()) if who.isupper() else [])  # "COMPOSITION OF THE SAUDI"
            code = found[0].code if found else country_code(who) or country_code(who.title())
        if code:
            start = m.start("inline") if m.group("inline") else m.end()
            heads.append((m.start(), start, code, bool(m.group("inline"))))
    out = _prose_lists(text, officials, home) if prose else []
    for m in COLON_LIST.finditer(text):  # (its lines, up to the first that is no entry)
        found = find_sides(m.group("who7"))
        end = m.end()
        while end < len(text) and ENTRY_LINE.match(_next_line(text, end)) and text[end] not in "\n":
            nl = text.find("\n", end)
            end = len(text) if nl < 0 else nl + 1
        if found and end > m.end():
            out.append((m.end(), end, found[0].code))
    for k, (head, start, code, inline) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if inline:
            blank = BLANK.search(text, start, stop)
            out.append((start, blank.start() if blank else stop, code))
            continue
        ended = SECTION_END.search(text, start + 1, stop)
        end = ended.start() if ended else stop
        # a blank line followed by anything but another entry ("Overview", prose) ends the list
        for gap in BLANK.finditer(text, start, end):
            if not _entries_follow(text, gap.end()):
                end = gap.start()
                break
        out.append((start, end, code))
    return out


# In a list after a colon or a semicolon, a side named before its people: "Participants: for Kenya, Dr. A (HPI,
# lead), ...; for the United States, Dr. B (CCS, lead), ..."
# ... "Also present on the Swedish side were A and B; on the Vietnamese side, C and D"
FOR_SIDE = re.compile(rf"[:;][ \t]*(?:(?i:for|from)[ \t]+(?P<who5>{NAME_WORDS})|(?:(?i:and|on)[ \t]+){{0,2}}(?P<who6>{NAME_WORDS})[ \t]+(?i:side))"
                      r"[ \t]*[,:—–-][ \t]*(?=(?:the[ \t]+)?[A-Z])")
# "From the Norwegian side the session was attended by: A; B", "On the Russian side, the talks were attended by A and B",
# "From the Kenyan side participated: A, B" (a protocol's words)
FROM_SIDE = re.compile(rf"\b(?:[Ff]rom|[Oo]n)[ \t]+the[ \t]+(?P<who8>{NAME_WORDS})[ \t]+side[ \t]*,?[ \t]+"
                       r"(?:[^.;:\n]{0,60}?\b(?:attended|represented|joined|headed|led)[ \t]+by|participated|took[ \t]+part)"
                       r"[ \t]*:?[ \t]+(?=(?:the[ \t]+)?[A-Z])")
# "PRC officials, including State Councilor X", "senior Indian leaders such as A and B"
OFFICIALS_INCLUDING = re.compile(rf"\b(?P<who4>{NAME_WORDS})[ \t]+(?:officials|leaders|ministers|representatives|"
                                 r"counterparts),?[ \t]+(?:including|such[ \t]+as)[ \t]+(?=(?:the[ \t]+)?[A-Z])")


# A list of those who go with someone, its label naming no side: "Official party: ...", "Accompanying Brig. Gen. X
# were:", "The Minister was accompanied by:" (the side is that of the one they go with: the label's person, else
# the list's first, its head)
COMPANIONS = re.compile(r"(?im)^[ \t]*(?:(?:the[ \t]+)?(?:official|accompanying|visiting)[ \t]+(?:party|delegation|entourage)|"
                        r"entourage|accompanying[ \t]+(?P<who>[^\n:]{3,80}?)[ \t]+(?:were|are)|"
                        r"(?P<who2>[^\n:]{3,80}?)[ \t]+(?:was|is|will[ \t]+be)[ \t]+accompanied[ \t]+by)[ \t]*:[ \t]*")


def companion_lists(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    r"""The spans of lists of those who go with someone, with the span of the label's words naming that one (None
    when the list's first is its head).

    >>> text = "Accompanying Brig. Gen. A were:\n- Col. B, Director\n- Ms. C, Officer\n\nThe talks."
    >>> [(text[s:e], text[w[0]:w[1]]) for s, e, w in companion_lists(text)]
    [('- Col. B, Director\n- Ms. C, Officer\n', 'Brig. Gen. A')]
    >>> text = "Official party: H.E. Mr. A; Mr. B, Ambassador.\n\nDATE"
    >>> [(text[s:e], w) for s, e, w in companion_lists(text)]
    [('H.E. Mr. A; Mr. B, Ambassador.', None)]
    """
    out = []
    for m in COMPANIONS.finditer(text):
        who = next(((m.start(g), m.end(g)) for g in ("who", "who2") if m.group(g)), None)
        if text[m.end():m.end() + 1] not in {"\n", ""}:  # inline, to the paragraph's end
            blank = BLANK.search(text, m.end())
            out.append((m.end(), blank.start() if blank else len(text), who))
            continue
        end = m.end() + 1
        while end < len(text) and ENTRY_LINE.match(_next_line(text, end)) and text[end] not in "\n":
            nl = text.find("\n", end)
            end = len(text) if nl < 0 else nl + 1
        if end > m.end() + 1:
            out.append((m.end() + 1, end, who))
    return out


def _prose_lists(text: str, officials: bool = True, home: str | None = None) -> list[tuple[int, int, str]]:
    r"""The people lists of sentences that name whose people they are.

    >>> text = "The Korean delegation included Dr. Park Ji-hoon and Prof. Lee. The talks began."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('Dr. Park Ji-hoon and Prof. Lee.', 'KR')]
    >>> text = "He will meet PRC officials, including State Councilor Wang Yi.  These talks"
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('State Councilor Wang Yi.', 'CN')]
    >>> text = "The European Union was represented by the High Representative, Ms. Ana Ruiz. The United States ..."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('the High Representative, Ms. Ana Ruiz.', 'EU')]
    >>> text = "The Ghanaian delegation comprised Dr. A B (KAIPTC); the U.S. delegation comprised Dr. C D (AMI)."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('Dr. A B (KAIPTC); ', 'GH'), ('Dr. C D (AMI).', 'US')]
    >>> text = "The U.S. delegation included Adm. A B, while Gen. C D was a member of the Pakistani delegation."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('Adm. A B', 'US')]
    >>> text = "The Omani delegation was led by Dr. Ali Harthi, and the Indian delegation by Gen. Arun Rao. The talks began."
    >>> [(text[s:e].strip(), code) for s, e, code in _prose_lists(text)]
    [('Dr. Ali Harthi', 'OM')]
    >>> text = "The Omani delegation was led by Dr. Salim Harthi. Its members were Aisha Balushi and Omar Rawahi. The talks began."
    >>> [(text[s:e].strip(), code) for s, e, code in _prose_lists(text)]
    [('Dr. Salim Harthi.', 'OM'), ('Aisha Balushi and Omar Rawahi.', 'OM')]
    >>> text = "From the Russian side the session was attended by: Mr. A B, Deputy Minister; Ms. C D, Head of Department."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('Mr. A B, Deputy Minister; Ms. C D, Head of Department.', 'RU')]
    >>> text = "Participants: for Kenya, Dr. A B (HPI, lead), C D (NDC); for the United States, Dr. E F (CCS)."
    >>> [(text[s:e], code) for s, e, code in _prose_lists(text)]
    [('Dr. A B (HPI, lead), C D (NDC)', 'KE'), ('Dr. E F (CCS).', 'US')]
    """
    out: list[tuple[int, int, str]] = []
    found_lists = sorted([*PROSE_LIST.finditer(text), *FOR_SIDE.finditer(text), *ITS_MEMBERS.finditer(text),
                          *FROM_SIDE.finditer(text), *(OFFICIALS_INCLUDING.finditer(text) if officials else ())],
                         key=lambda m: m.start())
    for k, m in enumerate(found_lists):
        who = m.group(m.lastgroup) if m.lastgroup else ""  # the one "who" group that matched
        found = [c.code for c in find_sides(who)] or ([home] if home and who in {"The", "the"} else [])
        # ... "The delegation was led by X": in the publisher's text, its own
        if m.re is ITS_MEMBERS:  # the delegation the list before it named
            found = [out[-1][2]] if out and 0 <= m.start() - out[-1][1] <= FOLLOWS else []
        if len(found) == 1:
            first = split_sentences(text[m.end():m.end() + 600])
            if first:
                end = m.end() + first[0][1]
                if k + 1 < len(found_lists):  # "...; the U.S. delegation comprised ...": the next side's list
                    end = min(end, _own_start(found_lists[k + 1]))
                other = LIST_TURN.search(text, m.end(), end)  # "..., while X was a member of the Pakistani delegation"
                end = other.start() if other else end
                out.append((m.end(), end, found[0]))
    return out


def _own_start(m: re.Match[str]) -> int:
    """Where a list's heading words start in their own sentence: "The Indian delegation", not "Ms. Huda Kindi. The
    Indian delegation", whose capitalised words run on from the list before."""
    ends = list(re.finditer(r"[a-z]{2,}\.[ \t]+(?=[A-Z])", m.group(0)))
    return m.start() + ends[-1].end() if ends else m.start()


# A clause that turns from the list to another subject
# ("..., while X was a member of ...", "..., and the Chinese delegation by Y", "..., who met Minister Z")
LIST_TURN = re.compile(r",?\s+(?:while|whereas|but)\s+|,?\s+and\s+(?:the|its)\s+(?:[A-Z][\w.-]*\s+){1,3}(?:delegation|side|team|participants|delegates|group)\b|"
                       r",\s+(?:who|which)\s+(?:also\s+)?(?:met|meets|held|called|spoke|visited|received|welcomed|hosted)\b")


LIST_ROLE = ((re.compile(r"\b(?i:head\s+of\s+(?:the\s+)?delegation|delegation\s+(?:head|leader)|leader)\b|"
                         r"[(,]\s*(?i:head|lead)\s*\)"), "lead"),
             (re.compile(r"\b(?i:co-?chair|chair)\b"), "chair"))


def label_above(text: str, start: int, at: int) -> str:
    r"""The label on the line right above the entry that holds `at`, when that line is one ("Head of Delegation").

    >>> text = "Head of Delegation\nGeneral A B, Commander\n"
    >>> label_above(text, 0, 30)
    'Head of Delegation'
    """
    line_start = text.rfind("\n", start, at) + 1
    above_start = text.rfind("\n", start, max(start, line_start - 1)) + 1
    above = text[above_start:max(above_start, line_start - 1)]
    return above.strip() if line_start > start and LABEL_OVER.fullmatch(above) else ""


NUMBERED = re.compile(r"[ \t]*(?:[-•*·▪]|\d{1,3}[.)])[ \t]+\S")
WRAPPED = re.compile(r"[ \t]{2,}(?![-•*·▪]|\d{1,3}[.)])\S")  # an indented line that starts no entry of its own


def list_entry(text: str, start: int, end: int, at: int) -> str:
    """The entry of a list that holds position `at`: its line, or in a list run on in a paragraph,
    the part between semicolons (commas when it has none)."""
    line_start = text.rfind("\n", start, at) + 1 or start
    line_end = text.find("\n", at, end)
    # "1. H.E. Dr. A, Minister of Foreign Affairs\n   (Head of Delegation)": a numbered entry wrapped onto indented lines
    while NUMBERED.match(text, max(line_start, start)) and 0 <= line_end and WRAPPED.match(text, line_end + 1, end):
        line_end = text.find("\n", line_end + 1, end)
    line = (max(line_start, start), line_end if line_end >= 0 else end)
    body = text[line[0]:line[1]]
    inline = bool(text[text.rfind("\n", 0, start) + 1:start].strip()) and line[0] == start  # run on after the heading
    sep = ";" if ";" in body else "," if inline else None
    if sep is None or sep not in body:
        return body
    # a separator inside brackets is no entry's end: "Dr. A (HPI, lead), B (NDC)"
    cuts, depth = [], 0
    for k in range(line[0], line[1]):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if text[k] == sep and depth <= 0:
            cuts.append(k)
    lo = max((k + 1 for k in cuts if k < at), default=line[0])
    hi = min((k for k in cuts if k >= at), default=line[1])
    return text[lo:hi]


# An entry's name: after a bullet or a number, up to the first comma, dash, bracket or bar
ENTRY_NAME = re.compile(r"[ \t]*(?:[-•*·▪]|\d{1,3}[.)])?[ \t]*(?P<name>[^,;(|—–\n]{3,80}?)[ \t]*(?=[,;(|—–\n]|$)")


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's entries: its lines, or its parts between semicolons when run on."""
    body = text[start:end]
    sep = ";" if ";" in body and "\n" not in body.strip() else "\n"
    out, at = [], start
    for part in body.split(sep):
        if part.strip():
            out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def with_listed_sides(people: list[PersonMention], text: str, home: str | None = None) -> list[PersonMention]:
    r"""People listed under "U.S. Delegation", "Indian Delegation": the side the heading names, which
    outweighs what other mentions suggest. An entry whose name the tagger missed ("Shri Ramesh Chandra,
    Joint Secretary") is read from the list itself.

    >>> text = "Indian Delegation\nShri Ramesh Chandra, Joint Secretary\n"
    >>> [(p.name, p.side) for p in with_listed_sides([], text)]
    [('Ramesh Chandra', 'IN')]
    """
    sections = listed_sides(text, home=home)
    if not sections:
        return people
    out = []
    for p in people:
        code = next((c for s, e, c in sections if s <= p.start < e), None)
        out.append(replace(p, side=code, home_side=None, listed=True) if code else p)
    starts = sorted(p.start for p in people)
    for s0, s1, code in sections:
        for e0, e1 in _entries(text, s0, s1):
            if any(e0 <= at < e1 for at in starts[bisect_left(starts, e0):bisect_left(starts, e1)]):
                continue  # the tagger found this entry's person
            found = ENTRY_NAME.match(text, e0, e1)
            if found is None:
                continue
            name, _ = clean_name(found.group("name"))
            if not is_person_name(name):
                continue
            at = text.index(name, found.start("name"), e1) if name in text[found.start("name"):e1] else found.start("name")
            out.append(PersonMention(name, at, at + len(name), side=code, listed=True))
    return sorted(out, key=lambda m: m.start)
