"""Links as citations: the strongest evidence a page gives of where its story came from.

A link to the source ("the report, published on <a href=…>the Courier's site</a>"), a
credit whose value is a URL ("Source: https://…"), a bare URL in the text: each names the
page it points to. A link is read as a citation when it points outside the page's own
site and is not a share button or an image; the graph stage then resolves it to the page
of the pile at that URL if there is one, else to the outlet owning the domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from provenance.models import Attribution, CleanedDocument, PageLink, Span
from provenance.outlets import Registry, host_of

#: A URL written out in the text.
BARE_URL = re.compile(r"(?<![\w@/])https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]")
#: Links that are page furniture, not citations: share buttons, intents, images, feeds.
_FURNITURE = re.compile(r"/(?:share|sharer|intent|login|signup|subscribe|tag|tags|author|search)(?:[/?.]|$)|"
                        r"\.(?:jpe?g|png|gif|webp|svg|mp4|pdf|css|js)(?:[?#]|$)|[?&]share=",
                        re.IGNORECASE)
#: Hosts whose links cite no story: link shorteners we cannot follow, ad and tracking hosts.
_NO_STORY_HOSTS = frozenset({"t.co", "bit.ly", "goo.gl", "ow.ly", "tinyurl.com", "doubleclick.net"})


def link_attributions(cleaned: CleanedDocument, registry: Registry, publisher: str | None) -> list[Attribution]:
    """A citation for each link of the body that points off the page's own site."""
    own_host = _site(cleaned.document.url)
    own_outlet = publisher
    found: list[Attribution] = []
    seen: set[str] = set()
    for url, span, sentence in _links(cleaned):
        key = normalised_url(url)
        if key in seen or _furniture(url) or (own_host and _site(url) == own_host):
            continue
        outlet = registry.by_url(url)
        if outlet is not None and outlet.id == own_outlet:
            continue
        seen.add(key)
        label = outlet.name if outlet else host_of(url).removeprefix("www.")
        found.append(Attribution(kind="link", source=span, cue=None, sentence=sentence, label=label,
                                 outlet_id=outlet.id if outlet else None, phrase=span, url=url,
                                 via=f"a link to {url}"))
    return found


def _links(cleaned: CleanedDocument) -> Iterator[tuple[str, Span, Span]]:
    """(url, the words it is set on or the URL itself, its paragraph) for every link of the body."""
    text = cleaned.document.text
    for block in cleaned.paragraphs:
        for match in BARE_URL.finditer(text, block.start, block.end):
            yield match.group(0), Span(match.start(), match.end(), match.group(0)), \
                Span(block.start, block.end, text[block.start:block.end])
    for link in cleaned.document.links:
        span = _anchor_span(cleaned, link)
        if span is not None:
            yield link.url, span[0], span[1]


def _anchor_span(cleaned: CleanedDocument, link: PageLink) -> tuple[Span, Span] | None:
    """Where an anchor's words stand in the body (the first time), with their paragraph."""
    words = link.text.strip()
    if len(words) < 2:
        return None
    text = cleaned.document.text
    for block in cleaned.paragraphs:
        at = text.find(words, block.start, block.end)
        if at >= 0:
            return Span(at, at + len(words), words), Span(block.start, block.end, text[block.start:block.end])
    return None


def _furniture(url: str) -> bool:
    return bool(_FURNITURE.search(url)) or host_of(url).removeprefix("www.") in _NO_STORY_HOSTS


def _site(url: str | None) -> str:
    """A URL's host without "www.", "m." or "amp.": one site's pages link to each other."""
    host = host_of(url or "")
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    return host


def normalised_url(url: str) -> str:
    """One key for the spellings of a page's address: scheme, "www.", query, fragment and a
    trailing slash dropped ("https://www.x.org/a/?utm=1" and "http://x.org/a" meet)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()
