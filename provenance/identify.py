"""Stage 3, identify: which outlet published each article, and when.

Every candidate is kept with its evidence and strength; the strongest wins and unknown
is an honest answer. The outlet that *published* a page (metadata, domain, the agency's
own dateline mark, an "About X" box) is told apart from sources it merely *credits*
("Source: X", "With inputs from X"), which the attribution stage records instead.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from datetime import date

from provenance import dates
from provenance.models import Block, CleanedDocument, Identity, MonthDate, OutletCandidate, Span
from provenance.outlets import Registry, host_of, site_of
from provenance.urls import archived_url, is_archive

#: Strength of each kind of outlet evidence. Metadata is the page describing itself;
#: a ``source`` field is weaker because feeds use it both for the publisher and for
#: the agency whose copy they carry.
OUTLET_STRENGTH = {"metadata": 1.0, "domain": 0.8, "metadata-source": 0.7, "dateline": 0.6,
                   "self-description": 0.5, "byline": 0.45, "copyright": 0.45, "unregistered-domain": 0.4}
#: A dateline's strength on a page whose URL is another (unregistered) site's: the
#: site republishes the wire's copy. Below "unregistered-domain", so the site wins.
DATELINE_ON_OTHER_SITE = 0.35
#: Country-code top-level domains used as generic ones: they say nothing of the country.
GENERIC_COUNTRY_DOMAINS = frozenset({"CO", "IO", "TV", "FM", "ME", "AI", "LY", "CC", "WS", "TO", "GG", "SH", "NU",
                                     "AM"})
INTERNATIONAL_KINDS = frozenset({"wire", "state-media"})
#: Wire marks count as a dateline only in the first lines of the body.
DATELINE_LINES = 6

_ABOUT = re.compile(r"^About\s+(?:us\s*[-:|]\s*)?(?P<name>[A-Z][\w .'&-]{1,40}?)\s*$")
_BYLINE_DESK = re.compile(r"^By\s+(?:the\s+)?(?P<name>[A-Z][\w .'&-]{1,40}?)\s+(?:staff|newsroom|news desk|desk|"
                          r"reporters?|correspondents?|team)\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[A-Z][\w.'&-]*"
                        r"(?:\s+[A-Z][\w.'&-]*){0,5}?)(?:\s+(?:Media|Group|Ltd|Limited|Inc|LLC|Corporation|Company|"
                        r"Co|plc|AG|GmbH|SA)\.?)*[.,]?(?:\s+all rights reserved\.?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class IdentifiedDocument:
    cleaned: CleanedDocument
    identity: Identity


@dataclass(frozen=True)
class Observation:
    """What one article says of its outlet and dates, before the corpus fixes year-less dates."""

    outlet_candidates: tuple[OutletCandidate, ...]
    raw_dates: tuple[dates.RawDate, ...]
    month: MonthDate | None = None  # the month a page gives without a day


def identify_corpus(cleaned: tuple[CleanedDocument, ...], registry: Registry) -> tuple[IdentifiedDocument, ...]:
    """Identify every article; year-less dates borrow the year from the corpus."""
    return resolve(cleaned, tuple(observe(doc, registry) for doc in cleaned))


def observe(cleaned: CleanedDocument, registry: Registry) -> Observation:
    """One article's outlet candidates and raw dates (independent of the rest: runs in parallel)."""
    candidates = _outlet_candidates(cleaned, registry)
    country = _country(candidates, registry, cleaned.document.url)
    localise = not _international(candidates, registry)
    raw = tuple(dates.collect(cleaned, country, localise))
    return Observation(candidates, raw, None if dates.gives_a_day(raw) else dates.month_date(cleaned))


def resolve(cleaned: tuple[CleanedDocument, ...],
            observations: tuple[Observation, ...]) -> tuple[IdentifiedDocument, ...]:
    """Choose each article's outlet and date; the corpus's median day dates year-less ones."""
    corpus_reference = _corpus_reference([list(item.raw_dates) for item in observations])
    results = []
    for doc, item in zip(cleaned, observations, strict=True):
        raw = list(item.raw_dates)
        resolved = dates.resolve(raw, dates.reference_day(raw) or corpus_reference)
        candidates = item.outlet_candidates
        published = dates.choose(resolved)
        identity = Identity(outlet=candidates[0] if candidates else None, outlet_candidates=candidates,
                            published=published, date_candidates=resolved,
                            month=item.month if published is None else None)
        results.append(IdentifiedDocument(doc, identity))
    return tuple(results)


def _corpus_reference(raw_dates: list[list[dates.RawDate]]) -> date | None:
    days = [d for d in (dates.reference_day(raw) for raw in raw_dates) if d is not None]
    if not days:
        return None
    return date.fromordinal(int(statistics.median_low(d.toordinal() for d in days)))


def _international(candidates: tuple[OutletCandidate, ...], registry: Registry) -> bool:
    """Wires and state media publish on UTC for the world, not on their home clock."""
    outlet = registry.get(candidates[0].outlet_id) if candidates and candidates[0].outlet_id else None
    return bool(outlet and outlet.kind in INTERNATIONAL_KINDS)


def _country(candidates: tuple[OutletCandidate, ...], registry: Registry, url: str | None) -> str | None:
    """The publisher's country: from the registry, else from the URL's country-code domain."""
    for candidate in candidates:
        outlet = registry.get(candidate.outlet_id) if candidate.outlet_id else None
        if outlet and outlet.country:
            return outlet.country
    suffix = host_of(url or "").rsplit(".", 1)[-1].upper()
    if len(suffix) == 2 and suffix not in GENERIC_COUNTRY_DOMAINS:
        return "GB" if suffix == "UK" else suffix
    return None


def _outlet_candidates(cleaned: CleanedDocument, registry: Registry) -> tuple[OutletCandidate, ...]:
    """All outlet candidates of one article, strongest first (stable on ties)."""
    document = cleaned.document
    found: list[OutletCandidate] = []
    if document.outlet_raw:
        method = "metadata-source" if document.outlet_raw_field in ("source", "source_name") else "metadata"
        outlet = registry.by_name(document.outlet_raw) or registry.by_url(document.outlet_raw)
        found.append(OutletCandidate(outlet.name if outlet else document.outlet_raw, outlet.id if outlet else None,
                                     method, OUTLET_STRENGTH[method]))
    if document.url:
        found.extend(_from_url(document.url, registry))
    dateline = _from_dateline(cleaned, registry)
    if any(c.method == "unregistered-domain" for c in found):
        # A wire's mark on another site's page is that site's credit to the wire, not its masthead.
        dateline = [replace(c, strength=DATELINE_ON_OTHER_SITE) for c in dateline]
    found.extend(dateline)
    found.extend(_from_about_box(cleaned, registry))
    found.extend(_from_lines(cleaned, registry, cleaned.body, _BYLINE_DESK, "byline"))
    found.extend(_from_lines(cleaned, registry, cleaned.chrome, _COPYRIGHT, "copyright"))
    order = {id(c): i for i, c in enumerate(found)}
    return tuple(sorted(found, key=lambda c: (-c.strength, order[id(c)])))


def _from_url(url: str, registry: Registry) -> list[OutletCandidate]:
    """The outlet of the URL's host; for an archive snapshot, of the page it archived."""
    inner = archived_url(url)
    if inner is None and is_archive(url):
        return []  # archive.today's short links say nothing of the page they keep
    url = inner or url
    outlet = registry.by_url(url)
    if outlet:
        return [OutletCandidate(outlet.name, outlet.id, "domain", OUTLET_STRENGTH["domain"])]
    site = site_of(host_of(url))
    if site is None:
        return []
    return [OutletCandidate(site, None, "unregistered-domain", OUTLET_STRENGTH["unregistered-domain"])]


def _from_dateline(cleaned: CleanedDocument, registry: Registry) -> list[OutletCandidate]:
    """An agency's own mark at the head of the story: "(Reuters) -", "/TASS/"."""
    text = cleaned.document.text
    for block in cleaned.body[:DATELINE_LINES]:
        marked = registry.first_mark(text, block.start, min(block.end, block.start + 120))
        if marked is not None:
            mark, outlet, position = marked
            span = Span(position, position + len(mark), mark)
            return [OutletCandidate(outlet.name, outlet.id, "dateline", OUTLET_STRENGTH["dateline"], span)]
    return []


def _from_about_box(cleaned: CleanedDocument, registry: Registry) -> list[OutletCandidate]:
    """A site describing itself in its chrome: "About Binnabook"."""
    return _from_lines(cleaned, registry, cleaned.chrome, _ABOUT, "self-description")


def _from_lines(cleaned: CleanedDocument, registry: Registry, blocks: tuple[Block, ...],
                pattern: re.Pattern[str], method: str) -> list[OutletCandidate]:
    """The first line matching ``pattern`` names the site: an About box, a desk byline, a copyright."""
    text = cleaned.document.text
    for block in blocks:
        match = pattern.match(text[block.start:block.end])
        if match:
            name = match["name"].strip()
            outlet = registry.by_name(name)
            start = block.start + match.start("name")
            span = Span(start, start + len(name), name)
            return [OutletCandidate(outlet.name if outlet else name, outlet.id if outlet else None,
                                    method, OUTLET_STRENGTH[method], span)]
    return []
