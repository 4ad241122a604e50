"""Allow ``python -m sitrep``."""

from .cli import main

main()
