"""A host ministry's programme laid out as a table (abbreviated day headings, a venue column, an "Official party:"
list of the guest's people), a readout whose delegation list is introduced by the one it accompanies, and a minister's
release that quotes him on the agreement he signed (issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

PROGRAMME = (
    "MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF FINLAND\n"
    "Protocol Services — 3 May 2032\n\n"
    "OFFICIAL VISIT TO FINLAND BY H.E. MS. ANA LUÍSA FERRAZ,\n"
    "MINISTER OF FOREIGN AFFAIRS OF THE PORTUGUESE REPUBLIC\n"
    "Helsinki, 10–11 May 2032\n\n"
    "Minister of Foreign Affairs Ana Luísa Ferraz will visit Finland from 10 to 11 May 2032 at the invitation of "
    "Minister for Foreign Affairs Eero Salminen.\n\n"
    "Official party: H.E. Ms. Ana Luísa Ferraz; Mr. Tiago Moura Reis, Ambassador to Finland; Ms. Inês Carvalho, "
    "Director-General for European Affairs.\n\n"
    "DATE / TIME     PROGRAMME                                              VENUE\n"
    "--------------  -----------------------------------------------------  ----------------------\n"
    "MON 10 MAY\n"
    "15:20           Arrival by TP 1298                                     Helsinki Airport\n"
    "19:00–21:00     Dinner hosted by State Secretary Mikko Hakala          Hotel Kämp\n\n"
    "TUE 11 MAY\n"
    "09:30–10:00     Courtesy call on Prime Minister Liisa Rautio             Government Complex Helsinki\n"
    "10:30–12:00     Talks with Minister for Foreign Affairs Eero Salminen  Ministry, Room 3\n"
    "14:00           Departure                                              Helsinki Airport\n"
)


def test_a_tables_lines_are_dated_by_its_abbreviated_day_headings(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2032-05-03")
    dated = {e.start[:10] for e in events if e.type == "meeting"}
    assert dated == {"2032-05-10", "2032-05-11"}  # (not the programme's own date, 3 May)
    call = next(e for e in events if e.type == "meeting" and "Liisa Rautio" in _sides(e))
    assert call.start.startswith("2032-05-11T09:30")


def test_a_name_ends_where_a_tables_next_column_starts(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2032-05-03")
    names = {p.name for e in events for p in e.participants}
    assert "Liisa Rautio" in names and not any("Complex" in n or "Room" in n for n in names)


def test_the_guest_and_the_official_party_are_of_the_guests_side_not_the_hosts(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2032-05-03")
    visit = next(e for e in events if e.type == "visit")
    assert _sides(visit) == {"Ana Luísa Ferraz": "PT", "Tiago Moura Reis": "PT", "Inês Carvalho": "PT",
                             "Eero Salminen": "FI"}
    talks = next(e for e in events if e.type == "meeting" and "Eero Salminen" in _sides(e))
    assert _sides(talks) == {"Ana Luísa Ferraz": "PT", "Eero Salminen": "FI"}


READOUT = (
    "Readout of the Fourth Canada-Chile Defence Consultations\n\n"
    "SANTIAGO, Chile, April 4, 2029 --\n\n"
    "The Fourth Canada-Chile Defence Consultations were held April 2-3 at the Ministry of National Defence in "
    "Santiago. The Canadian delegation was led by Assistant Deputy Minister for Policy Claire Dubois-Morin; the "
    "Chilean delegation was headed by Rear Admiral Felipe Arancibia Soto, Chief of Staff of the Joint Staff.\n\n"
    "The Canadian delegation also included:\n"
    "- Colonel Mark Tessier, Director, Western Hemisphere Policy\n"
    "- Ms. Janet Okafor, Defence Attaché, Embassy of Canada\n\n"
    "Accompanying Rear Admiral Arancibia were:\n"
    "- Captain Rodrigo Valenzuela Pino, Director of International Affairs\n"
    "- Ms. Carolina Ibáñez Rojas, Head of the Cooperation Division\n\n"
    "The two sides reviewed peacekeeping training and Antarctic logistics.\n"
)


def test_those_accompanying_a_head_of_delegation_are_of_his_side(nlp) -> None:
    talks = next(e for e in _extract(nlp, READOUT, "2029-04-04") if e.type == "dialogue")
    assert _sides(talks) == {"Claire Dubois-Morin": "CA", "Felipe Arancibia Soto": "CL", "Mark Tessier": "CA",
                             "Janet Okafor": "CA", "Rodrigo Valenzuela Pino": "CL", "Carolina Ibáñez Rojas": "CL"}


RELEASE = (
    "Ministry of Defence of Finland\nPress Release\n\n"
    "Minister of Defence Antti Lehtonen signed a Memorandum of Understanding on Defence Industry Cooperation with "
    "Polish Minister of National Defence Jan Nowicki in Warsaw on Tuesday.\n\n"
    "\"The agreement we signed in Warsaw opens a new chapter for our industries,\" Minister Lehtonen said.\n"
)


def test_a_quoted_remark_on_the_agreement_signed_is_no_second_signing_and_no_title(nlp) -> None:
    signings = [e for e in _extract(nlp, RELEASE, "2030-06-13") if e.type == "agreement"]
    assert len(signings) == 1 and "chapter" not in signings[0].title
    assert _sides(signings[0]) == {"Antti Lehtonen": "FI", "Jan Nowicki": "PL"}



def test_a_tete_a_tete_on_a_programme_is_a_meeting_at_its_time(nlp) -> None:
    text = ("PROGRAMME\n\nOFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF THE KINGDOM OF SAUDI ARABIA TO PAKISTAN\n"
            "(14–15 April 2033)\n\nDAY 1: WEDNESDAY, 14 APRIL 2033\n\n"
            "1500-1530     Tête-à-tête between the two Foreign Ministers\n"
            "              Venue: Ministry of Foreign Affairs\n")
    assert [e.start for e in _extract(nlp, text, "2033-04-10") if e.type == "meeting"] == ["2033-04-14T15:00"]
