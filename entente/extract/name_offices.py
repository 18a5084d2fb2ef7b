"""The office words a text sets around a person's name: before it ("U.S. Secretary of State", "the Minister of
Defence of Chile, Ana Rojas,"), after it ("X, deputy assistant secretary of defense"), or in apposition ("The U.S.
defense attache in Ulaanbaatar, Lt. Col. X")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from entente.extract.countries import country_code
from entente.extract.name_origin import is_given_name
from entente.extract.names import (ABROAD_COURTESY, DEGREE_COURTESY, HONORIFICS, MALAY_COURTESY, POST_NOMINALS, is_person_name,
                                   past_letters)
from entente.extract.offices import TITLE_KEYWORDS, countries_go_on, without_event

PREMOD_WORD = re.compile(r"^(?:[A-Z][\w.’'-]*|of|for|the|and|on|to|at|['’]s)$")
CONNECTORS = {"of", "for", "the", "and", "on", "to", "at"}
RETIRED = re.compile(r"\((?:ret(?:ire)?d?|rtd)\.?\)", re.I)  # "Major General (rtd)", "Air Marshal (Retd.)"
TITLE_WORDS = 20  # "Assistant Secretary of State for Western Hemisphere Affairs of the United States of America"
COURTESY = frozenset({"mr", "mrs", "ms", "dr", "h.e", "he", "amb", "prof", "sir", "dame", "hon", "the hon",
                      "sheikh", "sheikha", "shaikh", "datuk", "dato", "datin", "tun"}) | MALAY_COURTESY | ABROAD_COURTESY | \
    DEGREE_COURTESY
# Ranks that may stand between an office and a name: "the Commander of U.S. Africa Command, General X".
RANKS = frozenset({"general", "gen", "admiral", "adm", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt",
                   "captain", "brig", "brigadier", "rear", "vice", "commodore", "cdr", "commander", "air", "marshal",
                   "ltgen", "lt.gen", "maj.gen", "brig.gen", "sr"})  # "Sr. Lt. Gen.": a senior rank


def premodifier(doc: Doc, ent: Span, lead: str = "") -> str:
    """Capitalised words right before a name: "U.S. Secretary of State", "Retired Pakistani Lt. Gen.", and
    an office set off by a comma: "the Minister of Defence of Chile, Ana Rojas," "Ghana's Ambassador, H.E. X".
    With the `lead` the tagger put in the name ("Myanmar" of "Myanmar Burgener"), the office goes on into it:
    "UN Special Envoy on" + "Myanmar"."""
    i = ent.start - 1
    words: list[str] = []
    tagged_courtesy = ent[0].lower_.rstrip(".") in COURTESY  # the tagger's "H.E. Abena Owusu"
    # Not bounded by the parser's sentence: it sometimes starts one at the name itself.
    while i >= 0 and len(words) < TITLE_WORDS:
        tok = doc[i]
        if tok.text == "." and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].lower_ in COURTESY | RANKS:
            words.insert(0, doc[i - 1].text + tok.text_with_ws)  # "Amb." read as two tokens
            i -= 2
            continue
        if tok.text == ")" and i > 1 and doc[i - 2].text == "(" and re.fullmatch(r"[A-Z]{2,6}", doc[i - 1].text):
            words[:0] = [t.text_with_ws for t in doc[i - 2:i + 1]]  # "Republic of Korea (ROK) Special Representative"
            i -= 3
            continue
        opening = next((j for j in range(i - 1, max(-1, i - 4), -1) if doc[j].text == "("), None)
        if tok.text == ")" and opening is not None and RETIRED.fullmatch(doc[opening:i + 1].text.replace(" ", "")):
            i = opening - 1  # "Nigeria's Minister of Defence, Major General (rtd) X": retired, a rank's mark
            continue
        courtesy_only = all(w.strip(" .").lower() in COURTESY | RANKS for w in words)
        honorifics_only = all(w.strip(" .").lower() in COURTESY | RANKS | HONORIFICS for w in words)
        if tok.text == "," and ((courtesy_only and (words or tagged_courtesy)) or
                                (honorifics_only and _appositive_office(doc, ent, i))) and not _apposed_before(doc, i):
            # "the Ambassador of Tunisia, H.E. Mr. Mounir Belhaj", "the Commander of U.S. Africa Command,
            # General X": the office stands before the courtesy title or the rank
            words.insert(0, tok.text_with_ws)
            i -= 1
            continue
        if tok.text in {"-", "‐"} and i > 0 and not tok.whitespace_ and not doc[i - 1].whitespace_ and \
                doc[i - 1].text[:1].isupper() and words and words[0][:1].isupper():
            words.insert(0, tok.text)  # "... of the Democratic Republic of Timor-Leste, H.E. Mr. X": one word
            i -= 1
            continue
        first = i  # "Ambassador-at-Large", "Commander-in-Chief": an office's words joined by hyphens, one word
        while first > 1 and doc[first].text in {"-", "‐"} and not doc[first].whitespace_ and not doc[first - 1].whitespace_ \
                and doc[first - 1].is_alpha:
            first -= 2 if doc[first - 1].is_lower and doc[first - 2].text in {"-", "‐"} else 1
        if first < i and words and words[0][:1].isupper() and doc[first].text[:1].isupper() and doc[first].is_alpha:
            words.insert(0, doc[first:i + 1].text)
            i = first - 1
            continue
        courtesy = tok.lower_.rstrip(".") in COURTESY | RANKS  # "H.E. Amb." is no one, though tagged so
        if "\n" in tok.text_with_ws or not PREMOD_WORD.match(tok.text) or \
                (_named_person(doc, i) and not courtesy and not country_code(tok.text)):  # ("Malawi's", tagged so)
            break
        if tok.text == "and" and not _inside_portfolio(doc, i, words):
            break
        words.insert(0, tok.text_with_ws)
        i -= 1
    # "received in Hanoi the Minister of Foreign Affairs of Norway, X": an article after no connector starts the office
    # (not "Senator the Hon X", "Fiji's Minister for Foreign Affairs, the Hon X": the office and its courtesy)
    # ... nor "on the" before another office: "a courtesy call by the Head of the Delegation on the Minister of X, Ms. Y"
    article = next((j for j in range(len(words) - 1, 0, -1) if words[j].strip().lower() in {"the", "a", "an"}
                    and (words[j - 1].strip().lower() not in CONNECTORS | {","} or
                         words[j - 1].strip() == "on" and TITLE_KEYWORDS.match("".join(words[j + 1:j + 2]))) and
                    not TITLE_KEYWORDS.search(words[j - 1]) and
                    not (j + 1 < len(words) and words[j + 1].strip(" .").lower() in COURTESY)), 0)
    words = words[article:]
    while words and words[0].strip().lower() in CONNECTORS:
        words.pop(0)
    if words and words[-1].strip() in CONNECTORS and not lead:
        return ""  # "a visit to the United States for Tokpakbayev": no title ends with "for"
    return without_event(re.sub(r",\s*(?:(?:Mr|Mrs|Ms|Dr|H\.E|Amb|Prof|Sir|Dame|Hon)\.?\s*)+$", "", "".join(words).strip()).rstrip(" ,"))


def _apposed_before(doc: Doc, comma: int) -> bool:
    """Whether the office before a comma follows a name and a comma, so that it is that name's office: "General A,
    Chief of Staff of the Egyptian Armed Forces, General B" (not B's)."""
    k = comma - 1
    while k >= 0 and comma - k <= TITLE_WORDS and PREMOD_WORD.match(doc[k].text) and doc[k].text != ",":
        k -= 1
    # (not "A, and Assistant Deputy Minister ..., B": "and" starts B's office)
    return k > 0 and k < comma - 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON" and doc[k + 1].text[:1].isupper()


def _named_person(doc: Doc, i: int) -> bool:
    """Whether token `i` is in a person's name the tagger found: not in an office's words it took for one (the
    "Diaspora Affairs" of "The Cabinet Secretary for Foreign and Diaspora Affairs, Hon. X")."""
    if doc[i].ent_type_ != "PERSON":
        return False
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return is_person_name(doc[start:end].text)


def apposed_to(doc: Doc, ent: Span) -> str | None:
    """The office a name stands in apposition to, in lowercase words the premodifier does not read: "The
    U.S. defense attache in Ulaanbaatar, Lt. Col. X" (the parser may hang X on "Ulaanbaatar": climb to the
    office through its preposition)."""
    if ent.root.dep_ != "appos":
        return None
    head = ent.root.head
    for _ in range(3):
        if TITLE_KEYWORDS.search(head.text) and head.i < ent.start:
            # with its "of" phrase: "the Defence Minister of Nigeria, Maj. Gen. (rtd) X"
            of = [k.right_edge.i for k in head.rights if k.lower_ == "of" and k.right_edge.i < ent.start]
            office = doc[head.left_edge.i:max([head.i, *of]) + 1]
            # not an office that holds another person ("U.S. Ambassador to X Laura Chen and X's Minister, Y")
            if any(t.ent_type_ == "PERSON" for t in doc[office.start:ent.start]) or \
                    any(TITLE_KEYWORDS.search(t.text) for t in doc[office.end:ent.start]):
                return None  # ... nor one with another office between ("Ambassador to X Y and X's Minister of Z, W")
            # nor a headline's words the parser ran into the body's first line ("... visit to Chile\n\nThe Minister")
            return re.split(r"\n\s*\n", office.text)[-1]
        if head.dep_ not in {"pobj", "prep"} or head.head is head:
            return None
        head = head.head
    return None


def _ends_in_a_name(phrase: str) -> bool:
    """Whether an office's words end in another person's given name and surname, the tagger having taken them
    for an organisation: "National Security Council Director for Central America Megan Oates".

    >>> [_ends_in_a_name(p) for p in ("Director for Central America Megan Oates", "Director for Arms Control",
    ...                                "Director of Programs at Pacific Forum CSIS")]
    [True, False, False]
    """
    words = phrase.split()
    return len(words) >= 3 and is_given_name(words[-2]) and bool(re.fullmatch(r"[A-Z][a-z][\w’'-]*", words[-1])) and \
        bool(TITLE_KEYWORDS.search(" ".join(words[:-2])))


def _inside_portfolio(doc: Doc, i: int, words: list[str]) -> bool:
    """Whether the "and" at token `i` joins the words of a portfolio ("Secretary of State for Educational and
    Cultural Affairs", "Minister of Trade and Industry"), not two people ("Blinken and Foreign Minister X"):
    no office word after it yet, and a capitalised word before it that names no one."""
    before = doc[i - 1] if i > 0 else None
    if words and words[0].strip(" .").lower() in COURTESY | RANKS:
        return False  # "the Brazilian Air Force and Dr. X": a courtesy title starts the next person
    if countries_go_on(doc[max(0, i - 6):i].text, "".join(words)):
        return True  # a portfolio's list of countries: "Special Envoy for Sudan and South Sudan Ambassador X"
    return bool(words) and not TITLE_KEYWORDS.search(" ".join(words)) and before is not None and \
        before.text[:1].isupper() and before.ent_type_ != "PERSON"


def _appositive_office(doc: Doc, ent: Span, comma: int) -> bool:
    """Whether "the OFFICE, NAME," stands before a name: capitalised words holding an office after "the"
    or a possessive, then the comma, and a comma or a full stop after the name ("the Minister of Defence
    of Chile, Ana Rojas, met", "the Ambassador of Nigeria to the United States, Ambassador X, hosted"; letters
    after the name: "The Minister for the Armed Forces, Oliver Pennington MP, has")."""
    end = ent.end
    while end < len(doc) and doc[end].lower_ in POST_NOMINALS:
        end += 1
    if end < len(doc) and doc[end].text not in {",", ".", "(", ";"} and "\n" not in doc[end - 1].whitespace_:
        return False
    k = comma - 1
    while k >= 0 and comma - k <= TITLE_WORDS and PREMOD_WORD.match(doc[k].text):
        k -= 1
    run = doc[k + 1:comma]
    first = next((t.i for t in run if t.lower_ == "the"), None)
    if first is None:  # a possessive determines it: "Singapore's Minister for Defence, Teo Wee Leong."
        first = k + 1 if any(t.text in {"'s", "’s"} for t in run) else None
    if first is not None and TITLE_KEYWORDS.search(doc[first:comma].text):
        return True
    # "co-chaired by U.S. Acting Deputy Assistant Secretary ..., Laura Lochman, and Assistant Deputy Minister ..., X"
    if run and run[0].lower_ in BOUNDARY:
        run = doc[run.start + 1:comma]
    elif k < 0 or doc[k].lower_ not in BOUNDARY:
        return False
    return bool(run) and run[0].text[:1].isupper() and bool(TITLE_KEYWORDS.search(run.text))


BOUNDARY = frozenset({"by", "and", "with"})


def _before_a_rank(words: str) -> re.Match[str] | None:
    """An office, then a comma and only the next name's rank or courtesy title: "Chief of Staff of the Egyptian Armed
    Forces, General " (the office of the name before it, in a list of names and offices).

    >>> _before_a_rank("Chief of Staff of the Egyptian Armed Forces, General ").group(1)
    'Chief of Staff of the Egyptian Armed Forces'
    >>> _before_a_rank("Chief of Staff, Egyptian Armed Forces ") is None
    True
    """
    own = re.match(r"(.+),\s*((?:[\w.]+\s+)*)$", words)
    if own is None or not own.group(2).split():
        return None
    return own if all(w.rstrip(".").lower() in COURTESY | RANKS for w in own.group(2).split()) else None


DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})


def apposition(doc: Doc, ent: Span, next_person_start: int | None) -> str | None:
    """The phrase after "NAME, ...": "David Ochmanek, deputy assistant secretary of defense for force development"."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    k = ent.end + 1
    while k < min(len(doc), ent.end + 3) and (doc[k].pos_ == "ADV" or doc[k].lower_ in DAY_WORDS):
        k += 1  # "..., Mutale Banda, today received the Minister of Foreign Affairs of Malawi": no office of hers
    if k < len(doc) and (doc[k].pos_ in {"VERB", "AUX"} or (doc[k].pos_ == "ADP" and doc[k].is_lower and doc[k].text not in {"of", "from"})):
        return None  # "the Minister of Defence of Chile, Ana Rojas, met ...", "chaired by X, with the participation
        # of Y's Minister": the clause goes on
    stop = min(ent.sent.end, next_person_start if next_person_start is not None else ent.sent.end)
    words: list[str] = []
    for tok in doc[ent.end + 1:stop]:
        if tok.text == "," and tok.i + 1 < stop and doc[tok.i + 1].pos_ in {"VERB", "AUX"}:
            break
        if tok.text in {"“", "\"", ";", "(", ":"} or "\n" in tok.text:
            break
        words.append(tok.text_with_ws)
    if words and next_person_start is not None and stop == next_person_start and \
            doc[stop - 1].text[:1].isupper() and doc[stop - 1].text_with_ws == words[-1]:
        # "A, Colombian Foreign Minister B": the words run into the next name, whose title they are; A's own
        # office is what comes before a comma and "and": "A, Chairman of the X Committee, and Polish Minister B"
        own = re.match(r"(.+?),\s*(?:and|as well as)\s", "".join(words)) or _before_a_rank("".join(words))
        if own is None or not TITLE_KEYWORDS.search(own.group(1)) or len(own.group(1).split()) > 14 or \
                _ends_in_a_name(own.group(1)):
            return None
        return own.group(1).strip()
    phrase = re.sub(r"(?:,\s*(?:and|as well as)?\s*)$", "", "".join(words).strip()).strip(" ,.")
    phrase = phrase[past_letters(phrase):]  # "X, MP, State Minister for ...": his letters, then the office
    rest = doc[ent.end + 1 + len(words):stop].text if stop == next_person_start else None
    if words and rest is not None and re.fullmatch(r"(?:\([\w.]+\)\s*)?", rest):
        # "X, Director of the Institute, and Ambassador (ret.) Y": the words run into Y, the rank is Y's
        phrase = re.sub(r",?\s+and\s+(?:[A-Z][\w.’'-]*|\([\w.]+\))(?:\s+(?:[A-Z][\w.’'-]*|\([\w.]+\)))*$", "", phrase)
        if all(w[:1].isupper() for w in phrase.split()):
            return None  # "A, Lieutenant General (ret.) B and C": a list, the rank is B's
    if phrase and len(phrase.split()) > 14:
        # "Y, the Minister of Defence of Peru, to the Ministry for talks": the office ends at its comma
        first = re.match(r"([^,]+),\s+(?:to|at|for|in|on|who|which|during|after|before|with|as\s+well\s+as|and)\b", phrase)
        phrase = first.group(1).strip() if first else phrase
    if _ends_in_a_name(phrase):
        return None  # "X, National Security Council Director for Central America Megan Oates, and ...": her office
    # an office and its ministry, each short: "former Director General for the Caucasus and Central Asia, Ministry
    # of Foreign Affairs of Turkey"
    parts = [part.strip() for part in phrase.split(",")]
    parted = len(phrase.split()) <= 24 and all(len(part.split()) <= 12 and part[:1].isupper() for part in parts[1:])
    if not phrase or (len(phrase.split()) > 14 and not parted) or not TITLE_KEYWORDS.search(phrase):
        return None
    return phrase
