"""What a page's URL says beyond its host: archive snapshots, caches and mirrors.

A page saved on the Wayback Machine, served from Google's AMP cache or read through a
translation proxy is the original outlet's article seen elsewhere. The wrapped URL names
that outlet; the wrapper is only where the copy was found.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from provenance.outlets import host_of

#: Hosts that keep copies of other sites' pages (the page is a snapshot, never an outlet).
ARCHIVE_HOSTS = frozenset({"web.archive.org", "archive.org", "wayback.archive.org", "archive.today", "archive.ph",
                           "archive.is", "archive.li", "archive.md", "archive.vn", "archive.fo",
                           "webcache.googleusercontent.com", "cachedview.nl", "ghostarchive.org",
                           "cdn.ampproject.org", "scribd.com", "www.scribd.com", "documentcloud.org",
                           "www.documentcloud.org", "12ft.io", "archive.ec", "r.jina.ai"})

_WAYBACK = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>.+)$")
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(?P<url>.+)$")


def is_archive(url: str | None) -> bool:
    """True for a page kept by an archive, cache or document host."""
    if not url:
        return False
    host = host_of(url)
    return host in ARCHIVE_HOSTS or host.endswith((".cdn.ampproject.org", ".translate.goog"))


def archived_url(url: str | None) -> str | None:
    """The URL of the original page a snapshot or cache copy wraps, when its URL says it."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host.endswith("archive.org") and (match := _WAYBACK.match(parts.path)):
        return _absolute(match["url"] + (f"?{parts.query}" if parts.query else ""))
    if host.endswith("cdn.ampproject.org") and (match := _AMP_CACHE.match(parts.path)):
        return _absolute(match["url"])
    if host == "webcache.googleusercontent.com":
        query = parse_qs(parts.query).get("q", [""])[0]
        return _absolute(query.removeprefix("cache:").split(" ")[0]) if query.startswith("cache:") else None
    if host.endswith(".translate.goog"):
        original = host.removesuffix(".translate.goog").replace("--", "\0").replace("-", ".").replace("\0", "-")
        return f"https://{original}{parts.path}"
    return None


def _absolute(url: str) -> str | None:
    url = unquote(url)
    if url.startswith(("http://", "https://")):
        return url
    if re.match(r"^https?:/[^/]", url):  # archives squeeze "//" to "/"
        return url.replace(":/", "://", 1)
    return f"https://{url}" if re.match(r"^[\w-]+(\.[\w-]+)+(/|$)", url) else None
