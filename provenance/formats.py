"""Parsers for the input formats: JSON records, JSON Lines and HTML pages.

Field names follow the conventions of common scrapers and news datasets; unknown
fields are ignored. HTML main text comes from trafilatura (the maintained tool made for
boilerplate-free extraction); the publication timestamp and site name are read from the
page's own metadata, because trafilatura keeps only the day of the date.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from provenance.models import InputProblem, LoadedDocument, PageLink

TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "articleBody")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
DATE_FIELDS = ("published", "datePublished", "date_published", "published_at", "pubDate",
               "date_publish", "date", "publish_date")
MODIFIED_FIELDS = ("modified", "dateModified", "date_modified", "updated", "updated_at")
OUTLET_FIELDS = ("outlet", "site_name", "sitename", "publisher", "source", "source_name",
                 "domain", "source_domain")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What UTF-8 looks like when something upstream decoded it as Windows-1252 or Latin-1: a
#: lead byte (Â-ô) followed by a continuation byte as either code page shows it ("â€™" for
#: ’, "Ã©" for é, "Ð“" for Г). Legitimate text rarely holds such a pair; where it does
#: ("café»"), ftfy leaves it as it is.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                       "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
                       "\u203a\u0153\u017e\u0178]")


def normalise_text(text: str) -> str:
    """Unify line ends, drop control characters and NULs, repair mojibake, and apply Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", repaired(text)))


def repaired(text: str) -> str:
    """The text with UTF-8 that was decoded as Windows-1252 or Latin-1 upstream (a scraper's
    JSON, a page saved twice) decoded right, by ftfy (the maintained tool for it, which
    changes a text only where the result is plainly better), and UTF-8 decoded as a DOS code
    page (cp852, cp437), which ftfy leaves alone. Clean text, nearly all of it, costs one
    regular-expression search each: ftfy's own check would cost 0.3 ms an article."""
    if _DOS_MOJIBAKE.search(text) is not None:
        text = _DOS_RUN.sub(_dos_word, text)
    if _MOJIBAKE.search(text) is None:
        return text
    from ftfy import fix_encoding

    return fix_encoding(text)


#: UTF-8 read as a DOS code page: a lead byte shows as a box-drawing character ("├" for
#: 0xC3) followed by a continuation byte's letter ("ver├Âffentlicht", "gew├Ąhlt" for
#: "veröffentlicht", "gewählt"); a box-drawing character inside a word is no table.
_DOS_MOJIBAKE = re.compile("[\u2500-\u257f][\u0080-\u02ff\u2500-\u259f]")
_DOS_RUN = re.compile("[^\\s\"'„“”«»]*[\u2500-\u257f][^\\s\"'„“”«»]*")
_DOS_PAGES = ("cp852", "cp437")


def _dos_word(match: re.Match[str]) -> str:
    """A word read back through the DOS code page whose bytes decode as UTF-8, if one does."""
    word = match.group(0)
    for page in _DOS_PAGES:
        try:
            return word.encode(page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return word


def parse_json(text: str, base_id: str, label: str) -> list[LoadedDocument | InputProblem]:
    """A JSON file holds one record, a list of records, or ``{"articles": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [InputProblem(label, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}")]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [record_to_document(data, base_id, label, "json", None)]
    if isinstance(data, list):
        return [record_to_document(item, f"{base_id}#{index}", f"{label}#{index}", "json", index)
                for index, item in enumerate(data, start=1)]
    return [InputProblem(label, "JSON holds neither a record nor a list of records")]


def parse_jsonl(text: str, base_id: str, label: str, first_line: int = 1) -> list[LoadedDocument | InputProblem]:
    """JSON Lines: a bad line is reported with its number; the other lines still load.
    ``first_line``: the number of the text's first line in its file (when read line by line)."""
    results: list[LoadedDocument | InputProblem] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            results.append(InputProblem(where, f"invalid JSON on this line: {error.msg}"))
            continue
        results.append(record_to_document(record, f"{base_id}#{number}", where, "jsonl", number))
    return results


def record_to_document(record: Any, doc_id: str, label: str, fmt: str,
                       index: int | None) -> LoadedDocument | InputProblem:
    if not isinstance(record, dict):
        return InputProblem(label, "record is not a JSON object")
    body = _first_text(record, TEXT_FIELDS)
    if not body or not body.strip():
        return InputProblem(label, f"record has no text (looked for {', '.join(TEXT_FIELDS[:3])})")
    outlet_field = next((name for name in OUTLET_FIELDS if _field_text(record.get(name))), None)
    return LoadedDocument(
        id=doc_id, path=label, format=fmt, text=normalise_text(body),
        title=_first_text(record, TITLE_FIELDS), url=_first_text(record, URL_FIELDS),
        published_raw=_first_text(record, DATE_FIELDS),
        modified_raw=_first_text(record, MODIFIED_FIELDS),
        outlet_raw=_field_text(record.get(outlet_field)) if outlet_field else None,
        outlet_raw_field=outlet_field, record=index, links=_record_links(record.get("links")))


def _record_links(value: Any) -> tuple[PageLink, ...]:
    """A record's ``links``: URLs, or objects with ``url`` (or ``href``) and ``text``."""
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if isinstance(item, str):
            found.append(PageLink(item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("url") or item.get("href"), str):
            found.append(PageLink(str(item.get("url") or item.get("href")).strip(), str(item.get("text") or "")))
    return tuple(link for link in found if link.url.startswith(("http://", "https://")))


def _first_text(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = _field_text(record.get(name))
        if value:
            return value
    return None


def _field_text(value: Any) -> str | None:
    """A field's text: strings as they are, ``{"name": ...}`` objects by name."""
    if isinstance(value, str):
        return normalise_text(value).strip() or None
    if isinstance(value, dict):
        return _field_text(value.get("name"))
    if isinstance(value, list) and value:
        return _field_text(value[0])
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def parse_html(html: str, doc_id: str, label: str) -> LoadedDocument | InputProblem:
    """Main text with trafilatura; timestamps and site name from the page's metadata."""
    from provenance import htmlmeta

    meta = htmlmeta.read_metadata(html)
    text = htmlmeta.main_text(html)
    if not text:
        return InputProblem(label, "no article text found in the HTML")
    return LoadedDocument(
        id=doc_id, path=label, format="html", text=normalise_text(text),
        title=meta.title, url=meta.url, published_raw=meta.published,
        modified_raw=meta.modified, outlet_raw=meta.site_name,
        outlet_raw_field=meta.site_name_source, htmldate_raw=htmlmeta.htmldate_day(html, meta.url),
        links=htmlmeta.body_links(html, meta.url))
