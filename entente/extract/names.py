"""Person-name hygiene: strip ranks, reject things that are not people, and key names for merging."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from entente.extract.countries import country_code

# Ranks and honorifics that precede a name, kept in a title, never in the name; Malay and Indonesian words of
# address: "Puan Sharifah ...", "Ibu Rahmawati Siregar", "Pak Agus Wirahadi"
MALAY_COURTESY = frozenset({"puan", "encik", "cik", "tuan", "ibu", "pak", "bapak"})
# ... Spanish and Portuguese ranks and courtesies: "Embajador X", "Embaixador Y", "Dra. Z", "Coronel W", "Ing. V"
IBERIAN_COURTESY = frozenset({"sra", "srta", "dra", "embajador", "embajadora", "embaixador", "embaixadora", "coronel",
                              "ministro", "ministra", "almirante", "capitán", "teniente", "doctora", "doutor", "doutora",
                              "ing", "ingeniero", "ingeniera", "licenciado", "licenciada", "canciller", "diputado",
                              "diputada", "senador", "senadora"})  # (not "Don": Don Graves's given name)
# ... French: "Mme Hélène Castagnet" (and "M. Laurent Desrosiers", read in clean_name: "M." alone may be an initial);
# Central European degrees: "Mag. Stefan Gruber", "JUDr. Mária Hudecová", "Mgr. Tibor Nagy", "Dipl.-Ing. Eva Bauer"
FRENCH_COURTESY = frozenset({"mme", "mmes", "mlle", "mlles"})
DEGREE_COURTESY = frozenset({"mag", "mgr", "judr", "mudr", "phdr", "rndr", "paeddr", "dipl.-ing", "dipl", "univ.-prof",
                             "drs", "ir", "hj"})  # ... and Indonesian ones: "Drs. H. Abdul Rahman", "Ir. Bambang W."
# ... South Asian: "Shri Rohit Sabharwal", "Smt. Anjali Rao"
SOUTH_ASIAN_COURTESY = frozenset({"shri", "smt", "shrimati"})
# ... the short ones of these that open a name the tagger misses: "Shri Rohit Sabharwal", "the Hon Clement Riumana MP",
# "Ing. Pablo Goñi", "Sra. Ana Ruiz", "Mme Claire Vautrin"
ABROAD_COURTESY = SOUTH_ASIAN_COURTESY | {"hon", "mme", "mlle"} | (IBERIAN_COURTESY & {"ing", "sra", "srta", "dra"})
HONORIFICS: frozenset[str] = MALAY_COURTESY | IBERIAN_COURTESY | FRENCH_COURTESY | SOUTH_ASIAN_COURTESY | DEGREE_COURTESY | frozenset({
    "mr", "mrs", "ms", "dr", "prof", "professor", "engineer", "engr", "eng", "sir", "dame", "gen", "general", "lt", "lieutenant", "sr", "senior",
    "col", "colonel", "maj", "major", "adm", "admiral", "vice", "rear", "capt", "captain", "cmdr",
    "brig", "brigadier", "sgt", "amb", "ambassador", "secretary", "president", "minister", "senator",
    "sen", "rep", "representative", "gov", "governor", "premier", "chancellor", "king", "queen",
    "prince", "princess", "sheikh", "shaikh", "sheikha", "sayyid", "sayyida", "his", "her", "highness", "majesty", "excellency", "holiness",
    "pope", "cardinal", "archbishop", "deputy", "principal", "under", "undersecretary", "under-secretary", "assistant", "acting", "special", "envoy",
    "foreign", "defense", "defence", "prime", "chairman", "chairperson", "chairwoman", "chair", "counselor", "counsellor", "councilor", "councillor", "spokesperson",
    "retired", "ret", "navy", "army", "air", "force", "marine", "the", "former", "chief", "director",
    "u.s.", "us", "alternate", "state", "mtro", "lic", "gral", "atty", "hon", "commo", "radm",
    "lcdr", "commodore", "cdre", "cmde", "commander", "cdr", "marshal", "das", "asst", "pdas", "h.e", "dato", "datuk", "tan sri", "datin", "tun", "haji", "hajjah", "his", "her", "excellency", "national", "security", "advisor", "adviser", "commissioner", "mayor", "administrator",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "alderwoman", "councilman", "councilwoman",
})
# Words that make a capitalised phrase an organisation, a law or a place rather than a person.
FACILITY_WORDS = ("building", "room", "hall", "library", "museum", "airport", "memorial", "auditorium", "street",
                  "avenue", "palace", "station", "bridge", "square", "stadium", "arena", "campus", "hotel", "resort",
                  "lodge", "house", "cemetery", "monument", "mausoleum", "cathedral", "mosque", "shrine", "tomb", "basilica")
# A name followed by a facility's noun is the facility's: "Robert F. Kennedy Main Justice Building" (no "church" or
# "temple" among them: Frank Church, Shirley Temple)
NAMES_A_PLACE = re.compile(r"^\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?i:" + "|".join(FACILITY_WORDS) +
                           r"|center|centre|school|university|institute|foundation|award|prize|act|fellowship)\b")
CONTINENTS = frozenset({"africa", "america", "americas", "asia", "europe", "oceania", "eurasia", "antarctica"})
# A title's words that follow a name and are no part of it ("Heiko Maas Opening Remarks", "X Keynote Address")
HEADLINE_NOUNS = ("opening", "closing", "keynote", "virtual", "briefing", "interview", "availability")
# letters after a name: "Nicholas Pryor MP", "Jane Doe QC", "John Roe KCMG", "Declan X TD" (a member of the Dáil)
POST_NOMINALS = frozenset("mp mep td mla msp mpp qc kc sc obe cbe mbe kbe dbe cmg kcmg gcmg".split())
NAME_PARTICLES = frozenset("of for and on the in de del da do dos das des du di la las los le el para y e et und für".split())


def proper_case(name: str) -> str:
    """A name written in capitals as text writes it, its small words small; any other as it is.

    >>> proper_case("CENTRO PERUANO DE ESTUDIOS INTERNACIONALES"), proper_case("Instituto de Pesquisa")
    ('Centro Peruano de Estudios Internacionales', 'Instituto de Pesquisa')
    """
    if not name.isupper():
        return name
    return re.sub(r"\w+", lambda w: w.group(0).lower() if w.group(0).lower() in NAME_PARTICLES else w.group(0).capitalize(),
                  name)


LETTERS = re.compile(r",?\s*([A-Z]{2,5}),\s*")


def past_letters(text: str, at: int = 0) -> int:
    """Where an office set off after a name's post-nominal letters starts: "X, MP, State Minister" -> at "State".

    >>> s = ", MP, State Minister"; s[past_letters(s):], past_letters(", Director, X")
    ('State Minister', 0)
    """
    m = LETTERS.match(text, at)
    return m.end() if m and m.group(1).lower() in POST_NOMINALS else at
# The same in the languages of other offices' lists: "Facultad Latinoamericana de Ciencias Sociales", "Stiftung
# Wissenschaft und Politik", "Avenida Condell", "Laguna del Desierto" are bodies and places, never people
BODY_WORDS_ABROAD = frozenset(
    "facultad faculdade faculté fakultät universidad universidade université universität università universiteit "
    "uniwersytet universitas üniversitesi instituto istituto instituut instytut enstitüsü centro consejo conselho "
    "conseil consiglio ministerio ministério ministère ministerium ministero ministerie ministerstwo kementerian "
    "bakanlığı dirección direção secretaría secrétariat sekretariat comisión comissão commissione kommission "
    "academia académie akademie accademia akademia fundación fundação fondation fondazione stiftung stichting "
    "fundacja vakfı escuela escola école schule scuola colegio colégio museo musée palacio palácio palais palazzo "
    "avenida calle rua rue strasse straße paseo plaza praça piazza jalan laguna lago bahía isla islas embajada "
    "embaixada ambassade botschaft ambasciata gobierno governo gouvernement regierung lembaga".split())
# A headline's verbs: "Secretary Quill Meets Irish Delegation", "Commander Makes First Visit to Mongolia"
HEADLINE_VERBS = frozenset("visits makes holds hosts travels welcomes speaks receives meets signs attends calls begins "
                           "concludes opens launches announces reaffirm reaffirms greets joins leads honors honours thanks "
                           "congratulates addresses delivers discusses confers urges praises condemns commemorates "
                           "convenes participates chairs co-chairs".split())
NON_PERSON_WORDS: frozenset[str] = frozenset({
    *BODY_WORDS_ABROAD,
    "center", "centre", "board", "institute", "university", "college", "academy", "school", "agency", "department",
    "ministry", "office", "bill", "act", "law", "legislation", "amendment", "treaty", "agreement",
    # the end of an office or a body before a name: "Chief Executive and Secretary ... Chris Seed",
    # "Special Envoy for the Global Coalition to Defeat ISIS John Godfrey"
    "executive", "coalition",
    # portfolios an office ends with: "Special Coordinator for Middle East Peace", "Envoy for Climate"
    "peace", "climate", "migration", "trade", "energy", "health", "development", "assistance", "unification", "analysis",
    "disarmament", "nonproliferation", "plan", "plans", "program", "programme", "arrangement", "memorandum", "protocol",
    "accord", "accords", "convention", "charter", "framework", "division", "section", "unit", "secretariat", "annex",
    "council", "committee", "commission", "foundation", "association", "group", "forum", "dialogue", "conference", "summit", "headquarters", "embassy",
    "mission", "bureau", "house", "relations", "operations", "government", "complex", "directorate", "delegation",
    # a body's name before its officer's: "Director-General of the World Health Organization Tedros ..."
    "organization", "organisation", "party",
    # words an office goes on with after its head word: "Oman's Minister Responsible for Defence Affairs",
    # "Minister Plenipotentiary", "Minister Delegate for Foreign Trade"
    "responsible", "plenipotentiary", "extraordinary", "delegate", "principal",
    # research posts, which stand where a name would: "Amb. X, Adjunct Fellow, JIIA, and Dr. Y, Senior Fellow, ..."
    "fellow", "adjunct", "scholar", "researcher", "lecturer", "analyst",
    # ... and fields of a post a list's entry gives after the name, which the tagger may take for one: "Commodore
    # Isaac Ofori-Kuffour, Director of Naval Training"
    "training", "planning", *POST_NOMINALS,
    # a ship's prefix: "USS Theodore Roosevelt", "HMAS Canberra", "BRP Sierra Madre" are vessels
    "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "ins", "roks", "brp", "kri", "pns", "rss", "tcg", "hnlms",
    # a body of water or a landform, never anyone's name: "the Celebes Sea", "the Strait of Hormuz"
    # (not "lake", "bay", "river": people's names too)
    "sea", "seas", "ocean", "gulf", "strait", "straits", "peninsula", "islands",
    # military formations: "United States Africa Command", "the Seventh Fleet"
    # and what they do together: "Views CENTRASBAT Exercise" of a headline
    "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
    "command", "fleet", "corps", "brigade", "regiment", "battalion", "squadron", "guard", "police", "gendarmerie",
    # ... and where they are stationed: "Ali Al Salem Air Base", "Bagram Airfield", "Kandahar Airport"
    "base", "airbase", "airfield", "airport", "barracks", "garrison",
    # continents, which end offices: "Deputy Assistant Secretary of Defense for East Asia"
    *CONTINENTS, "senate", "congress", "staff", "force", "forces", "army", "navy",
    # legislatures, regions and a headline's nouns: "Speaker of the Mongolian Parliament X", "Korean Peninsula",
    # "Under Secretary Nuland’s Travel to", "Deputy Secretary McKeon Meetings"
    "parliament", "assembly", "peninsula", "studies", "research", "sector", "travel", "travels", "trip", "returns", "departs", "arrives", "concludes", "welcomes", "hosts", "signs", "attends", "meeting", "meetings", "visit", "visits",
    "corporation", "company", "inc", "ltd", "news", "press", "release", "service", "services",
    "seek", "seeks", "sign", "signs", "meet", "meets", "talks", "strategy", "policy", "initiative",
    "partnership", "relationship", "cooperation", "security", "defense", "defence", "state", "states",
    "united", "nations", "republic", "kingdom", "duchy", "principality", "emirate", "sultanate", "union", "international", "affairs", "hotel", "day",
    "week", "year", "lunch", "dinner", "panel", "remarks", "session", "roundtable", "registration",
    "statement", "joint", "readout", "minutes", "information", "declaration", "communique",
    # a headline's words: "Commander Makes First Visit to Mongolia" names no one
    "visit", "first", "annual", *HEADLINE_VERBS,
    "abroad", "diaspora", "overseas", "expatriates",  # a portfolio's end: "... and Senegalese Abroad Aissatou Diop"
    # an itinerary's lines: "09:00  Depart Cairo (KQ 0311)", "Arrive Nairobi"
    "depart", "departs", "departure", "arrive", "arrives", "arrival", "guest", "guests",  # "the Chief Guest: X"
    # "Foreign Minister Heiko Maas Opening Remarks at ...", "X Keynote Address", "Y Before Their Meeting"
    *HEADLINE_NOUNS, "before", "during",
    *FACILITY_WORDS,  # places named after people: "Harry S Truman Building", "Thomas Jefferson Room" (not "park": Park Ji-hoon)
})
URLISH = re.compile(r"(?:https?:|www\.|\.(?:com|mil|gov|org|html?)\b|@|/|\d)")
# A capital letter of a Latin script, accented ones too ("Çavuşoğlu", "Þórdís", "Łukasz"), for patterns
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_TOKEN = re.compile(rf"^(?:[{UPPER}][\w'’.\-]*|[a-z]{{1,3}}|bin|binti|bint|al|Al|de|van|von|da|el|[{UPPER}]\.)$")
# (besides NON_PERSON_WORDS, which clean_name checks too)
OFFICE_ENDS = frozenset({"official", "commissioner", "hemisphere", "labor", "labour", "affair", "right", "operation",
                         "administration", "management", "resource", "intelligence", "production", "procurement",
                         "acquisition", "logistic", "technology", "finance", "industry", "commerce", "agriculture",
                         "education", "environment", "transport", "tourism", "interior", "integration",
                         # the people a portfolio serves: "Minister of Foreign Affairs and Egyptian Expatriates", "...
                         # and Emigrants", "Minister for Veterans", "Minister of Labour and Migrant Workers"
                         "expatriate", "emigrant", "immigrant", "migrant", "diaspora", "veteran", "national", "citizen",
                         "refugee", "worker", "youth", "women", "children", "senior"})


def clean_name(raw: str) -> tuple[str, str]:
    """Split a raw span into (name, leading rank or honorific): "Lt. Gen. Athar Ali" -> ("Athar Ali", "Lt. Gen.").

    >>> clean_name("Gen. Ashfaq Kayani"), clean_name("Labor Lisa Peterson")
    (('Ashfaq Kayani', 'Gen.'), ('Lisa Peterson', 'Labor'))

    A headline's words around a name are not its words either: "With Chris Wallace", "Benjamin Netanyahu
    Statements", "Yonit Levy of Channel".

    >>> [clean_name(n)[0] for n in ("With Chris Wallace", "Benjamin Netanyahu Statements", "Yonit Levy of Channel")]
    ['Chris Wallace', 'Benjamin Netanyahu', 'Yonit Levy']

    A nickname in quotation marks is no part of the name: "Benjamin “Benny” Gantz" -> "Benjamin Gantz". French
    courtesies are none either, and "M." before a given name and a surname is "Monsieur", not an initial:

    >>> clean_name("Mme Hélène Castagnet"), clean_name("M. Laurent Desrosiers"), clean_name("M. Desrosiers")
    (('Hélène Castagnet', 'Mme'), ('Laurent Desrosiers', 'M.'), ('M. Desrosiers', ''))
    """
    text = re.sub(r"\s+", " ", raw)
    text = re.sub(r"\s[“\"‘'][A-Z][\w.-]*[”\"’']\s", " ", text).strip(" ,;:*\"'“”‘’()")  # "Benjamin “Benny” Gantz"
    text = re.sub(r"(?:'s|’s)$", "", text)
    text = re.sub(r",?\s*\(?ret\.?\)?$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*\(\s*ret(?:d)?\.?\s*\)\s*", " ", text, flags=re.IGNORECASE).strip()  # "Gen. (ret.) Murat Kaya"
    tokens = text.split(" ")
    lead: list[str] = []
    # Ranks, offices and nationality words belong to the title: "Pakistani Foreign Minister X".
    while len(tokens) > 1:
        if len(tokens) > 2 and " ".join(tokens[:2]).lower() in HONORIFICS:  # "Tan Sri": two words, not the surname Tan
            lead += tokens[:2]
            tokens = tokens[2:]
        elif tokens[0].rstrip(".'’").lower() in HONORIFICS or country_code(tokens[0]) or _malay_title(tokens, lead) or \
                tokens[0] in {"of", "for", "and", "With", "And"} or (tokens[0] == "M." and len(tokens) > 2):
            lead.append(tokens.pop(0))
        else:
            break
    while len(tokens) > 2 and (tokens[-1].lower() in NON_PERSON_WORDS or tokens[-1].lower().rstrip("s") in NON_PERSON_WORDS):
        tokens.pop()
    of = next((i for i in range(2, len(tokens)) if tokens[i] == "of"), 0)
    if of and not country_code(" ".join(tokens[of + 1:])):
        tokens = tokens[:of]  # "X of Channel 12", "Y of Migrant CARE": the outlet, the organisation
    # the last word of an office or a portfolio the tagger took in: "Official Nancy Izzo Jackson", "Labor Lisa
    # Peterson" (of "... Democracy, Human Rights, and Labor Lisa Peterson"), "Commissioners Ted Terry"
    while len(tokens) > 2 and tokens[0].lower().rstrip("s") in OFFICE_ENDS | NON_PERSON_WORDS:
        lead.append(tokens.pop(0))
    return " ".join(tokens), " ".join(lead)


def _malay_title(tokens: list[str], lead: list[str]) -> bool:
    """Whether the first token is the "Sri"/"Seri" of a Malaysian title ("Tan Sri", "Dato' Seri", "Seri
    Dato'"), not a given name ("Sri Mulyani Indrawati"). "Seri" is always a title's.

    >>> _malay_title(["Seri", "Hashim", "Osman"], ["Dato'"]), _malay_title(["Sri", "Mulyani", "Indrawati"], [])
    (True, False)
    """
    if tokens[0].lower() not in {"sri", "seri"} or len(tokens) < 3:
        return False
    if tokens[0].lower() == "seri":  # the Malay spelling is a title's; "Sri" is also a given name
        return True
    near = {t.rstrip(".'’").lower() for t in (lead[-1:] + tokens[1:2])}
    return bool(near & {"tan", "dato", "datuk", "tun", "toh"})


POSTS_LAST = frozenset({"officer", "officers", "attaché", "attache", "secretary", "director", "adviser", "advisor"})
GIVEN_LAW_WORDS = frozenset({"Bill"})  # a given name that is a law's word too: "Bill Matthews", not "Kerry-Lugar Bill"


def is_person_name(name: str) -> bool:
    """Whether a cleaned span can be a person's name.

    Rejects "Kerry-Lugar", "Henry L. Stimson Center", "Pakistan Seek", "Burkina Faso" and URLs; accepts
    "Robert M. Gates", "Sat Tokpakbayev", "Chung Eui-yong".

    >>> [is_person_name(n) for n in ("Robert M. Gates", "Burkina Faso", "Pakistan Seek", "Bill Matthews", "Farm Bill",
    ...                              "Vice Minister", "Road Transport Section")]
    [True, False, False, True, False, False, False]
    """
    if not name or URLISH.search(name) or "\n" in name:
        return False
    tokens = name.split(" ")
    if not 2 <= len(tokens) <= 6 or all(t.lower().strip(".,") in HONORIFICS for t in tokens):
        return False  # (an office alone, "Vice Minister", is no one's name)
    if any(t.lower().strip(".,") in NON_PERSON_WORDS and not (k == 0 and t in GIVEN_LAW_WORDS) for k, t in enumerate(tokens)):
        return False
    if any(country_code(t) for t in tokens if len(t) > 3) or country_code(name):
        return False  # "Pakistan Seek", and "Burkina Faso" or "Sierra Leone" whole
    if name.isupper() and len(name) > 4:
        return False
    if not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
        return False
    if tokens[-1].lower() in POSTS_LAST:
        return False  # "Colonel Martin Ebert, Desk Officer Ghana": a post (one may go before a name: "Officer Ann Lee")
    if any(re.search(r"['’]s$", t) for t in tokens):
        return False  # "the Democratic People’s", "Nuland’s Travel": a possessive ends no one's name
    return all(NAME_TOKEN.match(t) for t in tokens)


HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
REGNAL = re.compile(r"[IVX]{1,4}")  # a sovereign's number: "Abdullah II"
# Vietnamese family names: the name a person is called by is the last ("Nguyen Van Thao" is Mr. Thao)
VIETNAMESE_FAMILY_NAMES = frozenset("Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Phan Vu Vũ Vo Võ Dang Đặng "
                                    "Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Truong Trương Dinh Đinh".split())


def surname(name: str) -> str:
    """The family name used for short references: "Robert M. Gates" -> "Gates", "Al Sisi" -> "Al Sisi"; a
    sovereign's regnal number stays with the name ("Abdullah II", not "II").

    >>> [surname(n) for n in ("Robert M. Gates", "Abdel Fattah Al Sisi", "King Abdullah II", "Gilberto Teodoro Jr.")]
    ['Gates', 'Al Sisi', 'Abdullah II', 'Teodoro']
    >>> [surname(n) for n in ("Nguyen Van Thao", "Ursula von der Leyen", "Jean-Yves Le Drian", "Park Min-jun")]
    ['Thao', 'von der Leyen', 'Le Drian', 'Park']
    """
    tokens = name.split(" ")
    if len(tokens) >= 3 and tokens[-1].rstrip(".") in ("Jr", "Sr"):
        return surname(" ".join(tokens[:-1]).rstrip(","))  # "Gilberto Teodoro Jr." is Secretary Teodoro
    if len(tokens) == 2 and len(tokens[0]) <= 5 and HYPHENATED_GIVEN.fullmatch(tokens[1]):
        return tokens[0]  # "Park Min-jun" is Minister Park: a romanised Korean given name after the family name
    if len(tokens) >= 3 and tokens[0] in VIETNAMESE_FAMILY_NAMES:
        return tokens[-1]  # "Nguyen Van Thao" is Ambassador Thao: "Van" there is a middle name, not a particle
    if len(tokens) >= 4 and tokens[-3].lower() in {"von", "van"} and tokens[-2].lower() in {"der", "den", "de"}:
        return " ".join(tokens[-3:])  # "Ursula von der Leyen"
    if len(tokens) >= 2 and (REGNAL.fullmatch(tokens[-1]) or tokens[-2] in {"Al", "al", "bin", "van", "von", "de", "da", "El"}) or \
            len(tokens) >= 3 and tokens[-2] in {"Le", "La", "Du", "Van", "Von", "Di", "Del", "De", "Da", "Ben", "Abu"}:
        return " ".join(tokens[-2:])
    return tokens[-1]


def other_surnames(name: str) -> list[str]:
    """Other words a full name's holder may be called by (when no one else is called so): a mother's name
    before the last, a family name first.

    >>> [other_surnames(n) for n in ("Gabriel Sandoval Ortiz", "Zhou Weiming", "Choi Jong Kun", "Robert M. Gates",
    ...                              "Hamad bin Faisal Al Busaidi")]
    [['Sandoval', 'Gabriel'], ['Zhou'], ['Jong', 'Choi'], ['Robert'], ['Hamad']]
    """
    words = name.split()
    out = [words[-2]] if len(words) >= 3 and words[-2][:1].isupper() and not words[-2].endswith(".") \
        else [words[0]] if len(words) == 2 else []
    if len(words) >= 3 and words[0][:1].isupper() and not words[0].endswith("."):
        # "Vice Foreign Minister Choi" for Choi Jong Kun, "Director-General Tedros"; "Sayyid Hamad" for Hamad bin
        # Faisal Al Busaidi (an Arabic name's holder is called by the first: not "Al" of it)
        out.append(words[0])
    return [w for w in out if w.lower() not in {"al", "el", "bin", "bint", "ibn"}]


def person_key(name: str) -> str:
    """A spelling-insensitive key for matching one person's names across documents."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"\b[a-z]\.\s*", "", folded)  # middle initials: "Robert M. Gates" ~ "Robert Gates"
    return re.sub(r"[^a-z ]", "", folded).strip()


# The first word of a father's name that follows a given name in Malay and Arabic names: "Mohd Hashim Abdul Rahman"
PATRONYMIC_STARTS = frozenset({"abdul", "abd", "abdel", "bin", "binti", "ibn", "al", "ould", "ag"})


def same_person(a: str, b: str) -> bool:
    """Spelling variants of one full name: "Sartaz Aziz" ~ "Sartaj Aziz", "Robert M. Gates" ~ "Robert Gates",
    "Nawaf Al-Sabah" ~ "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Laurentino Cortizo" ~ "Laurentino Cortizo Cohen", a
    Malay or Arabic given name without the father's ("Mohd Hashim" ~ "Mohd Hashim Abdul Rahman").

    >>> [same_person(a, b) for a, b in (("Laurentino Cortizo", "Laurentino Cortizo Cohen"), ("Ana Rojas", "Ana Maria Soto"),
    ...  ("Mohd Hashim", "Mohd Hashim Abdul Rahman"), ("Ana Rojas", "Ana Rojas Pombo Vega"),
    ...  ("Benjelloun El Idrissi", "Karim Benjelloun El Idrissi"), ("Maria Lopez", "Ana Maria Lopez"))]
    [True, False, True, False, True, False]
    """
    ka, kb = person_key(a), person_key(b)
    if ka == kb:
        return True
    ta, tb = ka.split(), kb.split()
    short, long_ = sorted((ta, tb), key=len)
    if len(short) >= 2 and len(long_) > len(short) and short[0] == long_[0] and short[-1] == long_[-1] and \
            _in_order(short[1:-1], long_[1:-1]):
        return True  # "Nawaf Al-Sabah" of "Nawaf Al-Ahmad Al-Jaber Al-Sabah": the same first and last names
    if len(short) >= 2 and len(long_) == len(short) + 1 and long_[:len(short)] == short and len(long_[-1]) > 2:
        return True  # "Laurentino Cortizo" of "Laurentino Cortizo Cohen": the mother's family name left out
    if len(short) >= 2 and len(long_) == len(short) + 2 and long_[:len(short)] == short and long_[len(short)] in PATRONYMIC_STARTS:
        return True  # "Mohd Hashim" of "Mohd Hashim Abdul Rahman", "Ahmad Faizal" of "Ahmad Faizal bin Yusof": the father's name left out
    if len(short) >= 3 and long_[1:] == short and short[0] not in PATRONYMIC_STARTS | {"el", "de", "van", "von", "le", "la"}:
        return True  # "Benjelloun El Idrissi" of "Karim Benjelloun El Idrissi": a family name of three words without the given
    return len(ta) == len(tb) and ta[-1][:1] == tb[-1][:1] and ta[0][:1] == tb[0][:1] and fuzz.ratio(ka, kb) >= 88


def _in_order(some: list[str], words: list[str]) -> bool:
    """Whether `some` are among `words`, in the same order."""
    rest = iter(words)
    return all(w in rest for w in some)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each spelling mapped to the one shown for its person across documents: the most frequent
    spelling of the names that are `same_person`, the longest on a tie.

    >>> canonical_names(["Robert M. Gates", "Robert Gates", "Robert M. Gates"])["Robert Gates"]
    'Robert M. Gates'
    """
    counts = Counter(names)
    blocks: dict[tuple[str, str, int], list[list[str]]] = defaultdict(list)
    for name in sorted(counts, key=lambda n: (-counts[n], -len(n), n)):
        tokens = person_key(name).split()
        key = (tokens[0][:1], tokens[-1][:1], len(tokens)) if tokens else ("", "", 0)
        group = next((g for g in blocks[key] if same_person(g[0], name)), None)
        if group is None:
            blocks[key].append([name])
        else:
            group.append(name)
    return {name: group[0] for groups in blocks.values() for group in groups for name in group}


# The commonest Chinese family names in pinyin: a Chinese official named "Wang Yi" is Foreign Minister Wang
CHINESE_FAMILY_NAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han "
    "Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong "
    "Cui Tan Liao Fan Wen Shi Jia Xia Fang Zou Xiong Bai Meng Qin Qiu Hou Jiang Yin Xue Yan Duan Lei Long Hao Kong Shao "
    "Mao Chang Wan Gu Lai Kang Qian Niu Hong Gong Qiao Yi Dai Zhai Geng Mo Ge Xi".split())
# The commonest Korean family names in their usual romanisations: "Choi Jong Kun" is Vice Foreign Minister Choi
KOREAN_FAMILY_NAMES = frozenset(
    "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin "
    "Kwon Hwang Ahn Song Jeon Chun Hong Yoo Ryu Ko Moon Yang Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung "
    "Cha Koo Ku Woo Min Ban Do Jin Ji Uhm Byun Won Chae Bang Gong Hyun Kong Seok Lee".split())


def family_in_capitals(word: str) -> bool:
    """A family name written in capitals before the given name, as Japanese offices write it ("TAKEMURA Shinji"):
    letters only, vowels among them, no office's, body's or country's word.

    >>> [family_in_capitals(w) for w in ("TAKEMURA", "MINISTER", "JAPAN", "RMN", "Sato")]
    [True, False, False, False, False]
    """
    return word.isupper() and word.isalpha() and len(word) >= 3 and bool(re.search(r"[AEIOU]", word)) and \
        word.lower() not in HONORIFICS and word.lower() not in NON_PERSON_WORDS and not country_code(word)
