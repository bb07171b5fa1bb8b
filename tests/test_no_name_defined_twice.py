"""No module of the package assigns one top-level name twice.

A second ``_ROUND_VALUES = re.compile(...)`` far below the first once silently replaced it,
and every use of the first pattern read the second: a round that valued a company right
before its figure was read as the round's size. Python allows the rebinding and no linter
flags it for assignments, so this test does."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import factcheck

PACKAGE = Path(factcheck.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _assigned(tree: ast.Module) -> list[str]:
    """The names the module's top level binds, once per binding; a binding that reads the
    name it rebinds (``X = X.replace("&", "")``) refines it and is not counted again."""
    names = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        value = getattr(node, "value", None)
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id not in read]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_assigned(tree)).items() if n > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"
