"""The public surface is small and explicit: what __all__ lists is importable, sorted."""

from __future__ import annotations

import factcheck


def isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name)


def test_all_is_sorted_and_importable() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__, key=isort_key)
    assert len(set(factcheck.__all__)) == len(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_public_names_are_exactly_all() -> None:
    public = {n for n in dir(factcheck) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(factcheck, n)).__name__ == "module"}
    assert public - modules == set(factcheck.__all__)


def test_import_is_cheap_until_used() -> None:
    """pytest imports factcheck for the plugin in every run: no spaCy until it is used."""
    import subprocess
    import sys

    code = "import sys, factcheck; print('spacy' in sys.modules, 'pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_version_is_a_string() -> None:
    assert isinstance(factcheck.__version__, str) and factcheck.__version__[0].isdigit()
