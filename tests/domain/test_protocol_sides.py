"""A commission's protocol lists each side's people after "From the Norwegian side the session was attended by:"
(issue 12): they take that side, whatever embassy or city their line names; and a ministry's portfolio ("Ministry of
Natural Resources and Ecology") is no one."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

PROTOCOL = """Protocol of the 14th Session of the Joint Russian–Norwegian Commission on Environmental Protection
Oslo, 9–10 October 2030

The 14th session of the Joint Russian–Norwegian Commission on Environmental Protection was held in Oslo on 9–10 October 2030.

From the Norwegian side the session was attended by: Mr. Ola Nordby, State Secretary, Ministry of Climate and Environment (co-chair); Ms. Kari Hegge, Director General, Norwegian Environment Agency; Mr. Lars Eriksen, Counsellor, Royal Norwegian Embassy in Moscow.

From the Russian side the session was attended by: Mr. Sergei Volkov, Deputy Minister of Natural Resources and Ecology (co-chair); Ms. Olga Petrova, Head of Department, Ministry of Natural Resources and Ecology; Mr. Dmitry Sokolov, Counsellor, Embassy of the Russian Federation in Oslo.
"""


def test_each_side_listed_after_from_the_side_takes_that_side(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=PROTOCOL, published="2030-10-10"), nlp=nlp)
    assert "Natural Resources" not in {p.name for p in doc.people}
    sides = {p.name: p.side for e in doc.events for p in e.participants}
    assert sides["Ola Nordby"] == "NO" and sides["Sergei Volkov"] == "RU"
    assert sides["Olga Petrova"] == "RU" and sides["Dmitry Sokolov"] == "RU"
    assert sides["Lars Eriksen"] == "NO"  # Norway's embassy, though in Moscow
