"""Access to the data files shipped inside the package (``provenance/data``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


class DataFileError(ValueError):
    """A user's data file (outlets, phrases) cannot be used; the message names it."""


@cache
def bundled(name: str) -> Any:
    """Parse ``provenance/data/<name>`` once per process; callers must not mutate it."""
    with resources.files("provenance").joinpath("data", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def read_user_file(path: Path, what: str) -> Any:
    """Parse a user's JSON data file, or raise :class:`DataFileError` naming it."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise DataFileError(f"{path}: cannot read {what} file ({error.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DataFileError(f"{path}: {what} file is not valid JSON ({error})") from None


@cache
def languages() -> dict[str, Any]:
    """Every language file in ``provenance/data/languages`` (one per language: its stopwords,
    its attribution phrases), by language code; callers must not mutate them."""
    folder = resources.files("provenance").joinpath("data", "languages")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".json") and entry.name != "about.json":
            with entry.open(encoding="utf-8") as handle:
                data = json.load(handle)
            found[data["language"]] = data
    return found
