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

#: A first line longer than this is the story itself, not its headline (one-line records).
MAX_TITLE_CHARS = 200
#: A line that is only a wire's mark, "(Reuters)", "(AP)": a dateline, never a headline.
_MARK_ONLY = re.compile(r"\(\s*[\w.&-]+(?:\s+[\w.&-]+)?\s*\)")
#: Lines at least this long that stop mid-sentence were wrapped by the source's layout.
WRAPPED_LINE_CHARS = 50
WRAP_WIDTH = 90
_SENTENCE_END = re.compile(r"[.!?。！？।؟][\"”’'»」』]?\s*$")
_PARAGRAPH_END = re.compile(r"[.!?:;\"”’'»)\]<。！？।؟」』]\s*$")
_BARE_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$",
    re.IGNORECASE)


@dataclass(frozen=True)
class ChromeRules:
    """Each list of ``provenance/data/chrome.json`` as one alternation: one match per line, not one per rule."""

    footer: re.Pattern[str]
    line: re.Pattern[str]
    keep: re.Pattern[str]


@cache
def default_rules() -> ChromeRules:
    data = resources.bundled("chrome.json")

    def compile_all(key: str) -> re.Pattern[str]:
        return re.compile("|".join(rf"(?:{pattern})[.!:]?" for pattern in data[key]), re.IGNORECASE)

    return ChromeRules(compile_all("footer"), compile_all("line"), compile_all("keep"))


def clean(document: LoadedDocument, rules: ChromeRules | None = None) -> CleanedDocument:
    """Assign a role to every line of ``document.text``."""
    rules = rules or default_rules()
    blocks: list[Block] = []
    seen: set[str] = set()
    body_lines = 0
    in_footer = False
    title_found = False
    title = _fingerprint(document.title) if document.title else None
    for line in lines(document.text):
        fingerprint = _fingerprint(line.text)  # once a line: it is asked up to three times
        role, reason = _classify(line, rules, seen, in_footer, body_lines, fingerprint)
        if role == "footer-start":
            in_footer, role = True, "chrome"
        if role == "body" and not title_found and _is_title(line, document, body_lines, fingerprint, title):
            role, title_found = "title", True
        elif role == "body":
            body_lines += 1
        seen.add(fingerprint)
        blocks.append(Block(line.start, line.end, role, reason))
    return CleanedDocument(document, _join_wrapped(document.text, blocks))


def _join_wrapped(text: str, blocks: list[Block]) -> tuple[Block, ...]:
    """Join hard-wrapped lines (wire copy, e-mail, old archives) back into paragraphs.

    A body line that does not end a sentence continues on the very next body line when
    that line starts in lower case, or when the whole text is laid out in lines of one
    width (most lines :data:`WRAPPED_LINE_CHARS` to :data:`WRAP_WIDTH` characters).
    """
    widths = [b.end - b.start for b in blocks if b.role == "body"]
    laid_out = bool(widths) and max(widths) <= WRAP_WIDTH + 10 and sum(
        WRAPPED_LINE_CHARS <= w <= WRAP_WIDTH for w in widths) >= 0.6 * len(widths)
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.role == block.role == "body"
                and "\n\n" not in text[previous.end:block.start]
                and _wrapped(text[previous.start:previous.end])
                and (laid_out or text[block.start:block.start + 1].islower())):
            joined[-1] = Block(previous.start, block.end, "body", previous.reason)
        else:
            joined.append(block)
    return tuple(joined)


def _wrapped(paragraph: str) -> bool:
    last_line = paragraph.rsplit("\n", 1)[-1].strip()
    return len(last_line) >= WRAPPED_LINE_CHARS and not _PARAGRAPH_END.search(last_line)


def _classify(line: Span, rules: ChromeRules, seen: set[str], in_footer: bool,
              body_lines: int, fingerprint: str) -> tuple[str, str]:
    """A line's role and why; ``fingerprint``, the line's :func:`_fingerprint`."""
    text = line.text
    if rules.keep.fullmatch(text):
        return "body", "credit"
    if fingerprint in seen:
        return "chrome", "repeated line (caption or teaser shown twice)"
    if in_footer:
        return "chrome", "page footer"
    if body_lines >= MIN_BODY_LINES_BEFORE_FOOTER and rules.footer.fullmatch(text):
        return "footer-start", f"footer begins: {text[:40]}"
    if rules.line.fullmatch(text):
        return "chrome", "page chrome"
    if body_lines == 0 and _BARE_DATE.match(text):
        return "chrome", "date in the page header (page chrome, not the story's date)"
    return "body", ""


def _is_title(line: Span, document: LoadedDocument, body_lines: int, fingerprint: str,
              title: str | None) -> bool:
    """The line repeating the known title, or a page's first body line when none is known.

    A line that is only a wire's mark ("(Reuters)") is none. A first line that ends as a
    sentence does (a full stop, question or exclamation mark) is the story's lead, not a
    headline: wire copy and archives often have no headline,
    and a lead taken for one is never compared with the texts that reuse it.
    ``fingerprint`` and ``title``: the line's and the known title's :func:`_fingerprint`,
    made once by the caller.
    """
    if document.title:
        return fingerprint == title
    rest = document.text[line.end:].strip()
    return (body_lines == 0 and len(line.text) <= MAX_TITLE_CHARS and bool(rest)
            and not _SENTENCE_END.search(line.text) and not _MARK_ONLY.fullmatch(line.text.strip()))


def _fingerprint(text: str) -> str:
    return " ".join(unify_quotes(text).lower().split())
