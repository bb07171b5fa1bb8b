"""The only pint UnitRegistry in factcheck.

pint registries are expensive to build (~0.5 s) and quantities from two registries cannot
be compared, so every module that needs units imports ``ureg`` from here.
"""

from __future__ import annotations

from functools import lru_cache

import pint

ureg: pint.UnitRegistry = pint.UnitRegistry(cache_folder=None)  # type: ignore[type-arg]


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> pint.Unit | None:
    """The pint unit for a unit word or symbol ("km", "kilometres", "°C"), or None."""
    try:
        unit = ureg.parse_units(text.strip())
    except Exception:  # pint raises several unrelated error types on unknown input
        return None
    return unit
