"""Outlets the pile itself names: known for resolving attributions, registry or not.

A scoop by a paper that is not in the registry is still an outlet when the pile's own
records say so (an ``outlet``/``site_name`` field, HTML site metadata): a wire writing
"The Radora Courier reported" then cites that paper instead of a person called "The
Radora Courier". Only names that look like a masthead are taken, so that a site called
"Home" or "News" does not turn every such word into a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from provenance.facts import slug
from provenance.models import LoadedDocument
from provenance.outlets import Outlet, Registry, host_of, masthead_words
from provenance.urls import archived_url, is_archive

#: Words that are site furniture, not mastheads, when a record's outlet field holds them.
_NOT_MASTHEADS = frozenset({"home", "news", "homepage", "blog", "article", "articles", "page", "index", "unknown",
                            "none", "null", "admin", "editor", "staff", "latest", "world", "politics"})
_DOMAIN_LIKE = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_NAME_CHARS = re.compile(r"^[\w][\w .&'’-]{1,58}[\w.]$")


def with_pile_outlets(registry: Registry, documents: Iterable[LoadedDocument]) -> Registry:
    """The registry plus an entry for every unregistered masthead the pile's records give."""
    return with_outlets(registry, (pile_outlet(document, registry) for document in documents))


def with_outlets(registry: Registry, found_in_order: Iterable[Outlet | None]) -> Registry:
    """The registry plus the pile's outlets, in corpus order (the first of one id wins)."""
    found: dict[str, Outlet] = {}
    for outlet in found_in_order:
        if outlet is not None and outlet.id not in found:
            found[outlet.id] = outlet
    if not found:
        return registry
    return Registry({**found, **registry.outlets}, registry.preferred)


def pile_outlet(document: LoadedDocument, registry: Registry) -> Outlet | None:
    """The unregistered masthead one document's record gives, if any (read per document,
    so that an engine may read them where the documents are)."""
    name = (document.outlet_raw or "").strip()
    if not _looks_like_masthead(name) or registry.by_name(name) is not None:
        return None
    url = archived_url(document.url) or (None if is_archive(document.url) else document.url)
    host = host_of(url or "").removeprefix("www.")
    if host and registry.by_url(host) is not None:
        return None  # the domain is a registered outlet's: the name is one of its sections
    # "The Westfold Gazette" is a paper; "Kettle Blog", "Notes from Moutrei" are not known to be
    kind = "newspaper" if name.split()[-1] in masthead_words() else "digital"
    return Outlet(id=f"pile-{slug(name)}", name=name, kind=kind, domains=(host,) if host else ())


def _looks_like_masthead(name: str) -> bool:
    """A name of two words or more, or one word that is not common furniture."""
    if not name or _DOMAIN_LIKE.match(name) or not _NAME_CHARS.match(name) or "http" in name.casefold():
        return False
    if not any(ch.isupper() for ch in name):
        return False
    words = name.split()
    if len(words) == 1:
        return name.casefold() not in _NOT_MASTHEADS and len(name) >= 3
    return len(words) <= 7
