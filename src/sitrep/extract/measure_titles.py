"""A bare measure that the page's title names in full: on a page titled "The cost of the
new stadium in Cardiff", "the council says the cost is $40 million" measures the cost of the
new stadium, not a "cost".

Why: a writer names the thing once, in the headline, and then refers to it by its head
noun alone; :mod:`.counted_left` reads only the sentence, where the head noun stands bare,
and a judge reads "value" alone as nothing measured. Only a single lower-case noun that the
title follows with its of-phrase is named so; any other measure is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figure_words import FigureWords
from .records import Figure

_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def title_words(title: str | None) -> list[str]:
    """The words of a page's title, read once for all its figures."""
    return _WORD.findall(title or "")


def titled_measure(fig: Figure, said: list[str], words: FigureWords) -> Figure:
    """``fig`` with its measure read from the title's words ``said`` (:func:`title_words`)
    when the title names it with an of-phrase ("cost" -> "cost of the new stadium"); any
    other figure as it is."""
    measure, _, rest = (fig.measure or "").partition(" ")
    table = words.rules.get("left_measure", {})
    link, per = table.get("of_link"), table.get("rates", {}).get("per")
    if not said or not link or not measure.isalpha() or not measure.islower() or (
            rest and not rest.startswith(f"{per} ")):
        return fig  # one noun, or one noun and its rate ("value per week")
    low = [w.lower() for w in said]
    at = next((i for i in range(len(low) - 2) if low[i] == measure and low[i + 1] == link),
              None)
    if at is None:
        return fig
    titled = sum(w[:1].isupper() for w in said) * 2 > len(said)  # "Two Cases of Plague"
    phrase: list[str] = []
    for word in said[at + 2:at + 7]:
        if phrase and (word.lower() in words.stop_words or word.lower().endswith(
                (words.rules["past"], words.rules["gerund"]))):
            break  # "drugs that come", "Plague Diagnosed in": the phrase ends before a verb
        phrase.append(word.lower() if titled and not word.isupper() else word)
    while phrase and phrase[-1].lower() in words.stop_words:
        phrase.pop()
    named = f"{measure} {link} {' '.join(phrase)}" + (f" {rest}" if rest else "")
    return replace(fig, measure=named) if phrase else fig
