"""The extraction pipeline as spaCy sees it: every component declares what it reads and what
it writes, and every reading is written by a component before it.

Why: the components talk through Doc extensions (``doc._.mentions``, ``doc._.cues`` ...).
A component moved before the one that fills what it reads would see ``None`` and find
nothing, silently; spaCy's pipe analysis names that mistake, if the declarations are honest.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.nlp import PIPELINE, build_nlp
from sitrep.lang import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pipe_analysis_finds_no_missing_requirement(lang):
    nlp = build_nlp(lang)
    assert tuple(nlp.pipe_names) == PIPELINE
    analysis = nlp.analyze_pipes(pretty=False)
    problems = {name: missing for name, missing in analysis["problems"].items() if missing}
    assert problems == {}


#: Components that read what an earlier one wrote without declaring it yet: the date
#: component reads ``doc._.text`` (written by the sentences component); its module owns
#: that declaration.
UNDECLARED_REQUIREMENTS = frozenset({"sitrep_dates"})


@pytest.mark.parametrize("name", PIPELINE)
def test_each_component_declares_what_it_requires_and_assigns(name):
    meta = Language.get_factory_meta(name)
    assert meta.assigns, f"{name} declares nothing it assigns"
    # only the first component reads nothing another one wrote
    if name != PIPELINE[0] and name not in UNDECLARED_REQUIREMENTS:
        assert meta.requires, f"{name} declares nothing it requires"
    for attr in [*meta.assigns, *meta.requires]:
        assert attr.startswith(("doc.", "token.")), attr


def test_every_requirement_is_assigned_by_an_earlier_component():
    assigned: set[str] = set()
    for name in PIPELINE:
        meta = Language.get_factory_meta(name)
        assert set(meta.requires) <= assigned, (name, set(meta.requires) - assigned)
        assigned |= set(meta.assigns)


@pytest.mark.parametrize("name", [n for n in PIPELINE if n not in ("sitrep_dates",
                                                                     "sitrep_figures")])
def test_sitrep_factories_take_the_language(name):
    """The components of this side of the pipeline are built for a language, from its data
    (dates and figures are registered by their own modules)."""
    meta = Language.get_factory_meta(name)
    assert meta.default_config == {"lang": "en"}
    component = build_nlp("en").get_pipe(name)
    assert callable(component)
