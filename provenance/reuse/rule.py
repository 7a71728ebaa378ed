"""The link rule: when two articles' shared text makes one a copy or rewrite of the other,
and how much of it one took.

One frozen object, :class:`LinkRule`, holds every threshold and the one weight formula;
the pipeline decides with :data:`LINK_RULE` and the calibration script
(benchmarks/calibrate_paraphrase_rule.py) tries variants of it with
:func:`dataclasses.replace`, so the rule calibrated is the rule run. The module constants
are its defaults, each with how it was chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from provenance.kinds import Derivation

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

#: Two sentences match at this rapidfuzz ratio (0-100). On the seeds, rewrites of one
#: wire sentence score 71-97 and unrelated sentences on the same story at most 67.
MATCH_RATIO = 70.0
#: Sentences this similar (but under MATCH_RATIO) are kept as paraphrase evidence of a
#: link made by containment; they do not count towards the link weight.
PARAPHRASE_RATIO = 55.0
#: A rewrite keeps its source's phrasing in places: two articles are also linked when at
#: least this share of one's narrative word trigrams occur in the other (and at least
#: MIN_SHARED_TRIGRAMS of them). Calibrated on METER (docs/evaluation.md): 0.10 finds more
#: of its rewrites, but two seed articles that both paraphrase the Washington Post without
#: copying each other share 0.10 of their trigrams; 0.15 keeps a margin above that.
CONTAINMENT_LINK = 0.15
MIN_SHARED_TRIGRAMS = 12
#: A heavy paraphrase keeps its source's vocabulary but little of its phrasing: two articles
#: are also linked when at least CONTENT_LINK of one's content words (not function words,
#: not numbers) occur in the other and at least PARAPHRASE_CONTAINMENT of its narrative
#: trigrams do. Chosen by 5-fold cross-validation by story on METER among the settings
#: that keep every verdict on the seeds and the bundled example with a 0.05 margin (the
#: closest independent pairs there share 0.42-0.44 of their content words); reproduce with
#: benchmarks/calibrate_paraphrase_rule.py (docs/evaluation.md).
CONTENT_LINK = 0.55
PARAPHRASE_CONTAINMENT = 0.08
#: A pair linked by kept phrasing or vocabulary alone (rules 2 and 3, below the link weight)
#: must also share at least STORY_ANCHORS of its names and numbers and STORY_ANCHOR_SHARE of
#: the smaller article's (:meth:`LinkRule.one_story`). Calibrated on the realistic synthetic
#: corpus (2,010 articles, seed 7: translations of different stories into one language,
#: linked by the house formulas they share, rooted right 70 of 149 times without the rule,
#: 140 with it) against METER, where every pair is of one story and the rule can only lose
#: links: shares 0.20 / 0.25 / 0.30 / 0.34 cost derived-vs-non F1 0.003 / 0.003 / 0.006 /
#: 0.010 and gave root accuracy 0.987 / 0.996 / 0.997 / 0.997 on the corpus (0.949 without).
STORY_ANCHORS = 2
STORY_ANCHOR_SHARE = 0.25
#: Links by shared sentences lighter than this (about two long sentences) must also keep the
#: story's names and numbers; heavier ones are copies whatever else the pages hold (a
#: round-up page that lifts a few paragraphs of one story among many). On the realistic
#: synthetic corpus (10,009 articles, seed 7) root accuracy was 0.9977 with the check on
#: phrasing and vocabulary links only, 0.9996 at 40 and the same at 80 and with no limit;
#: METER, the seeds, the bundled example and the wire piles unchanged at each.
STORY_WEIGHT = 40.0
#: Anchors carried by more than GENERIC_ANCHOR_ARTICLES articles and more than
#: GENERIC_ANCHOR_SHARE of the corpus tell no story from another: an agency's name, "Press",
#: "Group", "Board", small numbers. Without this, translations of different stories into one
#: language shared 6 of their 21-27 anchors, all such words, and were linked by their house
#: formulas (realistic corpus at 10,009 articles: 56 of 737 translations rooted wrong; with it,
#: 4). A pile of one story never reaches the floor, so its names always count. 100 / 1 % gave
#: the same result as 200 / 2 %; the larger is kept.
GENERIC_ANCHOR_ARTICLES = 200
GENERIC_ANCHOR_SHARE = 0.02
#: Passages carried by more articles than this lose weight as 2/spread.
RARE_SPREAD = 2
#: Two articles are linked when their narrative (unquoted) passages weigh at least this
#: many similarity-weighted words: about one long shared sentence.
LINK_MIN_WEIGHT = 20.0
#: The token alignment of a linked pair (:mod:`provenance.reuse.align`) counts runs of at
#: least this many words in the same order in both texts: single shared words ("the",
#: "court") align between any two reports of one story. On METER (770 newspaper articles,
#: wholly against partially derived, 5 × 5-fold cross-validation by story), runs of 1, 2,
#: 3, 4 and 6 words gave held-out 3-way macro-F1 0.604 / 0.611 / 0.600 / 0.584 / 0.576.
ALIGN_MIN_RUN = 2
#: A derived article is wholly derived when at least this share of its words align with
#: its source in such runs, partially below. Chosen on METER by the same cross-validation
#: (in-sample best 0.38; held-out macro-F1 0.611, where the share of narrative trigrams
#: contained, used before, gave 0.588; benchmarks/calibrate_paraphrase_rule.py).
WHOLLY_ALIGNED = 0.38


@dataclass(frozen=True)
class LinkRule:
    """Every threshold of the link decision, and the weight formula, in one place.

    Two articles are linked by any of: (1) shared sentences weighing ``link_min_weight``
    (:meth:`weights`); (2) kept phrasing, ``containment_link`` of one's narrative trigrams
    in the other, at least ``min_shared_trigrams`` of them; (3) a heavy paraphrase,
    ``content_link`` of one's content words and ``paraphrase_containment`` of its trigrams.
    Links by (2) or (3), and by (1) under ``story_weight``, must keep the story's names and
    numbers (:meth:`one_story`), leaving out those too common in the corpus to tell stories
    apart (:meth:`generic_anchors`).
    """

    match_ratio: float = MATCH_RATIO
    paraphrase_ratio: float = PARAPHRASE_RATIO
    rare_spread: int = RARE_SPREAD
    link_min_weight: float = LINK_MIN_WEIGHT
    containment_link: float = CONTAINMENT_LINK
    min_shared_trigrams: int = MIN_SHARED_TRIGRAMS
    content_link: float = CONTENT_LINK
    paraphrase_containment: float = PARAPHRASE_CONTAINMENT
    story_anchors: int = STORY_ANCHORS
    story_anchor_share: float = STORY_ANCHOR_SHARE
    story_weight: float = STORY_WEIGHT
    generic_anchor_articles: int = GENERIC_ANCHOR_ARTICLES
    generic_anchor_share: float = GENERIC_ANCHOR_SHARE
    align_min_run: int = ALIGN_MIN_RUN
    wholly_aligned: float = WHOLLY_ALIGNED

    def weights(self, words: IntArray, similarity: FloatArray, carriers: IntArray, quoted: BoolArray) -> FloatArray:
        """Each matched sentence's weight as evidence of copying: its words times its similarity
        (0-1), discounted as ``rare_spread / carriers`` when more articles carry it; 0 for
        quoted speech (meant to be repeated) and for matches under ``match_ratio``."""
        rarity = np.where(carriers <= self.rare_spread, 1.0, self.rare_spread / np.maximum(carriers, 1))
        return np.where(self.counts(similarity, quoted), words * similarity * rarity, 0.0)

    def counts(self, similarity: FloatArray, quoted: BoolArray) -> BoolArray:
        """Which matches count towards a link: narrative sentences at ``match_ratio`` or more."""
        return (similarity * 100 >= self.match_ratio) & ~quoted

    def linked(self, weight: FloatArray, phrasing: FloatArray, shared_trigrams: IntArray,
               vocabulary: Callable[[BoolArray], FloatArray],
               story: Callable[[BoolArray], tuple[IntArray, IntArray]]) -> BoolArray:
        """The decision for article pairs, one entry each.

        ``phrasing`` is the larger share of either article's narrative trigrams the other
        keeps, ``shared_trigrams`` how many they share. ``vocabulary(mask)`` gives the larger
        share of content words kept, and ``story(mask)`` the anchors shared and the smaller
        article's anchor count, for the pairs of ``mask`` only: they cost more and are
        needed for few pairs.
        """
        heavy = weight >= self.link_min_weight
        light = ~heavy
        rewritten = light & (phrasing >= self.containment_link) & (shared_trigrams >= self.min_shared_trigrams)
        unsure = light & ~rewritten & (phrasing >= self.paraphrase_containment)
        rewritten[unsure] = vocabulary(unsure) >= self.content_link
        linked = heavy | rewritten
        checked = linked & (weight < self.story_weight)
        linked[checked] = self.one_story(*story(checked))
        return linked

    def may_link(self, weight: FloatArray, story: Callable[[BoolArray], tuple[IntArray, IntArray]]) -> BoolArray:
        """The pairs :meth:`linked` can link, whatever their phrasing and vocabulary: those
        it checks for the story's names and numbers (under ``story_weight``) must keep them.
        Asked first, the check spares counting shared trigrams and words for the pairs it
        rules out, most of them: an article's anchors are far fewer than its trigrams, and at
        10,000 articles of the realistic corpus it leaves 53,859 of the 354,241 pairs with a
        sentence match and 161 of the 781,523 without."""
        checked = weight < self.story_weight
        possible = ~checked
        possible[checked] = self.one_story(*story(checked))
        return possible

    def one_story(self, shared: IntArray, fewest: IntArray) -> BoolArray:
        """Pairs that keep each other's names and numbers: at least ``story_anchors`` of them
        (every one when an article has fewer) and ``story_anchor_share`` of the smaller set.
        Kept phrasing without them is a house formula shared by different stories."""
        return (shared >= np.minimum(self.story_anchors, fewest)) & (shared >= self.story_anchor_share * fewest)

    def generic_anchors(self, articles: int) -> int:
        """Anchors carried by more articles than this, in a corpus of ``articles``, tell no
        story from another (an agency's name, "Board", "Group", small numbers)."""
        return max(self.generic_anchor_articles, int(self.generic_anchor_share * articles))

    def derivation(self, aligned: float) -> Derivation:
        """Wholly or partially derived, from the share of the later article's words aligned
        with its source (:mod:`provenance.reuse.align`)."""
        return Derivation.WHOLLY if aligned >= self.wholly_aligned else Derivation.PARTIALLY


#: The rule the pipeline runs.
LINK_RULE = LinkRule()
