"""Access to the data files shipped inside the package (``provenance/data``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def bundled(name: str) -> Any:
    """Parse ``provenance/data/<name>`` once per process; callers must not mutate it."""
    with resources.files("provenance").joinpath("data", name).open(encoding="utf-8") as handle:
        return json.load(handle)
