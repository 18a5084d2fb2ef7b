"""Event triggers: the words that say an event happened, and the event type each one signals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from entente.extract.institution_names import SCHOLARLY_ABROAD
from entente.extract.not_events import no_event
from entente.extract.timex.lexicon import MONTHS

# Most specific first: when mentions of one event disagree, the earlier type in this list wins.
TYPE_PRIORITY: tuple[str, ...] = (
    "agreement", "legislation", "summit", "dialogue", "conference", "visit", "call", "meeting",
    "statement", "announcement", "other",
)
# Types that can describe one and the same gathering (a joint statement on a dialogue is the dialogue's).
# A visit and a signing are events of their own:
# the meetings held during a visit, and a signing at a meeting, are other events than the visit and
# the meeting (they may still share what their sentences do not give, such as an undated date).
GATHERINGS: frozenset[str] = frozenset({"meeting", "dialogue", "conference", "summit", "statement",
                                        "announcement"})  # (not "other", an exercise: an event of its own)
PART_OF: frozenset[str] = GATHERINGS | {"visit", "agreement"}


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    strong: bool  # a weak trigger ("the delegation") joins an event but never starts one alone


OFFICE_HEADS = (r"(?:Minister|President|Secretary|Premier|Chancellor|King|Queen|Emir|Ambassador|Chief|Commander|Envoy|"
                r"Representative|Commissioner|Governor|Speaker)")
# A meal given by someone, to whom it may say first: "Dinner offered to the delegations by the Mayor of Cúcuta"
FOR_WHOM = r"\s+(?:to|for)\s+(?:the\s+|both\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:delegations?|participants|guests)"
GIVEN_BY = r"(?:hosted|given|offered)(?:" + FOR_WHOM + r")?\s+by"
MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)  # "welcomes the May 27 agreement": a date, no guest
WEEKDAY_NAMES = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


# Not after a determiner, a number or "as": a noun follows them ("the co-chairs", "as co-chair").
NOT_DETERMINED = "".join(rf"(?<!\b{w}\s)" for w in ("the", "two", "both", "as", "its", "his", "her", "our", "their",
                                                     "a", "an", "new", r"\d\d\d\d"))


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# After "meet": up to three words that are not a preposition or a time ("with", "in", "today"), then a goal.
# "hosted by the X Institute": an organiser's credit, not a host's meeting
ORGANISER = (r"(?!\s+by\s+the\s+(?:[\w’'-]+\s+){0,6}(?:university|institute|centre|center|foundation|council|academy|"
             r"college|school|society|association|endowment|program|programme|project|forum|initiative|"
             # ... and in other languages: "hosted by the Universidad de los Andes"
             r"universität|" + SCHOLARLY_ABROAD + r")\b)")
MET_GOAL = (
    r"(?!\s+(?!(?:with|on|in|at|to|for|during|here|there|again|privately|separately|virtually|today|"
    r"yesterday|tomorrow)\b)(?:[\w'’-]+\s+){0,5}?(?:targets?|goals?|needs|demands?|requirements?|"
    r"standards?|obligations?|commitments?|deadlines?|expectations?|challenges?|criteria|thresholds?|"
    r"benchmarks?|quotas?|emissions|objectives|aspirations)\b)"
)


# A verb's bare form after "will" or "to": "will host", "my pleasure to welcome"
BARE_FORM = r"(?:(?<=\bwill\s)|(?<=\bto\s))"


# Who a "talks with" is held with: a name, a group of people, a government; not "negotiations with
# participation from all stakeholders".
WITH_SOMEONE = (r"(?=\s+(?:(?:the|his|her|their|its|a|an|both|several|senior|local|foreign|visiting)\s+)*"
                r"(?:(?-i:[A-Z])|counterparts?|officials?|leaders?|representatives?|delegations?|governments?|ministers?|"
                r"members?|authorities|partners?|allies|experts?|students|business|civil\s+society|opposition|women|"
                r"youth|religious|faith|community|alumni|journalists|activists|refugees|entrepreneurs))")


# (type, strong, pattern). Each pattern's comment shows phrases it matches.
TRIGGER_PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    # "signed the Defense Cooperation Plan", "the signing of", "will sign an MOU", "The instruments of ratification for
    # the Treaty ... were exchanged today in Valletta" (not the noun: "a sign that", "signs of progress")
    ("agreement", True, _rx(r"\b(?:(?<!\ba\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bno\s)signs?(?!\s+(?:of|that)\b)|signed|signing|"
                            r"co-?sign(?:ed)?|initial(?:l)?ed|(?:put|puts|putting|affixed|affix|set)\s+(?:their|his|her)\s+"
                            r"signatures?\s+(?:to|on)|exchang(?:ed|es?|ing)\s+(?:the\s+)?(?:diplomatic\s+)?notes|exchanges?\s+of\s+"
                            r"(?:diplomatic\s+)?notes|exchang(?:ed|es?|ing)\s+(?:the\s+)?instruments\s+of\s+ratification|"
                            r"exchanges?\s+of\s+(?:the\s+)?instruments\s+of\s+ratification|instruments\s+of\s+ratification"
                            r"(?=[^.;]{0,160}?\b(?:were|was|been|be)\s+exchanged\b))\b"
                            r"(?!\s+into\s+law)")),  # "put their signatures to a Memorandum", "exchanged notes concerning a loan"
    # "reached an agreement", "concluded a treaty"; "inked a memorandum", "sealed a deal": signing, in a reporter's words
    ("agreement", True, _rx(r"\b(?:reached|concluded)\s+(?:an?|the)\s+(?:\w+\s+){0,3}(?:agreement|accord|deal|treaty)\b|"
                            r"\b(?:inked|sealed)(?=\s+(?:[\w-]+\s+){0,4}?(?:agreements?|memorand(?:um|a)|MOUs?|deals?|accords?|"
                            r"pacts?|treat(?:y|ies)|contracts?|letters?\s+of\s+intent)\b)")),
    # "passed the U.S. Senate", "signed into law", "went into effect", "entered into force"
    ("legislation", True, _rx(r"\b(?:passed\s+(?:by\s+)?the\s+(?:U\.S\.\s+)?(?:Senate|House)|signed\s+into\s+law|"
                              r"(?:went|goes|came|comes)\s+into\s+effect|took\s+effect|entered\s+into\s+force|enacted)\b")),
    # a joint military exercise: "a joint exercise of a Polish and a Ukrainian company", "the combined naval
    # exercise", "a bilateral field training exercise", "Exercise Wirra Jaya 2026" (not a country's own "military
    # exercises near the border", nor "exercise restraint")
    ("other", True, re.compile(r"(?i:\b(?:joint|combined|bilateral|trilateral|multinational|field[\s-]+training)\s+"
                               r"(?:[\w.–-]+\s+){0,3}?exercise\b)(?!\s+[Pp]lan)|\bExercise(?:\s+[A-Z][\w-]*){1,3}(?:\s+\d{2,4})?\b")),
    # "nuclear security summit", "the NATO Summit"
    ("summit", True, _rx(r"\bsummits?\b")),
    # "strategic dialogue", "Defense Working Group", "consultations", "track II dialogue"
    # and the standing bodies of a relationship: "Defense Policy Group", "Joint Commission", "Steering Committee";
    # the militaries' own rounds: "the 18th Army-to-Army Staff Talks", "Navy-to-Navy talks"
    ("dialogue", True, _rx(r"\b(?:dialogues?|(?:working|policy|steering|planning|consultative|coordination|"
                           r"contact|high[- ]level|joint)\s+groups?|(?:joint|binational|bilateral|intergovernmental)\s+"
                           r"commissions?|(?:joint|steering|consultative)\s+committees?|sub-?committees?|consultations|"
                           r"exchange\s+on\s+\w+(?:\s+\w+)?|(?:staff|[a-z]+-to-[a-z]+)\s+talks)\b")),
    # "review conference", "Foreign Ministerial", "forum", "symposium", "workshop", "Panel II", "a panel discussion",
    # a named "Strategic Security Roundtable" (a lowercase "a final roundtable" is a part of a gathering), a
    # numbered "Session II" of a conference
    ("conference", True, _rx(r"\b(?:conferences?|ministerials?|symposium|ministers[’']\s+meeting|"
                             r"ministerial\s+meeting|panel\s+(?:[IVX]+|\d+|[A-H](?=\s*[(:—–-])|discussion)|workshops?|seminars?|"
                             r"(?-i:Roundtable|Round\s+Table)|(?-i:Session)\s+(?:[IVX]+|\d+))\b")),
    # "The fourth round of the Forum was held in Quito", "Partnership Forum 2012 will be held", "the Forum brought
    # together thirty scholars"; a numbered one of a series: "the thirteenth roundtable would be held at SWP"
    ("conference", True, _rx(r"\b(?:forum|round|(?<=(?:next|[a-z]{2}(?:st|nd|rd|th))\s)round\s?table)\b(?:\s+(?:19|20)\d\d\b)?"
                             r"(?:\s+of\s+[^.;]{0,80}?)?\s+(?:was|were|will\s+be|would\s+be|is\s+to\s+be)\s+(?:held|convened)\b|"
                             r"\bbrought\s+together\b")),
    # ... a forum named for the two it is between: "III Argentina–Brazil Strategic Forum", "Indonesia-Australia Forum"
    ("conference", True, re.compile(r"\b[A-Z][\w’'.]*[–-][A-Z][\w’'.]*(?:\s+[A-Z][\w’'-]*){0,3}\s+Forum\b")),
    # "Working lunch hosted by", "Reception hosted by the Ambassador", "a dinner given by", "dinner in honor of X"
    ("meeting", True, _rx(r"\b(?:(?:working\s+|welcome\s+|official\s+)?(?:lunch|luncheon|dinner|breakfast|reception)"
                          r"\s+" + GIVEN_BY + r"|(?:lunch|luncheon|dinner|breakfast|reception)\s+in\s+"
                          r"hono(?:u)?r\s+of)\b")),
    # "will host a reception in honour of", "gave a dinner for the delegations": a meal someone gives
    ("meeting", True, _rx(r"\b(?:host(?:ed|s|ing)?|g[ai]ve|giving|offer(?:ed|s|ing)?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:reception|dinner|lunch|luncheon|breakfast)\b")),
    # "Arrival of the U.S. Delegation", "arrival in Washington", "arrived at Ninoy Aquino International Airport"; an
    # itinerary's "Arrive Cairo International Airport"
    ("visit", True, _rx(r"\barrival\s+(?:of|in|at)\b|\barriv(?:e|es|ed|ing)\s+at\b|(?-i:\bArrive\s+(?=[A-Z]))")),
    # "holds a joint press availability with", "a press conference with": appearing together
    ("meeting", True, _rx(r"\bjoint\s+press\s+(?:availability|conference)|\bpress\s+(?:availability|conference)\s+with\b")),
    # "called on the Minister", "paid a courtesy call on", "a courtesy call on": a visit to someone's office
    ("meeting", True, _rx(r"\b(?:call(?:ed|s)?\s+on|(?:courtesy\s+)?calls?\s+on)(?=\s+(?:the\s+)?[A-Z])")),
    # "paid a courtesy call to the Minister", "received a courtesy call from the Ambassador": the same, told from
    # either office, with where between ("paid a courtesy call in Arusha on the Vice President")
    ("meeting", True, _rx(r"\bcourtesy\s+calls?\s+(?:[\w.-]+\s+){0,4}?(?:on|to|from|by)(?=\s+(?:the\s+)?[A-Z])")),
    # "addressed the Permanent Council of the OAS", "will address a joint session of Parliament", "will brief members of
    # the UN Security Council": speaking before a body (not "addressed the issue")
    ("meeting", True, _rx(r"\b(?:address(?:ed|es|ing)?|brief(?:ed|s|ing)?\s+members\s+of)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:council|assembly|parliament|"
                          r"congress|senate|legislature|chamber|plenary|joint\s+session)\b")),
    # "phone call", "spoke by phone with", "call with", "video conference"
    # ... "a telephone conversation between the two ministers", "spoke by video link", "held a telephone talk with",
    # "a video meeting": a meeting or talk held over a line
    ("call", True, _rx(r"\b(?:(?:tele)?phone\s+(?:call|conversation|talks?|meeting|discussions?)|"
                       r"video[\s-](?:call|talks?|meeting)|spoke\s+(?:\w+\s+){0,3}?with|by\s+(?:tele)?phone|"
                       r"by\s+video(?:\s*(?:link|conference))?|call\s+with|"
                       r"videoconference|video\s+conference|virtual\s+meeting|(?:meets?|met|meeting)\s+virtually|"
                       r"called)\b")),
    # "visited Kabul", "will travel to", "trip to", "arrived in", "traveled to"
    # not "visit www.state.gov", "please visit our website"
    # not "Visiting Research Fellow, JIIA", "a visiting professor": an academic post
    ("visit", True, _rx(r"\b(?:visit(?:s|ed|ing)?(?!\s+(?:(?:senior\s+)?(?:research\s+)?(?:fellow|professor|scholar|researcher|lecturer|"
                        r"scientist|faculty)s?\b|www\.|https?:|(?:our|the|their)\s+(?:[\w’'-]+\s+){0,3}?(?:web\s*site|page|online)|"
                        r"\S+\.(?:gov|com|org|net|mil)\b))|travel(?:s|ed|led|ing)?\s+(?:\S+\s+){0,6}?to|"
                        r"trip\s+to|arriv(?:e|ed|es|ing)\s+in|toured|fl(?:ew|ies|y|ying)\s+(?:on\s+)?to)\b")),
    # "led a delegation to Hanoi and Jakarta", "headed the U.S. delegation to the talks in Geneva"
    ("visit", True, _rx(r"\b(?:led|leads?|leading|headed|heads?|heading)\s+(?:\S+\s+){0,5}?delegations?\s+"
                        r"(?:\S+\s+){0,12}?to\b(?!\s+(?:discuss|meet|participate|attend|talk|hold|sign|review|"
                        r"explore|advance|address|consult|continue|build|strengthen|deepen|expand|brief)\b)")),
    # "will continue to Manila", "then proceeded to Lusaka", "goes on to Montevideo": the next leg (a place must follow:
    # not "continue to support"; not "head to", which ships, questions and speakers do: "heading to the NATO Summit")
    ("visit", True, re.compile(r"\b(?:(?:[Cc]ontinu(?:e|es|ed|ing)|[Pp]roceed(?:s|ed|ing)?)\s+(?:on\s+)?|(?:goes|went|"
                               r"moves|moved)\s+on\s+)to(?=\s+(?:the\s+)?[A-Z])")),  # (not a briefer's "I want to move on to Iran")
    # "presented her credentials to President X", "presented copies of his credentials": received by the host
    ("meeting", True, _rx(r"\bpresent(?:ed|s|ing)?\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:his|her|their)\s+(?:credentials|"
                          r"letters\s+of\s+credence)\b")),
    # "returned from Jakarta", "departed for Hanoi", "stopped in Tbilisi", "is on travel to", "a tour of", a trip's legs:
    # "her final stop is Accra", "Buenos Aires is the last stop", "the trip opens in Asuncion", "will conclude her trip in Nouakchott"
    ("visit", True, _rx(r"\b(?:return(?:s|ed|ing)?\s+from|depart(?:s|ed|ing)?\s+for|stop(?:s|ped)?\s+in|on\s+travel\s+to|"
                        r"tour\s+of|trips?\s+to|visits?\s+to|(?:first|next|second|third|final|last)\s+stop|"
                        r"(?:trip|tour|visit)\s+(?:open|begin|began|start|end|conclude)(?:s|ed)?\s+in|"
                        r"(?:open|begin|began|start|end|conclude)(?:s|ed|ing)?\s+(?:her|his|their|the)\s+(?:trip|tour|visit|travels?)\s+in)\b")),
    # "will be in Kathmandu May 7-9", "is in Greece November 7-9", "was in Tokyo on Tuesday", "was in London from 8 to
    # 10 June": someone at a place for days the text gives (not "is in force", "was in Geneva's interest": a
    # capitalised place, then a date)
    ("visit", True, re.compile(r"\b(?:is|are|was|were|will\s+be)\s+in(?=\s+(?:[A-Z][\w’'.-]+,?\s+){1,3}?(?:(?:from|on|this|next)\s+)?"
                               r"(?:(?:" + MONTH_NAMES + r")\s+\d|\d{1,2}(?:(?:\s*[-–]\s*|\s+to\s+)\d{1,2})?\s+(?:" + MONTH_NAMES + r")|"
                               + WEEKDAY_NAMES + r"\b|week\b))")),
    # "spent Wednesday and Thursday in Ghana", "will spend two days in Hanoi": a stay (not "spent $5 million in Africa";
    # not "has spent the week in East Africa", the trip its legs tell)
    ("visit", True, _rx(r"\bspen(?:t|ds?|ding)\s+(?:(?:a|an|two|three|four|five|several|few|last|first|and|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?|nights?|weeks?|weekend|morning|afternoon|evening|hours)"
                        r"\s+){1,5}in(?=\s+[A-Z])")),
    # "In Juba from September 15 to 17, she held talks with ...", "In Male, May 13-14, the Assistant Secretary will be
    # received by ...": a stop of a trip, told by its place and days before what was done there
    ("visit", True, re.compile(r"^\s*In\s+(?=(?:[A-Z][\w’'.-]+\s+){0,2}?[A-Z][\w’'.-]+,?\s+(?:from\s+|on\s+)?(?:(?:" + MONTH_NAMES +
                               r")\s+\d|\d{1,2}(?:(?:\s*[-–]\s*|\s+to\s+)\d{1,2})?\s+(?:" + MONTH_NAMES + r")))")),
    # "held calls with", "had a conversation with", "a teleconference with": communication nouns
    # ... and "In a separate conversation, the Secretary and X assessed ...": another call, its people after it
    ("call", True, _rx(r"\b(?:held|had|holds|has|hold)\s+(?:\w+\s+){0,2}?(?:(?:tele)?phone\s+)?"
                       r"(?:calls|conversations?|teleconferences?)\b|\bteleconference\b|"
                       r"\b(?:in|during)\s+(?:a|an)\s+(?:separate|second|later|subsequent|further)\s+(?:(?:tele)?phone\s+)?"
                       r"(?:conversation|call)\b")),
    # "held talks with", "discussions with", "held consultations", "a working dinner with", "an audience with"
    ("meeting", True, _rx(r"\b(?:(?:held|had|holds|hold|conducted)\s+(?:\w+\s+){0,2}?"
                          r"(?:discussions?|talks|meetings?|consultations|negotiations|(?:working\s+)?"
                          r"(?:lunch|dinner|breakfast))|(?:discussions?|conversations?|negotiations|"
                          r"(?:working\s+)?(?:lunch|dinner|breakfast)|audience|roundtables?|round\s+tables?|town\s+halls?|"
                          r"(?:sit|sits|sat|sitting)\s+down)"
                          r"\s+with\b" + WITH_SOMEONE + r")")),
    # "I'll have a chance to see Prime Minister Modi", "saw President X": seeing an office holder is meeting them
    ("meeting", True, re.compile(r"\b(?:see|saw|seeing)\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?(?:Prime\s+Minister|"
                                 + OFFICE_HEADS + r")\b")),
    # "to engage with government officials and civil society", "will consult with Japanese counterparts", "will
    # discuss bilateral issues, as well as ..., with senior government officials"
    # "reviewed regional issues on Thursday with Brazil's Ambassador", "discussed the visit with the EU Special
    # Representative": an office holder talked with
    ("meeting", True, _rx(r"\b(?:(?:engag|consult)(?:e|es|ed|ing|s)?|(?:discuss(?:es|ed|ing)?|review(?:s|ed|ing)?)\s+[^.;:]{3,160}?)"
                          r"\s+with\s+(?:[\w’'-]+\s+){0,3}?(?:officials|leaders|counterparts|ministers?|authorities|representatives?|"
                          r"government|commissioner|secretary|president|envoy|ambassador)\b")),
    # "welcomed Polish Foreign Minister X", "received today the Indian delegation", "hosted his counterpart",
    # "received today the newly appointed Ambassador of Japan":
    # receiving someone, not "welcomed the announcement" (a capitalised word or a delegation must follow)
    # "X was received on 9 June by the Head of Government", "were welcomed by the Minister", "will be received by",
    # "is scheduled to be received at Camp Smith by Admiral X",
    # "were received at the residence of the Swiss Ambassador, X"
    ("meeting", True, _rx(r"\b(?:was|were|is|are|will\s+be|to\s+be|(?:has|have|had)\s+been)\s+(?:(?:also|then|later|warmly|cordially|officially)\s+)?(?:received|welcomed|hosted|greeted)\b"
                          r"(?=(?:[^.;]|(?<=\b[A-Z])\.){0,120}\b(?:by|at\s+the\s+(?:official\s+)?residence\s+of)\b)")),
    # "received today, 9 October 2009, at the Headquarters of the Union, His Excellency Mr. X": a guest of that rank
    # received, with when and where between
    ("meeting", True, re.compile(r"\b(?:[Rr]eceiv(?:ed|es)|[Ww]elcom(?:ed|es)|[Hh]ost(?:ed|s)|[Gg]reet(?:ed|s))\b(?=[^.;]{0,160}?"
                                 r"(?:\b(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|(?:Royal\s+)?Highness)\b|\bH\.\s?E\.))")),
    # "where Ugandan Minister of Foreign Affairs X received him for a discussion", "will receive him tomorrow": one
    # received in person
    ("meeting", True, re.compile(r"\b(?:[Rr]eceiv(?:ed|es|e)|[Ww]elcom(?:ed|es|e)|[Gg]reet(?:ed|s)?)\s+(?:him|her)\b")),
    # "will host Kazakhstan's Minister of Defense", "will receive Angela Merkel", "my pleasure to welcome Foreign
    # Minister X": a name or an office after the bare form (not "will receive Afghan translators")
    ("meeting", True, re.compile(BARE_FORM + r"(?:[Ww]elcome|[Rr]eceive|[Hh]ost)\s+(?:(?:the|his|her|their)\s+)?"
                                 r"(?:[A-Z][\w.-]*(?:['’]s)?\s+){1,3}(?:" + OFFICE_HEADS + r"|[A-Z][\w-]+\b(?!['’]s))|"
                                 + BARE_FORM + r"(?:[Ww]elcome|[Rr]eceive|[Hh]ost)\s+(?:\w+\s+){0,2}(?:delegations?|counterparts?)\b")),
    ("meeting", True, re.compile(r"\b(?:[Ww]elcom(?:ed|es|ing)|[Rr]eceiv(?:ed|es|ing)|[Hh]ost(?:ed|s|ing)|"
                                 r"[Gg]reet(?:ed|s))\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?"
                                 # ... with the site between: "received at Palazzo Baracchini the Minister of ..."
                                 r"(?:at\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?=the\s+[A-Z]))?"
                                 # ... or "received at his office at the Ministry in Riyadh today the newly appointed
                                 # Ambassador", "received in Jeddah Japan's Special Envoy": where, then when, then whom
                                 r"(?:(?:at|in)\s+(?:(?:his|her|their)\s+office\s+)?(?:(?:at|in|of|the|[A-Z][\w’'-]*)\s+){1,10}?"
                                 r"(?:(?:today|yesterday)\s+)?(?=(?:the\s+)?(?:newly|visiting)\b|"
                                 r"[A-Z][\w-]*['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?i:" + OFFICE_HEADS + r")\b))?"
                                 r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:newly[\s-]appointed|visiting)\s+)?(?:(?!(?-i:" + MONTH_NAMES + r")\b)[A-Z]"
                                 r"(?![\w-]*['’]s\b(?!\s+(?:[A-Z][\w-]*\s+){0,3}(?i:" + OFFICE_HEADS + r")\b))"
                                 r"(?![\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s+(?:announcement|decision|statement|commitment|"
                                 r"efforts?|support|pledge|contribution|election|adoption|designation|release|action)\b)|"
                                 r"(?:\w+\s+){0,2}(?:delegations?|counterparts?)\b)")),
    # "received on Wednesday in Tunis Mr. X", "welcomed at the Ministry H.E. Y": when and where between the verb and a guest
    # a courtesy styles
    ("meeting", True, re.compile(r"\b(?:[Rr]eceiv(?:ed|es)|[Ww]elcom(?:ed|es)|[Gg]reet(?:ed|s))(?=\s+(?:on\s+(?:[A-Z][a-z]+|\d{1,2})"
                                 r"(?:\s+(?:[A-Z][a-z]+|\d{1,2}))?,?\s+)?(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?"
                                 r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z]|H\.\s?E\.|(?:His|Her)\s+Excellency))")),
    # "co-chaired the dialogue", "convened the Working Group", "chaired the second round", "X and Y shared the chair"
    # (not the noun: "the two co-chairs travelled to Oslo", "Cambodia's work as 2021 co-chair of the Partnership";
    # not an organiser's credit: "jointly convened by the X Foundation in Istanbul and the Y Institute in Yerevan")
    ("dialogue", True, _rx(r"\b(?:co-?chair(?:ed|ing)|" + NOT_DETERMINED + r"co-?chairs?\b(?!\s+of\b|['’]|\s+(?:will|would|also|"
                           r"then|are|were|have|had|travell?ed|met|said|agreed|noted)\b)|(?:re)?convene(?:s|d)?\b" + ORGANISER + r"|"
                           r"(?:re)?convening|chaired|moderated|shared\s+the\s+chair)\b")),
    # "the next round is scheduled for", "plan to hold the tenth round": a round of talks
    ("conference", True, _rx(r"\b(?:next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                             r"\s+round\b(?!\s+of\s+(?:sanctions|voting|funding|tariffs|cuts|fighting))")),
    # "agreed to expand cooperation", "agreed in principle to establish", "reached agreement on"
    # ("agreed to meet again" is a planned meeting, not an agreement)
    # ("agreed on the importance of", "agreed on the need to" share a view, not an agreement)
    # ("agreed to engage in a dialogue" plans a meeting; "agreed that a settlement would advance growth" and
    # "agreed that the Working Group will meet in May" share a view or plan a meeting: no agreement)
    # ("agreed to encourage all parties to ...", "agreed to urge", "agreed to press for": a shared appeal)
    ("agreement", True, _rx(r"\b(?:agreed\s+(?:an?\s+|the\s+|to(?!\s+(?:meet|hold|convene|reconvene|continue|visit|talk|"
                            r"consult|resume|engage|stay|remain|keep|encourage|urge|call|press|push|appeal|advocate)\b)|(?:on|upon)(?!\s+the\s+(?:importance|need|benefits?|"
                            r"value|significance|centrality|urgency|necessity)\b)|in\s+principle)|reached\s+(?:an\s+)?agreement|"
                            r"agreement\s+(?:was\s+|they\s+)?reached|"
                            r"exchanged\s+(?:\w+\s+)?(?:letters|notes|instruments))\b")),
    # "Co-hosted by A and B", "hosted by the Siam Institute": a report's organisers, no meeting
    # (_rx ignores case: the lookbehind and the institution words hold either case)
    # "met with", "will meet", "meetings held here", "talks", "session", "hosted", "Tête-à-tête between the two
    # Foreign Ministers"; not "meet the needs of", "met the minimum standards", "meeting its commitments": meeting a goal
    # is no gathering
    ("meeting", True, _rx(r"\b(?:(?:met|meet(?:s|ing|ings)?)\b" + MET_GOAL + r"|(?:talks|sessions?|plenary|"
                          r"t[eê]te-[aà]-t[eê]tes?)\b|"
                          r"(?:(?<!co-)hosted|(?<=co-)hosted(?!\s+by))\b" + ORGANISER + ")")),
    # "the U.S. delegation", "delegations"; "The Norwegian participants were led by X": a side's group and who led it
    ("meeting", False, _rx(r"\b(?:delegations?|(?:participants|experts|team|side)\s+(?:was|were)\s+(?:co-?)?(?:led|headed)\s+by)\b")),
    # "A and B performed the exchange at the Ministry": who signed or exchanged the instrument told before
    ("agreement", False, _rx(r"\b(?:performed|carried\s+out|conducted|completed)\s+the\s+exchange\b")),
    # "The ceremony was witnessed by A and by B", "C and D attended as witnesses", "E witnessed the signature": who
    # looks on at the signing told before takes part in it (and signs nothing)
    ("agreement", False, _rx(r"\bwitness(?:ed|es|ing)?\s+(?:by\b|the\s+(?:signing|signature|exchange|ceremony)\b)|"
                             r"\bas\s+witnesses\b")),
    # "The co-chairs were A and B": who chaired the gathering told
    ("dialogue", False, _rx(r"\b(?:co-?chairs|chairs)\s+(?:were|are)\b(?=\s+(?:the\s+)?[A-Z])")),
    # "The Ambassador of Morocco, H.E. X, also participated in the discussions", "Y also took part", "Z
    # accompanied the Secretary", "was accompanied by": one more member of the event told before
    # ... "Joining the minister were X and Y", "I will be joined at the Forum by Z", "W was also present", "V sat in on
    # the American side": who joins, is present at or sits in on it
    ("meeting", False, _rx(r"\b(?:(?:also\s+)?(?:participat(?:ed|ing)|t(?:ook|aking)\s+part|attend(?:ed|ing))|accompanied|"
                           r"accompanying|joining|joined\s+(?:[\w-]+\s+){0,6}?by|(?:was|were)\s+(?:also\s+)?present|sat\s+in)\b")),
    # "X opened the second day with a briefing", "Y addressed the plenary", "Z closed the proceedings": who
    # opens, addresses or closes a part of the gathering told before takes part in it
    ("meeting", False, _rx(r"\b(?:opened|closed|addressed)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:day|session|meeting|"
                           r"dialogue|conference|seminar|proceedings|discussions?|workshop|forum|plenary|symposium)\b")),
    # "X and Y presented papers", "Z served as discussant": a session's speakers, in the sentences after it
    # "Presentations were made by A and B", "papers were presented by C"
    ("conference", False, _rx(r"\b(?:presentations|papers|remarks)\s+were\s+(?:made|presented|delivered|given)\s+by\b")),
    # "presented contrasting views on", "offered an American response", "a keynote address by X"
    # "X of the RAND Corporation presented on coalition operations", "Y spoke on export controls"
    ("conference", False, _rx(r"\b(?:presented|spoke|commented|reported|lectured)\s+(?:on|about)\b(?!\s+(?:the\s+)?(?:phone|telephone)\b)")),
    ("conference", False, _rx(r"\b(?:(?:presented|offered|gave|delivered)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:papers?|presentations?|findings|remarks|briefings?|views|perspectives?|responses?|"
                              r"assessments?|analys[ie]s|overviews?|keynotes?|commentary|comments)|presented\s*[.;]|"
                              r"keynote\s+(?:address|speech|remarks)\s+by|"
                              r"(?:(?:served|acted)\s+as|was|were)\s+(?:the\s+|a\s+)?(?:discussants?|moderator|rapporteur))")),
    # "Chair: Dr. X.", "Presenters: A and B": a session's people on a label of their own, after it
    ("conference", False, re.compile(r"(?:^|(?<=[.;]\s))(?:(?:Lead|Keynote|Guest|Main|Opening|Closing)\s+)?"
                                     r"(?:Co-?[Cc]hairs?|Chair(?:man|person)?|Presenters?|Discussants?|"
                                     r"Moderators?|[Ss]peakers?|Rapporteurs?|Panell?ists?|Respondents?):")),
    # "joint statement", "issued a statement"
    # (not "a joint declaration of intent": an instrument signed, as a memorandum is)
    ("statement", True, _rx(r"\b(?:joint\s+statement|issued\s+a\s+statement|joint\s+declaration(?!\s+of\s+intent))\b")),
    # a communiqué told as adopted or issued (not one named as a title: "Joint Communiqué of the Twelfth Session")
    ("statement", True, _rx(r"\b(?:(?:adopted|issued|released)\s+(?:a|the|this)\s+joint\s+communiqu[eé]|"
                            r"joint\s+communiqu[eé]\s+(?:was|is|were)\s+(?:adopted|issued|released))\b")),
    # "announced", "unveiled"
    ("announcement", True, _rx(r"\b(?:announc(?:ed|es|ing)|unveil(?:ed|s))\b")),
)
# "The Washington meetings", "the Pakistan session": a place right before a trigger noun.
TRIGGER_NOUNS = _rx(r"^(?:meetings?|sessions?|talks|visit|dialogue|conference|summit)")


HOSTED_BY = re.compile(r"(?i)(?:co-)?hosted\s+by\b")
OF_THE_GATHERING = re.compile(r"[^,;.:]{0,80}")  # no clause break between a gathering's noun and "hosted by"


def find_triggers(text: str, offset: int = 0) -> list[Trigger]:
    """Triggers in a sentence, left to right; adjacent ones ("dialogue meetings") become one.

    >>> [t.type for t in find_triggers("Cohen and Tokpakbayev signed the plan at a Pentagon ceremony.")]
    ['agreement']
    >>> [t.text for t in find_triggers("He will attend it to highlight support for continued dialogue and a dialogue.")]
    ['dialogue']
    >>> [t.text for t in find_triggers("He joined a ministerial meeting on July 25 hosted by Minister Ruiz.")]
    ['ministerial meeting']
    >>> [t.text for t in find_triggers("They met for an hour in the secretary's conference room.")]
    ['met']
    """
    found: list[Trigger] = []
    for kind, strong, pattern in TRIGGER_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < t.end - offset and t.start - offset < m.end() for t in found):
                continue
            if no_event(text, m, kind, gathering=kind in GATHERINGS - {"statement"}):
                continue
            found.append(Trigger(m.start() + offset, m.end() + offset, m.group(0), kind, strong))
    found.sort(key=lambda t: t.start)
    merged: list[Trigger] = []
    for t in found:
        if merged and HOSTED_BY.match(text, t.start - offset) and merged[-1].strong and merged[-1].type in GATHERINGS and \
                OF_THE_GATHERING.fullmatch(text, merged[-1].end - offset, t.start - offset):
            continue  # "a ministerial meeting from July 25 to July 26 hosted by X": the gathering's host, no meeting of its own
        if merged and t.start - merged[-1].end <= 2:
            prev = merged[-1]
            kind = min(prev.type, t.type, key=TYPE_PRIORITY.index) if prev.strong and t.strong else \
                (prev.type if prev.strong else t.type)
            merged[-1] = Trigger(prev.start, t.end, text[prev.start - offset:t.end - offset], kind,
                                 prev.strong or t.strong)
        else:
            merged.append(t)
    return merged


def compatible_types(a: str, b: str) -> bool:
    """Whether two mentions' types can describe one event (a call is never a visit)."""
    if a == b:
        return True
    return a in GATHERINGS and b in GATHERINGS


def may_belong(a: str, b: str) -> bool:
    """Whether an event of type `a` can be part of, or the same as, one of type `b` (a signing
    during a visit, the talks of a dialogue): every gathering with every other, never a call."""
    return a == b or (a in PART_OF and b in PART_OF)


def stronger_type(a: str, b: str) -> str:
    return min(a, b, key=TYPE_PRIORITY.index)
