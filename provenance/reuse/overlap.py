"""How many hashes two articles share (trigrams, content words), for many pairs at once.

Containment decides a link for every article pair that shares a shingle: about 1.1
million pairs at 10,000 articles. Counted pair by pair with ``np.intersect1d`` the
call overhead alone is ~10 µs a pair (the sets hold ~165 hashes). Here the pairs are
grouped by their left article and every partner's hashes are looked up in that
article's sorted hashes with one ``searchsorted``: a few NumPy calls per article, not
per pair. The counts are exact (the sets are sorted and unique), so the decision and
the figures are the same as pair by pair.

A pair's shared count is read from marks, not found by binary search: every hash is
numbered once (:attr:`HashSets.dense`), the left article's numbers are marked in a boolean
array, and each partner hash is one lookup in it (a quarter of a million needles at
10,000 articles: a third less time than ``searchsorted``).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from provenance.reuse.shingles import IntArray


@dataclass(frozen=True)
class HashSets:
    """Every article's sorted unique 32-bit hashes in one flat array, by article number."""

    flat: npt.NDArray[np.uint32]
    starts: IntArray
    sizes: IntArray

    @classmethod
    def of(cls, sets: Sequence[array[int]]) -> HashSets:
        sizes = np.array([len(item) for item in sets], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64) if len(sets) else sizes
        flat = np.empty(int(sizes.sum()), dtype=np.uint32)
        for start, item in zip(starts.tolist(), sets, strict=True):
            flat[start:start + len(item)] = np.frombuffer(item, dtype=np.uint32)
        return cls(flat, starts, sizes)

    def without_common(self, max_articles: int) -> HashSets:
        """The same sets without the hashes that more than ``max_articles`` sets hold."""
        values, inverse, counts = np.unique(self.flat, return_inverse=True, return_counts=True)
        del values
        kept = counts[inverse] <= max_articles
        if kept.all():
            return self
        owners = np.repeat(np.arange(len(self.sizes), dtype=np.int64), self.sizes)
        sizes = np.bincount(owners[kept], minlength=len(self.sizes)).astype(np.int64)
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64) if len(sizes) else sizes
        return HashSets(self.flat[kept], starts, sizes)

    @cached_property
    def dense(self) -> tuple[npt.NDArray[np.int32], int]:
        """Each hash of ``flat`` as a number below the count of distinct hashes (its rank among
        them: ``np.unique``'s inverse), and that count. Ranked here in 4-byte arrays: the inverse
        of ``np.unique`` costs twice the memory (about 840 MB for 24 million hashes against 390)
        and more time."""
        order = np.argsort(self.flat)
        ordered = self.flat[order]
        first = np.empty(len(ordered), dtype=bool)
        first[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
        del ordered
        ranks = np.cumsum(first, dtype=np.int32)
        del first
        ranks -= 1
        numbers = np.empty(len(self.flat), dtype=np.int32)
        numbers[order] = ranks
        return numbers, int(ranks[-1]) + 1 if len(ranks) else 0

    def members(self, number: int) -> npt.NDArray[np.uint32]:
        start = int(self.starts[number])
        return self.flat[start:start + int(self.sizes[number])]


def shared_counts(sets: HashSets, left: IntArray, right: IntArray, threads: int = 1) -> IntArray:
    """``len(set[left[i]] & set[right[i]])`` for every i, grouped by left article.

    With ``threads`` the groups are shared out between threads (NumPy's lookups run
    without the interpreter lock: 1.8x with two on a million pairs); each group writes
    only its own pairs' counts, so the result does not depend on the threads.
    """
    counts = np.zeros(len(left), dtype=np.int64)
    if len(left) == 0:
        return counts
    order = np.argsort(left, kind="stable")
    bounds = np.flatnonzero(left[order][1:] != left[order][:-1]) + 1
    groups = np.split(order, bounds)

    numbers, distinct = sets.dense

    def count(share: list[IntArray]) -> None:
        marks = np.zeros(distinct, dtype=bool)  # one per thread, left all False after each group
        for group in share:
            counts[group] = _shared_with(int(left[group[0]]), sets, numbers, marks, right[group])

    if threads <= 1 or len(groups) < 2 * threads:
        count(groups)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(count, [groups[part::threads] for part in range(threads)]))
    return counts


def _shared_with(own: int, sets: HashSets, numbers: npt.NDArray[np.int32], marks: npt.NDArray[np.bool_],
                 partners: IntArray) -> IntArray:
    """How many of each partner's hashes article ``own`` holds: its hashes' numbers marked in
    ``marks`` (all False on entry and on return), each partner hash one lookup."""
    sizes = sets.sizes[partners]
    total = int(sizes.sum())
    first = int(sets.starts[own])
    mine = numbers[first:first + int(sets.sizes[own])]
    if len(mine) == 0 or total == 0:
        return np.zeros(len(partners), dtype=np.int64)
    run_starts = np.cumsum(sizes) - sizes  # where each partner's run begins among the needles
    needles = numbers[np.repeat(sets.starts[partners] - run_starts, sizes) + np.arange(total, dtype=np.int64)]
    marks[mine] = True
    found = np.concatenate(([0], np.cumsum(marks[needles], dtype=np.int64)))
    marks[mine] = False
    result: IntArray = found[run_starts + sizes] - found[run_starts]
    return result


def containment(a: array[int], b: array[int]) -> tuple[float, float, int]:
    """Share of each sorted hash set found in the other, and how many they share (one pair)."""
    shared = len(np.intersect1d(np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32),
                                assume_unique=True))
    return shared / len(a) if a else 0.0, shared / len(b) if b else 0.0, shared
