"""What the components hand each other on a Doc, read and written without ``doc._``.

Why: every ``doc._`` makes a new spaCy accessor object, whose attribute lookup first fails
and then falls back on ``__getattr__``: about 5 µs a read, and the components read some
fifty values a document (several per figure), a few percent of extraction time. The values
stay where spaCy keeps them, in ``doc.user_data`` under spaCy's key, so ``doc._.name``
reads the same value (tests/test_fast_paths.py checks it). Every extension sitrep registers
(:mod:`.nlp`) has the default None, as :func:`get` answers for a value never set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # ``sitrep.extract`` loads spaCy only when it first extracts
    from spacy.tokens import Doc


def get(doc: Doc, name: str) -> Any:
    """``doc._.<name>``."""
    return doc.user_data.get(("._.", name, None, None))


def put(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value``."""
    doc.user_data["._.", name, None, None] = value
