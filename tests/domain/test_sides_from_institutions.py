"""Sides a track-1.5 report gives only through institutions (issue 12): "Dr. X, Research Professor at FLACSO
Peru" and "Dr. Y of the Universidad Nacional del Altiplano de Puno" are of the country the institution names or
stands in, also when the tagger misses the name and a courtesy title finds it; and the first word of a body's name
("Universidad" of "the Universidad Mayor de San Andrés", also a town in Spain) is no venue."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

REPORT = """CENTRO DE ESTUDIOS – INSTITUTO DE ESTUDIOS PERUANOS

Peru–Bolivia Lake Titicaca Dialogue (Track 1.5)
Third Meeting, La Paz, 14–15 April 2031

The third meeting of the Peru–Bolivia Lake Titicaca Dialogue was held in La Paz on 14 and 15 April 2031. It was \
co-chaired by Dr. Rosa Elvira Quispe Mamani, Professor of Economics at the Universidad Mayor de San Andrés Bolivia, \
and Dr. Esteban Villacís Huanca, Research Professor at FLACSO Peru. Some twenty participants attended.

Session 1: Water quality
Dr. Marco Antonio Condori Apaza of the Universidad Nacional del Altiplano de Puno presented.
"""


def test_the_co_chairs_and_the_presenter_take_their_institutions_countries(nlp) -> None:
    events = _extract(nlp, REPORT, "2031-04-20")
    (dialogue,) = [e for e in events if e.type == "dialogue"]
    assert (dialogue.start, dialogue.end, dialogue.location and dialogue.location.name) == \
        ("2031-04-14", "2031-04-15", "La Paz")
    assert _sides(dialogue) == {"Rosa Elvira Quispe Mamani": "BO", "Esteban Villacís Huanca": "PE",
                                "Marco Antonio Condori Apaza": "PE"}
    assert not [e for e in events if e.location and e.location.name == "Universidad"]
