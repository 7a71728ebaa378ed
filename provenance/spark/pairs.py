"""Stage 5 on Spark: candidate sentence pairs as a group-by, scored on the executors.

The same pairs and scores as the local engine (:mod:`provenance.reuse.shingles`,
:func:`provenance.reuse.score_pairs`), made where the text profiles are:

1. **postings**: each article's shingle keys (``shingle << 32 | global sentence``), sent
   to one of ``buckets`` by shingle; a shingle's postings all meet in one bucket, so the
   local index (groups shared by 2 to 50 articles, pairs of different articles) is built
   per bucket by the same code and gives the same pairs;
2. **pairs by block**: articles are cut into blocks of :data:`ARTICLES_PER_BLOCK`
   consecutive numbers; the pairs of two blocks meet their sentences by two joins;
3. **scores**: rapidfuzz on the executors, one core a task; only pairs at
   PARAPHRASE_RATIO or more, and the article pairs of every candidate, come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from provenance import reuse
from provenance.reuse import shingles
from provenance.reuse.rule import PARAPHRASE_RATIO
from provenance.reuse.shingles import IntArray
from provenance.spark.session import spilled

if TYPE_CHECKING:
    from pyspark import RDD, Broadcast, SparkContext

#: Articles whose sentences travel together to the scoring tasks. A task holds two
#: blocks (about 25 MB of sentences each at this size); fewer, larger blocks ship less.
ARTICLES_PER_BLOCK = 10_000


@dataclass(frozen=True)
class _Block:
    """The compared sentences of consecutive articles: their words and anchor signatures."""

    first: int  # global number of the block's first sentence
    normals: tuple[str, ...]
    anchors: npt.NDArray[np.uint64]


@dataclass(frozen=True)
class _Scored:
    left: IntArray
    right: IntArray
    scores: npt.NDArray[np.float64]
    article_pairs: npt.NDArray[np.uint64]


class SparkPairScorer:
    """A :data:`provenance.reuse.PairScorer` over the text profiles of an RDD."""

    def __init__(self, context: SparkContext, profiles: RDD[reuse.TextProfile], buckets: int) -> None:
        self.context = context
        self.profiles = profiles
        self.buckets = buckets

    def __call__(self, layout: reuse.SentenceLayout) -> reuse.ScoredPairs:
        numbers = {article: number for number, article in enumerate(layout.articles)}
        offsets = layout.offsets
        article_of = np.repeat(np.arange(len(numbers), dtype=np.int64), np.diff(offsets))
        shared = self.context.broadcast((numbers, offsets, article_of))
        scored = self._scored(self._pairs(shared), self._blocks(shared), shared).persist(spilled())
        try:
            scored.count()  # scored on every executor at once (toLocalIterator runs a partition at a time)
            parts = [part for part in scored.toLocalIterator() if len(part.article_pairs)]
        finally:
            scored.unpersist()
            shared.unpersist()
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return reuse.ScoredPairs(empty, empty, np.zeros(0, dtype=np.float64), np.zeros(0, dtype=np.uint64))
        return reuse.ScoredPairs(np.concatenate([part.left for part in parts]),
                                 np.concatenate([part.right for part in parts]),
                                 np.concatenate([part.scores for part in parts]),
                                 shingles.sorted_unique(np.concatenate([part.article_pairs for part in parts])))

    def _pairs(self, shared: Broadcast) -> RDD[tuple[tuple[int, int], npt.NDArray[np.uint64]]]:
        """Step 1: postings grouped by shingle bucket, candidate pairs per bucket, keyed by block pair."""
        buckets = self.buckets
        postings = self.profiles.mapPartitions(lambda items: _postings(items, shared.value, buckets))
        grouped = postings.groupByKey(numPartitions=buckets)
        pairs = grouped.flatMap(lambda bucket: _bucket_pairs(bucket[1], shared.value[2]))
        return pairs.groupByKey().mapValues(_joined)

    def _blocks(self, shared: Broadcast) -> RDD[tuple[int, _Block]]:
        keyed = self.profiles.map(lambda item: (shared.value[0][item.article] // ARTICLES_PER_BLOCK,
                                                (shared.value[0][item.article], item.normals,
                                                 reuse.sentence_anchors(item))))
        return keyed.groupByKey().map(lambda block: (block[0], _block(block[0], block[1], shared.value[1])))

    @staticmethod
    def _scored(pairs: RDD[tuple[tuple[int, int], npt.NDArray[np.uint64]]], blocks: RDD[tuple[int, _Block]],
                shared: Broadcast) -> RDD[_Scored]:
        """Steps 2 and 3: the pairs of two blocks meet both blocks' sentences, then are scored."""
        by_left = pairs.map(lambda item: (item[0][0], (item[0][1], item[1]))).join(blocks)
        by_right = by_left.map(lambda item: (item[1][0][0], (item[1][1], item[1][0][1]))).join(blocks)
        return by_right.map(lambda item: _score(item[1][0][1], item[1][0][0], item[1][1], shared.value[2]))


def _postings(items: Iterable[reuse.TextProfile],
              shared: tuple[dict[str, int], IntArray, IntArray],
              buckets: int) -> Iterator[tuple[int, npt.NDArray[np.uint64]]]:
    """One partition's shingle keys, one array per bucket."""
    numbers, offsets, _ = shared
    keys = [reuse.sentence_keys(item, int(offsets[numbers[item.article]])) for item in items]
    if not keys:
        return
    joined = np.concatenate(keys)
    bucket_of = (joined >> np.uint64(32)) % np.uint64(buckets)
    for bucket in np.unique(bucket_of).tolist():
        yield bucket, joined[bucket_of == bucket]


def _bucket_pairs(parts: Iterable[npt.NDArray[np.uint64]],
                  article_of: IntArray) -> Iterator[tuple[tuple[int, int], npt.NDArray[np.uint64]]]:
    """The local engine's candidate pairs of one bucket's shingles, split by block pair."""
    index = shingles.build_index(_joined(parts), article_of)
    for left, right in shingles.candidate_pairs(index, shingles.passes_for(index)):
        left_block = article_of[left] // ARTICLES_PER_BLOCK
        right_block = article_of[right] // ARTICLES_PER_BLOCK
        packed = shingles.pack(left, right)
        block_pair = shingles.pack(left_block, right_block)
        for key in np.unique(block_pair).tolist():
            yield (key >> 32, key & 0xFFFFFFFF), packed[block_pair == key]


def _joined(parts: Iterable[npt.NDArray[np.uint64]]) -> npt.NDArray[np.uint64]:
    arrays = list(parts)
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)


def _block(number: int, articles: Iterable[tuple[int, tuple[str, ...], npt.NDArray[np.uint64]]],
           offsets: IntArray) -> _Block:
    ordered = sorted(articles, key=lambda item: item[0])
    return _Block(int(offsets[number * ARTICLES_PER_BLOCK]), tuple(s for item in ordered for s in item[1]),
                  np.concatenate([item[2] for item in ordered]))


def _score(packed: npt.NDArray[np.uint64], left_block: _Block, right_block: _Block, article_of: IntArray) -> _Scored:
    """Each distinct pair scored once (a pair sharing shingles of two buckets came twice)."""
    left, right = shingles.unpack(shingles.sorted_unique(packed))
    scores = reuse.score_pairs(left_block.normals, left_block.anchors, left - left_block.first,
                               right_block.normals, right_block.anchors, right - right_block.first)
    keep = scores >= PARAPHRASE_RATIO
    articles = shingles.sorted_unique(shingles.pack(article_of[left], article_of[right]))
    return _Scored(left[keep], right[keep], scores[keep], articles)
