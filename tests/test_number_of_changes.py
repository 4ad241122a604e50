"""A value after "the number of X ... rose to" counts X, whatever word follows the value and
however small it is."""

from datetime import date

from sitrep.extract import extract_text


def counted(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.low, f.measure) for f in extract_text(text, date(2026, 4, 16)).figures]


def test_the_number_of_things_that_rose_to_a_value_is_its_measure():
    assert counted("The number of evacuees rose to 2,400 overnight.") == [(2400.0, "evacuees")]
    assert counted("The number of ships waiting to enter the port rose to 31 on Thursday, "
                   "the port authority said.") == [(31.0, "ships")]
    assert counted("The number of lorries queuing at the border fell to 85 by noon.") == [
        (85.0, "lorries")]


def test_a_small_value_far_from_any_number_of_phrase_is_still_no_figure():
    assert counted("The number of ships was discussed at length by the harbour council on "
                   "Monday, and 31 spoke.") == []
    assert counted("Talks resumed at 9 on Thursday.") == []
