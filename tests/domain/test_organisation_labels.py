"""An organisation's side reads as its name where its code is no name anyone writes (a roster's "AUC" heading is the
African Union's); codes people write ("NATO", "EU") and countries read as before."""

from __future__ import annotations

from entente.labels import country_name


def test_an_organisation_code_no_one_writes_reads_as_its_name() -> None:
    assert country_name("AUC") == "African Union"
    assert country_name("LAS") == "Arab League"
    assert (country_name("NATO"), country_name("EU"), country_name("MW")) == ("NATO", "EU", "Malawi")
