"""What a page's URL says beyond its host: archive snapshots, caches, mirrors, accounts.

A page saved on the Wayback Machine, served from Google's AMP cache or read through a
translation proxy is the original outlet's article seen elsewhere. The wrapped URL names
that outlet; the wrapper is only where the copy was found.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

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


#: A path that serves another view of an article: its AMP page, a print or mobile version.
_VIEW_PATH = re.compile(r"(?:/amp/?|\.amp(?:\.html?)?|/print/?|/mobile/?)$|/amp/", re.IGNORECASE)
#: Subdomains that serve such a view ("amp.example.com", "m.example.com").
_VIEW_HOSTS = ("amp.", "m.", "mobile.", "print.")


def is_variant_view(url: str | None) -> bool:
    """True for a URL that shows an article another way than its plain address: with a query
    string ("?output=print", "?utm_source=…", "?outputType=amp"), an AMP or print path or host. Of
    one article saved twice at one time, the plain address is the article's own."""
    parts = _split(url)
    return parts is not None and (bool(parts.query) or bool(_VIEW_PATH.search(parts.path))
                                  or (parts.hostname or "").startswith(_VIEW_HOSTS))


def _split(url: str | None) -> SplitResult | None:
    """The URL's parts; None for no URL or one that cannot be parsed (pages lie)."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def archived_url(url: str | None) -> str | None:
    """The URL of the original page a snapshot or cache copy wraps, when its URL says it."""
    parts = _split(url)
    if parts is None:
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


#: Hosts where a person publishes under an account named in the URL's first path part
#: (x.com/<account>) or in the subdomain (<account>.substack.com).
_PATH_ACCOUNTS = {"twitter.com": "x", "x.com": "x", "mobile.twitter.com": "x", "t.me": "telegram",
                  "telegram.me": "telegram", "medium.com": "blog", "youtube.com": "youtube",
                  "www.youtube.com": "youtube",
                  "facebook.com": "facebook", "www.facebook.com": "facebook", "instagram.com": "instagram",
                  "www.instagram.com": "instagram", "truthsocial.com": "truth-social", "threads.net": "threads"}
_SUBDOMAIN_ACCOUNTS = {"substack.com": "substack", "blogspot.com": "blog", "wordpress.com": "blog",
                       "medium.com": "blog", "tumblr.com": "blog"}


def platform_account(url: str | None) -> tuple[str, str] | None:
    """(platform, account) of a URL on a platform where people publish in their own name."""
    parts = _split(url)
    if parts is None:
        return None
    host = (parts.hostname or "").lower()
    if host in _PATH_ACCOUNTS:
        first = parts.path.strip("/").split("/")[0].lstrip("@").lower()
        return (_PATH_ACCOUNTS[host], first) if first and first not in ("status", "watch", "channel", "i") else None
    for suffix, platform in _SUBDOMAIN_ACCOUNTS.items():
        if host.endswith("." + suffix) and host.count(".") == suffix.count(".") + 1:
            return platform, host.split(".")[0]
    return None


#: A path segment's words: runs of letters and digits (hyphens, underscores, plus signs and
#: anything else an address may hold, "%00" too, separate them).
_SLUG_WORD = re.compile(r"[^\W_]+")
#: A file ending after the slug ("….html", "….shtml").
_SLUG_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
#: Words of a slug that are no words: numbers, ids and hashes ("idUSKBN0LW0NF20150228", "a9bac60e").
_SLUG_NOISE = re.compile(r"\w*\d\w*")
#: A slug of fewer words is a section's name or an id, not a headline; of more, no headline
#: either (a query or a path a page made up).
MIN_SLUG_WORDS, MAX_SLUG_WORDS = 5, 30


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the headline most news sites write into an article's address
    ("…/2018/10/22/tim-cook-refute-categoriquement-un-potentiel-espionnage-chinois/"): the path
    segment with the most words, lower case and without accents as the site wrote it; none
    when no segment has MIN_SLUG_WORDS words (a section, an id, a query)."""
    parts = _split(url)
    if parts is None or not parts.netloc:
        return ()  # no address: a path alone ("not a url at all") spells nothing
    best: list[str] = []
    for segment in unquote(parts.path).split("/"):
        words = [w for w in _SLUG_WORD.findall(_SLUG_SUFFIX.sub("", segment)) if not _SLUG_NOISE.fullmatch(w)]
        if len(words) > len(best):
            best = words
    return tuple(best) if MIN_SLUG_WORDS <= len(best) <= MAX_SLUG_WORDS else ()
