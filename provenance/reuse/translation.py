"""Translations: a page and the page in another language whose anchors it keeps, in order.

A translation shares no words with its source, but it keeps what does not translate:
names ("Bedminster", "Anderson Cooper", "Jack Smith"), numbers ("2021", "700") and their
order, sentence after sentence. Each article's anchors are read once (capitalised words
that do not open a sentence, romanised with anyascii so that Cyrillic meets Latin, and
numbers of two digits or more); pages of different languages that share enough rare
anchors are compared by the longest common subsequence of their anchor lists
(rapidfuzz's LCSseq on the token lists).

The rule (:class:`TranslationRule`) was set on the real-page development piles: the
labelled translation pairs whose two pages are in cased scripts align 19-36 anchors at
0.69-0.92 of the shorter list, while the best pair of unrelated pages of one story (the
same names, the same numbers, told apart) aligns at most 16 anchors and 0.77 of the
shorter. Scripts without capitals (Arabic, Japanese) and short excerpts are not linked.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import LCSseq

from provenance.language import stopwords
from provenance.models import CleanedDocument
from provenance.textspans import romanised

_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_][\w’'-]*|[.!?:;\n\"«»„“”]")
_BREAK = frozenset(".!?:;\n\"«»„“”")
_POSSESSIVE = re.compile(r"[’'].*$")
#: Languages whose function words are never anchors, whatever the page's own language.
_FUNCTION_WORD_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "nl", "ro", "hu", "tr", "hr")


@dataclass(frozen=True)
class TranslationRule:
    """When two pages of different languages are one text translated."""

    #: Anchors both lists keep in the same order, at least.
    min_aligned: int = 18
    #: ... and as a share of the shorter list.
    min_coverage: float = 0.65
    #: Distinct anchors two pages must share to be compared at all.
    min_shared: int = 8
    #: An anchor on more pages than this proposes no pairs: "Trump" in a corpus on Trump.
    #: Bounded by a count, not a share, so that candidate pairs grow with the corpus, not its
    #: square (a pile of 60 pages compares every pair that shares rarer names).
    max_posting: int = 64

    def is_translation(self, aligned: int, shorter: int) -> bool:
        return aligned >= self.min_aligned and shorter > 0 and aligned / shorter >= self.min_coverage


RULE = TranslationRule()


@dataclass(frozen=True)
class Anchors:
    """One article's anchors in reading order."""

    article: str
    language: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class TranslationLink:
    """Two articles of different languages that are one text: ``aligned`` anchors in order."""

    a: str
    b: str
    aligned: int
    coverage: float  # aligned / the shorter anchor list
    anchors_a: int
    anchors_b: int
    shared: tuple[str, ...]  # the aligned anchors, in order (as keys)


def anchors(cleaned: CleanedDocument, language: str) -> Anchors:
    """Names and numbers of the body, in order: what a translation keeps."""
    text = cleaned.document.text
    keys: list[str] = []
    for block in cleaned.paragraphs:
        opening = True
        for match in _TOKEN.finditer(text, block.start, block.end):
            token = match.group(0)
            if token in _BREAK:
                opening = True
                continue
            key = _key(token, opening)
            opening = False
            if key is not None:
                keys.append(key)
    return Anchors(cleaned.document.id, language, tuple(keys))


def _key(token: str, opening: bool) -> str | None:
    if token[0].isdigit():
        digits = "".join(ch for ch in token if ch.isdigit())
        return f"#{digits}" if len(digits) >= 2 else None
    if opening or not token[0].isupper() or len(token) < 4:
        return None
    return _name_key(token)


@lru_cache(maxsize=65_536)
def _name_key(token: str) -> str | None:
    """A capitalised word's key, once per distinct word: names recur on every page of a story."""
    key = _POSSESSIVE.sub("", romanised(token))
    return key if len(key) >= 4 and key not in _function_words() else None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(romanised(word) for language in _FUNCTION_WORD_LANGUAGES for word in stopwords(language))


def find_translations(profiles: Sequence[Anchors], rule: TranslationRule = RULE) -> list[TranslationLink]:
    """Every pair of pages in different languages that the rule calls one text translated."""
    if len({p.language for p in profiles if p.keys}) < 2:
        return []  # one language: nothing to look for
    by_id = {p.article: p for p in profiles}
    links = []
    for a, b in _candidates(profiles, rule):
        first, second = by_id[a], by_id[b]
        deleted = {op.src_pos for op in LCSseq.editops(first.keys, second.keys) if op.tag == "delete"}
        kept = tuple(key for position, key in enumerate(first.keys) if position not in deleted)
        shorter = min(len(first.keys), len(second.keys))
        if rule.is_translation(len(kept), shorter):
            links.append(TranslationLink(a, b, len(kept), round(len(kept) / shorter, 3), len(first.keys),
                                         len(second.keys), kept))
    return links


def _candidates(profiles: Sequence[Anchors], rule: TranslationRule) -> list[tuple[str, str]]:
    """Pairs of different languages sharing at least ``min_shared`` anchors that are not
    on more than ``max_posting`` pages (an index of anchors, not every pair)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for number, profile in enumerate(profiles):
        for key in set(profile.keys):
            postings[key].append(number)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) > rule.max_posting:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                if profiles[first].language != profiles[second].language:
                    shared[(first, second)] += 1
    return sorted((profiles[i].article, profiles[j].article) for (i, j), count in shared.items()
                  if count >= rule.min_shared)
