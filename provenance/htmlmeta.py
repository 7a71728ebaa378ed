"""HTML pages: metadata read from the markup, main text through trafilatura.

trafilatura/htmldate keep only the day of a publication date and lose its time zone, so
``article:published_time``, JSON-LD and ``<time>`` elements are read here directly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from provenance.models import PageLink

_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished",
                   "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
                   "date", "sailthru.date", "parsely-pub-date")
#: Ask htmldate for the original (published) date rather than the latest (updated) one.
ORIGINAL_DATE = True
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified")


@dataclass(frozen=True)
class HtmlMetadata:
    title: str | None = None
    url: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    site_name_source: str | None = None


def _parse(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return None


def read_metadata(html: str) -> HtmlMetadata:
    tree = _parse(html)
    if tree is None:
        return HtmlMetadata()
    meta = _meta_values(tree)
    ld = _json_ld_article(tree)
    published = _first(meta, _PUBLISHED_META) or _text(ld.get("datePublished")) or _time_element(tree)
    site_name, source = None, None
    if meta.get("og:site_name"):
        site_name, source = meta["og:site_name"], "og:site_name"
    elif _text(ld.get("publisher")):
        site_name, source = _text(ld.get("publisher")), "json-ld publisher"
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    title_nodes = tree.xpath("//title/text()")
    return HtmlMetadata(
        title=meta.get("og:title") or _text(ld.get("headline")) or (title_nodes[0].strip() if title_nodes else None),
        url=_absolute(canonical[0] if canonical else None) or _absolute(meta.get("og:url")),
        published=published,
        modified=_first(meta, _MODIFIED_META) or _text(ld.get("dateModified")),
        site_name=site_name, site_name_source=source)


def _absolute(url: str | None) -> str | None:
    """Only an absolute http(s) URL names the site; a relative canonical link does not."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def _meta_values(tree: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content and key.lower() not in values:
            values[key.lower()] = content
    return values


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if meta.get(key.lower()):
            return meta[key.lower()]
    return None


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (``@graph`` flattened)."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except (json.JSONDecodeError, ValueError):
            continue
        for item in _flatten_ld(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
                return item
    return {}


def _flatten_ld(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for entry in data for item in _flatten_ld(entry)]
    if isinstance(data, dict):
        return [data, *_flatten_ld(data.get("@graph", []))]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _time_element(tree: Any) -> str | None:
    for element in tree.xpath("//time[@datetime]"):
        if element.get("pubdate") is not None or "publish" in (element.get("class") or ""):
            return element.get("datetime")
    return None


#: At most this many body links are kept per page (a link farm is not a story's sources).
MAX_BODY_LINKS = 200


def body_links(html: str, base_url: str | None) -> tuple[PageLink, ...]:
    """The links of the article's paragraphs (``<p>`` and list items inside ``<article>`` or
    ``<main>``, else any ``<p>``), absolute, with the words they are set on. Navigation,
    footers and share bars are not paragraphs, so their links are left out."""
    tree = _parse(html)
    if tree is None:
        return ()
    scope = tree.xpath("//article|//main") or [tree]
    found: dict[str, PageLink] = {}
    for container in scope:
        for anchor in container.xpath(".//p//a[@href]|.//li//a[@href]|.//blockquote//a[@href]"):
            href = urljoin(base_url or "", anchor.get("href", "").strip())
            if href.startswith(("http://", "https://")) and href not in found:
                found[href] = PageLink(href, " ".join(anchor.text_content().split()))
            if len(found) >= MAX_BODY_LINKS:
                return tuple(found.values())
    return tuple(found.values())


def main_text(html: str) -> str | None:
    """The article's text, paragraph per line; trafilatura first, the body text if it fails."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True, deduplicate=False)
    if text and text.strip():
        return text
    tree = _parse(html)
    if tree is None:
        return None
    for junk in tree.xpath("//script|//style|//noscript"):
        junk.drop_tree()
    body = tree.find("body")
    content = (body if body is not None else tree).text_content()
    return content.strip() or None


def htmldate_day(html: str, url: str | None) -> str | None:
    """htmldate's publication day: its many page heuristics, used as one more candidate.

    Its extensive search finds real dates in page text, but when all it has is a stray
    year it answers 1 January of that year. A 1 January answer that the plain search does
    not confirm is such a guess and is dropped: on the htmldate evaluation pages this
    removed two wrong days and no right one (docs/evaluation.md).
    """
    from htmldate import find_date

    try:
        day = find_date(html, url=url, original_date=ORIGINAL_DATE)
        if day and day.endswith("-01-01") and find_date(html, url=url, original_date=ORIGINAL_DATE,
                                                        extensive_search=False) != day:
            return None
    except (ValueError, TypeError):
        return None
    return day
