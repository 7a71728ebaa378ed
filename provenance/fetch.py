"""Stage 1 for URLs: fetch pages politely, keep them on disk, read them like files.

A fact-checker's pile is often a list of links. Each is fetched once, with a timeout,
retries with growing pauses for failures that may pass (a timeout, HTTP 429 or 5xx), a
user agent that names the tool, the site's robots.txt obeyed, and a pause between two
requests to one host. Every response is cached on disk (keyed by the URL asked for), so
a second run reads the cache and touches no network. The page's final URL, after
redirects, is kept as the document's URL: it is evidence of where the text came from.
A URL that cannot be used is one :class:`InputProblem` with a one-line reason; the
others are still traced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, replace
from email.message import Message
from pathlib import Path

from provenance import formats
from provenance.config import FetchOptions, Progress
from provenance.load import UnreadableInput, decode_bytes
from provenance.models import Corpus, InputProblem, LoadedDocument
from provenance.output import write_atomically

#: Content types read as a page; anything else (a PDF, an image, a feed) is refused.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
#: HTTP statuses worth asking again after a pause: the server may be busy, not wrong.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def is_url(item: str | os.PathLike[str]) -> bool:
    """An http(s) address, as opposed to a path on disk."""
    return isinstance(item, str) and re.match(r"https?://", item, re.IGNORECASE) is not None


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the URL asked for
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes
    from_cache: bool = False


class FetchError(Exception):
    """A URL that cannot be used; the message is shown to the user as is."""


class Fetcher:
    """Fetches one URL at a time, keeping each host's robots.txt and last request time."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}

    def fetch(self, url: str) -> FetchedPage:
        cached = self._cached(url)
        if cached is not None:
            return cached
        if not self._allowed(url):
            raise FetchError("robots.txt asks robots not to fetch this page")
        page = self._with_retries(url)
        self._store(page)
        return page

    def _with_retries(self, url: str) -> FetchedPage:
        for attempt in range(self.options.retries + 1):
            try:
                return self._request(url)
            except urllib.error.HTTPError as error:
                if error.code not in RETRY_STATUSES or attempt == self.options.retries:
                    raise FetchError(f"HTTP {error.code} {error.reason}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                if attempt == self.options.retries:
                    reason = getattr(error, "reason", error)
                    raise FetchError(f"cannot fetch ({reason or 'timed out'})") from None
            time.sleep(self.options.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _request(self, url: str) -> FetchedPage:
        self._wait_for_host(url)
        request = urllib.request.Request(url, headers={"User-Agent": self.options.user_agent,
                                                       "Accept": "text/html,application/xhtml+xml,text/plain"})
        with urllib.request.urlopen(request, timeout=self.options.timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in HTML_TYPES | TEXT_TYPES:
                raise FetchError(f"not a web page ({content_type})")
            body = response.read(self.options.max_bytes + 1)
            if len(body) > self.options.max_bytes:
                raise FetchError(f"too large (more than {self.options.max_bytes:,} bytes)")
            return FetchedPage(url, response.geturl(), content_type, headers.get_content_charset(), body)

    def _wait_for_host(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            pause = self.options.host_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        """What the host's robots.txt says of this URL for our user agent (allowed if it has none)."""
        parts = urllib.parse.urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}".lower()
        if host not in self._robots:
            self._robots[host] = self._read_robots(f"{host}/robots.txt")
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.options.user_agent, url)

    def _read_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        try:
            page = self._request(robots_url)
        except (FetchError, urllib.error.URLError, TimeoutError, ConnectionError):
            return None  # no robots.txt (404), or none we can read: nothing is asked of us
        rules = urllib.robotparser.RobotFileParser(robots_url)
        rules.parse(page.body.decode(page.charset or "utf-8", errors="replace").splitlines())
        return rules

    # ------------------------------------------------------------------ the disk cache

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.options.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.options.cache_dir / f"{key}.json", self.options.cache_dir / f"{key}.body"

    def _cached(self, url: str) -> FetchedPage | None:
        paths = self._paths(url)
        if paths is None or not paths[0].exists() or not paths[1].exists():
            return None
        try:
            meta = json.loads(paths[0].read_text(encoding="utf-8"))
            return FetchedPage(url, meta["final_url"], meta["content_type"], meta.get("charset"),
                               paths[1].read_bytes(), from_cache=True)
        except (OSError, ValueError, KeyError):
            return None  # a damaged cache entry is fetched again

    def _store(self, page: FetchedPage) -> None:
        paths = self._paths(page.url)
        if paths is None:
            return
        paths[0].parent.mkdir(parents=True, exist_ok=True)
        write_atomically(paths[1], page.body)
        meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
                "charset": page.charset, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        write_atomically(paths[0], json.dumps(meta, indent=1) + "\n")


def load_urls(urls: Iterable[str], options: FetchOptions | None = None,
              progress: Progress | None = None) -> Corpus:
    """Fetch and read each URL; each one that cannot be used is a one-line problem."""
    fetcher = Fetcher(options or FetchOptions())
    wanted = list(dict.fromkeys(urls))
    documents: list[LoadedDocument] = []
    problems: list[InputProblem] = []
    for number, url in enumerate(wanted, start=1):
        if progress is not None:
            progress("fetching", number, len(wanted))
        try:
            documents.append(read_page(fetcher.fetch(url)))
        except (FetchError, UnreadableInput) as error:
            problems.append(InputProblem(url, str(error)))
    return Corpus(tuple(documents), tuple(problems))


def read_page(page: FetchedPage) -> LoadedDocument:
    """A fetched page as a document: its text extracted, its final URL kept as evidence."""
    text = page.body.decode(page.charset, errors="replace") if page.charset else decode_bytes(page.body)
    if not text.strip():
        raise UnreadableInput("empty page")
    doc_id = page_id(page.final_url)
    if page.content_type in TEXT_TYPES:
        return LoadedDocument(id=doc_id, path=page.url, format="txt", text=formats.normalise_text(text),
                              url=page.final_url)
    parsed = formats.parse_html(text, doc_id, page.url)
    if isinstance(parsed, InputProblem):
        raise UnreadableInput(parsed.message)
    return parsed if parsed.url else replace(parsed, url=page.final_url)


def page_id(url: str) -> str:
    """A readable, stable id for a page: host and path ("example.com-news-2024-story")."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    path = re.sub(r"\.(?:s?html?|php|aspx?)$", "", parts.path.strip("/"), flags=re.IGNORECASE)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{host}/{path}").strip("-")
    return slug[:120] or "page"
