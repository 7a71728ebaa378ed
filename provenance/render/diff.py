"""What an article added, dropped or altered relative to the passage it took.

Word-level edit operations (rapidfuzz's Levenshtein opcodes on word tokens) between the
source's passage and the article's, plus the changes a fact-checker looks for first:
numbers changed, hedges dropped, quotations altered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

_TOKEN = re.compile(r"\S+")
#: Words that soften a claim; dropping one makes the copy say more than its source.
HEDGES = frozenset({"may", "might", "could", "reportedly", "allegedly", "possibly", "apparently", "likely",
                    "unconfirmed", "suggests", "suggested", "appears", "appeared", "seems", "seemed", "claimed",
                    "purportedly", "perhaps", "unverified", "believed", "estimated"})
_QUOTES = "\"“”‘’'«»„"


@dataclass(frozen=True)
class Segment:
    """A run of words: ``kind`` is equal, added (only in the article), dropped (only in
    the source) or changed (the article's words that replaced the source's)."""

    kind: str
    text: str


@dataclass(frozen=True)
class PassageDiff:
    article: tuple[Segment, ...]  # equal / added / changed
    source: tuple[Segment, ...]  # equal / dropped / changed
    added: int
    dropped: int
    changed: int
    notes: tuple[str, ...]


def compare(article_text: str, source_text: str) -> PassageDiff:
    mine, theirs = _TOKEN.findall(article_text), _TOKEN.findall(source_text)
    article: list[Segment] = []
    source: list[Segment] = []
    counts = {"added": 0, "dropped": 0, "changed": 0}
    notes: list[str] = []
    for op in Levenshtein.opcodes(_keys(theirs), _keys(mine)):
        old = " ".join(theirs[op.src_start:op.src_end])
        new = " ".join(mine[op.dest_start:op.dest_end])
        if op.tag == "equal":
            article.append(Segment("equal", new))
            source.append(Segment("equal", old))
        elif op.tag == "insert":
            article.append(Segment("added", new))
            counts["added"] += op.dest_end - op.dest_start
        elif op.tag == "delete":
            source.append(Segment("dropped", old))
            counts["dropped"] += op.src_end - op.src_start
            notes.extend(f"hedge dropped: “{w}”" for w in _bare(old) if w in HEDGES)
        else:
            article.append(Segment("changed", new))
            source.append(Segment("changed", old))
            counts["changed"] += max(op.dest_end - op.dest_start, op.src_end - op.src_start)
            notes.extend(_change_notes(old, new))
    return PassageDiff(tuple(article), tuple(source), counts["added"], counts["dropped"], counts["changed"],
                       tuple(dict.fromkeys(notes)))


def _keys(tokens: list[str]) -> list[str]:
    """Compare words without case, quotes or trailing punctuation: "steadfast”," = "steadfast"."""
    return [token.strip(_QUOTES + ".,;:!?()").lower() for token in tokens]


def _bare(text: str) -> list[str]:
    return [w.strip(_QUOTES + ".,;:!?()").lower() for w in text.split()]


def _change_notes(old: str, new: str) -> list[str]:
    notes = []
    old_numbers, new_numbers = re.findall(r"\d[\d.,]*", old), re.findall(r"\d[\d.,]*", new)
    if old_numbers != new_numbers and (old_numbers or new_numbers):
        notes.append(f"number changed: “{old}” → “{new}”")
    if any(w in HEDGES for w in _bare(old)) and not any(w in HEDGES for w in _bare(new)):
        notes.append(f"hedge dropped: “{old}” → “{new}”")
    if any(ch in old + new for ch in _QUOTES[:4]):
        notes.append(f"quotation altered: “{old}” → “{new}”")
    return notes
