"""Token alignment of a linked pair: how much of each article is the other's words, in order.

Sentence matching (:mod:`provenance.reuse.candidates`) finds passages; it misses what a
rewrite does to them: sentences merged, split, trimmed or reordered. The longest common
subsequence of the two whole token streams (rapidfuzz's ``LCSseq.opcodes`` on word
lists, bit-parallel C++, tens of microseconds for two articles) follows the text through
all of that. Only runs of ``min_run`` words or more count: single words ("the",
"court") align between any two reports of one story.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import LCSseq

from provenance.reuse.rule import ALIGN_MIN_RUN


def aligned_shares(first: Sequence[str], second: Sequence[str],
                   min_run: int = ALIGN_MIN_RUN) -> tuple[float, float]:
    """The share of each token stream in runs of ``min_run`` or more tokens that the LCS
    alignment of the two pairs with the other's (0.0 for an empty stream)."""
    if not first or not second:
        return 0.0, 0.0
    aligned = 0
    for block in LCSseq.opcodes(first, second).as_matching_blocks():
        if block.size >= min_run:
            aligned += block.size
    return round(aligned / len(first), 3), round(aligned / len(second), 3)


def tokens(normals: Sequence[str]) -> list[str]:
    """An article's token stream from its compared sentences (lower-cased words joined by spaces)."""
    return " ".join(normals).split()
