"""Counts of people still in hospital, and of those discharged, in a language read by rules.

Why: after an attack or a disaster the health authorities give, day by day, how many of
the injured remain in hospital ("в больницах остаются 92 пострадавших", "69 остаются в
стационарах", "80 Verletzte liegen in Kliniken"). That count falls as patients leave, so it
is not the count of everyone hurt: read as "injured" it makes a falling series of the
injured that no source said, and hides the real series of those in hospital. The English
ledger reads such a sentence as "in hospital"; here the clause around the value says it:
a hospital named in it makes the count "in hospital", a word of discharge ("выписаны из
больниц", "entlassen") makes it "discharged". Only a count of people, of the injured, or
of people "located" somewhere is read so: the dead taken to a hospital are still the dead.
A word of a patient's condition ("тяжёлое", "средней тяжести") makes it a count of those
in that condition ("состояние 22 пострадавших оценивают как тяжёлое, 43 — средней
тяжести"), a part of the injured, not their total: read as "injured", the 22 would
disagree with the 121 injured the same day.
The victims ("Opfer", "жертвы"), read as the dead when nothing else is said, are patients
when the clause puts them in a hospital ("80 weitere Opfer liegen in Kliniken"): the dead
lie in no ward. The words live in ``measures.json`` (``hospital``: ``places``,
``discharged``, ``condition``, ``victims``, and ``discharged_alone``: words that say a
discharge from hospital with no hospital named, "27 человек ждут выписки").
"""

from __future__ import annotations

from functools import cache

from ...lang import language_data
from .numbers import Value
from .resources import Words, WordTable, lookup
from .tokens import Token

#: How many tokens either side of a value its clause may reach
CLAUSE = 8
_STOPS = frozenset(".,;:!?()«»\"„“”—–")
#: the measures a hospital in the clause turns into a count of patients
_PATIENT_HEADS = frozenset({"injured", "deployed", "people", "patients"})


@cache
def _tables(code: str) -> tuple[WordTable, WordTable, WordTable, WordTable, WordTable]:
    table = language_data(code).table("measures").get("hospital", {})
    return (WordTable.of(dict.fromkeys(table.get("places", []), "hospital")),
            WordTable.of(dict.fromkeys(table.get("discharged", []), "discharged")),
            WordTable.of(table.get("condition", {})),
            WordTable.of(dict.fromkeys(table.get("discharged_alone", []), "discharged")),
            WordTable.of(dict.fromkeys(table.get("victims", []), "victims")))


def _clause(toks: tuple[Token, ...], value: Value,
            stops: frozenset[str] = _STOPS) -> list[Token]:
    """The tokens of the value's clause, up to :data:`CLAUSE` either side."""
    left = []
    for tok in reversed(toks[max(0, value.first - CLAUSE):value.first]):
        if tok.text in stops:
            break
        left.append(tok)
    right = []
    for tok in toks[value.last + 1:value.last + 1 + CLAUSE]:
        if tok.text in stops:
            break
        right.append(tok)
    return [*reversed(left), *right]


#: "43 — средней тяжести": a dash after a value stands for the verb left out
_CONDITION_STOPS = _STOPS - {"—", "–"}


def hospital_measure(toks: tuple[Token, ...], value: Value, words: Words,
                     measure: str | None) -> str | None:
    """``measure`` as a count of those in hospital or discharged when the clause says so,
    else ``measure`` unchanged."""
    head = measure.split()[-1] if measure else None
    places, discharged, condition, alone, victims = _tables(words.code)
    if measure == "killed" and _victims_in_hospital(toks, value, places, victims):
        return "in hospital"
    if head is not None and head not in _PATIENT_HEADS:
        return measure
    if head != "deployed":  # "troops sent to heavy fighting" are no patients
        state = next((c for t in _clause(toks, value, _CONDITION_STOPS)
                      if t.text[0].isalpha() and (c := lookup(condition, t.lemma, t.lower))),
                     None)
        if state:  # the first word that says it: "средней тяжести" is moderate
            return state
    clause = [t for t in _clause(toks, value) if t.text[0].isalpha()]
    if any(lookup(alone, t.lemma, t.lower) for t in clause):  # "27 ждут выписки"
        return "discharged"
    if not any(lookup(places, t.lemma, t.lower) for t in clause):
        return measure
    state = ("discharged" if any(lookup(discharged, t.lemma, t.lower) for t in clause)
             else "in hospital")
    noun = " ".join(measure.split()[:-1]) if measure and len(measure.split()) > 1 else None
    return f"{noun} {state}" if noun else state


def _victims_in_hospital(toks: tuple[Token, ...], value: Value, places: WordTable,
                         victims: WordTable) -> bool:
    """Whether the value counts victims its clause puts in a hospital ("80 weitere Opfer
    liegen in Kliniken"), not the dead."""
    clause = [t for t in _clause(toks, value) if t.text[0].isalpha()]
    return any(lookup(victims, t.lemma, t.lower) for t in clause) and any(
        lookup(places, t.lemma, t.lower) for t in clause)
