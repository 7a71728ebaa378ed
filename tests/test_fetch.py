"""Stage 1 for URLs: polite fetching, the disk cache, and what a user sees when a URL fails.

Every test talks to a small HTTP server the test starts on the loopback interface; no
test reaches the network.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

import provenance
from provenance.cli import main
from provenance.config import Config, FetchOptions
from provenance.fetch import Fetcher, is_url, load_urls, page_id

ARTICLE = """<!doctype html><html><head><title>Harbour board hid overrun</title>
<meta property="og:site_name" content="Radora Courier">
<meta property="article:published_time" content="2025-03-17T09:00:00+01:00"></head>
<body><article><h1>Harbour board hid overrun</h1>
<p>The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging contract from its
own auditors for eight months, according to internal minutes seen by the newspaper.</p>
<p>The minutes, dated July 2024, show board chair Ilse Marrow telling members that the overrun would be
reported only after the regional election in the autumn.</p>
<p>Two board members said the contractor, Venn Marine, had been paid in advance for dredging work on the
northern basin that has still not started.</p></article></body></html>"""

COPY = ARTICLE.replace("Radora Courier", "Kettle Blog").replace("2025-03-17T09:00", "2025-03-17T15:00")


class _Site(http.server.BaseHTTPRequestHandler):
    """The pages the tests fetch, and a log of what was asked (path, user agent)."""

    requests: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:  # the standard library's name for the GET handler
        _Site.requests.append((self.path, self.headers.get("User-Agent", "")))
        routes = {
            "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/story.html": (200, "text/html; charset=utf-8", ARTICLE),
            "/copy.html": (200, "text/html; charset=utf-8", COPY),
            "/private/memo.html": (200, "text/html", ARTICLE),
            "/paper.pdf": (200, "application/pdf", "%PDF-1.4 not a page"),
            "/empty.html": (200, "text/html", "<html><head><title>x</title></head><body><script>1</script></body></html>"),
        }
        if self.path == "/old-story":
            self.send_response(301)
            self.send_header("Location", "/story.html")
            self.end_headers()
            return
        if self.path == "/slow.html":
            time.sleep(1.0)
        status, content_type, body = routes.get(self.path, (404, "text/html", "<h1>Not found</h1>"))
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the slow page's client gave up, as the test wants

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    _Site.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _options(tmp_path: Path, **changes: object) -> FetchOptions:
    settings: dict[str, object] = {"cache_dir": tmp_path / "cache", "timeout": 0.5, "retries": 0,
                                   "backoff": 0.01, "host_delay": 0.0}
    settings.update(changes)
    return FetchOptions(**settings)  # type: ignore[arg-type]


def test_a_url_is_told_from_a_path():
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("pile/story.html") and not is_url(Path("https:/example.org"))
    assert page_id("https://www.example.org/news/2025/harbour-overrun.html") == "example-org-news-2025-harbour-overrun"


def test_pages_are_fetched_read_and_traced_with_their_final_url(site, tmp_path):
    graph = provenance.trace([f"{site}/story.html", f"{site}/old-story", f"{site}/copy.html"],
                             Config(workers=1, fetch=_options(tmp_path)))
    assert not graph.problems
    urls = sorted(article.url for article in graph.articles)
    assert urls == sorted([f"{site}/story.html", f"{site}/story.html", f"{site}/copy.html"])
    redirected = next(a for a in graph.articles if a.path == f"{site}/old-story")
    assert redirected.url == f"{site}/story.html"  # the final URL is the evidence of where the text came from
    assert graph.origins  # traced like files


def test_each_failure_is_one_line_and_the_rest_is_still_read(site, tmp_path):
    corpus = load_urls([f"{site}/story.html", f"{site}/missing.html", f"{site}/paper.pdf", f"{site}/slow.html",
                        f"{site}/private/memo.html", f"{site}/empty.html", "http://127.0.0.1:9/refused"],
                       _options(tmp_path))
    assert [d.path for d in corpus.documents] == [f"{site}/story.html"]
    messages = {problem.path.rsplit("/", 1)[-1]: problem.message for problem in corpus.problems}
    assert messages["missing.html"] == "HTTP 404 Not Found"
    assert messages["paper.pdf"] == "not a web page (application/pdf)"
    assert messages["slow.html"].startswith("cannot fetch")
    assert messages["memo.html"] == "robots.txt asks robots not to fetch this page"
    assert messages["empty.html"] == "no article text found in the HTML"
    assert messages["refused"].startswith("cannot fetch")
    assert all("\n" not in message for message in messages.values())


def test_a_second_run_reads_the_cache_and_asks_nothing(site, tmp_path):
    options = _options(tmp_path)
    first = load_urls([f"{site}/story.html"], options)
    asked = len(_Site.requests)
    second = load_urls([f"{site}/story.html"], options)
    assert len(_Site.requests) == asked
    assert first.documents == second.documents


def test_without_a_cache_every_run_fetches_again(site, tmp_path):
    options = _options(tmp_path, cache_dir=None)
    load_urls([f"{site}/story.html"], options)
    load_urls([f"{site}/story.html"], options)
    assert [path for path, _ in _Site.requests].count("/story.html") == 2
    assert not (tmp_path / "cache").exists()


def test_requests_name_the_tool_and_wait_between_two_on_one_host(site, tmp_path):
    fetcher = Fetcher(_options(tmp_path, cache_dir=None, host_delay=0.3))
    started = time.monotonic()
    fetcher.fetch(f"{site}/story.html")
    fetcher.fetch(f"{site}/copy.html")
    assert time.monotonic() - started >= 0.3
    assert all(agent.startswith("provenance/") for _, agent in _Site.requests)


def test_a_busy_server_is_asked_again_after_a_pause(tmp_path, monkeypatch):
    import urllib.error

    from provenance import fetch

    calls: list[str] = []

    def flaky(self: Fetcher, url: str) -> fetch.FetchedPage:
        calls.append(url)
        if len(calls) < 3:
            raise urllib.error.HTTPError(url, 503, "Service Unavailable", None, None)  # type: ignore[arg-type]
        return fetch.FetchedPage(url, url, "text/html", "utf-8", ARTICLE.encode())

    monkeypatch.setattr(Fetcher, "_request", flaky)
    monkeypatch.setattr(Fetcher, "_allowed", lambda self, url: True)
    page = Fetcher(_options(tmp_path, retries=2)).fetch("http://127.0.0.1/busy")
    assert len(calls) == 3 and page.body.startswith(b"<!doctype")


def test_the_command_takes_urls_and_a_url_file(site, tmp_path):
    links = tmp_path / "links.txt"
    links.write_text(f"# the pile\n{site}/copy.html\n\n{site}/missing.html\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", f"{site}/story.html", "--urls", str(links), "--cache",
                                       str(tmp_path / "cache"), "--fetch-delay", "0", "-f", "json"])
    assert result.exit_code == 1, result.output  # one URL could not be used
    assert '"url": "' + site + '/story.html"' in result.stdout
    assert f"{site}/missing.html: HTTP 404 Not Found" in result.stderr


def test_the_command_needs_something_to_trace():
    result = CliRunner().invoke(main, ["trace"])
    assert result.exit_code == 2 and "at least one PATH or URL" in result.output
