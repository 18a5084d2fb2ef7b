"""People named after their office: "Japanese National Security Advisor Akiba Takeo", "Republic of Korea
Minister of Unification Lee In-young", "His Majesty King Abdullah II of Jordan".

The statistical tagger misses or misreads many such names (it took "Japanese National Security Advisor
Akiba Takeo" for an organisation); an office word followed by a run of capitalised words is a
person far more often than not, and the words before the office give the side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Iterator, Sequence

from entente.extract.countries import country_code, find_sides
from entente.extract.names import (
    ABROAD_COURTESY, HEADLINE_NOUNS, HONORIFICS, MALAY_COURTESY, NON_PERSON_WORDS, OFFICE_ENDS, POST_NOMINALS, UPPER,
    is_person_name, other_surnames, past_letters, proper_case,
)
from entente.extract.us_officials import us_office_holder
from entente.extract.offices import (TITLE_KEYWORDS, US_OFFICES, apposed_to_a_name, countries_go_on, home_office,
                                     office_of_the_name_before, side_from_title, without_event)
from entente.extract.offsets import Intervals
from entente.extract.institution_names import INSTITUTION
from entente.extract.people import PersonMention
from entente.extract.office_bodies import office_body_side
from entente.extract.organisations import affiliation_side

# Offices that stand right before a holder's name. A hyphenated "-designate" or "-elect" may follow.
OFFICE = (r"(?:Prime\s+Minister|Minister|Secretary(?:[- ]General)?|Under-?[Ss]ecretary|Advis[eo]r|President|Premier|Chancellor|"
          r"Ambassador|Envoy|Governor|King|Queen|Crown\s+Prince|Prince|Emir|Amir|Sultan|Sheikh|Director|"
          r"Director[- ]General|Commissioner|Chairman|Chairwoman|Chairperson|Chair|Spokesperson|Representative|"
          r"Head(?=[^\S\n]+of[^\S\n])|Coordinator|Counsell?or|Councill?or|Chief|Commander|General|Admiral|Marshal|Colonel|Captain|Commodore|Brigadier|Mayor|Senator|Speaker|"
          r"High\s+Representative|Vice\s+President|Foreign\s+Minister|Defen[cs]e\s+Minister)")
# "of Development, Investment and International Cooperation": a list of portfolios ends on "and"
PORTFOLIO_LIST = r"(?:,[^\S\n]+[A-Z][\w’'-]*)+,?[^\S\n]+and[^\S\n]+"
PORTFOLIO = (r"(?:[^\S\n]+(?:of|for|on|(?:(?<=Ambassador[^\S\n])|(?<=Envoy[^\S\n])|(?<=Representative[^\S\n]))to)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:(?:" + PORTFOLIO_LIST +
             r"|[^\S\n]+(?:and[^\S\n]+|of[^\S\n]+(?:the[^\S\n]+)?)?)[A-Z][\w’'-]*){0,4}?){0,2}")
# ... after a retired officer's mark: "Ambassador (retd.) Ama Owusu"
HONORIFIC = (r"(?:[^\S\n]+\((?:[Rr]et(?:d|ired)?|[Rr]td)\.?\))?"
             r"(?:\s+(?:Dr|Mr|Mrs|Ms|Eng|Gen|Adm|Lt|Col|H\.E|Sheikh|Her\s+Excellency|His\s+Excellency)\.?)?")
# The run of an office stopped before "and" and more capitalised words names no one: read on.
PORTFOLIO_GOES_ON_END = r"(?![\w’'-])(?![^\S\n]+and[^\S\n]+[A-Z])"


# A name's words: capitalised words, initials ("J."), particles; a full stop after a longer word ends
# the sentence ("... King Abdullah II of Jordan. The Secretary"), not the name.
# A headline's capitalised small words end a name: "President Carlos Alvarado Before Their Meeting".
HEADLINE_WORDS = (r"(?:Before|After|During|Ahead|Following|Their|His|Her|Its|With|And|At|On|In|For|To|Of|The|"
                  r"From|Upon|Remarks|Meeting|Meet|Meets|Call|Calls|Statements?|Press|Joint|Visit|Visits|" +
                  "|".join(w.capitalize() for w in HEADLINE_NOUNS) + ")")
WORD = (rf"(?:(?!(?:Jr|Sr)\.)[{UPPER}][a-z]?\.(?=\s)|(?!" + HEADLINE_WORDS + rf"\b(?![-’']))[{UPPER}][\w’'-]*|"
        r"(?:bin|binti|bint|al|de|da|van|von|der|den|del|della|du|di|el|ibn|dos|do)\b|[“\"‘][A-Z][\w’'-]*[”\"’](?=\s))")  # a nickname: Benjamin “Benny” Gantz
GAP = r"[^\S\n]+"  # spaces, tabs and no-break spaces, not a line end
# ... a suffix's full stop ends it: "General Romeo Brawner Jr. Also participating were ..."
RUN = rf"{WORD}(?:{GAP}(?:{WORD}|of|the)){{0,9}}(?:,?{GAP}(?:Jr|Sr)\.)?"
# "Singapore's Minister for Defence, Teo Wee Leong,": the name may follow the office after a comma
TITLED = re.compile(rf"\b(?P<office>{OFFICE}(?:-[Dd]esignate|-[Ee]lect)?){PORTFOLIO}{HONORIFIC},?{GAP}(?P<run>{RUN})")
PORTFOLIO_GOES_ON = re.compile(TITLED.pattern + PORTFOLIO_GOES_ON_END)
# ... and a portfolio of more words, set off by a comma: "the Minister of Foreign Affairs of Guatemala, Haroldo
# Enrique Quiñónez Batres," (where the plain reading takes "Affairs of Guatemala" for a name)
# ... "the Minister of Foreign Affairs of the Republic of Korea, His Excellency Han Min-seok"
TITLED_COMMA = re.compile(rf"\b(?P<office>{OFFICE})(?:[^\S\n]+(?:of|for|on|and|the|[A-Z][\w’'-]*)){{1,12}},{HONORIFIC}{GAP}(?P<run>{RUN})")
PORTFOLIO_LIST_ENDS = re.compile(r"[^\S\n]+and[^\S\n]+[A-Z][\w’'-]*(?![^\S\n]+[A-Z])")  # "..., Space and Science"
# The capitalised words of the office's line before it: "Republic of Korea Vice Minister of ..."
# A headline's capitalised "And" or "With" joins two people, not two offices of one: "Secretary X And Jordanian
# King Abdullah II" (King's line starts after it)
BEFORE = re.compile(r"(?:(?:(?!(?:And|With)\b)[A-Z][\w.’'-]*|\([A-Z]{2,6}\)|of|the|and|for)[^\S\n]+){1,8}$")
# A sentence's end before an office: a full stop after a word ("Al Habsi. Secretary Quill"), not after
# an initial or a short form ("U.S. Secretary", "Dr. Soren").
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?][\"”’)]*\s+")
OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<where>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


# An office set off by a comma before a rank and a name: "the Chief of the General Staff of the Mongolian
# Armed Forces, Lieutenant General X", "the Ambassador of Colombia in Quito, Mr. X".
APPOSITIVE_OFFICE = re.compile(r"\b[Tt]he\s+(?P<office>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|to|in|at)){0,12}),\s*"
                               r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Rear|Vice|Air|Colonel|Col\.?|"
                               r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?|\((?:[Rr]e?td|[Rr]et(?:ired)?)\.?\))\s+)*$")


# An institution's name, as after a name: "of Georgetown University", "of the Diplomatic Academy"
INSTITUTION_AFTER = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}" + INSTITUTION.pattern)
BODY_OF = re.compile(INSTITUTION.pattern + r"\s+of\s+(?:the\s+)?\Z")  # "Ministry of": a body's portfolio follows


# Words that make an office another one: "Acting Principal Deputy Assistant Secretary of State for ..."
RANKS_BEFORE = re.compile(r"(?:\b(?:Acting|Principal|Deputy|Assistant|Under|Vice|Senior|Special|Executive)[^\S\n]+)+$")


def _offices(title: str) -> list[str]:
    """The offices a title joins with "and", not the "and" inside a portfolio's name.

    >>> _offices("Vice President and Foreign Minister")
    ['Vice President', 'Foreign Minister']
    >>> _offices("Assistant Secretary of State for Educational and Cultural Affairs")
    ['Assistant Secretary of State for Educational and Cultural Affairs']
    >>> _offices("U.S. Special Envoy for Sudan and South Sudan Ambassador")
    ['U.S. Special Envoy for Sudan and South Sudan Ambassador']
    """
    parts: list[str] = []
    for part in re.split(r"\s+and\s+", title):
        # ... nor the "and" of a portfolio's list of countries ("Envoy for Sudan and South Sudan Ambassador X")
        if parts and (not TITLE_KEYWORDS.search(part) or countries_go_on(parts[-1], part)):
            parts[-1] += f" and {part}"
        else:
            parts.append(part)
    return parts


# A plural of an abstract noun ends a portfolio, not a name: "Commissioner for International Partnerships"
ABSTRACT_PLURAL = re.compile(r"(?:ships|tions|sions|ities|ances|ences|isms|ologies|ments)$")


def _single_name(run: str) -> str | None:
    """ "Hamdok" of "Sudanese Prime Minister Hamdok to discuss": one capitalised word that can be a surname."""
    words = run.split()
    if len(words) >= 2 and words[0] in {"van", "von", "de", "da", "al", "el", "bin"}:
        return f"{words[0]} {words[1].rstrip('.,;:')}"  # "Secretary General van Aalst"
    if len(words) == 2 and (words[0].lower() in NON_PERSON_WORDS or words[0].lower().rstrip("s") in OFFICE_ENDS):
        words = words[1:]  # "Speaker of the Mongolian Parliament Zandanshatar": the portfolio's last word, then him
    if any(w.lower().rstrip(".,;:") in NON_PERSON_WORDS for w in words[1:]):
        return None  # "Secretary of State for Western Hemisphere Affairs": the portfolio goes on
    word = words[0].rstrip(".,;:") if words else ""
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or country_code(word) or \
            word.lower() in NON_PERSON_WORDS or word.lower() in HONORIFICS or ABSTRACT_PLURAL.search(word):
        return None
    return word


REGION_END = re.compile(r"(?:the|Middle|Far|Near)\s+(?:East|West|North|South)")  # "for the Middle East": no "East"
NICKNAME = re.compile(r"[“\"‘][A-Z][\w’'-]*[”\"’]")  # no part of the name: "Benjamin “Benny” Gantz" is Benjamin Gantz


def _name_in(run: str) -> tuple[int, int, str] | None:
    """The longest ending of a run of capitalised words that is a person's name, with its offset in
    the run: "Foreign Affairs Mohammed bin Abdulrahman Al-Thani" -> "Mohammed bin Abdulrahman Al-Thani".
    A trailing abbreviation's full stop ends the sentence, not the name."""
    run = re.split(r"[^\S\n]{2,}|\t", run)[0]  # a table's next column is no part of it: "Kim Sang-woo      Government Complex"
    # "Abdullah II of Jordan": the country after "of" is the holder's, not part of the name
    # (only when the words after "of" are the country's name: "of the Philippines Eduardo Santiago" holds a name)
    of_country = re.search(r"\s+of\s+(?:the\s+)?(?P<where>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$", run)
    where = of_country.group("where") if of_country else ""
    if of_country and (country_code(where) or any(s.end == len(where) for s in find_sides(where))):
        run = run[:of_country.start()]
    # "Lloyd Carverton's meeting": the possessive's mark is no part of the name
    run = re.sub(r"['’]s?$", "", run)
    # ... nor letters after it: "the Hon Clement Riumana MP"
    while (last := re.search(r"[^\S\n]+([\w.]+)$", run)) and last.group(1).lower().rstrip(".") in POST_NOMINALS:
        run = run[:last.start()]
    # "Wang Yi.  These discussions": a word that opens sentences, after a full stop, starts the next one
    next_sentence = re.search(r"\.\s+(?:These|This|The|They|He|She|It|We|In|On|At|His|Her|Both|During|After)\b", run)
    if next_sentence:
        run = run[:next_sentence.start() + 1]
    words = list(re.finditer(r"\S+", run))
    for k in range(len(words)):
        for stop in (len(words),):  # the name ends the run: "Security of Military Information Agreement" is none
            name = " ".join(w for w in run[words[k].start():words[stop - 1].end()].split()
                            if not NICKNAME.fullmatch(w)).rstrip(".")
            first = name.split()[0]
            # (a Malay courtesy word ending a name is a given name: "Le Minh Tuan"; "Tuan" is a courtesy before one)
            words_in = name.split()
            if first in {"bin", "al", "de"} or any(w.lower().rstrip(".") in HONORIFICS and not (
                    j == len(words_in) - 1 and w.lower() in MALAY_COURTESY) for j, w in enumerate(words_in)) or \
                    first.lower().rstrip("s") in OFFICE_ENDS:  # "Defence Production Anand Rao": a portfolio's end
                continue  # "Reconciliation Ambassador Zalmay Khalilzad": an office inside is no name
            end = words[stop - 1].end() - (run[words[stop - 1].end() - 1] == ".")
            if stop - k >= 2 and is_person_name(name):
                return words[k].start(), end, name
            if stop - k == 2 and re.fullmatch(r"\S+\s+[IVX]+", name) and name[:1].isupper():
                return words[k].start(), end, name  # "Abdullah II": a sovereign's name and number
    # "Karen Doyle of the U.S. Navy": a name, then the body it serves
    of = next((j for j, w in enumerate(words) if w.group(0) == "of"), 0)
    name = run[:words[of - 1].end()] if of >= 2 else ""
    return (0, len(name), name) if name and is_person_name(name) else None


def titled_people(text: str, *, home: str | None) -> Iterator[PersonMention]:
    """Person mentions made of an office and the name after it, with the side the office gives.

    >>> [(m.name, m.side) for m in titled_people("met Japanese National Security Advisor Akiba Takeo in", home=None)]
    [('Akiba Takeo', 'JP')]
    >>> [(m.name, m.side) for m in titled_people("Minister Ada Quill And Jordanian King Abdullah II Before", home=None)]
    [('Ada Quill', None), ('Abdullah II', 'JO')]
    >>> [(m.name, m.side) for m in titled_people("received the Minister of Foreign Affairs of Guatemala, Rosa "
    ...                                          "Quispe Huaman, at the ministry", home=None)]
    [('Rosa Quispe Huaman', 'GT')]
    """
    for m in TITLED.finditer(text):
        found = _name_in(m.group("run"))
        if found is None and (longer := PORTFOLIO_GOES_ON.match(text, m.start())):
            # "High Representative for Foreign Affairs and Security Policy X": the run stopped at "and"
            m, found = longer, _name_in(longer.group("run"))
        if found is None and (comma := TITLED_COMMA.match(text, m.start())) and _name_in(comma.group("run")) and \
                not office_of_the_name_before(text, m.start()):
            m, found = comma, _name_in(comma.group("run"))
        single = None if found else _single_name(m.group("run"))
        if single and "," in text[m.end("office"):m.start("run")] and PORTFOLIO_LIST_ENDS.match(text, m.end()):
            continue  # "Assistant Secretary for Oceans, Space and Science": the portfolio's list goes on, no name
        if found is None and single is None:
            continue
        at = m.group("run").find(single) if single else 0
        offset, stop, name = found or (at, at + len(single or ""), single or "")
        if trail := re.search(r"['’]s?$", name):  # "President Tom Reyes’ meeting", "Secretary Quill’s Meeting with ...":
            name, stop = name[:trail.start()], stop - len(trail.group())  # a possessive's mark and "s" are no letters of it
        of = re.search(r"\s+of\s+", name)
        if of and INSTITUTION_AFTER.match(text, m.start("run") + offset + of.end()):  # "X of Georgetown University": hers
            name, stop = name[:of.start()], stop - (len(name) - of.start())
        start = m.start("run") + offset
        before_words = text[max(0, start - 30):start].split()
        last = f"{before_words[-1]} {single}" if single and before_words else ""
        if last and (country_code(last) or REGION_END.fullmatch(last)):
            continue  # "Minister of the Kingdom of Saudi Arabia", "Special Envoy for the Middle East": a place's end
        if INSTITUTION.fullmatch(name.split()[-1]):
            continue  # "Director of Investment Promotion, Kenya Investment Authority": a body's name, no one's
        if BODY_OF.search(text, max(0, start - 40), start):
            continue  # "Head of Department, Ministry of Natural Resources and Ecology": a body's portfolio, no one
        if not single and before_words and len(name.split()) > 2 and country_code(f"{before_words[-1]} {name.split()[0]}"):
            start = text.index(name.split()[1], start)  # "Ambassador to Viet Nam Hendra X": "Nam" ends the country
            offset, name = start - m.start("run"), text[start:m.start("run") + stop]
        end = m.start("run") + stop
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = max(line_start, m.start() - 80)
        ends = [e.end() for e in SENTENCE_BREAK.finditer(text, window, m.start())]
        before = BEFORE.search(text, ends[-1] if ends else window, m.start())
        title = text[before.start() if before else m.start():m.start("run") + offset].strip(" ,\t\n")
        if title.startswith("for "):  # "U.S. Special Representative for the DPRK (DPRK) Ambassador X": a portfolio
            title = text[ends[-1] if ends else window:m.start("run") + offset].strip()
        title = re.sub(r"^(?:(?:and|the|of|for)\s+)+", "", title)  # ", and Canadian Minister of ..."
        title = without_event(title)  # "Official Visit of the Minister of Defence of Ghana, Hon. X"
        # the office's own side, else the body after the name ("Vice Admiral X of the Indian Navy"), else
        # that of an office it is joined to ("Vice President and Foreign Minister"), not that of someone
        # named before ("Rear Admiral Y of the U.S. Navy and Vice Admiral X")
        side = side_from_title(_offices(title)[-1])
        after = OF_COUNTRY.match(text, end)
        if side is None and after:
            sides = find_sides(after.group("where"))
            side = sides[0].code if sides else country_code(after.group("where"))
        if side is None:
            side = next(filter(None, map(side_from_title, reversed(_offices(title)))), None)
        if side is None and len(_offices(title)) > 1:  # "Organization for Economic Cooperation and Development
            side = side_from_title(title)              # (OECD) Secretary General": one body's name holds "and"
        ranks = RANKS_BEFORE.search(text, max(line_start, m.start() - 60), m.start())
        office = re.sub(r"\s+", " ", text[ranks.start() if ranks else m.start():m.start("run") + offset]).strip(" ,")
        nearest = _offices(title)[-1]  # "X and Secretary of State for Investment Y": Y's own office
        if side is None and (US_OFFICES.search(nearest) or us_office_holder(name, office)):
            side = "US"
        before_comma = APPOSITIVE_OFFICE.search(text, line_start, m.start())
        if side is None and before_comma and TITLE_KEYWORDS.search(before_comma.group("office")) and \
                not apposed_to_a_name(text, line_start, m.start()):
            # "Meeting with the Chief of the General Staff of the Mongolian Armed Forces, Lieutenant General X"
            side = side_from_title(before_comma.group("office"))
        side = side or apposed_side(text, end)
        home_side = home_office(home, title) if side is None else None
        yield PersonMention(name, start, end, title=office, side=side, home_side=home_side, short=bool(single))


# The parts of an apposition after a name, up to the clause's end: ", former Director General for the Americas,
# Ministry of Foreign Affairs of Ghana, delivered ..."
APPOSITION_RUN = re.compile(r",[^\S\n]+(?P<run>[^;()\n]{3,200}?)(?=;|\.\s|\.$|\n|$)")


def apposed_side(text: str, end: int) -> str | None:
    """The side an office or a ministry set off by commas after a name gives, read part by part while the
    parts are titles or bodies (capitalised, or "former ..."), not the clause that goes on.

    >>> apposed_side("Ambassador A B, former Director General for the Americas, Ministry of Foreign Affairs of Ghana, "
    ...              "spoke.", 14)
    'GH'
    >>> apposed_side("Ambassador A B, the envoy, met the Minister of Defence of Peru.", 14) is None
    True
    """
    run = APPOSITION_RUN.match(text, end)
    if run is None:
        return None
    for k, part in enumerate(p.strip() for p in run.group("run").split(",")[:3]):
        if not re.match(r"(?:[A-Z]|former\s|the\s)", part) or (k == 0 and not TITLE_KEYWORDS.search(part)):
            return None
        side = side_from_title(part)
        if side:
            return side
    return None


# A courtesy title before a name the tagger may take for an organisation ("H.E. Mr. Amadou Diallo", British "Ms
# Florence Parly" without the full stop), and
# the office an apposition after it gives: ", Minister of Foreign Affairs of Senegal,"
MALAY = "|".join(sorted(w.capitalize() for w in MALAY_COURTESY))
ABROAD = "|".join(sorted(w.capitalize() for w in ABROAD_COURTESY))
COURTESY_TITLED = re.compile(rf"\b(?:H\.E\.|(?:Mr|Mrs|Ms|Dr|Md|Mohd|{MALAY}|{ABROAD})\.?(?={GAP})|Prof\.|Amb\.)"
                             rf"(?:{GAP}(?:Mr|Mrs|Ms|Dr)\.?)?{GAP}(?P<run>{RUN})")
APPOSED_OFFICE = re.compile(r",\s+(?P<office>[A-Z][^,;()\n]{3,80}?(?:" + PORTFOLIO_LIST + r"[A-Z][^,;()\n]{0,60}?)?)"
                            r"(?=,|;|\.\s|\.$|\s+and\s|[^\S\n]*(?:\n|$))")  # "..., Deputy Minister for Science, Space and Health of X,"


def courtesy_people(text: str, home: str | None = None) -> Iterator[PersonMention]:
    """People named after a courtesy title, with the side an office in apposition gives.

    >>> [(m.name, m.side) for m in courtesy_people("co-chaired by H.E. Mr. Amadou Diallo, Minister of Foreign Affairs of Senegal, and")]
    [('Amadou Diallo', 'SN')]
    >>> [(m.name, m.side) for m in courtesy_people("The Ambassador of Kenya to Japan, H.E. Ann Wairimu, also took part.")]
    [('Ann Wairimu', 'KE')]
    >>> [m.name for m in courtesy_people("Dr. Maria C. Reyes of MISS and Mr. Jon D. Kearney of CIPS co-chaired.")]
    ['Maria C. Reyes', 'Jon D. Kearney']
    """
    for m in COURTESY_TITLED.finditer(text):
        found = _name_in(re.split(r"\s+(?:of|the)\s", m.group("run"))[0])  # "Dr. A B of MISS": of is her affiliation
        if found is None or found[0] != 0:
            continue
        _, stop, name = found
        end = m.start("run") + stop
        letters = past_letters(text, end)  # "X, MP, State Minister for ...": past his letters, from the comma after them
        appo = APPOSED_OFFICE.match(text, text.rfind(",", end, letters) if letters > end else end)
        office = appo.group("office") if appo and TITLE_KEYWORDS.search(appo.group("office")) else None
        # ... or the office set off before it: "The Ambassador of the Philippines to Japan, H.E. X,"
        before = APPOSITIVE_OFFICE.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 160), m.start())
        if office is None and before and TITLE_KEYWORDS.search(before.group("office")):
            office = before.group("office")
        side = side_from_title(office) if office else None
        if side is None and office and US_OFFICES.search(office):
            side = "US"  # "Dr. X, Assistant Secretary of State for Oceans,": an office only the United States has
        if side is None:  # "Dr. X, Research Professor at FLACSO Ecuador", "Dr. Y of the Caucasus Institute"
            side = office_body_side(office) if office else affiliation_side(text[end:end + 120])
        yield PersonMention(name, m.start("run"), end, title=office, side=side,
                            home_side=home_office(home, office) if office and side is None else None)


def _surname_keys(name: str) -> set[str]:
    """How a full name's holder may be called by surname: "Gabriel Sandoval Ortiz" -> Ortiz, Sandoval;
    "Pieter van Aalst" -> "van Aalst"; "Zhou Weiming" -> Weiming, Zhou."""
    words = name.split()
    return {words[-1], " ".join(words[-2:]), *other_surnames(name)}


def with_titled_people(found: list[PersonMention], text: str, *, home: str | None) -> list[PersonMention]:
    """`found` (sorted by start) completed with the office-named people it lacks, and the side an
    office gives set on a found mention of the same words that has none."""
    out = sorted(found, key=lambda p: p.start)
    starts = [p.start for p in out]
    added: list[PersonMention] = []
    split: set[int] = set()  # the first halves of names the tagger split in two
    titled = list(titled_people(text, home=home))
    held = Intervals([(t.start, t.end) for t in titled])
    # "Minister Dr. X": the office's reading holds it
    courtesy = [c for c in courtesy_people(text, home) if not (held.holds(c.start) or held.holds(c.end - 1))]
    for t in titled + courtesy:
        k = bisect_left(starts, t.end) - 1  # the last found mention starting before this one ends
        if k >= 1 and out[k].end == t.end and t.start <= out[k - 1].start and out[k - 1].end > t.start and not t.short:
            # the tagger split one name in two ("Rosa Quispe" + "Huamán"): the office's reading is one person
            split.add(k - 1)
            out[k] = replace(out[k], start=t.start, name=t.name, side=out[k].side or t.side, title=out[k].title or t.title)
            continue
        if k >= 0 and out[k].end > t.start:
            found = out[k]
            if t.start <= found.start and found.end <= t.end and (found.end < t.end or (t.start < found.start and t in courtesy)) \
                    and (not found.short or (t.start == found.start and not t.short)):
                # the tagger cut the name short ("Jean-Yves Le" of "Jean-Yves Le Drian", "Marcos" of "Rear
                # Admiral Marcos Tavares", "Abdul Karim" of "Puan Norhayati binti Abdul Karim")
                found = replace(found, name=t.name, start=t.start, end=t.end, short=found.short and t.short,
                                title=found.title or t.title)  # ... which is no surname alone, and has its office
            elif found.start < t.start and found.end <= t.end and not t.short:
                # the tagger took the office's last word for a name ("Climate John Kerry"), and may have cut
                # the name short too ("Chairperson Moussa Diallo" of "... Chairperson Moussa Diallo Keita")
                found = replace(found, name=t.name, start=t.start, end=t.end, side=found.side or t.side,
                                home_side=found.home_side or t.home_side, title=found.title or t.title)
            if found.side is None and t.side:
                found = replace(found, side=t.side, home_side=None)
            out[k] = found
            continue
        added.append(t)
    # a surname alone stands for the full name the document gives elsewhere; with no full name, it is
    # a person only when its office names a side ("Sudanese Prime Minister Hamdok", not "President Ghani")
    out = [p for i, p in enumerate(out) if i not in split]
    surnames = {key for p in out + added if not p.short for key in _surname_keys(p.name)}
    added = [a if not a.short or a.name in surnames else replace(a, short=False) for a in added
             if not a.short or a.name in surnames or a.side]
    return sorted(out + added, key=lambda p: p.start)


HEADING_LINES = 8  # how far into a text its heading in capitals goes


def heading_people(text: str, *, home: str | None, beside: Sequence[PersonMention] = ()) -> list[PersonMention]:
    r"""People a heading in capitals names with their office, which the tagger reads in no capitals: "OFFICIAL
    VISIT TO FINLAND BY H.E. MS. ANA LUÍSA FERRAZ,\nMINISTER OF FOREIGN AFFAIRS OF THE PORTUGUESE REPUBLIC" (read
    as text writes it, its line after a comma going on with it), but those found `beside` already.

    >>> [(m.name, m.side) for m in heading_people("VISIT BY H.E. MS. ANA FERRAZ,\nMINISTER OF FOREIGN AFFAIRS OF "
    ...                                           "THE PORTUGUESE REPUBLIC\nHelsinki", home="FI")]
    [('Ana Ferraz', 'PT')]
    """
    lines = text.split("\n", HEADING_LINES)[:HEADING_LINES]  # (not the whole of a long text)
    block = "\n".join(lines)
    cased = re.sub(r",\n", ", ", "\n".join(proper_case(line) for line in lines))
    if len(cased) != len(block):  # (a letter whose small form is longer: offsets would not hold)
        return []
    found = Intervals([(m.start, m.end) for m in beside])
    return [m for m in with_titled_people([], cased, home=home) if block[m.start:m.end].isupper() and
            not (found.holds(m.start) or found.holds(m.end - 1))]
