"""Where a person's name is from: the last cue to a side, for people nothing in the text places.

A track-II report lists "Rear Admiral (ret.) Konstantinos D. Mavridis" and "Dr. Mehmet Ali Tuncer of Middle
East Technical University" at a Greek-Turkish dialogue: no office, no country, no embassy gives their sides,
yet a reader places both at once. The same reading here: for an event between two countries, a participant of
no side is given the one whose names theirs resembles, when

- the two countries' names are told apart well (Greek from Turkish, Japanese from Korean, German from Polish;
  never Argentine from Chilean, British from American, Spanish from Mexican): `separable`, measured on names of
  two words the model did not learn from;
- the name leans clearly to one (`MARGIN` nats a word) and that country is among the `TOP` few the name is most
  like of all (a Swiss facilitator at a Turkish-Armenian workshop resembles neither: no side is guessed).

The names are the person-name lists of Faker's locales (MIT licence), written in Latin letters by anyascii
where a locale writes them in another script, and the foreign leaders who visited the United States (the Office
of the Historian's file the app ships); the model is a character n-gram model of each country's names.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import random
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterator

from entente.extract.names import HONORIFICS
from entente.historian import country_code, rows
from entente.models import HOME

ORDER = 4  # characters of context, the last one included
MARGIN = 2.0  # nats a word by which the name leans to one country
TOP = 5  # the chosen country among the names' most likely of all
SEPARABLE = 0.8  # share of held-back two-word names of the two countries the models tell apart
MIN_NAMES = 60  # a country with fewer known names has no model
# Locales that name no one country, and scripts written without their vowels or with syllables anyascii reads
# poorly: Arabic, Persian, Hebrew, the Indic scripts, Thai (India and Pakistan have English-script locales)
SKIP_LOCALES = frozenset({"ar_AA", "en", "es", "sw", "ar_SA", "ar_PS", "ar_DZ", "fa_IR", "he_IL", "hi_IN", "gu_IN",
                          "mr_IN", "or_IN", "ta_IN", "bn_BD", "ne_NP", "si_LK", "th_TH"})
COUNTRY_OF_LOCALE = {"fr_QC": "CA", "es_CA": "ES"}  # Quebec French is Canada's; es_CA is Catalan, Spain's
LEADER_TITLES = HONORIFICS | frozenset({"emperor", "empress", "crown", "grand", "duke", "duchess", "sultan", "emir", "amir",
                                        "taoiseach", "shah", "lady", "first", "general", "of", "and", "de", "del",
                                        "supreme", "council", "leader", "head", "government", "federal", "republic"})
LATIN_WORD = re.compile(r"[^\W\d_]+")  # a word's letters, accented ones too ("Jabłoński")
NAME_LISTS = re.compile(r"^(?:first|last|middle)_(?:romanized_)?names(?:_(?:male|female))?$")
GIVEN_LISTS = re.compile(r"^first_(?:romanized_)?names(?:_(?:male|female))?$")


def words(name: str) -> list[str]:
    """The words of a name that tell its origin, in lower case with their accents ("ł" is Polish, "ö" German, and
    both are learnt as written and in ASCII): initials and regnal numbers are left out.

    >>> words("Rear Admiral (ret.) Konstantinos D. Mavridis")[-2:]
    ['konstantinos', 'mavridis']
    >>> words("Han Min-seok"), words("TAKEMURA Shinji"), words("King Abdullah II"), words("Marek Jabłoński")
    (['han', 'min', 'seok'], ['takemura', 'shinji'], ['king', 'abdullah'], ['marek', 'jabłoński'])
    """
    return [w.lower() for w in LATIN_WORD.findall(name) if len(w) > 1 and not re.fullmatch(r"[IVXL]+", w)]


def _latin(word: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


def _forms(raw: str) -> set[str]:
    """A name list's word as the model learns it: in ASCII ("jablonski"), and as its locale writes it when
    that is in Latin letters ("jabłoński"): a text may write either, and its letters tell where it is from."""
    from anyascii import anyascii

    out = {w.lower() for word in re.findall(r"[A-Za-z]+", anyascii(raw)) for w in _split_syllables(word)}
    out |= {w.lower() for w in LATIN_WORD.findall(raw) if _latin(w)}
    return {w for w in out if len(w) > 1}


def _split_syllables(word: str) -> list[str]:
    """anyascii writes a Korean name's syllables run together with capitals ("MinSeog"); papers hyphenate them."""
    return re.findall(r"[A-Z][a-z]+|[a-z]+", word)


def _providers() -> Iterator[tuple[str, type]]:
    """Each locale of Faker's person names and its provider ("pl_PL", its Provider class)."""
    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        if "_" in module.name:
            yield module.name, importlib.import_module(f"{person.__name__}.{module.name}").Provider


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for locale, provider in _providers():
        if locale in SKIP_LOCALES:
            continue
        lists = [a for a, v in vars(provider).items() if NAME_LISTS.match(a) and isinstance(v, (list, tuple, dict))]
        if any("romanized" in a for a in lists):  # Chinese and Japanese: their names in Latin letters only
            lists = [a for a in lists if "romanized" in a]
        bucket = found.setdefault(COUNTRY_OF_LOCALE.get(locale, locale.split("_")[1]), set())
        for attr in lists:
            for raw in getattr(provider, attr):
                bucket.update(_forms(raw))
    # ... and the names of the foreign leaders who visited the United States, as English writes them ("Kim Dae-jung",
    # "Roh Moo-hyun"), from the Office of the Historian's file
    for row in rows("hsg_visits_foreign_leaders.csv.gz"):
        country = country_code(row["from_id"])
        if country:
            found.setdefault(country, set()).update(w for w in words(row["visitor"]) if w not in LEADER_TITLES)
    return {cc: tuple(sorted(ws)) for cc, ws in found.items() if len(ws) >= MIN_NAMES}


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Every locale's given names, as written."""
    found: set[str] = set()
    for _, provider in _providers():
        for attr, value in vars(provider).items():
            if GIVEN_LISTS.match(attr) and isinstance(value, (list, tuple, dict)):
                found.update(w for w in value if isinstance(w, str) and len(w) > 2 and w[:1].isupper() and w.isalpha())
    return frozenset(found)


def is_given_name(word: str) -> bool:
    """Whether a word is a given name in some country's lists: "Megan", "Piotr"; not "Western", "Arms".

    >>> [is_given_name(w) for w in ("Megan", "Piotr", "Western", "Arms")]
    [True, True, False, False]
    """
    return word in _given_names()


class _Model:
    """A character n-gram model of one country's names, each order backing off to the one below."""

    def __init__(self, names: tuple[str, ...] | list[str]):
        self.grams: Counter[str] = Counter()
        self.contexts: Counter[str] = Counter()
        for name in names:
            padded = "^" * (ORDER - 1) + name + "$"
            for i in range(ORDER - 1, len(padded)):
                for k in range(1, ORDER + 1):
                    gram = padded[i - k + 1:i + 1]
                    self.grams[gram] += 1
                    self.contexts[gram[:-1]] += 1

    def logp(self, word: str) -> float:
        padded = "^" * (ORDER - 1) + word + "$"
        total = 0.0
        for i in range(ORDER - 1, len(padded)):
            p = 1 / 40
            for k in range(1, ORDER + 1):
                gram = padded[i - k + 1:i + 1]
                seen = self.contexts[gram[:-1]]
                if seen:
                    p = (self.grams[gram] + 2 * p) / (seen + 2)
            total += math.log(p)
        return total


@lru_cache(maxsize=None)
def _model(country: str) -> _Model:
    return _Model(_names()[country])


@lru_cache(maxsize=65536)
def _logp(country: str, word: str) -> float:
    return _model(country).logp(word)


@lru_cache(maxsize=None)
def _halves(country: str) -> tuple[_Model, tuple[str, ...]]:
    """A model learnt from four fifths of a country's names, and the fifth held back (the same every run)."""
    names = list(_names()[country])
    random.Random(country).shuffle(names)
    cut = len(names) // 5
    return _Model(names[cut:]), tuple(names[:cut][:150])


@lru_cache(maxsize=None)
def separable(a: str, b: str) -> float:
    """The share of held-back names of `a` and `b` (two words, as a first and a family name) that models
    learnt without them give to the right country.

    >>> separable("GR", "TR") > SEPARABLE > separable("AR", "CL")
    True
    """
    (model_a, test_a), (model_b, test_b) = _halves(a), _halves(b)
    right = total = 0
    for test, mine, other in ((test_a, model_a, model_b), (test_b, model_b, model_a)):
        for first, last in zip(test, test[1:]):
            right += mine.logp(first) + mine.logp(last) > other.logp(first) + other.logp(last)
            total += 1
    return right / max(1, total)


def origin(name: str, a: str, b: str) -> str | None:
    """`a` or `b`, whichever country the name is clearly from, else None.

    >>> origin("Mehmet Ali Tuncer", "GR", "TR"), origin("Stavros I. Katsikas", "GR", "TR")
    ('TR', 'GR')
    >>> origin("Takeshi Morimoto", "KR", "JP"), origin("Yoon Tae-ho", "KR", "JP")
    ('JP', 'KR')
    >>> origin("Roberto Aníbal Quiroga", "AR", "CL") is None  # Argentine and Chilean names are alike
    True
    >>> origin("Markus Brunner", "TR", "AM") is None  # a German name is neither Turkish nor Armenian
    True
    """
    known = _names()
    ws = words(name)
    if not ws or a == b or (a not in known and b not in known):
        return None
    if a not in known or b not in known:  # (American names come from everywhere: none is clearly American)
        return _clearly(ws, a if a in known else b) if HOME not in (a, b) else None
    if separable(*sorted((a, b))) < SEPARABLE:
        return None
    lean = sum(_logp(a, w) - _logp(b, w) for w in ws) / len(ws)
    if abs(lean) < MARGIN:
        return None
    pick = a if lean > 0 else b
    likeness = {cc: sum(_logp(cc, w) for w in ws) for cc in known}
    mine = likeness[pick]
    return pick if sum(v > mine for v in likeness.values()) < TOP else None


def _clearly(ws: list[str], country: str) -> str | None:
    """`country` when the only one of an event's two with known names is the one a name is most like of all, by
    twice `MARGIN` nats a word over the next ("YAMANE Hiroshi" at a Japanese-Philippine meeting: no Philippine
    names are known, but that one is Japanese; on the dev halves 52 of the 54 it decides are right).

    >>> _clearly(words("YAMANE Hiroshi"), "JP"), _clearly(words("Cecilia T. Abalos"), "JP")
    ('JP', None)
    """
    likeness = sorted(((sum(_logp(cc, w) for w in ws), cc) for cc in _names()), reverse=True)
    (best, top), (second, _) = likeness[0], likeness[1]
    return country if top == country and (best - second) / len(ws) >= 2 * MARGIN else None
