"""The public surface is small and explicit: what __all__ lists is importable, sorted."""

from __future__ import annotations

import factcheck


def test_all_is_sorted_and_importable() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_public_names_are_exactly_all() -> None:
    public = {n for n in dir(factcheck) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(factcheck, n)).__name__ == "module"}
    assert public - modules == set(factcheck.__all__)


def test_version_is_a_string() -> None:
    assert isinstance(factcheck.__version__, str) and factcheck.__version__[0].isdigit()
