"""Passages of a link, built only when read.

At 100,000 articles the linked pairs carry millions of passages, and most links (copies
of one wire linked to each other) never become an edge whose evidence is shown: they are
decided from figures computed in bulk (:mod:`provenance.reuse`). A :class:`PassageRange`
reads like a tuple of :class:`Passage` and pickles as one; its passages are made from
column arrays on first read, sharing one :class:`Span` per sentence and one float per
similarity however many passages use them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

import numpy as np
import numpy.typing as npt

from provenance.models import Passage, Span

if TYPE_CHECKING:  # importing the reuse package here would import it before it can import this module
    from provenance.reuse.shingles import IntArray


@dataclass(frozen=True)
class SentenceSpans:
    """Where each sentence of the corpus is, by its global number."""

    starts: IntArray
    ends: IntArray
    article_of: IntArray
    articles: list[str]  # article id by article number
    texts: dict[str, str]  # article id -> text


@dataclass(frozen=True)
class MatchColumns:
    """One row per sentence match: the two sentences (global numbers, 4 bytes) and what the
    passage says of them."""

    left: npt.NDArray[np.int32]
    right: npt.NDArray[np.int32]
    scores: npt.NDArray[np.float64]  # rapidfuzz ratio, 0-100
    words: IntArray
    quoted: npt.NDArray[np.bool_]
    spread: IntArray


class PassageRange(Sequence[Passage]):
    """The passages of one link (rows ``start`` to ``stop`` of the maker), made when first read."""

    __slots__ = ("_made", "_maker", "_start", "_stop")

    def __init__(self, maker: PassageMaker, start: int, stop: int) -> None:
        self._maker, self._start, self._stop = maker, start, stop
        self._made: tuple[Passage, ...] | None = None

    def _all(self) -> tuple[Passage, ...]:
        if self._made is None:
            self._made = self._maker.between(self._start, self._stop)
        return self._made

    def __len__(self) -> int:
        return self._stop - self._start

    def offsets(self) -> list[tuple[int, int, int, int]]:
        """Each passage's (a start, a end, b start, b end), without making the passages."""
        if self._made is not None:
            return passage_offsets(self._made)
        return self._maker.offsets(self._start, self._stop)

    @overload
    def __getitem__(self, index: int) -> Passage: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Passage, ...]: ...

    def __getitem__(self, index: int | slice) -> Passage | tuple[Passage, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Passage]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._all() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self) -> tuple[type, tuple[tuple[Passage, ...]]]:
        return tuple, (self._all(),)


class PassageMaker:
    """Makes the passages of a range of match rows."""

    def __init__(self, where: SentenceSpans, columns: MatchColumns) -> None:
        self.where, self.columns = where, columns
        self.made: dict[int, Span] = {}
        self.similarities: dict[float, float] = {}

    def between(self, start: int, stop: int) -> tuple[Passage, ...]:
        window, columns = slice(start, stop), self.columns
        return tuple(Passage(a, b, self.similarity(score), words, quoted, spread)
                     for a, b, score, words, quoted, spread in zip(
                         self.spans(columns.left[window]), self.spans(columns.right[window]),
                         columns.scores[window].tolist(), columns.words[window].tolist(),
                         columns.quoted[window].tolist(), columns.spread[window].tolist(), strict=True))

    def offsets(self, start: int, stop: int) -> list[tuple[int, int, int, int]]:
        where, window = self.where, slice(start, stop)
        left, right = self.columns.left[window], self.columns.right[window]
        return list(zip(where.starts[left].tolist(), where.ends[left].tolist(), where.starts[right].tolist(),
                        where.ends[right].tolist(), strict=True))

    def similarity(self, score: float) -> float:
        if score not in self.similarities:
            self.similarities[score] = round(score / 100, 3)
        return self.similarities[score]

    def spans(self, sentences: npt.NDArray[np.int32]) -> list[Span]:
        where, made = self.where, self.made
        found = []
        for sentence, start, end, article in zip(sentences.tolist(), where.starts[sentences].tolist(),
                                                 where.ends[sentences].tolist(),
                                                 where.article_of[sentences].tolist(), strict=True):
            if sentence not in made:
                made[sentence] = Span(start, end, where.texts[where.articles[article]][start:end])
            found.append(made[sentence])
        return found


def passage_offsets(passages: Sequence[Passage]) -> list[tuple[int, int, int, int]]:
    """Each passage's (a start, a end, b start, b end); a range answers without making them."""
    if isinstance(passages, PassageRange):
        return passages.offsets()
    return [(p.a.start, p.a.end, p.b.start, p.b.end) for p in passages]
