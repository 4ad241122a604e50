"""Connected components of pairs of ids, each named by its smallest id.

Why one place: copies join duplicate groups (on one machine and on a cluster), and
translations or rewrites of one statement join one report in the ledger; all of them are
"link these two, then name each group by its smallest member", so that the names do not
depend on the order the pairs came in.
"""

from __future__ import annotations

from collections.abc import Iterable


def joined(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every id of ``pairs`` that is not its group's smallest -> that smallest id (a group's
    name maps to nothing: ``result.get(x, x)`` names any id's group)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}
