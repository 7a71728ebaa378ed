"""Stage 5, text reuse: which articles share text, decided by the link rule.

1. :func:`provenance.reuse.profiles.profile`, per article (in parallel): comparable
   sentences, shingles, trigrams, content words, anchors.
2. :func:`find_links`, for the corpus: candidate sentence pairs scored
   (:mod:`provenance.reuse.candidates`); each sentence's spread (how many articles carry
   it: the famous quote every outlet repeats says little about who copied whom); per-pair
   figures in bulk; the decision of :data:`provenance.reuse.rule.LINK_RULE`; for each link,
   the token alignment of the two articles (:mod:`provenance.reuse.align`) and passages
   made when read (:mod:`provenance.passages`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from provenance import parallel
from provenance.config import Progress
from provenance.models import CleanedDocument, Passage, ReuseLink
from provenance.passages import MatchColumns, PassageMaker, PassageRange, SentenceSpans
from provenance.reuse import overlap, shingles
from provenance.reuse.align import aligned_shares, tokens
from provenance.reuse.candidates import (
    Matches,
    PairScorer,
    SentenceTable,
    best_matches,
    keep_best,
    scored_matches,
    sentence_scores,
    spread_of,
)
from provenance.reuse.profiles import TextProfile, profile
from provenance.reuse.rule import LINK_RULE, LinkRule
from provenance.reuse.shingles import IntArray

NumberType = TypeVar("NumberType", bound=np.generic)


def find_links(documents: tuple[CleanedDocument, ...], progress: Progress | None = None,
               profiles: tuple[TextProfile, ...] | None = None, threads: int = 1,
               scorer: PairScorer | None = None, rule: LinkRule = LINK_RULE) -> tuple[ReuseLink, ...]:
    """Every pair of articles that ``rule`` links (:class:`provenance.reuse.rule.LinkRule`).

    ``profiles`` (one per document, from :func:`profile`) may be computed beforehand, in
    parallel; they are computed here otherwise. ``threads`` score sentence pairs in C++
    (rapidfuzz's own threads; the scores do not depend on how many). ``scorer`` makes and
    scores the candidate sentence pairs elsewhere (the Spark engine, on a cluster); by
    default they are made here from the shingle index. Either way the links are the same.
    """
    texts = {doc.document.id: doc.document.text for doc in documents}
    table = SentenceTable(tuple(sorted(profiles or tuple(profile(doc) for doc in documents),
                                       key=lambda item: item.article)), threads, rule)
    matches = best_matches(table, progress) if scorer is None else scored_matches(table, scorer(table.layout))
    table.release_scoring()
    spread = spread_of(table, matches)
    decided = _decide(table, matches, spread)
    maker, starts, stops = _linked_passages(table, matches, spread, texts, decided.matched)
    del matches, spread  # the links are made without them (their peak at 100,000 articles)
    table.release_sets()
    return tuple(_made_links(table, decided, maker, starts, stops))


#: Sentence matches whose article pairs are decided together (whole left articles, so whole
#: pairs): the per-match figures of one chunk, a dozen arrays, are all that is alive at once
#: (about 100 MB), whatever the corpus size. At 100,000 articles the arrays over every match at
#: once were the run's peak.
CHUNK_MATCHES = 1_000_000
#: Article pairs without a sentence match decided together.
CHUNK_PAIRS = 2_000_000


@dataclass(frozen=True)
class _PairFigures:
    """Per article pair (a run of matches), computed for many pairs at once with NumPy."""

    starts: IntArray  # first match of each pair
    stops: IntArray
    left_articles: IntArray
    right_articles: IntArray
    weights: npt.NDArray[np.float64]
    narrative_similarity: npt.NDArray[np.float64]
    left_words: IntArray  # words of the left article in matched sentences
    right_words: IntArray
    longest: IntArray  # words of the longest close passage

    def taken(self, numbers: IntArray, first_match: int) -> _PairFigures:
        """The figures of pairs ``numbers`` only, their matches counted from ``first_match``."""
        columns = {name: getattr(self, name)[numbers] for name in self.__dataclass_fields__}
        columns["starts"] += first_match
        columns["stops"] += first_match
        return _PairFigures(**columns)

    @staticmethod
    def joined(parts: list[_PairFigures]) -> _PairFigures:
        return _PairFigures(**{name: _joined([getattr(part, name) for part in parts])
                               for name in _PairFigures.__dataclass_fields__})


@dataclass(frozen=True)
class _DecidedChunk:
    """One chunk of matched article pairs, decided: every pair (``left << 32 | right``,
    sorted) and the figures and containment of the linked ones."""

    pairs: npt.NDArray[np.uint64]
    linked: _PairFigures
    contained: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]


@dataclass(frozen=True)
class _Decided:
    """Every linked article pair, each with the share of either article's narrative
    trigrams the other keeps: those with sentence matches (their figures) and those without."""

    matched: _PairFigures
    matched_contained: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]
    unmatched: tuple[IntArray, IntArray]  # left and right article numbers
    unmatched_contained: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]


def _decide(table: SentenceTable, matches: Matches, spread: IntArray) -> _Decided:
    """Decide every article pair that shares a shingle by the rule: pairs with sentence
    matches by their figures, then the others (a heavy paraphrase may share vocabulary and a
    few phrases but no similar sentence) with weight 0; both in chunks of article pairs, so
    that no corpus-wide array over matches or pairs is made beyond the matches themselves."""
    decided = [_decide_chunk(table, matches, spread, start, stop)
               for start, stop in _left_article_chunks(table, matches, CHUNK_MATCHES)]
    matched = np.concatenate([chunk.pairs for chunk in decided] or [np.zeros(0, dtype=np.uint64)])
    unmatched = [_decide_unmatched(table, matches.article_pairs[start:start + CHUNK_PAIRS], matched)
                 for start in range(0, len(matches.article_pairs), CHUNK_PAIRS)]
    return _Decided(_PairFigures.joined([chunk.linked for chunk in decided]),
                    (_joined([chunk.contained[0] for chunk in decided]),
                     _joined([chunk.contained[1] for chunk in decided])),
                    (_joined([part[0] for part in unmatched]), _joined([part[1] for part in unmatched])),
                    (_joined([part[2] for part in unmatched]), _joined([part[3] for part in unmatched])))


def _joined(parts: list[npt.NDArray[NumberType]]) -> npt.NDArray[NumberType]:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _left_article_chunks(table: SentenceTable, matches: Matches, size: int) -> list[tuple[int, int]]:
    """Runs of about ``size`` matches (ordered by left article) that end where a left article
    does: a chunk holds whole article pairs, and each left article's pairs together."""
    def left_article(row: int) -> int:
        return int(table.article_of[matches.left[row]])

    total, chunks, start = len(matches.left), [], 0
    while start < total:
        stop = min(start + size, total)
        if stop < total:
            stop = bisect.bisect_right(range(total), left_article(stop - 1), lo=stop, key=left_article)
        chunks.append((start, stop))
        start = stop
    return chunks


def _decide_chunk(table: SentenceTable, matches: Matches, spread: IntArray, start: int, stop: int) -> _DecidedChunk:
    """The figures and the rule's decision for the article pairs of matches ``start:stop``."""
    part = Matches(matches.left[start:stop], matches.right[start:stop], matches.scores[start:stop])
    figures = _pair_figures(table, part, spread)
    decision = _PairsToDecide(table, figures.left_articles, figures.right_articles, figures.weights)
    numbers, contained_a, contained_b = decision.decide()
    return _DecidedChunk(shingles.pack(figures.left_articles, figures.right_articles),
                         figures.taken(numbers, start), (contained_a, contained_b))


def _linked_passages(table: SentenceTable, matches: Matches, spread: IntArray, texts: dict[str, str],
                     linked: _PairFigures) -> tuple[PassageMaker, list[int], list[int]]:
    """The passage maker of the linked pairs, holding their own matches only (not every
    match), and where each pair's passages start and stop in it."""
    rows, starts, stops = _rows_of(linked.starts, linked.stops)
    maker = _passage_maker(table, Matches(matches.left[rows], matches.right[rows], matches.scores[rows]), spread,
                           texts)
    return maker, starts.tolist(), stops.tolist()


def _made_links(table: SentenceTable, decided: _Decided, maker: PassageMaker, starts: list[int],
                stops: list[int]) -> list[ReuseLink]:
    """The links of the decided pairs, with their token alignment; passages are made when read."""
    figures, links = decided.matched, []
    lefts = [*figures.left_articles.tolist(), *decided.unmatched[0].tolist()]
    rights = [*figures.right_articles.tolist(), *decided.unmatched[1].tolist()]
    alignments = _alignments(table, lefts, rights)
    contained_a, contained_b = (shares.tolist() for shares in decided.matched_contained)
    for number, (a_number, b_number) in enumerate(zip(figures.left_articles.tolist(),
                                                      figures.right_articles.tolist(), strict=True)):
        a, b = table.profiles[a_number], table.profiles[b_number]
        links.append(ReuseLink(a.article, b.article, PassageRange(maker, starts[number], stops[number]),
                               _share(int(figures.left_words[number]), sum(a.word_counts)),
                               _share(int(figures.right_words[number]), sum(b.word_counts)),
                               round(float(figures.weights[number]), 2),
                               round(contained_a[number], 3), round(contained_b[number], 3),
                               round(float(figures.narrative_similarity[number]), 3),
                               int(figures.longest[number]), *alignments[number]))
    matched = len(links)
    for number, (a_number, b_number, share_a, share_b) in enumerate(zip(
            *(part.tolist() for part in decided.unmatched), *(part.tolist() for part in decided.unmatched_contained),
            strict=True), start=matched):
        a, b = table.profiles[a_number], table.profiles[b_number]
        links.append(ReuseLink(a.article, b.article, (), 0.0, 0.0, 0.0, round(share_a, 3), round(share_b, 3), 0.0,
                               0, *alignments[number]))
    return sorted(links, key=lambda link: (link.a, link.b))


#: Fewer linked pairs than this are aligned in one process: a fork costs more than
#: aligning them (about 20 µs a pair).
ALIGN_BESIDE_MIN_PAIRS = 20_000


def _alignments(table: SentenceTable, lefts: list[int], rights: list[int]) -> list[tuple[float, float]]:
    """The token alignment (:func:`aligned_shares`) of each pair of articles ``lefts[i]``,
    ``rights[i]`` (numbers in the table), the later half in a forked process
    (:func:`provenance.parallel.beside`, with ``table.threads`` above one): aligning the
    490,000 links of 100,000 articles is seconds of serial Python and C++ while the second
    core has nothing to do. Each half keeps the pairs' order, so a left article's pairs stay
    together and its token stream is made once per half."""
    if len(lefts) < ALIGN_BESIDE_MIN_PAIRS:
        return _aligned_pairs(table, lefts, rights)
    half = len(lefts) // 2
    later = parallel.beside(partial(_aligned_pairs, table, lefts[half:], rights[half:]), table.threads,
                            len(lefts) - half)
    return [*_aligned_pairs(table, lefts[:half], rights[:half]), *later()]


def _aligned_pairs(table: SentenceTable, lefts: list[int], rights: list[int]) -> list[tuple[float, float]]:
    """:func:`aligned_shares` of each pair, in order (one process)."""
    aligned = _aligner(table)
    return [aligned(table.profiles[a], table.profiles[b]) for a, b in zip(lefts, rights, strict=True)]


def _rows_of(starts: IntArray, stops: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """The rows ``start:stop`` of each range, one after another, and each range's place among them."""
    lengths = stops - starts
    placed = np.cumsum(lengths) - lengths
    rows = np.repeat(starts - placed, lengths) + np.arange(int(lengths.sum()), dtype=np.int64)
    return rows, placed, placed + lengths


def _decide_unmatched(table: SentenceTable, pairs: npt.NDArray[np.uint64], matched: npt.NDArray[np.uint64],
                      ) -> tuple[IntArray, IntArray, npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The linked ones of ``pairs`` without a sentence match (``matched`` sorted), by weight 0:
    their left and right article numbers and containment."""
    left, right = shingles.unpack(pairs[~_sorted_contains(matched, pairs)])
    numbers, contained_a, contained_b = _PairsToDecide(table, left, right,
                                                       np.zeros(len(left), dtype=np.float64)).decide()
    return left[numbers], right[numbers], contained_a, contained_b


def _sorted_contains(ordered: npt.NDArray[np.uint64], values: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Whether each of ``values`` is in ``ordered`` (sorted)."""
    if len(ordered) == 0:
        return np.zeros(len(values), dtype=bool)
    places = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return ordered[places] == values


#: Token streams kept for alignment: the articles of the most recent linked pairs.
STREAMS_KEPT = 1024


def _aligner(table: SentenceTable) -> Callable[[TextProfile, TextProfile], tuple[float, float]]:
    """The token alignment of a linked pair (:func:`aligned_shares`).

    Linked pairs come grouped by their left article, and a story's pages pair with one
    another again and again: an article's token stream is made once while it is recent,
    not once per pair (joining and splitting the streams cost as much as aligning them).
    """
    by_article = {profile.article: profile for profile in table.profiles}

    @lru_cache(maxsize=STREAMS_KEPT)
    def stream(article: str) -> list[str]:
        return tokens(by_article[article].normals)

    def aligned(a: TextProfile, b: TextProfile) -> tuple[float, float]:
        return aligned_shares(stream(a.article), stream(b.article), table.rule.align_min_run)

    return aligned


@dataclass(frozen=True)
class _PairsToDecide:
    """Article pairs (numbers in the table) and what the rule weighs for each."""

    table: SentenceTable
    left: IntArray
    right: IntArray
    weight: npt.NDArray[np.float64]

    def decide(self) -> tuple[IntArray, npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """The linked pairs (their numbers here), and for each the share of either article's
        narrative trigrams the other keeps. Only the pairs the story check leaves
        (:meth:`LinkRule.may_link`) have their trigrams and words counted."""
        possible = np.flatnonzero(self.table.rule.may_link(self.weight, self.story))
        left, right, weight = self.left[possible], self.right[possible], self.weight[possible]
        numbers, contained_a, contained_b = _PairsToDecide(self.table, left, right, weight).decide_all()
        return possible[numbers], contained_a, contained_b

    def decide_all(self) -> tuple[IntArray, npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """:meth:`decide`, every pair counted."""
        sizes = self.table.trigram_sets.sizes
        shared = overlap.shared_counts(self.table.trigram_sets, self.left, self.right, self.table.threads)
        phrasing = np.maximum(_shares(shared, sizes[self.left]), _shares(shared, sizes[self.right]))
        numbers = np.flatnonzero(self.table.rule.linked(self.weight, phrasing, shared, self.vocabulary, self.story))
        del phrasing
        left, right, shared = self.left[numbers], self.right[numbers], shared[numbers]
        return numbers, _shares(shared, sizes[left]), _shares(shared, sizes[right])

    def vocabulary(self, mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
        """The larger share of either article's content words the other keeps."""
        content, left, right = self.table.content_sets, self.left[mask], self.right[mask]
        kept = overlap.shared_counts(content, left, right, self.table.threads)
        return np.maximum(_shares(kept, content.sizes[left]), _shares(kept, content.sizes[right]))

    def story(self, mask: npt.NDArray[np.bool_]) -> tuple[IntArray, IntArray]:
        """Anchors (names and numbers) each pair shares, and the smaller article's count."""
        anchors, left, right = self.table.anchor_sets, self.left[mask], self.right[mask]
        shared = overlap.shared_counts(anchors, left, right, self.table.threads)
        return shared, np.minimum(anchors.sizes[left], anchors.sizes[right])


def _pair_figures(table: SentenceTable, matches: Matches, spread: IntArray) -> _PairFigures:
    """Weight (the rule's formula), narrative similarity and matched words of every article pair."""
    left_article, right_article = table.article_of[matches.left], table.article_of[matches.right]
    starts = np.flatnonzero(np.concatenate(([True], (left_article[1:] != left_article[:-1])
                                            | (right_article[1:] != right_article[:-1]))))
    stops = np.append(starts[1:], len(matches.left))
    similarity = _rounded_similarities(matches.scores)
    words_ = np.minimum(table.word_counts[matches.left], table.word_counts[matches.right])
    carriers = np.maximum(spread[matches.left], spread[matches.right])
    quoted = table.quoted[matches.left] | table.quoted[matches.right]
    close = similarity * 100 >= table.rule.match_ratio
    narrative = table.rule.counts(similarity, quoted)
    weights = np.add.reduceat(table.rule.weights(words_, similarity, carriers, quoted), starts)
    narrative_words = np.add.reduceat(np.where(narrative, words_, 0), starts)
    close_words = np.add.reduceat(np.where(close, words_, 0), starts)
    narrative_mean = np.add.reduceat(np.where(narrative, similarity * words_, 0.0), starts) / np.maximum(
        narrative_words, 1)
    close_mean = np.add.reduceat(np.where(close, similarity * words_, 0.0), starts) / np.maximum(close_words, 1)
    mean = np.where(narrative_words > 0, narrative_mean, close_mean)
    pair_of_match = np.repeat(np.arange(len(starts), dtype=np.int64), stops - starts)
    pair, right = shingles.unpack(shingles.sorted_unique(shingles.pack(pair_of_match, matches.right)))
    right_words = np.bincount(pair, weights=table.word_counts[right], minlength=len(starts)).astype(np.int64)
    left_words = np.add.reduceat(table.word_counts[matches.left], starts)
    longest = np.maximum.reduceat(np.where(close, words_, 0), starts)
    return _PairFigures(starts, stops, left_article[starts], right_article[starts], weights, mean, left_words,
                        right_words, longest)


def _rounded_similarities(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """``round(score / 100, 3)`` exactly as Python rounds, once per distinct score."""
    distinct, inverse = np.unique(scores, return_inverse=True)
    return np.array([round(score / 100, 3) for score in distinct.tolist()], dtype=np.float64)[inverse]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _passage_maker(table: SentenceTable, matches: Matches, spread: IntArray,
                   texts: dict[str, str]) -> PassageMaker:
    """What passages need, without the table: the profiles can go once links are made."""
    where = SentenceSpans(table.starts, table.ends, table.article_of, [item.article for item in table.profiles],
                          texts)
    return PassageMaker(where, MatchColumns(
        matches.left, matches.right, matches.scores,
        np.minimum(table.word_counts[matches.left], table.word_counts[matches.right]),
        table.quoted[matches.left] | table.quoted[matches.right],
        np.maximum(spread[matches.left], spread[matches.right])))


def _shares(shared: IntArray, sizes: IntArray) -> npt.NDArray[np.float64]:
    """The share of each hash set (of ``sizes``) that the other article of its pair shares,
    0 for an empty set (the same IEEE division as Python's)."""
    return np.where(sizes > 0, shared / np.maximum(sizes, 1), 0.0)


def passage_weight(passage: Passage, rule: LinkRule = LINK_RULE) -> float:
    """Similarity-weighted words of a narrative passage, discounted by its spread (the rule's formula)."""
    return float(rule.weights(np.array([passage.words]), np.array([passage.similarity]), np.array([passage.spread]),
                              np.array([passage.quoted]))[0])


def compare_pair(first: CleanedDocument, second: CleanedDocument, rule: LinkRule = LINK_RULE) -> ReuseLink:
    """The passages two articles share, their containment and alignment, whether or not they link.

    Every sentence of ``first`` is scored against every sentence of ``second`` (no index:
    two articles are cheap), and passages count as carried by both articles only.
    """
    a, b = profile(first), profile(second)
    table = SentenceTable((a, b), rule=rule)
    left = np.repeat(np.arange(len(a.normals), dtype=np.int64), len(b.normals))
    right = np.tile(np.arange(len(b.normals), dtype=np.int64), len(a.normals)) + len(a.normals)
    matches = keep_best(table, left, right, sentence_scores(table, left, right, None, "aligning"))
    spread = np.full(len(table.article_of), 2, dtype=np.int64)
    texts = {a.article: first.document.text, b.article: second.document.text}
    passages = _passage_maker(table, matches, spread, texts).between(0, len(matches.left))
    contained_a, contained_b, _ = overlap.containment(a.trigrams, b.trigrams)
    aligned = aligned_shares(tokens(a.normals), tokens(b.normals), rule.align_min_run)
    figures = _pair_figures(table, matches, spread) if passages else None
    return ReuseLink(a.article, b.article, passages,
                     _share(int(figures.left_words[0]), sum(a.word_counts)) if figures else 0.0,
                     _share(int(figures.right_words[0]), sum(b.word_counts)) if figures else 0.0,
                     round(float(figures.weights[0]), 2) if figures else 0.0, round(contained_a, 3),
                     round(contained_b, 3), round(float(figures.narrative_similarity[0]), 3) if figures else 0.0,
                     int(figures.longest[0]) if figures else 0, *aligned)
