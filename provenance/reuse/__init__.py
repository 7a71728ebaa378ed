"""Stage 5, text reuse: which articles share text, in one language or across two.

- :mod:`.profiles`: per article (in parallel), what reuse needs of it;
- :mod:`.candidates`: candidate sentence pairs from a shingle index (:mod:`.shingles`),
  scored with rapidfuzz;
- :mod:`.rule`: the link rule, one frozen object with every threshold and the weight formula;
- :mod:`.links`: the links the rule makes, with their figures and passages;
- :mod:`.align`: a linked pair's token alignment (how much of each is the other's words, in order);
- :mod:`.translation`: a page and the page it translates, by the anchors a translation
  keeps in order (names and numbers);
- :mod:`.meaning`: optionally, by the meaning of its sentences (a multilingual encoder).
"""

from provenance.reuse.align import aligned_shares
from provenance.reuse.candidates import (
    PairScorer,
    ScoredPairs,
    SentenceLayout,
    score_pairs,
    sentence_anchors,
    sentence_keys,
)
from provenance.reuse.links import compare_pair, find_links, passage_weight
from provenance.reuse.meaning import Encoder, MeaningRule, load_encoder
from provenance.reuse.profiles import TextProfile, outlet_quote_ends, profile
from provenance.reuse.rule import (
    CONTAINMENT_LINK,
    LINK_MIN_WEIGHT,
    LINK_RULE,
    MATCH_RATIO,
    MIN_SHARED_TRIGRAMS,
    PARAPHRASE_CONTAINMENT,
    LinkRule,
)
from provenance.reuse.translation import (
    Anchors,
    TranslationLink,
    TranslationRule,
    anchors,
    find_translations,
    spelled,
)

__all__ = [
    "CONTAINMENT_LINK",
    "LINK_MIN_WEIGHT",
    "LINK_RULE",
    "MATCH_RATIO",
    "MIN_SHARED_TRIGRAMS",
    "PARAPHRASE_CONTAINMENT",
    "Anchors",
    "Encoder",
    "LinkRule",
    "MeaningRule",
    "PairScorer",
    "ScoredPairs",
    "SentenceLayout",
    "TextProfile",
    "TranslationLink",
    "TranslationRule",
    "aligned_shares",
    "anchors",
    "compare_pair",
    "find_links",
    "find_translations",
    "load_encoder",
    "outlet_quote_ends",
    "passage_weight",
    "profile",
    "score_pairs",
    "sentence_anchors",
    "sentence_keys",
    "spelled",
]
