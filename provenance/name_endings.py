"""Case endings of outlet names in running text ("der Süddeutschen Zeitung", "podle
Spiegelu", "Reuters-ului"): the data of ``data/name_endings.json``, which a user's outlet
file may extend (its optional ``name_endings``, of the same shape), and the matching."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from provenance import resources

#: Letters a name word keeps before a case ending: "Zeit" + "ung" is no inflection of "Zeit".
MIN_STEM = 4


class NameEndingsError(resources.DataFileError):
    """A user's ``name_endings`` cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class NameEndings:
    """Every language's endings together: ``glued`` to the word ("Spiegelu"), ``joined``
    after a hyphen, apostrophe or colon ("Reuters-ului", "Reuters'in"); longest first."""

    glued: tuple[str, ...]
    joined: tuple[str, ...]
    _glued_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _longest: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_glued_set", frozenset(self.glued))
        object.__setattr__(self, "_longest", max(map(len, self.glued), default=0))

    def stems(self, word: str) -> list[str]:
        """The word without each glued ending it may carry ("Süddeutschen": "Süddeutsche",
        "Süddeutsch"); a few slices, no loop over the endings."""
        return [word[:-size] for size in range(1, self._longest + 1)
                if len(word) - size >= MIN_STEM and word[-size:] in self._glued_set]

    def name_end(self, text: str, position: int, stop: int, core: str) -> int | None:
        """Where the name ``core`` ends at ``position`` when each of its words may carry an ending."""
        at = position
        words = core.split(" ")
        for index, word in enumerate(words):
            if not text.startswith(word, at):
                return None
            at = self._past_ending(text, at + len(word), stop, len(word))
            if index < len(words) - 1:
                if at >= stop or text[at] != " ":
                    return None
                at += 1
        if at > stop or (at < len(text) and (text[at].isalnum() or text[at] in "-_")):
            return None
        return at

    def _past_ending(self, text: str, at: int, stop: int, word_length: int) -> int:
        if at < stop and text[at] in "-'’:":
            mark = "'" if text[at] == "’" else text[at]
            for ending in self.joined:
                end = at + len(ending)
                if ending[0] == mark and text.startswith(ending[1:], at + 1) and _ends_word(text, end, stop):
                    return end
            return at
        if word_length < MIN_STEM:
            return at
        for ending in self.glued:
            if text.startswith(ending, at) and _ends_word(text, at + len(ending), stop):
                return at + len(ending)
        return at


def _ends_word(text: str, at: int, stop: int) -> bool:
    return at <= stop and (at == len(text) or not text[at].isalnum())


@cache
def bundled_endings() -> NameEndings:
    bundled = resources.bundled("name_endings.json")
    return extended(NameEndings((), ()), [(bundled, "provenance/data/name_endings.json")])


def extended(base: NameEndings, sources: Iterable[tuple[Any, str]]) -> NameEndings:
    """``base`` with the endings of each ``(data, label)``: {"glued": {"xx": [...]}, "joined": {...}}."""
    glued, joined = set(base.glued), set(base.joined)
    for data, label in sources:
        glued |= _endings(data, "glued", label)
        joined |= _endings(data, "joined", label)
    return NameEndings(tuple(sorted(glued, key=_longest_first)), tuple(sorted(joined, key=_longest_first)))


def _longest_first(ending: str) -> tuple[int, str]:
    return -len(ending), ending


def _endings(data: Any, kind: str, label: str) -> set[str]:
    table = data.get(kind, {}) if isinstance(data, Mapping) else None
    if not isinstance(table, Mapping) or not all(
            isinstance(values, list) and all(isinstance(v, str) and v for v in values) for values in table.values()):
        raise NameEndingsError(f"{label}: 'name_endings' {kind!r} must map languages to lists of endings")
    return {ending for values in table.values() for ending in values}
