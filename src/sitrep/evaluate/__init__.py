"""Evaluation against reference annotations (``../shared/eval`` and ``corpus/gold``)."""
