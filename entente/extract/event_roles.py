"""Participant roles and delegation sides from the sentence a person is named in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from entente.extract.countries import country_code
from entente.extract.event_types import FOR_WHOM
from entente.extract.instances import SINCE_THEN

# "led the U.S. delegation", "headed the Pakistani delegation", "led the delegation"
LED = re.compile(r"\b(?:led|leads|headed|heads|will\s+lead|co-led)\s+(?:the|a|an)\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+)?"
                 r"(?:high-level\s+|interagency\s+)?delegations?\b")
# "the Pakistani delegation, which also included A and B", "a delegation that included"
INCLUDED = re.compile(r"\b(?i:the|a|an)\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+)?delegation\b[^.;]*?"
                      r"\b(?:which\s+(?:also\s+)?included|that\s+(?:also\s+)?included|includ(?:ed|ing))\b")
MEMBER_OF = re.compile(r"[^.;]{0,120}?\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:a\s+)?members?\s+of\s+(?:the|a)\s+"
                       r"(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+)?delegations?\b")
# "Special Representative X will be accompanied by Deputy Y and a representative of Z": Y travels with X, on X's side
# ... "I will be joined at the Forum by X", "Joining him are Y and Dr. Z", "Accompanying the secretary are A"
JOINING = (r"\b(?:(?:accompanied|joined)\s+(?:[\w-]+\s+){0,6}?by|(?i:accompanying|joining)\s+(?:him|her|them|the\s+"
           r"[\w\s]{1,40}?)\s+(?:were|are|was|is|will\s+be))\b")
ACCOMPANYING = re.compile(JOINING + r"[^:]{0,240}$")  # (over a list set off by semicolons)
# ("was headed by X, and included Y and Z": Z is a member)
INCLUDED_TAIL = re.compile(r"\b(?:that|which|and)\s+(?:also\s+)?(?:included|comprised)\b|\bas\s+well\s+as\b|\bincluding\b|\baccompanied\s+by\b")
# Roles the words before a name give: "The Indian delegation was headed by X" (lead, IN), "co-chaired by
# X and Y" (chair), "hosted by X", "under the chairmanship of X". Each: (role, pattern over the text
# before the name, which must end the text or be followed only by other names joined by "and").
# The office and honorific words between a role phrase and the name: "Ambassador (ret.)", "Dr.".
TITLE_RUN = r"(?:(?:[A-Z][\w.’'-]*+|\([Rr]et(?:d|ired)?\.?\)|of|the|and|for)\s+){0,12}"
# ... with a rank set off by a comma: "Director General of Defense Strategy of the Ministry of Defense, Major General X"
TITLE_RUN_APPOSED = r"(?:(?:[A-Z][\w.’'-]*+|\([Rr]et(?:d|ired)?\.?\)|of|the|and|for),?\s+){0,12}"
# "The Indian delegation was headed by X": X leads, for the side the delegation names ("The Japanese side was
# co-chaired by X": X chairs for it).
# Also "The Norwegian participants were led by X" (the nouns of a side's group), and the same with the verb
# left out after "and": "..., and the Russian participants by Professor Y".
GROUP = r"(?:delegations?|participants|side|team|group|experts|contingent|talks|consultations|discussions|negotiations)"
PASSIVE_LED = re.compile(r"\b(?i:the|a|an)\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+)?" + GROUP + r"\s+"
                         r"(?:(?:was|were|is|will\s+be)\s+|,\s*)?(?P<verb>(?:co-?)?(?:led|headed|chaired))\s+by\s+(?:[^;:]{0,120}?\band\s+)?" +
                         TITLE_RUN + "$")
GAPPED_LED = re.compile(r",?\s+and\s+(?i:the|a|an)\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+)" + GROUP +
                        r"\s+by\s+" + TITLE_RUN_APPOSED + "$")
LED_BY = re.compile(r"\b(?:led|headed|(?P<chaired>(?:co-?)?chaired))\s+by\b")
ROLE_REACH = 300  # how far before a name its role's words may start
# "chaired on the Tunisian side by X", "led on the U.S. side by X": the side the words name is X's.
ON_SIDE = re.compile(r"\bon\s+the\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+side,?\s+(?:by\s+)?" + TITLE_RUN + "$")
# A line's label naming a side and a role: "ROK co-chair: Brig. Gen. X", "U.S. Head of Delegation: Ms. Y"
LABELLED = re.compile(r"(?:^|\n)[ \t]*(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?P<label>(?i:co-?chairs?|chairs?|"
                      r"heads?\s+of\s+delegation|delegation\s+leader|delegation|members?|participants?|representatives?|"
                      r"signator(?:y|ies)))\s*:\s*" + TITLE_RUN + "$")
LABEL_ROLES = (("chair", "chair"), ("head", "lead"), ("leader", "lead"), ("signator", "signatory"))
# Roles the words before a name give. Each pattern ends where the name starts; other names joined by
# "and" may stand between ("co-chaired by Dr. Soren and General Zhou").
# What a gathering's speakers give: "opening remarks", "the keynote address", "welcoming speeches"
OPENING_WORDS = (r"(?:opening|closing|welcom(?:e|ing)|keynote|introductory|concluding|inaugural)\s+"
                 r"(?:remarks|address(?:es)?|speech(?:es)?|statements?|lecture)")
BY_ROLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "co-chaired by", "chaired by", "moderated by", "under the chairmanship of", "Co-chairs:", "The co-chairs were"
    ("chair", re.compile(r"(?:\b(?:co-?chaired|chaired|moderated|presided\s+over)\s+by|\bunder\s+the\s+"
                         r"(?:co-?)?chair(?:man|woman|person)?ship\s+of|\b[Cc]o-?[Cc]hairs?:|\b[Cc]hair:|"
                         r"\b(?:[Cc]o-?[Cc]hairs|[Cc]hairs)\s+(?:were|are|will\s+be))\s+"  # "The co-chairs were A and B"
                         r"(?:[^;:]{0,80}?\band\s+)?" + TITLE_RUN + "$")),
    # "Presentations were made by Dr. A and Brig. B", "papers were presented by" (before a host's
    # "given by": "Presentations were given by X")
    ("presenter", re.compile(r"\b(?i:presentations?|papers?|briefings?)\s+(?:were|was)\s+(?:made|given|delivered|presented)"
                             r"\s+by\s+(?:[^;:]{0,120}?\band\s+)?" + TITLE_RUN + "$")),
    # "Opening remarks were delivered by Ambassador A, ..., and by Mr. B", "The keynote address was given by Dr. C"
    ("speaker", re.compile(r"\b(?i:" + OPENING_WORDS + r")\s+(?:were|was)\s+(?:delivered|given|made)\s+by\s+"
                           r"(?:[^;:]{0,160}?\band\s+(?:by\s+)?)?" + TITLE_RUN_APPOSED + "$")),
    # "a dinner hosted by the Ambassador of Mexico, Mr.", "received by Shri", "met at the airport by", "Host:",
    # "Dinner offered to the delegations by the Mayor of Cúcuta, Mr.",
    # "were received at the Ministry of Foreign Affairs on Smolenskaya Square by Mr."
    ("host", re.compile(r"(?:\b(?i:hosted|given|offered|received|met|greeted|welcomed)(?:\s+(?:at|in)\s+the\s+[^.;:,]{1,80}?|" +
                        r"(?i:" + FOR_WHOM + r"))?\s+by|"
                        r"\bHost:)\s+(?:the\s+)?"
                        r"(?:[^;:]{0,80}?,\s+)?" + TITLE_RUN + "$")),
    # "Presenters: Dr. A and Dr. B", "Discussant:"
    # "Signatories: the Minister of Foreign Affairs and the Ambassador of the United States"
    # "The Secretary was accompanied by Ambassador X and Colonel Y"
    ("member", re.compile(r"\baccompanied\s+by\s+(?:[^;:]{0,80}?\band\s+)?" + TITLE_RUN + "$")),
    # "I will be joined at the Forum on Tuesday by the Minister for Defence, the Hon X", "Joining him are Y and Dr. Z",
    # "Accompanying the secretary are A and Gen. B"
    # ... "The President was accompanied by the First Lady, Mrs. A; the Minister for Trade, Hon. B; and ...": a list
    # whose entries are set off by semicolons
    ("member", re.compile(JOINING + r"\s+(?:[^:]{0,240}?(?:\band|,|;)\s+)?" + TITLE_RUN_APPOSED + "$")),
    ("signatory", re.compile(r"\bSignator(?:y|ies):\s+(?:[^;:]{0,80}?\band\s+)?" + TITLE_RUN + "$")),
    # "The memorandum was signed by Dr. A and Amb. B", "an agreement on visas, signed by Secretary A and Minister B",
    # "signed on behalf of Ghana by X", "initialled by"
    # ... and "witnessed the signing of a Memorandum of Understanding on Energy by Hon. A and the Minister ..., B"
    ("signatory", re.compile(r"(?:\b(?:co-?)?(?:signed|initial(?:l)?ed)\s+(?:(?:on\s+behalf\s+of|for)\s+[^,;:]{1,40}?\s+)?|"
                             r"\b(?i:signing|signature)\s+of\s+[^,;:]{3,100}?\s+)by\s+"
                             r"(?:[^;:]{0,80}?\band\s+(?:by\s+)?)?" + TITLE_RUN_APPOSED + "$")),
    # "conveyed the invitation of Secretary of State X for the Minister to visit": X hosts, the Minister visits
    ("host", re.compile(r"\binvitation\s+(?:of|from)\s+(?:the\s+)?" + TITLE_RUN + "$")),
    # ... each of a list: "Presenters: Dr. A, Institute X; Prof. B, University Y" (not past another label's colon)
    ("presenter", re.compile(r"\bPresenters?:\s+(?:[^:\n]{0,160}?(?:\band|;)\s+)?" + TITLE_RUN + "$")),
    ("discussant", re.compile(r"\bDiscussants?:\s+(?:[^:\n]{0,160}?(?:\band|;)\s+)?" + TITLE_RUN + "$")),
)
# Roles the verb after a name gives, when only the name's apposition stands between them ("X, Director
# of the Centre, and Y co-chaired"; not "met with Y, who presented": "who" is no apposition word).
# (each word matched whole, "*+": an all-capitals line "SENIOR STATE DEPARTMENT OFFICIAL" split letter by letter
# took minutes to fail)
APPOSITION = r"(?:[\s,]|[A-Z][\w.’'()-]*+|\([Rr]et\.?\)|\([A-Z]+\)|of|the|and|for|on|at|de|da|bin|al|former)*?"
AFTER_ROLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("presenter", re.compile(r"^" + APPOSITION + r"\b(?:presented|presents|will\s+present|(?:spoke|commented|lectured)\s+(?:on|about))\b")),
    ("discussant", re.compile(r"^" + APPOSITION + r"\b(?:(?:served|acted)\s+as|was|were)\s+(?:the\s+|a\s+)?discussants?\b")),
    # "X, former Chief of General Staff, delivered the keynote address", "Y gave the opening remarks"
    ("speaker", re.compile(r"^" + APPOSITION + r"\b(?:delivered|gave|made)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?i:" +
                           OPENING_WORDS + r")\b")),
    ("chair", re.compile(r"^" + APPOSITION + r"\b(?:co-?chaired|chaired|moderated|will\s+co-?chair|shared\s+the\s+chair)\b")),
    # "X also participated in the talks", "Y, Ambassador of Kenya, also took part", "Z accompanied the Secretary"
    # (not "attended": "met with X, attended a signing ceremony" is the subject's; nor "Secretary X participated
    # in the Ministerial": a principal)
    ("member", re.compile(r"^" + APPOSITION + r"\b(?:also\s+(?:participated|took\s+part|attended)|accompanied|sat\s+in|"
                          r"(?:was|were)\s+(?:also\s+)?present)\b")),
    # "The Foreign Minister invited the Secretary to visit Indonesia": who invites hosts the visit
    ("host", re.compile(r"^" + APPOSITION + r"\b(?:invited|invites|has\s+invited|will\s+invite|extended\s+an\s+invitation)\b")),
)
# (not "witnessed the signing", "attended the signing ceremony": who watches signs nothing)
SIGNED = re.compile(r"(?<!witnessed\sthe\s)(?<!attended\sthe\s)(?<!witness\sthe\s)(?<!attend\sthe\s)"
                    r"\b(?:sign(?:s|ed|ing)?|co-?signed)\b(?!\s+into\s+law)", re.I)
# "X and the Chairman of the Joint Chiefs of Staff of ..., General Y, signed": a co-subject, however long its title
# ... whose name has its courtesy's full stop: "X, and the Minister of ... of Poland, Mr. Y, signed"
CO_SIGNER = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z](?:[^.;]|\.(?=\s*[A-Z])){0,200}?,\s+(?:co-?)?signed\b")
HOSTED = re.compile(r"\b(?:hosted|host(?:s)?|welcomed)\b")
SPOKE = re.compile(r"^.{0,80}?\b(?:said|says|called(?!\s+on\b)|told|stated|remarked|noted|added|stressed|emphasized)\b")
SAID_BEFORE = re.compile(r"[”\"],?\s*$")


@dataclass(frozen=True)
class RoleHint:
    role: str | None
    side: str | None  # a delegation's nationality: "led the Pakistani delegation"


SIGNED_FOR = re.compile(r"[^.;]{0,160}?\bsigned\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<side>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})")


def role_in_sentence(sentence: str, s0: int, start: int, end: int) -> RoleHint:
    """The role a person named at [start, end) plays, as the sentence says.

    "X led the U.S. delegation" -> lead (US); "the Pakistani delegation, which also included X" ->
    member (PK); "X and Y signed the plan" -> signatory; "X hosted" -> host; "X said" -> speaker.

    >>> s = "Dr. Ada Quill, the Senior Official for Arms Control, signed for the United States, and Hon. Kofi Mensah, Deputy Minister for Foreign Affairs, signed for Ghana."
    >>> [role_in_sentence(s, 0, s.index(n), s.index(n) + len(n)) for n in ("Ada Quill", "Kofi Mensah")]
    [RoleHint(role='signatory', side='US'), RoleHint(role='signatory', side='GH')]
    """
    if not 0 <= start - s0 <= end - s0 <= len(sentence):
        start = end = s0  # named in another sentence ("The Secretary co-chaired ..."): as if opening this one
    before = sentence[max(0, start - s0 - ROLE_REACH):start - s0]  # bounded: the patterns end on the name
    after = sentence[end - s0:]
    on_side = ON_SIDE.search(before)
    if on_side:  # "chaired on the Tunisian side by Ambassador X"
        role = "chair" if re.search(r"\b(?:co-?)?chair", before[:on_side.start()][-40:]) else None
        return RoleHint(role, _side(on_side.group("side")))
    signed_for = SIGNED_FOR.match(after)
    if signed_for:  # "X, the Senior Official for Arms Control, signed for the United States, and Y ... for Ghana"
        return RoleHint("signatory", _side(signed_for.group("side")))
    gapped = GAPPED_LED.search(before)
    led_by = LED_BY.search(before, 0, gapped.start()) if gapped else None
    if gapped and led_by:  # "... was led by X, and the American delegation by Y" (or chaired: "... chaired by X, and ...")
        return RoleHint("chair" if led_by.group("chaired") else "lead", _side(gapped.group("side")))
    labelled = LABELLED.search(before)
    if labelled and _side(labelled.group("side")):  # "ROK co-chair: Brig. Gen. Kim Dong-hwan, Director General for ..."
        label = labelled.group("label").lower()
        return RoleHint(next((r for w, r in LABEL_ROLES if w in label), "member"), _side(labelled.group("side")))
    passive = PASSIVE_LED.search(before)
    if passive and not INCLUDED_TAIL.search(before[passive.start():]):  # "The Indian side was co-chaired by X"
        return RoleHint("chair" if "chair" in passive.group("verb") else "lead", _side(passive.group("side")))
    for role, pattern in BY_ROLE:
        if pattern.search(before):
            return RoleHint(role, None)
    led = LED.search(after)
    if led and not re.search(r"[.;]", after[:led.start()]) and not INCLUDED_TAIL.search(after[:led.start()]):
        return RoleHint("lead", _side(led.group("side")))
    member = MEMBER_OF.match(after)
    if member:  # "Maj. Gen. X, Director General of ..., was a member of the Pakistani delegation"
        return RoleHint("member", _side(member.group("side")))
    inc = INCLUDED.search(before) or None
    if inc:
        return RoleHint("member", _side(inc.group("side")))
    tail = INCLUDED_TAIL.search(before)
    lead_before = LED.search(before)
    if tail and lead_before and lead_before.start() < tail.start():
        return RoleHint("member", _side(lead_before.group("side")))
    for role, pattern in AFTER_ROLE:
        if pattern.search(after):
            return RoleHint(role, None)
    signed = SIGNED.search(after[:80]) or CO_SIGNER.match(after)
    # "Dr. Haldane, who noted ... since the signing of the Agreement": history, no signature
    if signed and not SIGNED.search(before) and not SINCE_THEN.search(after, 0, signed.start()):
        return RoleHint("signatory", None)
    if HOSTED.match(after.strip()):
        return RoleHint("host", None)
    if SPOKE.search(after) or (SAID_BEFORE.search(before) and re.match(r"\s*(?:said|says)\b", after)):
        return RoleHint("speaker", None)
    return RoleHint(None, None)


def _side(words: str | None) -> str | None:
    if not words:
        return None
    words = words.strip()
    return country_code(words) or country_code(words.rstrip(".")) or country_code(words.split()[0])


ROLE_RANK: dict[str | None, int] = {"signatory": 0, "lead": 1, "host": 2, "chair": 3, "presenter": 4,
                                    "discussant": 5, "speaker": 6, "member": 7, None: 8}
