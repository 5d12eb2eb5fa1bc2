"""Code size: no quotekit module over 600 lines, no function over 100 (issue 15).

ruff's C901 (max-complexity 15, pyproject.toml) bounds the branches of a function; this bounds
its length and a module's, which ruff does not check.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import quotekit

PACKAGE = Path(quotekit.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 100
MODULES = sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def long_functions(source: str) -> list[tuple[str, int]]:
    """(name, lines) of each function or method longer than MAX_FUNCTION_LINES."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            lines = (node.end_lineno or node.lineno) - first + 1
            if lines > MAX_FUNCTION_LINES:
                out.append((node.name, lines))
    return out


def test_modules_are_found() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_module_size(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    lines = len(source.splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines"
    assert long_functions(source) == [], f"{_name(path)}: functions over {MAX_FUNCTION_LINES} lines"


def test_a_long_function_is_caught() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    assert long_functions(f"def f() -> None:\n{body}\n") == [("f", MAX_FUNCTION_LINES + 1)]
    assert long_functions("def g() -> None:\n    pass\n") == []


def test_architecture_page_lists_every_module() -> None:
    page = (PACKAGE.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`(quotekit/[\w/]+\.py)`", page))
    assert listed == {_name(p) for p in MODULES}
