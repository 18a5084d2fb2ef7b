"""Offices a title names, and whose they are: the U.S. offices, the publisher's own, the foreign ones."""

from __future__ import annotations

import calendar
import re

from entente.extract.countries import country_code, find_sides

TITLE_KEYWORDS = re.compile(
    r"\b(?:secretary|undersecretary|minister|ambassador|envoy|chair(?:man|woman|person)?|chief|director|general|admiral|"
    r"president|premier|chancellor|spokesperson|counsell?or|council+or|adviser|advisor|commander|head|king|amir|"
    r"emir|pope|cardinal|senator|representative|governor|consultant|professor|officer|deputy|administrator|associate|analyst|"
    r"coordinator|commissioner|attach[eé]|fellow|researcher|lecturer|scholar|speaker(?=\s+of\s))\b",  # "Speaker of the Hellenic Parliament", not "a speaker"
    re.IGNORECASE,
)
# Offices a government's own release names without a country: in a U.S. release,
# "Secretary of Defense William S. Cohen" is American. Ministers, kings and presidents are not
# assumed (readouts name foreign ones the same way).
# Offices only the United States names so: "Under Secretary of Defense for Policy", "Deputy Secretary of
# State" (a bare "Secretary of State for ..." is another government's: the United Kingdom's, Tunisia's),
# whoever publishes the text.
# The U.S. cabinet and service secretaries ("Secretary of Commerce", "Secretary of the Navy") too: other
# governments call theirs ministers or "Secretary of State for ...".
# The cabinet departments and services a U.S. "Secretary of ..." heads besides State and Defense: any other
# portfolio ("Secretary of National Defense", "Secretary of Foreign Affairs") is another government's
US_CABINET = (r"(?:the\s+)?Treasury|Commerce|Energy|Agriculture|(?:the\s+)?Interior|Labor|Education|Transportation|"
              r"Housing\s+and\s+Urban\s+Development|Health\s+and\s+Human\s+Services|Veterans\s+Affairs|"
              r"Homeland\s+Security|the\s+(?:Army|Navy|Air\s+Force)")
US_OFFICES = re.compile(r"\b(?:Assistant|Deputy|Under)\s+Secretary\s+of\s+(?:Defense|State)\b|"
                        r"\bSecretary\s+of\s+(?:Defense|State)\b(?!\s+for\b)|\bU\.S\.\s+[A-Z]\w+\s+Command\b|\bJoint\s+Chiefs\s+of\s+Staff\b|"
                        r"\bSecretary\s+of\s+(?:" + US_CABINET + r")\b|"
                        r"\bUnited\s+States\s+[A-Z]\w+\s+Command\b")
HOME_OFFICES = re.compile(
    r"\b(?:secretary|ambassador|envoy|spokesperson|counselor|coordinator|vice\s+president|congress(?:man|woman|member))\b",
    re.IGNORECASE)
# Offices the United States government does not name so: in a document between the United States and
# one other country, "the Minister of Defence, Mr. X" or "State Secretary X" is the other country's, and
# in a text that other country's government publishes, its own. "Undersecretary" in one word is
# another government's spelling: the United States has Under Secretaries.
FOREIGN_OFFICE = re.compile(r"(?i)\b(?:minister|ministry|state\s+secretary|head\s+of\s+government|cabinet\s+secretary|"
                            r"foreign\s+secretary|undersecretary|(?<!assistant\s)(?<!deputy\s)(?<!under\s)secretary\s+of\s+state\s+for|"
                            r"permanent\s+secretary|executive\s+secretary|chief\s+of\s+(?:the\s+)?(?:general|naval|air|army|defen[cs]e)\s+staff)\b")

# Heads of a state, a government or a city: met abroad, of no stated side, the host's.
HEAD_OF = re.compile(r"(?i)\b(?:president|prime\s+minister|premier|king|queen|crown\s+prince|emir|amir|sultan|"
                     r"chancellor|mayor)\b")

# A secretary-general heads an organisation or another government's ministry: the United States has none
# ("the Secretary-General of Mercosur, Paulo Rezende" in a U.S. readout is not American)
SECRETARY_GENERAL = re.compile(r"(?i)\bsecretary[- ]general\b")
OTHER_SECRETARY = re.compile(r"\bSecretary\s+of\s+(?!(?:State|Defense|" + US_CABINET + r")\b)(?:the\s+)?[A-Z]")


def home_office(home: str | None, title: str) -> str | None:
    """The publisher's country for an office its texts name without one: "Secretary X" in a U.S. release,
    "the Minister for Defence" in a Kenyan embassy's (where "Deputy Secretary X" is still American)."""
    offices = HOME_OFFICES if home == "US" else FOREIGN_OFFICE
    if home == "US" and re.search(r"\bH\.E\.|\bExcellency\b", title):
        return None  # "H.E. Ambassador X": a U.S. text styles another government's officials so, not its own
    if home == "US" and (re.search(r"\bDefence\b", title) or FOREIGN_OFFICE.search(title) or OTHER_SECRETARY.search(title)
                         or SECRETARY_GENERAL.search(title)):
        return None  # "Defence Secretary X", "Foreign Secretary X": offices the United States does not have
    return home if home and offices.search(title) else None


# An office "of" a country or organisation is held for it: "Minister of Defense of Poland", "President
# of the Republic of Korea", "Secretary General of NATO"; "Secretary of State for Afghanistan" is a portfolio.
OFFICE_OF = re.compile(r"\b(?:minister|ministry|secretary|secretary[- ]general|president|prime minister|premier|"
                       r"king|queen|emir|amir|chancellor|ambassador|(?:high\s+)?commissioner|chief|commander|head|government|"
                       r"representative|director(?:[- ]general)?|chair(?:man|woman|person)?|spokesperson|envoy|"
                       r"affairs|defen[cs]e|state|staff|forces?|embassy|republic|kingdom|emirate|state|plenipotentiary)\s+of$")
# ... also after the office's portfolio, however many words it takes: "Deputy Minister for Science, Space and
# Health of the Czech Republic", "Secretary of State for External Relations of Angola", "Secretary General of the Ministry
# of Foreign Affairs and Cooperation of Timor-Leste", "Chief of the National Guard of the Republic of Cyprus"
PORTFOLIO_OF = re.compile(r"\b(?i:minister|ministry|department|secretary|commissioner|director|envoy|ambassador|representative|"
                          r"chief|commander|head)(?:[\s-]+(?i:general))?"
                          r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for)\s+(?:the\s+)?|\s+)[A-Z][\w’'-]*){0,8}"
                          r"\s+of(?:\s+the)?\s*$")
# A government body after a country's name: "of the U.S. Embassy", "of the Indian Ministry of Defence".
BODY_AFTER = re.compile(r"^\s+(?:Embassy|Consulate|Mission|Ministry|Department|Government|Delegation|Armed\s+Forces|"
                        r"Army|Navy|Air\s+Force|Parliament|Foreign\s+Office|Defen[cs]e\s+Ministry|"
                        r"Permanent\s+Mission)\b")


# Words before a nationality that leave it the holder's own: "former Egyptian negotiator", "Deputy Assistant U.S. ..."
# ... of which these describe the person, not the office ("a former Ghanaian negotiator", "a noted Kenyan scholar")
PERSON_MODIFIERS = ("retired", "former", "senior", "leading", "prominent", "veteran", "young", "noted", "serving")
MODIFIERS = frozenset({"then", "acting", "assistant", "deputy", "principal", "special", *PERSON_MODIFIERS})
# ... and the words of a date the line opens with: "On 21 June Norwegian Foreign Minister X"
DATE_WORDS = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))


# Courtesy titles of one country's public life, right before the name: "Foreign Secretary Shri X" (India),
# "Tan Sri Y", "Datuk Seri Z" (Malaysia)
NATIONAL_HONORIFICS = ((re.compile(r"\b(?:Shri|Smt\.?|Shrimati|Sushri)\s*$"), "IN"),
                       (re.compile(r"\b(?:Tan\s+Sri|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Sri)?|Datin|Toh\s+Puan)\s*$"), "MY"))


def side_from_title(phrase: str) -> str | None:
    """The country (or international organisation) a title names as the holder's own:
    "Pakistan's defense secretary" -> PK, "U.S. ambassador to Pakistan" -> US, "Foreign Minister of
    Poland" -> PL, "NATO Secretary General" -> NATO, "deputy ... for Afghanistan, Pakistan" -> None.

    >>> side_from_title("Minister for Trade and Industry of Singapore"), side_from_title("Envoy for Afghanistan")
    ('SG', None)
    >>> side_from_title("June Norwegian Foreign Minister"), side_from_title("Foreign Secretary Shri")
    ('NO', 'IN')
    >>> side_from_title("Secretary General of the Ministry of Foreign Affairs and Cooperation of Timor-Leste")
    'TL'
    >>> side_from_title("Secretary of State for External Relations of Angola")
    'AO'
    """
    for mention in find_sides(phrase):
        before = re.sub(r"\s*\bthe$", "", phrase[:mention.start].strip().lower())
        after = phrase[mention.end:mention.end + 2]
        # "a former Egyptian negotiator", "an Ethiopian civil society leader": an article and modifiers only
        modifiers = re.sub(r"^(?:an?|the|one)\b\s*", "", before).split()
        if not before or all(w in MODIFIERS or w in DATE_WORDS for w in modifiers) or after in {"'s", "’s"}:
            return mention.code
        if OFFICE_OF.search(before) or PORTFOLIO_OF.search(phrase[:mention.start]):
            return mention.code  # "Minister of Defense of Poland", "Secretary General of NATO"
        if before.endswith(" of") and BODY_AFTER.match(phrase[mention.end:]):
            return mention.code  # "deputy chief of mission of the U.S. Embassy", "an adviser at the Omani Ministry"
        if re.search(r"\b(?:to|for|in|on|of|with)$", before):
            return None
    return next((code for honorific, code in NATIONAL_HONORIFICS if honorific.search(phrase)), None)


# "An Indian participant, Air Marshal (retd.) X", "the Pakistani co-chair, Dr. Y", a line's "ROK co-chair: Brig.
# Gen. Z": a nationality given to a role just before the name, set off by a comma or a colon
NATIONAL_ROLE = re.compile(
    r"(?:\b(?i:an?|the|one|another|his|her|their)\s+|^|[.;:]\s+|\n[ \t]*|\b(?:and|with|by)\s+)"
    r"(?:(?i:" + "|".join(PERSON_MODIFIERS) + r")\s+)*"
    r"(?P<nationality>[A-Z][\w-]+)\s+(?:participant|delegate|co-?chair|chair|co-?convener|convener|co-?organi[sz]er|speaker|counterpart|"
    r"expert|scholar|member|discussant|panell?ist|analyst|official|diplomat|colleague|presenter|commentator|"
    r"general|admiral|officer|academic|researcher|journalist|strategist|economist|lawyer|physicist)s?\s*[,:]?\s*"
    r"(?:(?:[A-Z][\w-]*\.?|\([A-Za-z.]{2,6}\))\s+)*$")


def side_before(preceding: str) -> str | None:
    """The side a nationality given to a role just before a name states.

    >>> side_before("An Indian participant, Air Marshal (retd.) ")
    'IN'
    >>> side_before("Our participant, Dr. ") is None
    True
    >>> side_before("On Monday she received her Polish counterpart, "), side_before("his French and Saudi counterparts, ")
    ('PL', None)
    >>> side_before("noted this. A retired American diplomat, Ambassador "), side_before("held. Pakistani analyst Dr. ")
    ('US', 'PK')
    >>> side_before("Principal Director for East Asia\\nROK co-chair: Brig. Gen. ")
    'KR'
    """
    found = NATIONAL_ROLE.search(preceding)
    if found and re.search(r"(?:\band|,)\s+$", preceding[:found.start("nationality")]):
        return None  # "his French and Saudi counterparts, Foreign Minister X": whose is whose is not said
    sides = find_sides(found.group("nationality")) if found else []
    return sides[0].code if sides else None


# A heading's event before the office it names: "Official Visit of the", "Remarks by", "Meeting with the"
EVENT_BEFORE = re.compile(r"^.*\b(?:Visits?|Meetings?|Calls?|Remarks|Statements?|Reception|Dinner|Luncheon|Audience)\s+(?:of|by|with|for|on|in\s+honou?r\s+of)\s+(?:the\s+)?")


def without_event(title: str) -> str:
    """An office without the heading's event named before it.

    >>> without_event("Official Visit of the Minister of Defence of the Republic of Ghana")
    'Minister of Defence of the Republic of Ghana'
    """
    m = EVENT_BEFORE.match(title)
    # "Chair of the Meeting of Ministers" is one office
    if m is None or TITLE_KEYWORDS.search(m.group(0)) or not TITLE_KEYWORDS.search(title, m.end()):
        return title
    return title[m.end():]


# A portfolio named by capitalised words after "for", "on" or "to": "Special Envoy for Sudan"
PORTFOLIO_END = re.compile(r"\b(?:for|on|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


def countries_go_on(before: str, after: str) -> bool:
    """Whether the "and" between `before` and `after` joins a portfolio's list of countries, not two offices:
    "Special Envoy for Sudan" and "South Sudan Ambassador X".

    >>> countries_go_on("U.S. Special Envoy for Sudan", "South Sudan Ambassador"), countries_go_on("Vice President", "Foreign Minister")
    (True, False)
    """
    words = after.split()
    return bool(PORTFOLIO_END.search(before)) and any(country_code(" ".join(words[:k])) for k in (1, 2, 3))


# One who acts for another side than their office's: "X, Minister for Foreign Affairs of Luxembourg, on behalf of the
# Presidency of the Council of the European Union", "Y, on behalf of the Government of Japan"
ON_BEHALF = re.compile(r"^(?:,\s+[^,;.()\n]{3,120})?,?\s+on\s+behalf\s+of\s+(?:the\s+)?(?:(?:rotating\s+)?Presidency\s+of\s+)?"
                       r"(?:the\s+)?(?:Council\s+of\s+)?(?:the\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,5})")


def acting_for(after: str) -> str | None:
    """The side one acts for, as the words after the name say (`after`, their office in apposition first).

    >>> acting_for(", Minister for Foreign Affairs of Luxembourg, on behalf of the Presidency of the Council of the "
    ...            "European Union. The talks")
    'EU'
    >>> acting_for(", Minister for Foreign Affairs of Luxembourg, said") is None
    True
    """
    found = ON_BEHALF.match(after)
    sides = find_sides(found.group("who")) if found else []
    return sides[0].code if sides else None


# An office after a name and its comma is that name's office: "General A, Chief of Staff of the Egyptian Armed
# Forces, General B" (B's side is not Egypt's)
NAME_COMMA = re.compile(r"(?<![\w’'.-])(?P<last>[A-Z][\w’'-]+),[^\S\n]*$")


def office_of_the_name_before(text: str, at: int) -> bool:
    """Whether the office at `at` follows a name and its comma ("General A, Chief of Staff of ..., General B"): A's.

    >>> text = "General Ali Farouk, Chief of Staff of the Egyptian Armed Forces, General Nikos Lambrakis"
    >>> office_of_the_name_before(text, text.index("Chief")), office_of_the_name_before("the Chief of X, General Y", 4)
    (True, False)
    """
    found = NAME_COMMA.search(text, max(0, at - 40), at)
    return found is not None and not TITLE_KEYWORDS.search(found.group("last"))


def apposed_to_a_name(text: str, start: int, at: int) -> bool:
    """Whether the office before the comma before `at` (only a rank between) follows a name and a comma.

    >>> text = "attended by General Ali Farouk, Chief of Staff of the Egyptian Armed Forces, General Nikos Lambrakis"
    >>> apposed_to_a_name(text, 0, text.index("General Nikos")), apposed_to_a_name(text, 0, text.index("Ali"))
    (True, False)
    >>> text = "Meeting with the Chief of the General Staff of the Mongolian Armed Forces, Lieutenant General X"
    >>> apposed_to_a_name(text, 0, text.index("Lieutenant"))
    False
    """
    after = text.rfind(",", start, at)
    before = text.rfind(",", start, after) if after >= 0 else -1
    if before < 0 or not RANKS_ONLY.fullmatch(text, after + 1, at):
        return False
    office = before + 1
    while office < after and text[office].isspace():
        office += 1
    return office_of_the_name_before(text, office)


RANKS_ONLY = re.compile(r"\s*(?:[A-Z][\w.]*\s+){0,3}")


# Courtesy words a title runs into when it is cut just before a name ("Chairperson of the Commission, H.E. Dr."),
# and the joining words a phrase after someone else's name starts with ("and, separately, on the Minister ...")
TAIL_COURTESY = re.compile(r"(?:[\s,]+(?:H\.\s?E\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|M\.|Hon\.?|Prof\.?|Shri|Smt\.?|"
                           r"Sheikh|Sheikha|Dato['’]?(?:\s+Sri)?|Datuk|Tan\s+Sri|Excellency|His|Her))+[\s,]*$")
JOINING_START = re.compile(r"^(?:and|or|but|on|with|by|at|in|to|separately)\b")


def tidy_title(title: str | None) -> str | None:
    """An office as a roster shows it: without the courtesy words before the name it stood before, and none when
    it is a clause's tail rather than an office.

    >>> tidy_title("Chairperson of the African Union Commission, H.E. Dr."), tidy_title("Minister for Europe M.")
    ('Chairperson of the African Union Commission', 'Minister for Europe')
    >>> tidy_title("and, separately, on the Minister for Europe"), tidy_title("former Director General")
    (None, 'former Director General')
    """
    if not title:
        return title
    tidy = TAIL_COURTESY.sub("", title).strip(" ,")
    return None if not tidy or JOINING_START.match(tidy) else tidy
