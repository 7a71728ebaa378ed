"""Stage 5, text reuse, for the corpus: candidate sentence pairs and their scores.

Every compared sentence of the corpus gets one global number (:class:`SentenceTable`).
Candidate pairs come from the shingle index (:mod:`provenance.reuse.shingles`: two
sentences sharing a rare word 4-gram), are scored in batches with rapidfuzz (normalised
Indel similarity on lower-cased word tokens, C++ with no Python loop per pair), and each
left sentence keeps its best match per right article (:class:`Matches`). The Spark
engine makes and scores the pairs on a cluster instead (:data:`PairScorer`); what
follows is the same.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from provenance.config import Progress
from provenance.reuse import overlap, shingles
from provenance.reuse.profiles import RICH_ANCHORS, SHARED_ANCHORS, SIGNATURE_WORDS, TextProfile
from provenance.reuse.rule import LINK_RULE, PARAPHRASE_RATIO, LinkRule
from provenance.reuse.shingles import IntArray

#: Global sentence numbers of matches, in 4 bytes.
SentenceNumbers = npt.NDArray[np.int32]

#: Candidate sentence pairs scored by one call of rapidfuzz's ``cpdist`` (C++, no Python
#: loop per pair) and between two progress reports.
SCORE_BATCH = 1_000_000

@dataclass(frozen=True)
class Matches:
    """Best sentence match per (left sentence, right article), as global sentence numbers."""

    left: SentenceNumbers
    right: SentenceNumbers
    scores: npt.NDArray[np.float64]
    #: Every article pair sharing a shingle (``left << 32 | right``), with a match or not:
    #: a heavy paraphrase may share vocabulary and a few phrases but no similar sentence.
    article_pairs: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))


@dataclass(frozen=True)
class SentenceLayout:
    """How the corpus's compared sentences are numbered: articles in id order, each
    article's sentences from ``offsets[i]`` to ``offsets[i + 1]`` (global numbers)."""

    articles: tuple[str, ...]
    offsets: IntArray


@dataclass(frozen=True)
class ScoredPairs:
    """Candidate sentence pairs (global numbers, left's article first) scored at
    :data:`PARAPHRASE_RATIO` or more, and every article pair that shared a shingle
    (``left << 32 | right``), scored high or not."""

    left: IntArray
    right: IntArray
    scores: npt.NDArray[np.float64]
    article_pairs: npt.NDArray[np.uint64]


#: Makes and scores the candidate pairs of a layout (see :func:`find_links`).
PairScorer = Callable[[SentenceLayout], ScoredPairs]


def sentence_keys(item: TextProfile, offset: int) -> npt.NDArray[np.uint64]:
    """The shingle index's keys of one article: ``shingle << 32 | global sentence number``."""
    owners = np.repeat(np.arange(len(item.shingle_counts), dtype=np.uint64),
                       np.frombuffer(item.shingle_counts, dtype=np.uint16))
    return shingles.pack(np.frombuffer(item.shingles, dtype=np.uint32), owners + np.uint64(offset))


def sentence_anchors(item: TextProfile) -> npt.NDArray[np.uint64]:
    """One row per compared sentence: its anchors' signature, then its words' (zeros if none)."""
    width = 2 * SIGNATURE_WORDS
    if len(item.anchors):
        return np.frombuffer(item.anchors, dtype=np.uint64).reshape(-1, width)
    return np.zeros((len(item.normals), width), dtype=np.uint64)


def score_pairs(left_normals: Sequence[str], left_anchors: npt.NDArray[np.uint64], left: IntArray,
                right_normals: Sequence[str], right_anchors: npt.NDArray[np.uint64], right: IntArray,
                threads: int = 1, progress: Progress | None = None,
                stage: str = "aligning", cutoff: float = PARAPHRASE_RATIO) -> npt.NDArray[np.float64]:
    """rapidfuzz ratio of each sentence pair (``left[k]``, ``right[k]``: positions in the two
    sentence lists), in batches of :data:`SCORE_BATCH`; 0 under ``cutoff`` or
    where the two share a wording but not the names and numbers of one story (:func:`_one_formula`)."""
    scores = np.zeros(len(left), dtype=np.float64)
    for start in range(0, len(left), SCORE_BATCH):
        stop = min(len(left), start + SCORE_BATCH)
        mine, theirs = left[start:stop], right[start:stop]
        batch = process.cpdist([left_normals[i] for i in mine.tolist()], [right_normals[j] for j in theirs.tolist()],
                               scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float64, workers=threads)
        scored = np.flatnonzero(batch)  # the formula test only matters where a score is kept: most are 0
        batch[scored[_one_formula(left_anchors[mine[scored]], right_anchors[theirs[scored]])]] = 0.0
        scores[start:stop] = batch
        if progress is not None:
            progress(stage, stop, len(left))
    return scores


class SentenceTable:
    """Every compared sentence of the corpus under one global number, articles in id order."""

    def __init__(self, profiles: tuple[TextProfile, ...], threads: int = 1, rule: LinkRule = LINK_RULE) -> None:
        self.profiles = profiles
        self.rule = rule
        self.threads = threads  # for the bulk steps whose NumPy work runs without the interpreter lock
        counts = np.array([len(item.normals) for item in profiles], dtype=np.int64)
        self.offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self.article_of = np.repeat(np.arange(len(profiles), dtype=np.int64), counts)
        self.normals = [normal for item in profiles for normal in item.normals]
        self.word_counts = self._joined([item.word_counts for item in profiles])
        self.quoted = np.frombuffer(b"".join(item.quoted for item in profiles), dtype=np.uint8).astype(bool)
        self.starts = self._joined([item.starts for item in profiles])
        self.ends = self._joined([item.ends for item in profiles])
        self.anchors = np.concatenate([sentence_anchors(item) for item in profiles]
                                      or [np.zeros((0, 2 * SIGNATURE_WORDS), dtype=np.uint64)])

    @property
    def layout(self) -> SentenceLayout:
        return SentenceLayout(tuple(item.article for item in self.profiles), self.offsets)

    @cached_property
    def trigram_sets(self) -> overlap.HashSets:
        return overlap.HashSets.of([item.trigrams for item in self.profiles])

    @cached_property
    def content_sets(self) -> overlap.HashSets:
        return overlap.HashSets.of([item.content_words for item in self.profiles])

    @cached_property
    def anchor_sets(self) -> overlap.HashSets:
        """Each article's story anchors but those too common in the corpus to tell stories apart."""
        every = overlap.HashSets.of([item.story_anchors for item in self.profiles])
        return every.without_common(self.rule.generic_anchors(len(self.profiles)))

    def release_scoring(self) -> None:
        """Let go of what only scoring sentence pairs reads (each sentence's text and anchor
        signature: about 100 MB at 100,000 articles)."""
        self.normals = []
        self.anchors = self.anchors[:0]

    def release_sets(self) -> None:
        """Let go of the hash sets the link decisions count (made when first read)."""
        for name in ("trigram_sets", "content_sets", "anchor_sets"):
            self.__dict__.pop(name, None)

    @staticmethod
    def _joined(parts: list[array[int]]) -> IntArray:
        return np.concatenate([np.asarray(part, dtype=np.int64) for part in parts] or [np.zeros(0, dtype=np.int64)])

    def index(self) -> shingles.SentenceIndex:
        """The shingle index: keys written profile by profile into one array (no temporary copies)."""
        keys = np.empty(sum(len(item.shingles) for item in self.profiles), dtype=np.uint64)
        position = 0
        for number, item in enumerate(self.profiles):
            count = len(item.shingles)
            keys[position:position + count] = sentence_keys(item, int(self.offsets[number]))
            position += count
        return shingles.build_index(keys, self.article_of)


def best_matches(table: SentenceTable, progress: Progress | None) -> Matches:
    """Score every candidate sentence pair; keep each left sentence's best per right article.

    A tie keeps the lower-numbered right sentence. The result is ordered by left article,
    right article, left sentence: each pass's matches are put in that order on their own and
    written straight to their place (:func:`_merged_by_left_article`), never concatenated
    and sorted again as a whole (at 100,000 articles that sort held three copies of every match).
    """
    index = table.index()
    passes = shingles.passes_for(index)
    kept: list[Matches] = []
    article_pairs = []
    for number, (left, right) in enumerate(shingles.candidate_pairs(index, passes), start=1):
        scores = sentence_scores(table, left, right, progress, f"aligning (pass {number}/{passes})" if passes > 1
                         else "aligning")
        kept.append(by_article_pair(table, keep_best(table, left, right, scores)))
        article_pairs.append(shingles.sorted_unique(shingles.pack(table.article_of[left], table.article_of[right])))
        del left, right, scores
    del index
    return replace(_merged_by_left_article(table, kept), article_pairs=np.concatenate(article_pairs))


def scored_matches(table: SentenceTable, scored: ScoredPairs) -> Matches:
    """:func:`best_matches` from pairs made and scored elsewhere."""
    kept = by_article_pair(table, keep_best(table, scored.left, scored.right, scored.scores))
    return replace(kept, article_pairs=scored.article_pairs)


def by_article_pair(table: SentenceTable, matches: Matches) -> Matches:
    """The matches ordered by left article, right article, left sentence."""
    order = np.lexsort((matches.left, table.article_of[matches.right], table.article_of[matches.left]))
    return Matches(matches.left[order], matches.right[order], matches.scores[order], matches.article_pairs)


def _merged_by_left_article(table: SentenceTable, parts: list[Matches]) -> Matches:
    """One :class:`Matches` of the passes' (each in :func:`by_article_pair`'s order), in that
    order. A left article's matches all come from one pass (passes split the pairs by left
    article), so each pass's run of an article's matches is copied to where that article's
    run starts among all matches. ``parts`` is emptied as it goes, freeing each pass once copied."""
    if len(parts) == 1:
        return parts.pop()
    articles = len(table.profiles)
    per_article = [np.bincount(table.article_of[part.left], minlength=articles) for part in parts]
    run_starts = np.cumsum(sum(per_article)) - sum(per_article)  # where each article's run starts in all
    total = sum(len(part.left) for part in parts)
    merged = Matches(np.empty(total, dtype=np.int32), np.empty(total, dtype=np.int32),
                     np.empty(total, dtype=np.float64))
    for counts in per_article:
        part = parts.pop(0)
        shift = run_starts - (np.cumsum(counts) - counts)  # from this pass's place to the merged place
        where = np.arange(len(part.left), dtype=np.int64) + shift[table.article_of[part.left]]
        merged.left[where], merged.right[where], merged.scores[where] = part.left, part.right, part.scores
    return merged


def keep_best(table: SentenceTable, left: IntArray, right: IntArray,
               scores: npt.NDArray[np.float64]) -> Matches:
    """Each left sentence's best match at the rule's paraphrase ratio or more in each right
    article, sentence numbers in 4 bytes (a corpus holds far fewer than 2**31 sentences)."""
    keep = scores >= table.rule.paraphrase_ratio
    left, right, scores = left[keep], right[keep], scores[keep]
    right_article = table.article_of[right]
    order = np.lexsort((right, -scores, right_article, left))
    left, right, scores, right_article = left[order], right[order], scores[order], right_article[order]
    first = np.ones(len(left), dtype=bool)
    first[1:] = (left[1:] != left[:-1]) | (right_article[1:] != right_article[:-1])
    return Matches(left[first].astype(np.int32), right[first].astype(np.int32), scores[first])


def sentence_scores(table: SentenceTable, left: IntArray, right: IntArray, progress: Progress | None,
            stage: str) -> npt.NDArray[np.float64]:
    """:func:`score_pairs` of global sentence numbers."""
    return score_pairs(table.normals, table.anchors, left, table.normals, table.anchors, right, table.threads,
                       progress, stage, table.rule.paraphrase_ratio)


def _one_formula(mine: npt.NDArray[np.uint64], theirs: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Sentence pairs that share a wording but not the names and numbers of one story:
    both have anchors, and fewer of either's anchors are among the other's words than
    SHARED_ANCHORS (or than all of them, for a sentence with fewer than RICH_ANCHORS)."""
    def count(bits: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """Set bits per row, column by column (8x faster than widening every count and
        summing along the short axis)."""
        counts = np.bitwise_count(bits)
        total = counts[:, 0].astype(np.int64)
        for column in range(1, counts.shape[1]):
            total += counts[:, column]
        return total

    def kept(anchors: npt.NDArray[np.uint64], other: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        return count(anchors[:, :SIGNATURE_WORDS] & other[:, SIGNATURE_WORDS:])

    have_mine, have_theirs = count(mine[:, :SIGNATURE_WORDS]), count(theirs[:, :SIGNATURE_WORDS])
    shared = np.maximum(kept(mine, theirs), kept(theirs, mine))
    needed = np.where(np.minimum(have_mine, have_theirs) >= RICH_ANCHORS, SHARED_ANCHORS, 1)
    return (have_mine > 0) & (have_theirs > 0) & (shared < needed)


def spread_of(table: SentenceTable, matches: Matches) -> IntArray:
    """How many articles carry each sentence: itself and every article matching it."""
    strong = matches.scores >= table.rule.match_ratio
    left, right = matches.left[strong], matches.right[strong]
    carried = shingles.sorted_unique(np.concatenate((shingles.pack(left, table.article_of[right]),
                                                     shingles.pack(right, table.article_of[left]))))
    sentence, _ = shingles.unpack(carried)
    return np.bincount(sentence, minlength=len(table.article_of)).astype(np.int64) + 1

