"""Word lists for extraction: count nouns, units, abstract and event nouns.

Titles, organisation heads and acronyms, and speech verbs are language data now
(``lang/en/person_titles.txt``, ``org_heads.txt``, ``org_acronyms.txt``, ``speech_verbs.txt``).
"""

from __future__ import annotations

#: Nouns of people or things that a vague amount ("dozens of ...") may count.
COUNT_NOUN_HINTS = frozenset({
    "people", "persons", "officials", "officers", "soldiers", "troops", "servicemen",
    "servicemembers", "personnel", "civilians", "residents", "refugees", "prisoners",
    "casualties", "deaths", "dead", "wounded", "vehicles", "tanks", "aircraft", "jets", "planes",
    "helicopters", "drones", "missiles", "rockets", "trains", "wagons", "convoys", "units",
    "battalions", "brigades", "villages", "towns", "homes", "buildings", "reservists", "recruits",
    "observers", "journalists", "protesters", "volunteers", "fighters", "citizens", "workers",
    "students", "families", "children",
})

#: Units of measure: a number followed by one is a measurement, not a count.
UNITS = {
    "km": "km", "kilometer": "km", "kilometre": "km", "kilometers": "km", "kilometres": "km",
    "mile": "mile", "miles": "mile", "m": "m", "meter": "m", "metre": "m", "meters": "m",
    "metres": "m", "hectare": "ha", "hectares": "ha", "ton": "t", "tons": "t", "tonne": "t",
    "tonnes": "t", "percent": "%", "per cent": "%", "%": "%", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute",
}

#: Nouns that are counted only rhetorically ("two main goals"): not figures.
ABSTRACT_NOUNS = frozenset({
    "goal", "goals", "reason", "reasons", "way", "ways", "thing", "things", "aspect", "aspects",
    "factor", "factors", "option", "options", "question", "questions", "issue", "issues", "point",
    "points", "step", "steps", "lesson", "lessons", "priority", "priorities", "time", "times",
    "round", "rounds", "sides", "side", "word", "words", "idea", "ideas", "problem", "problems",
    "scenario", "scenarios", "answer", "answers", "part", "parts", "kind", "kinds", "type",
    "types",
})

#: Nouns for events; the head of an event phrase ("the joint exercise", "the drills").
EVENT_NOUNS = frozenset({
    "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "war", "invasion",
    "offensive", "counteroffensive", "attack", "attacks", "strike", "strikes", "summit", "talks",
    "meeting", "meetings", "election", "elections", "operation", "operations", "deployment",
    "redeployment", "mobilisation", "mobilization", "parade", "ceremony", "visit", "crisis",
})
