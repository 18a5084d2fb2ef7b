"""The labels a programme gives its people's roles ("Chair:", "Lead discussants:", "Keynote address:")."""

from __future__ import annotations

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "chair and discussant": ("chair", "discussant"),
    "chair": ("chair",), "chairs": ("chair",), "co-chair": ("chair",), "moderator": ("chair",),
    "co-chairs": ("chair",), "moderators": ("chair",), "chairperson": ("chair",),
    "presenter": ("presenter",), "presenters": ("presenter",), "panelist": ("presenter",),
    "panelists": ("presenter",), "presentation": ("presenter",), "presentations": ("presenter",),
    "discussants": ("discussant",),
    "speaker": ("speaker",), "speakers": ("speaker",), "discussant": ("discussant",),
    "remarks": ("speaker",), "opening remarks": ("speaker",), "closing remarks": ("speaker",),
    "keynote": ("speaker",), "keynote address": ("speaker",), "welcome": ("speaker",),
    "welcome remarks": ("speaker",), "keynote speech": ("speaker",), "keynote speaker": ("speaker",),
    "introductory remarks": ("speaker",), "concluding remarks": ("speaker",), "address": ("speaker",),
    "host": ("host",), "hosted by": ("host",), "facilitator": ("chair",), "facilitators": ("chair",),
    "rapporteur": ("speaker",), "rapporteurs": ("speaker",),
    "commentator": ("discussant",), "commentators": ("discussant",), "respondent": ("discussant",),
    "respondents": ("discussant",), "lead discussant": ("discussant",), "lead discussants": ("discussant",),
    "interlocutors": ("discussant",), "co-moderator": ("chair",), "co-moderators": ("chair",),
    "convener": ("chair",), "conveners": ("chair",), "co-chairs and moderators": ("chair",),
    "introduction": ("speaker",), "opening": ("speaker",), "closing": ("speaker",),
    # ... in other house styles: "Comments: X", "Panellists:", "Interventions:", "Briefer:", "Discussion leader:"
    "comments": ("discussant",), "commentary": ("discussant",), "response": ("discussant",), "responses": ("discussant",),
    "panellist": ("presenter",), "panellists": ("presenter",), "briefer": ("presenter",), "briefers": ("presenter",),
    "intervention": ("speaker",), "interventions": ("speaker",),
    "discussion leader": ("chair",), "discussion leaders": ("chair",),
}

# Words before a role that keep it the same role: "Lead speaker", "Principal discussants", "Keynote speakers"
ROLE_MODIFIERS = ("lead ", "principal ", "main ", "guest ", "invited ", "featured ", "keynote ")
# Role nouns that head a longer label and keep their role: "Welcoming remarks", "Panel moderators"
HEAD_NOUNS = frozenset({"remarks", "address", "speech", "speaker", "speakers", "chair", "chairs", "moderator",
                        "moderators", "presenter", "presenters", "panelists", "discussant", "discussants",
                        "presentation", "presentations", "commentators", "respondents", "rapporteur", "panellists",
                        "comments", "interventions"})


def roles_of(label: str) -> tuple[str, ...] | None:
    """The roles a label gives its names: "Moderators" -> chair; "Lead speaker" -> speaker; a label of
    up to three words headed by a role noun has that noun's role ("Welcoming remarks", "Special address").

    >>> roles_of("Lead speaker"), roles_of("Keynote speakers"), roles_of("Venue")
    (('speaker',), ('speaker',), None)
    >>> roles_of("Welcoming remarks"), roles_of("Panel moderators"), roles_of("Dress code")
    (('speaker',), ('chair',), None)
    """
    word = label.strip().lower()
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    for modifier in ROLE_MODIFIERS:
        if word.startswith(modifier) and word[len(modifier):] in ROLE_WORDS:
            return ROLE_WORDS[word[len(modifier):]]
    words = word.split()
    if 1 < len(words) <= 3 and words[-1] in HEAD_NOUNS:
        return ROLE_WORDS[words[-1]]
    return None
