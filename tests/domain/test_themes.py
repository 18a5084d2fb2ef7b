"""Theme tagging on short texts: acronyms and expansions, case, misspellings, negatives, spans and weights."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from entente.extract.themes import ThemeTags, load_taxonomy, rollup_weights, tag_themes
from entente.taxonomy import parse_taxonomy


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


@pytest.fixture(autouse=True)
def shipped_taxonomy(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests describe the shipped taxonomy, whatever a developer's ENTENTE_THEMES says."""
    monkeypatch.delenv("ENTENTE_THEMES", raising=False)


def tags_of(nlp: Language, text: str) -> ThemeTags:
    return tag_themes(nlp(text))


def matches(tags: ThemeTags, theme: str) -> list[str]:
    return [m.match for m in tags.mentions if m.theme == theme]


# (text, theme, the words reported as the match)
POSITIVES: list[tuple[str, str, str]] = [
    # ctr: acronym, expansion in any case, dashes, program phrases
    ("The CTR agreement was extended.", "ctr", "CTR"),
    ("They signed two CTRs.", "ctr", "CTRs"),
    ("Cooperative Threat Reduction continues.", "ctr", "Cooperative Threat Reduction"),
    ("cooperative threat reduction continues.", "ctr", "cooperative threat reduction"),
    ("COOPERATIVE THREAT REDUCTION CONTINUES.", "ctr", "COOPERATIVE THREAT REDUCTION"),
    ("Nunn–Lugar funds arrived.", "ctr", "Nunn–Lugar"),
    ("They expanded biological threat reduction activities.", "ctr", "threat reduction activities"),
    ("A CTR-funded lab opened.", "ctr", "CTR"),
    # kerry-lugar: names, misspelling, dashes, act titles, bill numbers
    ("The Kerry-Lugar Bill passed the Senate.", "kerry-lugar", "Kerry-Lugar"),
    ("From their view, the Kerry-Luger Bill failed.", "kerry-lugar", "Kerry-Luger"),
    ("The Kerry Lugar bill is law.", "kerry-lugar", "Kerry Lugar"),
    ("The Kerry–Lugar–Berman act is law.", "kerry-lugar", "Kerry–Lugar–Berman"),
    ("It is the Enhanced Partnership with Pakistan Act of 2009.", "kerry-lugar",
     "Enhanced Partnership with Pakistan Act"),
    ("The Senate passed S.1524 in September.", "kerry-lugar", "S.1524"),
    ("The Senate passed S. 1707 in September.", "kerry-lugar", "S. 1707"),
    # af-pak: spellings, places, both countries in one sentence
    ("The Af-Pak strategy was announced.", "af-pak", "Af-Pak"),
    ("The AfPak strategy was announced.", "af-pak", "AfPak"),
    ("The AFPAK cell met.", "af-pak", "AFPAK"),
    ("The Af–Pak strategy was announced.", "af-pak", "Af–Pak"),
    ("Sanctuaries in FATA persist.", "af-pak", "FATA"),
    ("The Pakistani Taliban attacked.", "af-pak", "Pakistani Taliban"),
    ("Troops left Afghanistan while Pakistan watched.", "af-pak", "Afghanistan"),
    ("Pakistan fears instability in Afghanistan.", "af-pak", "Pakistan"),
    # nuclear-security: treaties, summit, nuclear + noun
    ("Pakistan should sign the CTBT.", "nuclear-security", "CTBT"),
    ("Talks on a Fissile Material Cut-off Treaty stalled.", "nuclear-security",
     "Fissile Material Cut-off Treaty"),
    ("The NPT review conference opens in May.", "nuclear-security", "NPT"),
    ("Leaders attended the Nuclear Security Summit.", "nuclear-security", "Nuclear Security Summit"),
    ("They worried about nuclear weapons.", "nuclear-security", "nuclear weapons"),
    ("It lowered its nuclear threshold.", "nuclear-security", "nuclear threshold"),
    # nonproliferation
    ("They discussed weapons of mass destruction.", "nonproliferation", "weapons of mass destruction"),
    ("WMD security was raised.", "nonproliferation", "WMD"),
    ("Pakistan implemented export controls.", "nonproliferation", "export controls"),
    ("Non-proliferation was on the agenda.", "nonproliferation", "Non-proliferation"),
    # counterterrorism
    ("Al-Qaeda leaders fled.", "counterterrorism", "Al-Qaeda"),
    ("Al Qaeda leaders fled.", "counterterrorism", "Al Qaeda"),
    ("COIN operations strained the army.", "counterterrorism", "COIN"),
    ("Violent extremists recruit in madrassas.", "counterterrorism", "extremists"),
    ("Militants crossed the border.", "counterterrorism", "Militants"),
    ("ISIS claimed the attack.", "counterterrorism", "ISIS"),
    # defense-cooperation: dialogues, reform, exercises, training in a military sense
    ("They reviewed defence cooperation.", "defense-cooperation", "defence cooperation"),
    ("The Defense Working Group met in Rawalpindi.", "defense-cooperation", "Defense Working Group"),
    ("They agreed to expand defense reform.", "defense-cooperation", "defense reform"),
    ("Military-to-military contacts grew.", "defense-cooperation", "Military-to-military"),
    ("They held joint exercises.", "defense-cooperation", "joint exercises"),
    ("The U.S. funds military training.", "defense-cooperation", "training"),
    ("Training of army officers will expand.", "defense-cooperation", "Training"),
    ("IMET slots doubled.", "defense-cooperation", "IMET"),
    ("Both sides seek a broader defense relationship.", "defense-cooperation", "defense relationship"),
    # india-factor
    ("The U.S.-India relationship is growing.", "india-factor", "India"),
    ("Indian influence in Kabul grew.", "india-factor", "Indian"),
    ("Tensions over Kashmir rose.", "india-factor", "Kashmir"),
    ("The Cold Start doctrine worries Pakistan.", "india-factor", "Cold Start"),
    # peacekeeping
    ("KAZBAT deployed to Iraq.", "peacekeeping", "KAZBAT"),
    ("Peacekeepers arrived in Mali.", "peacekeeping", "Peacekeepers"),
    # economic-assistance
    ("Congress approved $7.5 billion in civilian aid.", "economic-assistance", "civilian aid"),
    ("The package adds $500 million of assistance.", "economic-assistance", "assistance"),
    ("USAID opened a mission.", "economic-assistance", "USAID"),
    ("Foreign assistance rose.", "economic-assistance", "Foreign assistance"),
    # border-security
    ("They trained border guards.", "border-security", "border guards"),
    ("Both proposed border security initiatives.", "border-security", "border security"),
    # governance
    ("Reform of law enforcement is needed.", "governance", "law enforcement"),
    ("The judiciary is overloaded.", "governance", "judiciary"),
    ("They stressed the rule of law.", "governance", "rule of law"),
    # broader themes for State Department and DoD releases
    ("They discussed climate change.", "climate", "climate change"),
    ("Climate finance was pledged.", "climate", "Climate finance"),
    ("Bilateral trade doubled.", "trade", "Bilateral trade"),
    ("They raised human rights concerns.", "human-rights", "human rights"),
    ("The U.S. donated COVID-19 vaccines.", "health", "COVID-19; vaccines"),
    ("Energy security was discussed.", "energy", "Energy security"),
    ("Free and fair elections are due.", "democracy", "Free and fair; elections"),
    ("Refugees need shelter.", "humanitarian", "Refugees"),
    ("Ransomware attacks rose.", "cybersecurity", "Ransomware"),
    ("They defended freedom of navigation.", "maritime-security", "freedom of navigation"),
    ("Drug trafficking finances militants.", "counternarcotics", "Drug trafficking"),
]


@pytest.mark.parametrize(("text", "theme", "match"), POSITIVES)
def test_theme_is_found_with_its_words(nlp: Language, text: str, theme: str, match: str) -> None:
    assert matches(tags_of(nlp, text), theme) == [match]


# (text, theme that must not be found): lowercase acronyms, ordinary senses of theme words
NEGATIVES: list[tuple[str, str]] = [
    ("Press ctr and click to continue.", "ctr"),
    ("The CTRL key is stuck.", "ctr"),
    ("The Defense Threat Reduction Agency hosted the talks.", "ctr"),
    ("The coin was minted in 1999.", "counterterrorism"),
    ("The fleet patrols the Indian Ocean.", "india-factor"),
    ("Officials met American Indian tribal leaders.", "india-factor"),
    ("Troops returned to the Democratic Republic of the Congo.", "democracy"),
    ("The Syrian Democratic Forces held the town.", "democracy"),
    ("Officers completed professional military education.", "governance"),
    ("Staff attended a training on spreadsheets.", "defense-cooperation"),
    ("The climate working group met on Tuesday.", "defense-cooperation"),
    ("ISAF stands for International Security Assistance Force.", "defense-cooperation"),
    ("The political climate remains feeble.", "climate"),
    ("There are trade-offs in any budget.", "trade"),
    ("More reforms are in the pipeline.", "energy"),
    ("Pakistan is a nascent nuclear power.", "energy"),
    ("The International Atomic Energy Agency inspected the site.", "energy"),
    ("The U.S. announced $5 million in humanitarian assistance.", "economic-assistance"),
    ("Afghanistan held elections.", "af-pak"),
    ("Lugar and Kerry spoke separately.", "kerry-lugar"),
]


@pytest.mark.parametrize(("text", "theme"), NEGATIVES)
def test_ordinary_senses_do_not_count(nlp: Language, text: str, theme: str) -> None:
    assert matches(tags_of(nlp, text), theme) == []


def test_one_mention_per_sentence_lists_distinct_words(nlp: Language) -> None:
    tags = tags_of(nlp, "Cooperative Threat Reduction (CTR) continued, and CTR grew.")
    assert [(m.theme, m.match) for m in tags.mentions] == [("ctr", "Cooperative Threat Reduction; CTR")]


def test_longer_match_hides_the_shorter_one_inside_it(nlp: Language) -> None:
    tags = tags_of(nlp, "Leaders attended the nuclear security summit.")
    assert matches(tags, "nuclear-security") == ["nuclear security summit"]


def test_mention_spans_its_sentence(nlp: Language) -> None:
    text = "The talks opened.  The CTR agreement was extended. Trade was not discussed."
    doc = nlp(text)
    (mention,) = [m for m in tag_themes(doc).mentions if m.theme == "ctr"]
    assert mention.text == "The CTR agreement was extended."
    assert text[mention.start:mention.end] == mention.text


def test_weights_are_shares_of_mentioning_sentences(nlp: Language) -> None:
    tags = tags_of(nlp, "CTR grew. CTR and CTR again. Bilateral trade doubled.")
    assert tags.weights == pytest.approx({"ctr": 2 / 3, "trade": 1 / 3})
    assert sum(tags.weights.values()) == pytest.approx(1.0)
    assert tags.ranked()[0][0] == "ctr"


def test_text_without_themes_has_no_weights(nlp: Language) -> None:
    tags = tags_of(nlp, "The weather was fine. Lunch was served at noon.")
    assert tags.mentions == () and tags.weights == {}


def test_empty_document(nlp: Language) -> None:
    assert tags_of(nlp, "") == ThemeTags(mentions=(), weights={})


def test_document_without_sentences_is_one_sentence() -> None:
    text = "The CTR agreement was extended. Trade grew."
    tags = tag_themes(spacy.blank("en")(text))
    assert [(m.theme, m.start, m.end) for m in tags.mentions] == [
        ("ctr", 0, len(text)), ("trade", 0, len(text))]


def test_events_inherit_themes_of_overlapping_sentences(nlp: Language) -> None:
    text = "Kerry-Lugar passed. The CTR talks stalled. Refugees fled."
    tags = tags_of(nlp, text)
    ctr_start = text.index("CTR")
    assert tags.themes_in(ctr_start, ctr_start + 3) == ("ctr",)
    assert tags.themes_in(0, ctr_start + 3) == ("kerry-lugar", "ctr")
    assert tags.themes_in(len(text), len(text) + 5) == ()


def test_broad_theme_gathers_its_children(nlp: Language) -> None:
    tags = tags_of(nlp, "CTR grew. WMD matters. The CTBT stalled. Trade rose.")
    taxonomy = load_taxonomy()
    rolled = rollup_weights(tags.weights, taxonomy)
    assert rolled["nonproliferation"] == pytest.approx(0.75)
    assert rolled["trade"] == pytest.approx(0.25)


USER_TAXONOMY = r"""
[themes.space]
label = "Space"
aliases = ["outer space", "space station"]
acronyms = ["NASA"]
patterns = ['(?i)\b(?P<match>launch(?:es)?)\b(?=.*\brocket)']
exclude = ["space station cafeteria"]
"""


def test_user_taxonomy_tags_without_code_changes(nlp: Language) -> None:
    taxonomy = parse_taxonomy(USER_TAXONOMY, name="user.toml")
    doc = nlp("NASA visited the space stations. Two launches used a rocket. "
              "Nasa and the space station cafeteria were closed.")
    tags = tag_themes(doc, taxonomy=taxonomy)
    assert [m.match for m in tags.mentions] == ["NASA; space stations", "launches"]
    assert tags.weights == {"space": 1.0}
