"""A statement whose authors are two governments or more, and who they are."""

from __future__ import annotations

import re

from entente.extract.countries import country_code, find_sides


# A statement whose authors are two governments or more: "The Troika (United States, United Kingdom,
# and Norway) congratulates ...", "The text of the following statement was released by the Governments
# of the United States of America and the Republic of India."
STATEMENT_VERB = re.compile(r"\b(?:congratulates?|express(?:es)?|condemns?|calls?\s+(?:on|for)|reaffirms?|"
                            r"welcomes?|urges?|applauds?|commends?|"
                            r"(?:was|were|is|are|has\s+been)\s+(?:released|issued)\s+by|^\s*(?:co-?)?(?:signed|endorsed)\s+by)\b",
                            re.I)


TOPIC_TAIL = re.compile(r"\s+(?:on|about|regarding|concerning|following|after)\s+(?!behalf\b)")


def joint_statement(sentence: str) -> tuple[re.Match[str], list[str]] | None:
    """(the verb, the authors' codes) of a sentence that states a joint position, or None.

    >>> joint_statement("The Troika (United States, United Kingdom, and Norway) congratulates the people.")[1]
    ['US', 'GB', 'NO']
    >>> joint_statement("This statement was released by the United States, France and Germany on Syria's election.")[1]
    ['US', 'FR', 'DE']
    """
    verb = STATEMENT_VERB.search(sentence)
    if verb is None:
        return None
    subject = sentence[:verb.start()] if "by" not in verb.group(0) else sentence[verb.end():]
    subject = TOPIC_TAIL.split(subject, 1)[0]  # "released by A, B and C on Syria's presidential election"
    if verb.start() > 200 or re.search(r"\b(?:said|says|announced)\b", subject):
        return None
    authors = list(dict.fromkeys(m.code for m in find_sides(subject) if m.kind != "demonym" or country_code(m.text)))
    return (verb, authors) if len(authors) >= 2 else None
