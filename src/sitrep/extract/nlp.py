"""The extraction pipeline: spaCy's blank English plus sitrep's own components.

No trained spaCy pipeline can be installed here, so every component is a rule-based callable
``Doc -> Doc`` registered with ``@Language.component``, declaring what it needs and what it
adds (``requires`` / ``assigns``), so a model-based component can later take its place.
"""

from __future__ import annotations

import re
from functools import cache

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .words import read_words

# Titles and abbreviations the blank English tokenizer would split at the period.
_ABBREVIATIONS = ("Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Brig.", "Cmdr.", "Cpl.", "Pvt.",
                  "Lt.Col.", "Maj.Gen.", "Lt.Gen.", "Gen.", "Adm.", "Gov.", "Sen.", "Rep.",
                  "Amb.", "Dep.", "Sept.", "Nos.", "Approx.", "est.")

for _name in ("text", "words", "published", "captured", "sent_starts", "dates", "mentions",
              "people", "figures",
              "statements", "events", "subjects", "main_event", "cues"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

PIPELINE = ("sitrep_sentences", "sitrep_dates", "sitrep_entities", "sitrep_subjects",
            "sitrep_attribution", "sitrep_figures", "sitrep_statements", "sitrep_events")

# A sentence ends at . ! ? (with closing quotes) before a capital, or at a paragraph break.
# Captures glue sentences together ("[Belarus and Russia]Known as ..."), so a closing bracket
# or a sentence end followed directly by a capital also ends one; single-letter
# abbreviations ("U.S.") do not.
# The leading check (after . ! ? ] or at a line break) rejects most positions at once.
_BOUNDARY = re.compile(
    r"(?:(?<=[.!?\]])|(?=\n))"
    r"(?:(?<=[a-z0-9\)\]%][.!?])[\"”’']?(?=\s+[\"“‘']?[A-Z0-9])"
    r"|(?<=[a-z0-9]{2}[.!?])[\"”’']?(?=[\"“‘]?[A-Z][a-z])"
    r"|(?<=\])(?=[A-Z][a-z])"
    r"|\n+)"
)


_LAST_WORD = re.compile(r"(\w+)\.[\"”’']?$")
_NO_SENTENCE_END = frozenset({
    "lt", "gen", "col", "maj", "capt", "sgt", "brig", "adm", "cmdr", "cpl", "pvt", "gov", "sen",
    "rep", "amb", "dep", "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "inc", "ltd",
    "co", "corp", "vs", "etc", "approx", "est", "jr", "sr",
})


@Language.component("sitrep_sentences",
                    assigns=["token.is_sent_start", "doc._.sent_starts", "doc._.text",
                             "doc._.words"])
def sentences(doc: Doc) -> Doc:
    """Sentence boundaries from punctuation and paragraph breaks, robust to glued text."""
    # spaCy rebuilds Doc.text from every token on each access: components read this copy
    # (``extract_text`` sets it from the string it was given)
    text = doc._.text
    if text is None:
        doc._.text = text = doc.text
    starts = {0}
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 24), m.start())
        if word and word.group(1).lower() in _NO_SENTENCE_END:
            continue
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
        starts.add(pos)
    offsets = doc.to_array(IDX).astype("int64")
    flags = numpy.where(numpy.isin(offsets, numpy.fromiter(starts, dtype="int64")), 1, -1)
    if len(flags):
        flags[0] = 1
    # one array write: setting token.is_sent_start one by one makes spaCy re-check the
    # whole document each time (spaCy stores -1 as its unsigned 64-bit pattern)
    if len(doc):
        doc.from_array([SENT_START], flags.view("uint64").reshape(-1, 1))
    first_tokens = numpy.flatnonzero(flags == 1).tolist()
    doc._.sent_starts = frozenset(first_tokens)
    doc._.words = read_words(doc, text, first_tokens)
    return doc


@cache
def build_nlp() -> Language:
    """The pipeline, built once per process (the gazetteer takes a second or two to load)."""
    from . import (  # noqa: F401 - registers the components
        attribution,
        dates_component,
        entities,
        events,
        figures,
        statements,
        subjects,
    )

    nlp = spacy.blank("en")
    for abbr in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # "Russia]Known" and "2021.“Zapad”": let the tokenizer split brackets and quotes inside
    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z])\](?=[A-Z])", r"(?<=[.!?])[\"“”](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp
