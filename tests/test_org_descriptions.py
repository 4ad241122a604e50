"""A body a text describes in lower case is the one name of the store holding its words
(ledger/known.py), as the ledger types the sources of its claims."""

from __future__ import annotations

from sitrep.ledger.known import org_acronyms


def test_a_body_described_in_lower_case_is_the_one_the_store_names():
    names = ["Port of Gdynia Authority", "Port of Gdansk Authority", "port authority",
             "Gdansk port authority", "authorities", "NIS", "National Intelligence Service"]
    aliases = org_acronyms(names)
    assert aliases["Gdansk port authority"] == "Port of Gdansk Authority"
    assert "port authority" not in aliases  # two ports in the store: which is not told
    assert "authorities" not in aliases  # one word describes any government
    assert aliases["NIS"] == "National Intelligence Service"
    assert org_acronyms(names[1:])["port authority"] == "Port of Gdansk Authority"
