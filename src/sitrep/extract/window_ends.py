"""A cheap test run before a pattern that must end where its window ends.

Why: the rules around a number search a window before it with patterns that end with a
word, spaces and ``$`` ("a population of ", "killed 12 soldiers and "); most windows do
not end with that word, and testing their last characters is much cheaper than letting the
matcher try the pattern at every position of the window.
"""

from __future__ import annotations


def ends_with(folded: str, lo: int, end: int, word: str | tuple[str, ...]) -> bool:
    """Whether ``folded[lo:end]`` ends with ``word`` (or one of them) and at least one
    space: what a pattern ending with the word, spaces and ``$`` needs to match there, tested
    before it is searched for (a window rarely ends so)."""
    at = end
    while at > lo and folded[at - 1].isspace():
        at -= 1
    return at < end and folded.endswith(word, lo, at)
