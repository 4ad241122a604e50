"""A surname read as a body before the text gives the person's full name.

Why: the entity finder reads a page once, in order, and knows a bare surname by the full
name named before it. A page that names someone by surname first ("Korvell expects to
build three landers", with "space agency chief Ada Korvell" further down) had the word
read as a firm that speaks, because a lone capitalised word before a verb of saying is one
(:meth:`.entity_orgs.OrgRules.lone_org`). Once the whole page is read, such a word that is
the surname of a person the page names in full is that person, unless the page also
names a body whose name opens with the word ("Korvell Motors"), as firms named after
their founders are.
"""

from __future__ import annotations

from dataclasses import replace

from .records import Mention


def surnames_before_names(mentions: list[Mention], text: str, org_pronouns: frozenset[str]
                          ) -> list[Mention]:
    """``mentions`` with each one-word body that is the surname of a person named in full
    elsewhere in ``text`` turned into that person; not one whose verb a body's pronoun
    follows ("Halvern said it would ...": a firm)."""
    people: dict[str, Mention] = {}
    firsts: set[str] = set()
    for m in mentions:
        parts = m.span.text.split()
        if m.kind == "person" and m.via == "name" and len(parts) >= 2:
            people.setdefault(parts[-1], m)
        elif m.kind == "org" and len(parts) >= 2:
            firsts.add(parts[0])
    if not people:
        return mentions
    out = []
    for m in mentions:
        word = m.span.text
        person = people.get(word) if _lone_body(m) and word not in firsts and not (
            _goes_on_as_body(text, m.span.end, org_pronouns)) else None
        out.append(m if person is None else replace(
            m, kind="person", name=person.name, key=person.key, role=person.role,
            country=person.country, via="surname"))
    return out


def _goes_on_as_body(text: str, end: int, org_pronouns: frozenset[str]) -> bool:
    """Whether the word after the one after offset ``end`` (the verb's object or subject)
    is a body's pronoun: "Halvern said it would", "Halvern has said it"."""
    after = text[end:end + 40].split()[:3]
    return any(w.strip(",.").lower() in org_pronouns for w in after[1:])


def _lone_body(m: Mention) -> bool:
    """A body named by one capitalised word as written (no acronym, no known name)."""
    word = m.span.text
    return (m.kind == "org" and " " not in word and word.isalpha() and not word.isupper()
            and m.name == word and m.key == "org:" + word.lower())
