"""Institutions' names: the words that make a name an institution's, in English and other languages, the small
words inside them ("Universidad Externado de Colombia"), and the acronyms a text spells out ("Institute of Strategic
Studies Islamabad (ISSI)")."""

from __future__ import annotations

import re

from entente.extract.names import proper_case

# Schools, institutes and foundations named in other languages: "Universidad de los Andes", "Fundação Getulio Vargas"
SCHOLARLY_ABROAD = (r"Institut[oe]?|Istituto|Consejo|Conselho|Centro|Universidad|Universidade|Università|Université|"
                    r"Fundación|Fundação|Fondation|Escuela|Escola|École|Academia|Akademie|Stiftung|Hochschule")
INSTITUTION = re.compile(r"\b(?:University|Institute|Forum|Centre|Center|Council|Academy|Foundation|College|"
                         r"School|Laboratory|Society|Association|Navy|Army|Ministry|Department|Agency|Command|Commission|Force|Forces|"
                         r"Institution|Endowment|Corporation|Fund|Program|Programme|Guard|Service|Office|Bureau|Police|Parliament|"
                         r"Assembly|Authority|Committee|Directorate|Administration|Federation|Confederation|Chamber|Organi[sz]ation|Club|"
                         r"Company|Secretariat|"
                         # ... and their names in other languages: "Instituto de Pesquisa", "Consejo Argentino", "Stiftung"
                         + SCHOLARLY_ABROAD + r"|Ministerio|Ministério|Ministère)\b")

# The small words inside institutions' names in other languages: "Universidad Externado de Colombia"
PARTICLES = r"de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das|di|della|du|des|für|van|von|der"

# "the Institute of Strategic Studies Islamabad (ISSI)": a name spelt out, then its acronym
# ... in its own language too: "the Instituto de Estudios Internacionales of the Universidad de Chile (IEI)"
SPELT_OUT = re.compile(r"\b(?P<full>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|in|de|del|da|do|des|du|di|la|für|und|y|e|et)\s+)*"
                       r"[A-Z][\w'’-]*){1,8})\s+\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")
# An acronym right after a name: "X (ISSI)", "X, SPD,", "X of QAU"
ACRONYM_AFTER = re.compile(r"\s*(?:\(|,\s*|\s+(?:of|from)\s+(?:the\s+)?)(?P<abbr>[A-Z][A-Za-z]{1,7})\b")


def acronyms(text: str) -> dict[str, str]:
    """The acronyms a text spells out, with their full names: the first spelling whose capitalised words'
    initials are the acronym's letters ("Naval Postgraduate School (NPS)"; not "Dr. Feroz Hassan (NPS)").

    >>> acronyms("the Institute of Strategic Studies Islamabad (ISSI) and NPS; Dr. Ali Khan (ISSI)")
    {'ISSI': 'Institute of Strategic Studies Islamabad'}
    >>> acronyms("hosted by the Norwegian Institute of International Affairs (NUPI) with Dr. Feroz Hassan (NPS)")
    {'NUPI': 'Norwegian Institute of International Affairs'}
    """
    out: dict[str, str] = {}
    loose: dict[str, str] = {}
    for m in SPELT_OUT.finditer(text):
        abbr = m.group("abbr")
        words = m.group("full").split()
        for k in range(len(words) - 1):
            if words[k][:1].isupper() and "".join(w[0] for w in words[k:] if w[:1].isupper()) == abbr.upper():
                out.setdefault(abbr, " ".join(words[k:]))
                break
        else:
            # an institution's acronym in its own language: "the Norwegian Institute of International Affairs (NUPI)"
            full = proper_case(re.sub(r"^(?:The|the)\s+", "", m.group("full")))  # (a letterhead's "CONSEJO ... PARA LAS")
            if INSTITUTION.search(full) and abbr.isupper():
                loose.setdefault(abbr, full)
    return {**loose, **out}
