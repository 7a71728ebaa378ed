"""Reports the whole pile retells: an outlet's earlier story that the news is about.

"Twitter's 2020 decision to restrict posts linking to a report in the New York Post": the
Post is named by most pages of a 2022 pile, as the subject of the story, not its source.
One page seldom says so clearly enough (the year is not always next to the name), but the
pile does: when many of the pages naming an outlet date its report, in the same sentence,
to a year before the pile's own, every citation of that outlet in the pile is background.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from provenance.facts import ArticleFacts
from provenance.models import NamedOutlet
from provenance.outlets import Registry

#: A report is the pile's background when at least this share of the pages naming its
#: outlet date it to an earlier year, and at least BACKGROUND_MIN_PAGES pages do. Calibrated
#: on the real-page development piles: a retold report is dated so by 40-70 % of the pages
#: naming it; a story's real source by none to 10 % ("the Times, which in 2019 reported ...").
BACKGROUND_SHARE = 0.25
BACKGROUND_MIN_PAGES = 3
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n")
#: How far on either side of a name a year dates its report ("a 2020 New York Post story",
#: "the Post's article from October 2020"), within the sentence. Further away a year dates
#: something else: "a recording of a 2021 meeting, CNN reported". Measured on the
#: development piles: at 40 characters a retold report is dated by 42 % of the pages naming
#: it, every real source by 10 % or less; at 250 the real sources reach 40 %.
YEAR_REACH = 40


def background_reports(facts: Iterable[ArticleFacts], registry: Registry,
                       pile_year: int | None) -> dict[str, int]:
    """Outlet id -> the earlier year most pages give its report, for reports the pile retells."""
    if pile_year is None:
        return {}
    facts = tuple(facts)
    # First the pages with an earlier year in a paragraph at all: most piles have no report
    # dated so by three pages, and then no page needs its names counted.
    read = {fact.id: _dated_mentions(fact, registry, pile_year) for fact in facts
            if _has_earlier_year(fact, pile_year)}
    dating: dict[str, Counter[int]] = {}
    for mentions in read.values():
        for outlet_id, year in mentions.items():
            if year is not None:
                dating.setdefault(outlet_id, Counter())[year] += 1
    if not any(sum(years.values()) >= BACKGROUND_MIN_PAGES for years in dating.values()):
        return {}
    naming: Counter[str] = Counter(outlet_id for fact in facts for outlet_id in
                                   (read[fact.id] if fact.id in read else _dated_mentions(fact, registry, pile_year)))
    found = {}
    for outlet_id, years in dating.items():
        votes = sum(years.values())
        if votes >= BACKGROUND_MIN_PAGES and votes >= BACKGROUND_SHARE * naming[outlet_id]:
            found[outlet_id] = max(sorted(years), key=lambda y: years[y])
    return found


def _has_earlier_year(fact: ArticleFacts, pile_year: int) -> bool:
    text = fact.identified.cleaned.document.text
    return any(1900 < int(year) < pile_year for block in fact.identified.cleaned.paragraphs
               for year in _YEAR.findall(text, block.start, block.end))


def _dated_mentions(fact: ArticleFacts, registry: Registry, pile_year: int) -> Mapping[str, int | None]:
    """Each outlet a page's body names (not its own), with an earlier year one of its sentences gives."""
    text = fact.identified.cleaned.document.text
    found: dict[str, int | None] = {}
    for mention in body_outlets(fact, registry):
        outlet_id = mention.outlet_id
        if outlet_id == fact.publisher_id or found.get(outlet_id) is not None:
            continue
        found[outlet_id] = earlier_year(_sentence(text, mention.start, mention.end), pile_year)
    return found


def body_outlets(fact: ArticleFacts, registry: Registry) -> tuple[NamedOutlet, ...]:
    """The outlets the body names, as the workers read them (read here when they did not)."""
    if fact.body_outlets is not None:
        return fact.body_outlets
    return registry.named_in_body(fact.identified.cleaned, fact.language)


def _sentence(text: str, start: int, end: int) -> str:
    """The words around a name, at most YEAR_REACH characters either way, within its sentence."""
    before = text[max(0, start - YEAR_REACH):start]
    ends = list(_SENTENCE_END.finditer(before))
    after = _SENTENCE_END.search(text, end, end + YEAR_REACH)
    opening = ends[-1].end() if ends else 0
    return before[opening:] + text[start:after.start() if after else end + YEAR_REACH]


def earlier_year(passage: str, now: int) -> int | None:
    """The latest year a passage gives, when every year it gives is before ``now``."""
    years = [int(y) for y in _YEAR.findall(passage)]
    earlier = [y for y in years if 1900 < y < now]
    return max(earlier) if earlier and len(earlier) == len(years) else None
