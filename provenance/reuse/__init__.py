"""Stage 5, text reuse: which articles share text, in one language or across two.

- :mod:`.sentences`: passages shared within a language (sentence matching with rapidfuzz
  over a shingle index, :mod:`.shingles`), the links and their figures;
- :mod:`.translation`: a page and the page it translates, by the anchors a translation
  keeps in order (names and numbers).
"""

from provenance.reuse.sentences import (
    CONTAINMENT_LINK,
    LINK_MIN_WEIGHT,
    MATCH_RATIO,
    MIN_SHARED_TRIGRAMS,
    PARAPHRASE_CONTAINMENT,
    PairScorer,
    ScoredPairs,
    SentenceLayout,
    TextProfile,
    compare_pair,
    find_links,
    passage_weight,
    profile,
    score_pairs,
    sentence_anchors,
    sentence_keys,
)
from provenance.reuse.translation import Anchors, TranslationLink, TranslationRule, anchors, find_translations

__all__ = [
    "CONTAINMENT_LINK",
    "LINK_MIN_WEIGHT",
    "MATCH_RATIO",
    "MIN_SHARED_TRIGRAMS",
    "PARAPHRASE_CONTAINMENT",
    "Anchors",
    "PairScorer",
    "ScoredPairs",
    "SentenceLayout",
    "TextProfile",
    "TranslationLink",
    "TranslationRule",
    "anchors",
    "compare_pair",
    "find_links",
    "find_translations",
    "passage_weight",
    "profile",
    "score_pairs",
    "sentence_anchors",
    "sentence_keys",
]
