"""The fields of a figure in German and Ukrainian news that the rule reader once got wrong
while finding the figure itself: the thing counted said by an idiom, and who stands behind
a figure or when it was said.

Every text here is written for these tests: fictional officials and events, real places.
"""

from __future__ import annotations

from datetime import date

from foreign_lookup import figure_of

PUBLISHED = date(2026, 3, 9)


def measure_of(text: str, lang: str, evidence: str) -> str | None:
    return figure_of(text, lang, evidence, PUBLISHED).measure


def test_de_ums_leben_kommen_counts_the_dead():
    assert measure_of("Bei dem Grubenunglück in Bochum sind 14 Menschen ums Leben gekommen.",
                      "de", "14") == "killed"
    assert measure_of("Nach Schätzungen der Behörde könnten bis zu 900 Menschen ums Leben "
                      "gekommen sein.", "de", "900") == "killed"
    assert measure_of("In der Nacht kamen in Leipzig sieben Menschen ums Leben.",
                      "de", "sieben") == "killed"


def test_de_leben_alone_counts_no_dead():
    assert measure_of("In Leipzig leben 600.000 Menschen.", "de", "600.000") != "killed"
