"""Two versions of one story among pages sharing its text: a first take and an update.

A wire files a story, then a write-through that keeps it and adds paragraphs; papers print
one or the other, often undated, so no date says who took from whom. The pages carrying the
first take hold nearly all of their text in those carrying the update, which add text the
first take lacks. Told apart, the versions are two nodes, the update derived from the first
take, so that a fact-checker sees which text each page carried and what was added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from provenance.graph.relations import ReuseRelation

#: A page holds another's text when at least this share of its narrative trigrams is in it...
CONTAINED = 0.85
#: ... and the other adds to it when at most this share of its own trigrams is in the page.
#: Chosen as a clear gap: a reprint's trim of a closing line stays above it, a write-through
#: adding two paragraphs to five falls below.
ADDS = 0.7
#: Pages of one version hold each other's text both ways at least this much.
SAME_VERSION = 0.8
#: Each version is carried by at least this many pages: one shorter page is a trimmed
#: reprint or a truncated excerpt, not a version.
MIN_PAGES = 2


@dataclass(frozen=True)
class Versions:
    """The pages of each version, and the link between them whose passages show the shared text."""

    first: tuple[str, ...]
    update: tuple[str, ...]
    link: ReuseRelation


def split_versions(members: Sequence[str], relations: Sequence[ReuseRelation]) -> Versions | None:
    """The group's first take and update, when its links tell them apart cleanly; else None."""
    shorter: set[str] = set()
    longer: set[str] = set()
    for relation in relations:
        held = _held_in_other(relation)
        if held is not None:
            shorter.add(held[0])
            longer.add(held[1])
    if not shorter or shorter & longer:
        return None
    for member in sorted(set(members) - shorter - longer):
        side = _side_of(member, relations, shorter, longer)
        if side is None:
            return None
        side.add(member)
    if len(shorter) < MIN_PAGES or len(longer) < MIN_PAGES or not _consistent(relations, shorter):
        return None
    across = [r for r in relations if (r.later in shorter) != (r.earlier in shorter)]
    link = max(across, key=lambda r: (r.link.score, r.later, r.earlier))
    return Versions(tuple(sorted(shorter)), tuple(sorted(longer)), link)


def _held_in_other(relation: ReuseRelation) -> tuple[str, str] | None:
    """(shorter, longer) when one page's text is held in the other, which adds to it."""
    link = relation.link
    if link.containment_a >= CONTAINED and link.containment_b <= ADDS:
        return link.a, link.b
    if link.containment_b >= CONTAINED and link.containment_a <= ADDS:
        return link.b, link.a
    return None


def _same_version(relation: ReuseRelation) -> bool:
    return min(relation.link.containment_a, relation.link.containment_b) >= SAME_VERSION


def _side_of(member: str, relations: Sequence[ReuseRelation], shorter: set[str],
             longer: set[str]) -> set[str] | None:
    """The version a page with no telling link carries: the side it is the same text as, if one."""
    twins = {other for r in relations if _same_version(r) and member in (r.later, r.earlier)
             for other in (r.later, r.earlier) if other != member}
    sides = [side for side in (shorter, longer) if twins & side]
    return sides[0] if len(sides) == 1 else None


def _consistent(relations: Sequence[ReuseRelation], shorter: set[str]) -> bool:
    """Every link within a version joins the same text, every link across joins a first take
    held in an update."""
    for relation in relations:
        if (relation.later in shorter) == (relation.earlier in shorter):
            if not _same_version(relation):
                return False
        elif (held := _held_in_other(relation)) is None or held[0] not in shorter:
            return False
    return True
