"""Candidate sentence pairs for text reuse, from an inverted index of word shingles.

Aligning every sentence of every article with every other grows with the square of the
corpus (about six hours for 10,000 articles). Instead each sentence is reduced to the
stable hashes of its word 4-grams, and only sentences of different articles that share a
hash are compared. The index is a single sorted NumPy array of ``hash << 32 | sentence``
keys: 8 bytes a posting, sorted once, so that 100,000 articles (about 50 million
postings) fit in memory. Hashes carried by too many articles are boilerplate or the
famous quote and are skipped: they would make every article a candidate of every other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

#: Shingles in more articles than this are boilerplate or the famous quote: not indexed.
MAX_SHINGLE_ARTICLES = 50
#: Postings of one shingle beyond this (one article repeating it) are not paired.
MAX_SHINGLE_POSTINGS = 2 * MAX_SHINGLE_ARTICLES
#: Candidate pairs are made and scored in passes of about this many raw pairs, so that
#: memory stays bounded whatever the corpus size (about 40 bytes a pair while scored).
PAIRS_PER_PASS = 8_000_000

#: Raw pairs made at once (bounds the temporary arrays of the largest groups).
_CHUNK_PAIRS = 2_000_000

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class SentenceIndex:
    """Every indexed shingle posting, grouped by shingle, with the article of each sentence."""

    sentences: IntArray  # global sentence number of each posting, grouped by shingle
    group_starts: IntArray  # first posting of each usable shingle group
    group_sizes: IntArray
    article_of: IntArray  # article number of each global sentence

    @property
    def raw_pairs(self) -> int:
        sizes = self.group_sizes
        return int((sizes * (sizes - 1) // 2).sum())


def build_index(keys: npt.NDArray[np.uint64], article_of: IntArray) -> SentenceIndex:
    """Sort postings by shingle and keep the groups shared by 2 to MAX_SHINGLE_ARTICLES articles.

    ``keys`` are ``shingle hash << 32 | global sentence number`` (sorted here, in place);
    sentence numbers grow with the article number, so a group's postings come out sorted by
    article too. Only the postings of usable groups are kept: most shingles are in one
    article only, and the index that stays in memory is a fraction of the postings.
    """
    keys.sort()
    if len(keys) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return SentenceIndex(empty, empty, empty, article_of)
    new_group = np.empty(len(keys), dtype=bool)
    new_group[0] = True
    shingle, posted = unpack(keys)
    np.not_equal(shingle[1:], shingle[:-1], out=new_group[1:])
    del shingle
    articles = article_of[posted]
    new_article = new_group.copy()
    new_article[1:] |= articles[1:] != articles[:-1]
    del articles
    starts = np.flatnonzero(new_group)
    del new_group
    sizes = np.diff(np.append(starts, len(posted)))
    distinct = np.add.reduceat(new_article, starts, dtype=np.int64)
    del new_article
    usable = (distinct >= 2) & (distinct <= MAX_SHINGLE_ARTICLES) & (sizes <= MAX_SHINGLE_POSTINGS)
    return _distinct_groups(posted, starts[usable], sizes[usable], article_of)


def _distinct_groups(posted: IntArray, starts: IntArray, sizes: IntArray, article_of: IntArray) -> SentenceIndex:
    """One copy of each group of sentences: the shingles of a sentence copied word for word
    all have the same postings, and would make the same pairs a dozen times (halves the
    candidate pairs of a synthetic corpus)."""
    groups = [np.unique(posted[starts[sizes == size][:, None] + np.arange(size)], axis=0)
              for size in np.unique(sizes).tolist()]
    kept = np.concatenate([members.ravel() for members in groups]) if groups else np.zeros(0, dtype=np.int64)
    kept_sizes = np.concatenate([np.full(len(members), members.shape[1], dtype=np.int64) for members in groups]) \
        if groups else np.zeros(0, dtype=np.int64)
    return SentenceIndex(kept, np.concatenate(([0], np.cumsum(kept_sizes)[:-1])).astype(np.int64), kept_sizes,
                         article_of)


def candidate_pairs(index: SentenceIndex, passes: int = 1) -> Iterator[tuple[IntArray, IntArray]]:
    """Unique (left, right) global sentence pairs of different articles, left's article first.

    With ``passes`` > 1 the pairs come in that many batches split by the left sentence's
    article, so that every candidate of one left sentence is in the same batch.
    """
    for part in range(passes):
        packed = [_group_pairs(index, size, part, passes) for size in np.unique(index.group_sizes)]
        yield unpack(sorted_unique(np.concatenate(packed)) if packed else np.zeros(0, dtype=np.uint64))


def pack(high: npt.NDArray[np.integer], low: npt.NDArray[np.integer]) -> npt.NDArray[np.uint64]:
    """Two non-negative 32-bit numbers per row as one sortable 64-bit key: ``high << 32 | low``."""
    return (high.astype(np.uint64) << np.uint64(32)) | low.astype(np.uint64)


def unpack(packed: npt.NDArray[np.uint64]) -> tuple[IntArray, IntArray]:
    """The ``high`` and ``low`` halves of :func:`pack`'s keys."""
    return (packed >> np.uint64(32)).astype(np.int64), (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)


def sorted_unique(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Sorted distinct values (a sort and a mask: faster than ``np.unique`` on tens of millions)."""
    values.sort()
    if len(values) == 0:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _group_pairs(index: SentenceIndex, size: int, part: int, passes: int) -> npt.NDArray[np.uint64]:
    """All pairs within the groups of ``size`` postings, packed as ``left << 32 | right``."""
    all_starts = index.group_starts[index.group_sizes == size]
    first, second = np.triu_indices(size, 1)
    step = max(1, _CHUNK_PAIRS // len(first))
    packed = []
    for chunk in range(0, len(all_starts), step):
        members = index.sentences[all_starts[chunk:chunk + step, None] + np.arange(size)]
        left, right = members[:, first].ravel(), members[:, second].ravel()
        left_article = index.article_of[left]
        keep = left_article != index.article_of[right]
        if passes > 1:
            keep &= left_article % passes == part
        packed.append(pack(left[keep], right[keep]))
    return np.concatenate(packed) if packed else np.zeros(0, dtype=np.uint64)


def passes_for(index: SentenceIndex) -> int:
    """How many passes keep one batch of raw pairs under :data:`PAIRS_PER_PASS`."""
    return max(1, -(-index.raw_pairs // PAIRS_PER_PASS))
