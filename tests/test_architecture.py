"""The import rules of ARCHITECTURE.md, checked on the source.

Why a test and not a convention: a stage that quietly starts importing a later stage (the
store reading extraction rules, the cleaner writing to the store) is how the layout stops
showing the architecture, and nobody notices in review. The test reads every module under
``src/sitrep`` with :mod:`ast` (no import is executed), resolves each import to a module
path, relative or absolute, at module level or inside a function, and checks it against
:data:`RULES`. Imports under ``if TYPE_CHECKING:`` are told apart, since some rules allow
them (an annotation creates no dependency at run time).

Paths are relative to ``src/sitrep``: ``"store/"`` is the folder, ``"errors.py"`` one
module; a name without ``/`` or ``.py`` is a third-party package (``"click"``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"
ARCHITECTURE_MD = SRC.parents[1] / "ARCHITECTURE.md"

#: The foundation modules every stage may use; they import only each other.
BASE = ("errors.py", "offsets.py", "urls.py", "documents.py", "workers.py", "groups.py")


@dataclass(frozen=True)
class Rule:
    """``who`` (minus ``unless``) may import only ``only`` (sitrep modules; third-party
    packages are not limited by it) and never ``never`` (minus ``but``); ``typing_ok`` is
    allowed under ``TYPE_CHECKING`` even where ``only`` or ``never`` would refuse it.
    ``"*"`` stands for every module."""

    name: str
    who: tuple[str, ...]
    never: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None
    unless: tuple[str, ...] = ()
    but: tuple[str, ...] = ()
    typing_ok: tuple[str, ...] = ()


#: Mirrored, rule by rule, in the table of ARCHITECTURE.md (the test checks the names).
RULES = (
    Rule("nothing-imports-cli", who=("*",), never=("cli/",), unless=("cli/", "__main__.py")),
    Rule("only-cli-talks-to-the-terminal", who=("*",), never=("click", "tqdm"),
         unless=("cli/",)),
    Rule("base-imports-only-base", who=BASE, only=BASE),
    Rule("lang-is-data", who=("lang/",), only=("lang/", "errors.py")),
    Rule("knowledge-is-below-the-stages", who=("knowledge/",),
         never=("ingest/", "clean/", "dedupe/", "store/", "extract/", "ledger/", "report/",
                "evaluate/")),
    Rule("ingest-reads-and-runs", who=("ingest/",),
         never=("extract/", "ledger/", "report/", "evaluate/")),
    Rule("ingest-cleans-through-clean-capture", who=("ingest/",), never=("clean/",),
         but=("clean/__init__.py",)),
    Rule("clean-knows-no-stage", who=("clean/",),
         never=("ingest/", "store/", "extract/", "ledger/", "report/", "evaluate/")),
    Rule("dedupe-is-a-leaf", who=("dedupe/",), only=("dedupe/", *BASE)),
    Rule("store-is-a-leaf", who=("store/",),
         only=("store/", "documents.py", "errors.py", "dedupe/"),
         typing_ok=("extract/records.py",)),
    Rule("extract-reads-one-text", who=("extract/",), unless=("extract/runner.py",),
         never=("store/", "ingest/", "clean/", "ledger/", "report/", "evaluate/")),
    Rule("ledger-reads-rows-not-the-store", who=("ledger/",),
         never=("store/", "ingest/", "clean/", "report/", "evaluate/"),
         typing_ok=("store/",)),
    Rule("report-reads-the-ledger", who=("report/",),
         never=("extract/", "ingest/", "clean/", "evaluate/")),
    Rule("web-reads-the-ledger", who=("web/",),
         never=("extract/", "ingest/", "clean/", "evaluate/")),
    Rule("only-scale-loads-dask", who=("*",), never=("dask", "distributed", "pyarrow", "fsspec"),
         unless=("scale/", "report/export.py")),
    Rule("scale-runs-the-stages", who=("scale/",), never=("ledger/", "report/", "evaluate/")),
)



@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "cli/core.py"
    target: str  # "store/queries.py", "dedupe/__init__.py" or a third-party name: "click"
    line: int
    typing_only: bool


def _module_path(dotted: str) -> str | None:
    """``sitrep.a.b`` -> ``a/b.py`` or ``a/b/__init__.py``; None if no such module."""
    parts = dotted.split(".")[1:]
    if not parts:
        return "__init__.py"
    stem = "/".join(parts)
    for candidate in (f"{stem}.py", f"{stem}/__init__.py"):
        if (SRC / candidate).is_file():
            return candidate
    return None


def _package_of(rel: str) -> str:
    """The dotted package a module's relative imports start from."""
    parts = ["sitrep", *Path(rel).parts[:-1]]
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, typing_only: bool = False
          ) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement under ``node``, with whether it only runs for type checkers."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node, typing_only
        return
    if isinstance(node, ast.If) and _is_type_checking(node.test):
        for child in node.body:
            yield from _walk(child, True)
        for child in node.orelse:
            yield from _walk(child, typing_only)
        return
    for child in ast.iter_child_nodes(node):
        yield from _walk(child, typing_only)


def _targets(rel: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
        return [(_module_path(n) or n) if n.split(".")[0] == "sitrep" else n.split(".")[0]
                for n in names]
    if node.level:
        base = _package_of(rel).split(".")
        base = base[:len(base) - (node.level - 1)]
        dotted = ".".join([*base, node.module] if node.module else base)
    else:
        dotted = node.module or ""
    if dotted.split(".")[0] != "sitrep":
        return [dotted.split(".")[0]]
    found = []
    for alias in node.names:  # ``from . import claims`` imports the module claims
        found.append(_module_path(f"{dotted}.{alias.name}") or _module_path(dotted) or dotted)
    return found


def module_imports() -> list[Import]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, typing_only in _walk(tree):
            for target in _targets(rel, node):
                if target != "__future__":
                    found.append(Import(rel, target, node.lineno, typing_only))
    return found


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    return any(path == p or (p.endswith("/") and path.startswith(p)) or p == "*"
               for p in patterns)


def _is_sitrep(target: str) -> bool:
    return target.endswith(".py")


def broken(rule: Rule, imp: Import) -> bool:
    if not _matches(imp.module, rule.who) or _matches(imp.module, rule.unless):
        return False
    if imp.typing_only and _matches(imp.target, rule.typing_ok):
        return False
    if _matches(imp.target, rule.never) and not _matches(imp.target, rule.but):
        return True
    return (rule.only is not None and _is_sitrep(imp.target)
            and not _matches(imp.target, rule.only))


def violations(imports: list[Import]) -> list[tuple[Rule, Import]]:
    return [(rule, imp) for imp in imports for rule in RULES if broken(rule, imp)]


def test_imports_follow_the_architecture():
    found = [f"{imp.module}:{imp.line} imports {imp.target} ({rule.name})"
             for rule, imp in violations(module_imports())]
    assert not found, "imports against ARCHITECTURE.md:\n" + "\n".join(found)


def test_the_import_reader_sees_every_kind_of_import():
    """The rules are only as good as the resolver: check it on the forms the code uses."""
    imports = module_imports()
    seen = {(i.module, i.target, i.typing_only) for i in imports}
    assert ("cli/__init__.py", "cli/claims.py", False) in seen  # from . import module
    assert ("store/captures.py", "dedupe/__init__.py", False) in seen  # from .. import package
    assert ("ledger/__init__.py", "store/__init__.py", True) in seen  # under TYPE_CHECKING
    assert ("cli/core.py", "extract/runner.py", False) in seen  # inside a function
    assert ("clean/html.py", "trafilatura", False) in seen  # third party
    unresolved = [i for i in imports if i.target.startswith("sitrep")]
    assert not unresolved, f"imports of modules that do not exist: {unresolved}"


@pytest.mark.parametrize(("module", "source", "rule_name"), [
    ("extract/figures.py", "from ..store import Store", "extract-reads-one-text"),
    ("ledger/claims.py", "def f():\n    from ..store import Store",
     "ledger-reads-rows-not-the-store"),
    ("report/build.py", "import sitrep.extract.runner", "report-reads-the-ledger"),
    ("web/pages.py", "from ..ingest.runner import ingest", "web-reads-the-ledger"),
    ("demo.py", "import click", "only-cli-talks-to-the-terminal"),
    ("lang/__init__.py", "from ..knowledge import names", "lang-is-data"),
    ("store/queries.py", "from ..extract.records import Figure", "store-is-a-leaf"),
])
def test_a_forbidden_import_is_caught(module, source, rule_name):
    """Each kind of rule refuses a made-up import, so the rules cannot pass vacuously."""
    tree = ast.parse(source)
    caught = {rule.name for node, typing_only in _walk(tree)
              for target in _targets(module, node)
              for rule in RULES if broken(rule, Import(module, target, 1, typing_only))}
    assert rule_name in caught


def test_a_type_only_import_is_allowed_where_the_rule_says():
    source = ("from typing import TYPE_CHECKING\n"
              "if TYPE_CHECKING:\n    from ..store import Store\n")
    imports = [Import("ledger/entities.py", target, 3, typing_only)
               for node, typing_only in _walk(ast.parse(source))
               for target in _targets("ledger/entities.py", node)]
    assert not [imp for imp in imports for rule in RULES if broken(rule, imp)]


def _named_paths() -> set[str]:
    paths = set()
    for rule in RULES:
        for pattern in (*rule.who, *rule.never, *(rule.only or ()), *rule.unless,
                        *rule.but, *rule.typing_ok):
            if pattern.endswith("/"):
                paths.add(pattern)
    paths.update(p.relative_to(SRC).as_posix() + "/" for p in SRC.iterdir()
                 if p.is_dir() and (p / "__init__.py").is_file())
    return paths


def test_architecture_md_names_every_folder_and_rule():
    text = ARCHITECTURE_MD.read_text(encoding="utf-8")
    missing = sorted(p for p in _named_paths() if f"`{p}`" not in text)
    assert not missing, f"ARCHITECTURE.md does not describe: {missing}"
    table = set(re.findall(r"^\| `([a-z_-]+)` \|", text, flags=re.MULTILINE))
    assert table == {rule.name for rule in RULES}, "the rules table of ARCHITECTURE.md " \
        "and RULES in this test name different rules"
