"""The size rules of ARCHITECTURE.md: no module over 400 lines, no function over 60 lines,
no function with more than 8 parameters (click commands excepted: each option is one).

Why: a module that grows past a screenful of screens has stopped doing one thing, and a
long function or a long parameter list hides a missing record or a missing step. The
numbers are a tripwire, not a style: crossing one asks for a split, in review, on purpose.
Lines are counted as ``sizes.py`` of the refactoring counts them (newlines in a module,
``def`` line to last line in a function, ``self``/``cls`` not a parameter).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_PARAMETERS = 8

def _is_click_command(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """``@main.command()``, ``@export.command("places")``, ``@click.command``: a command
    takes one parameter per option, so its parameter count says nothing about design."""
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ("command", "group"):
            return True
    return False


def _parameters(args: ast.arguments) -> int:
    names = [*args.posonlyargs, *args.args]
    count = len(names) + len(args.kwonlyargs) + bool(args.vararg) + bool(args.kwarg)
    return count - bool(names and names[0].arg in ("self", "cls"))


def oversize(root: Path = SRC) -> set[str]:
    """Every module and function breaking a size rule, as ``"<kind> <path>[:<name>]"``."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MAX_MODULE_LINES:
            found.add(f"module {rel}")
        for node in ast.walk(ast.parse(text, filename=str(path))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                found.add(f"function {rel}:{node.name}")
            if _parameters(node.args) > MAX_PARAMETERS and not _is_click_command(node):
                found.add(f"parameters {rel}:{node.name}")
    return found


def test_modules_and_functions_are_small():
    over = sorted(oversize())
    assert not over, "split these (ARCHITECTURE.md, size rules):\n" + "\n".join(over)


def test_the_size_check_catches_each_kind(tmp_path):
    long_body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "big.py").write_text("\n" * (MAX_MODULE_LINES + 1))
    (tmp_path / "funcs.py").write_text(
        f"def long():\n{long_body}\n\n"
        "def wide(a, b, c, d, e, f, g, h, i):\n    pass\n\n"
        "class K:\n    def method(self, a, b, c, d, e, f, g, h):\n        pass\n\n"
        "@main.command()\ndef command(a, b, c, d, e, f, g, h, i):\n    pass\n")
    assert oversize(tmp_path) == {"module big.py", "function funcs.py:long",
                                  "parameters funcs.py:wide"}
