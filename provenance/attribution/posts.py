"""Embedded social posts: the signature a page keeps of a post it shows.

A page that embeds a post on X keeps, when scraped, the post's text and its signature:
"— Bari Weiss (@bariweiss) December 9, 2022" (the embed code's fallback text, in the page's
locale: "— LCI (@LCI) 28 Février 2015"); an Instagram embed says "A post shared by Name
(@account)". Each is an attribution of kind ``post``: the shown name is its label, the
account its URL (``https://x.com/<account>``), so the graph stage treats it as a link to
that person's (or outlet's) account. Whether the post is the story's source or a reaction
shown beside it is the graph's question (:mod:`provenance.graph.people`), not this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from provenance import resources
from provenance.models import Attribution, CleanedDocument, Span
from provenance.outlets import Registry
from provenance.textspans import word_pattern

#: The X signature: a dash, the shown name, the account in parentheses, then the date (any
#: locale, ending in its year) or the end of the line. A hyphen only opens a line: "- Name".
_X_SIGNATURE = re.compile(
    r"(?:(?<=\s)|^)(?:[—–]|(?<![^\n])-)[ \u00a0]?(?P<name>[^\W\d_][^\n()@—–|]{0,48}?)"
    r"[ \u00a0]\(@(?P<account>\w{1,30})\)"
    r"(?:(?P<date>[ \u00a0][^\n()|]{3,28}?\d{4})(?!\d)|[ \u00a0]*(?=\n|$))", re.MULTILINE)
#: Where the page's text makes a signature's account a link we can give.
_ACCOUNT_URLS = {"x": "https://x.com/{account}", "instagram": "https://www.instagram.com/{account}/"}
#: The platform's name as the evidence says it.
_PLATFORM_NAMES = {"x": "X", "instagram": "Instagram"}


@cache
def _shared_by() -> re.Pattern[str]:
    """ "A post shared by", "Ein Beitrag geteilt von" ... + name + (@account): Instagram's signature."""
    phrases = word_pattern(resources.bundled("embeds.json")["instagram_shared_by"])
    return re.compile(rf"(?:{phrases.pattern})\s+(?P<name>[^\n()@|]{{1,48}}?)\s\(@(?P<account>[\w.]{{1,30}})\)",
                      phrases.flags)


def post_attributions(cleaned: CleanedDocument, registry: Registry) -> list[Attribution]:
    """One attribution per embedded post the body shows, in text order."""
    text = cleaned.document.text
    found = []
    for block in cleaned.paragraphs:
        for platform, match in _signatures(text, block.start, block.end):
            found.append(_attribution(text, block.start, block.end, platform, match, registry))
    return sorted(found, key=lambda a: a.source.start)


def _signatures(text: str, start: int, end: int) -> Iterator[tuple[str, re.Match[str]]]:
    if text.find("(@", start, end) < 0:
        return  # most paragraphs: no account named, checked in one pass
    for match in _X_SIGNATURE.finditer(text, start, end):
        yield "x", match
    for match in _shared_by().finditer(text, start, end):
        yield "instagram", match


def _attribution(text: str, start: int, end: int, platform: str, match: re.Match[str],
                 registry: Registry) -> Attribution:
    name = match["name"].strip()
    account = match["account"]
    outlet = registry.by_name(name) or registry.by_name(account)
    when = f" of {match['date'].strip()}" if match.groupdict().get("date") else ""
    source = Span(match.start("name"), match.start("name") + len(name), name)
    phrase = Span(match.start("name"), match.end(), text[match.start("name"):match.end()])
    # the post is the text before its signature, back to the paragraph's start
    sentence = Span(start, match.end(), text[start:match.end()])
    return Attribution(kind="post", source=source, cue=None, sentence=sentence,
                       label=outlet.name if outlet else name, outlet_id=outlet.id if outlet else None,
                       phrase=phrase, url=_ACCOUNT_URLS[platform].format(account=account),
                       via=f"an embedded {_PLATFORM_NAMES[platform]} post by @{account}{when}")
