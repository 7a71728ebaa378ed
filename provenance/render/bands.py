"""Time flows down by calendar: one band per published day, its date at the band's top.

Within a drawing (or one story's panel), every node published on a day lies below the
label of that day and above the label of the next day, so a reader sees when each page
appeared by where it is, not only by the date in its box. Edges still run from source to
what it fed; an undated node keeps its place by its edges alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from provenance.models import Node

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Band:
    """One published day and the drawn nodes of that day, in drawing order."""

    day: date
    members: tuple[str, ...]

    @property
    def label(self) -> str:
        """"Mon 3 Mar 2025": fixed English words, the same on every machine and locale."""
        return f"{_WEEKDAYS[self.day.weekday()]} {self.day.day} {_MONTHS[self.day.month - 1]} {self.day.year}"


def day_of(node: Node) -> date | None:
    """The local calendar day the node was published, if its date is known to the day."""
    if not node.published or len(node.published) < 10:
        return None
    try:
        return date.fromisoformat(node.published[:10])
    except ValueError:
        return None


def bands(drawn: Iterable[tuple[str, Node]]) -> tuple[Band, ...]:
    """Bands of the given (drawn name, node) pairs, earliest day first; none for a single day.

    A drawn name met again (a folded group of copies) belongs to its earliest member's day.
    """
    first_day: dict[str, date] = {}
    for name, node in drawn:
        day = day_of(node)
        if day is not None and (name not in first_day or day < first_day[name]):
            first_day[name] = day
    by_day: dict[date, list[str]] = {}
    for name, day in first_day.items():
        by_day.setdefault(day, []).append(name)
    if len(by_day) < 2:
        return ()
    return tuple(Band(day, tuple(by_day[day])) for day in sorted(by_day))
