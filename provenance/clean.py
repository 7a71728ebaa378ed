"""Stage 2, clean: tell the article from the page chrome around it.

Nothing is deleted: the text keeps its offsets and every line gets a role (title, body
or chrome) with the reason, so later stages can still read chrome where it is evidence
of identity (an "About X" box names the site; a header date is a page-chrome date).
Credits ("Source: X", "With inputs from X") are always kept as body: they are evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from provenance import resources
from provenance.models import Block, CleanedDocument, LoadedDocument, Span
from provenance.textspans import lines, unify_quotes

#: Footer markers only count once this many body lines precede them, so a short page
#: whose second line is "Comments" is not swallowed whole.
MIN_BODY_LINES_BEFORE_FOOTER = 3

_BARE_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$",
    re.IGNORECASE)


@dataclass(frozen=True)
class ChromeRules:
    footer: tuple[re.Pattern[str], ...]
    line: tuple[re.Pattern[str], ...]
    keep: tuple[re.Pattern[str], ...]


@cache
def default_rules() -> ChromeRules:
    data = resources.bundled("chrome.json")

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rf"(?:{pattern})[.!:]?", re.IGNORECASE) for pattern in data[key])

    return ChromeRules(compile_all("footer"), compile_all("line"), compile_all("keep"))


def clean(document: LoadedDocument, rules: ChromeRules | None = None) -> CleanedDocument:
    """Assign a role to every line of ``document.text``."""
    rules = rules or default_rules()
    blocks: list[Block] = []
    seen: set[str] = set()
    body_lines = 0
    in_footer = False
    title_found = False
    for line in lines(document.text):
        role, reason = _classify(line, rules, seen, in_footer, body_lines)
        if role == "footer-start":
            in_footer, role = True, "chrome"
        if role == "body" and not title_found and _is_title(line, document, body_lines):
            role, title_found = "title", True
        elif role == "body":
            body_lines += 1
        seen.add(_fingerprint(line.text))
        blocks.append(Block(line.start, line.end, role, reason))
    return CleanedDocument(document, tuple(blocks))


def _classify(line: Span, rules: ChromeRules, seen: set[str], in_footer: bool,
              body_lines: int) -> tuple[str, str]:
    text = line.text
    if any(p.fullmatch(text) for p in rules.keep):
        return "body", "credit"
    if _fingerprint(text) in seen:
        return "chrome", "repeated line (caption or teaser shown twice)"
    if in_footer:
        return "chrome", "page footer"
    if body_lines >= MIN_BODY_LINES_BEFORE_FOOTER and any(p.fullmatch(text) for p in rules.footer):
        return "footer-start", f"footer begins: {text[:40]}"
    if any(p.fullmatch(text) for p in rules.line):
        return "chrome", "page chrome"
    if body_lines == 0 and _BARE_DATE.match(text):
        return "chrome", "date in the page header (page chrome, not the story's date)"
    return "body", ""


def _is_title(line: Span, document: LoadedDocument, body_lines: int) -> bool:
    """The line repeating the known title, or a page's first body line when none is known."""
    if document.title:
        return _fingerprint(line.text) == _fingerprint(document.title)
    return body_lines == 0


def _fingerprint(text: str) -> str:
    return " ".join(unify_quotes(text).lower().split())
