"""A count that the words around it name better than the words after it: "two more
died" (the deaths), "the death toll has risen to 93" (the toll), "a magnitude 6 quake".

Why apart from :mod:`.figure_values`: the finder reads what comes after a number; these
rules read the predicate and the subject around it (see :mod:`.figure_predicates`), for
single values only.
"""

from __future__ import annotations

import re

from .figure_increments import skip_word_after
from .figure_number_of import number_of
from .figure_partitives import partitive_told, whole_of_part
from .figure_predicates import predicates, with_state
from .figure_words import figure_words


def told_around(lang: str, folded: str, m: re.Match[str], value: float,
                after: tuple[str | None, int]) -> tuple[str | None, str | None, int] | None:
    """(measure, unit, end) when the words around the number say what it counts better
    than the words after it, else None; ``after`` is (the measure read after the number,
    where it ends), ``folded`` the text in lower case."""
    told = predicates(lang)
    measure, end = after
    if value <= 10 and told.magnitude(folded, m.start("num"), m.end()):
        return told.magnitude_word, None, m.end()
    if measure and (told.is_auxiliary(measure.split()[0]) or told.opens_state(
            folded, m.end(), measure)):
        measure, end = None, m.end()  # "270 remain missing", "ten lost their lives": a
        # predicate, not what is counted
    if taken := told.lives_taken(folded, m.start(), measure):
        return taken, None, end  # "claimed 27 lives": the dead
    if not measure and (part := partitive_told(lang, folded, m)):
        return part[0], None, part[1]  # "Of the 40 hostages, 12 have been freed"
    if measure and not told.counts_people(measure):
        fate = told.thing_fate(folded, m.start(), end)  # "intercepted 40 drones"
        return (with_state(measure, fate), None, end) if fate and (
            measure.split()[-1].lower() not in figure_words(lang).abstract_nouns) else None
    if lived := told.population_of(folded, m.start(), measure):  # "home to 15 million people"
        return lived, None, end
    if (not measure or measure.split()[0].lower() in told.generic) and (
            body := told.collective_before(folded, m.start())):  # "a population of 40,000"
        return body, None, end if measure else m.end()
    if told.excepted and told.excepted.search(folded, max(0, m.start() - 20), m.start()):
        return None  # "all but four have been released": four were not
    if whole_of_part(lang, folded, m.start()):
        return None  # "most of the 300 passengers were rescued": the whole, not the part
    happened = told.happened(folded, end if measure else skip_word_after(
        folded, m.end(), lang), m.start())  # "two more died"
    if happened:
        return (f"{measure} {happened}" if measure else happened), None, \
            end if measure else m.end()
    if done := told.done_before(folded, m.start()):  # "killed 12 (people)", "arresting 35"
        return with_state(measure, done), None, end if measure else m.end()
    # "the death toll has risen to 93", "the death toll surpassed 3,000 (people)"
    total = told.named_before(folded, m.start()) or (
        m.group("qual") and told.named_before(folded, m.start("num")))
    if total:
        return (f"{measure} {total}" if measure else total), None, \
            end if measure else m.end()
    # "the number of ships waiting rose to 31": what the total names is counted
    rule = number_of(lang)
    if not measure and rule is not None and (counted := rule.counted(folded, m.start()) or (
            m.group("qual") and rule.counted(folded, m.start("num")))):
        return counted, None, m.end()
    return None
