"""Calibrate the link rule (provenance/reuse/rule.py) on METER, by cross-validation.

The rule calibrated is the rule the pipeline runs: variants of ``reuse.LINK_RULE`` made with
``dataclasses.replace`` and decided by its own ``linked`` and ``derivation``. Two of its
settings are chosen here:

1. the paraphrase clause (``content_link``, ``paraphrase_containment``): a newspaper counts
   as derived when the rule links it to a PA file of its story. Settings are allowed only if,
   with a margin of SAFETY_MARGIN on the content threshold, they link no pair of the seeds
   (../shared/seeds) or of the bundled example that the rest of the rule leaves unlinked:
   two articles that both paraphrase one report are not each other's source. Among the
   allowed settings the training folds pick the best two-way macro-F1 (derived and
   non-derived F1 averaged: plain derived F1 rewards calling everything derived);
2. ``wholly_aligned``: a derived newspaper is wholly derived when the share of its words the
   token alignment pairs with a linked PA file reaches it. The training folds pick the
   best 3-way macro-F1 (wholly, partially, non-derived).

5-fold cross-validation by story, 5 shuffles; the held-out figures are the mean of the 25
held-out folds, printed beside the in-sample figures of the settings in use.

Run: python benchmarks/calibrate_paraphrase_rule.py
"""

from __future__ import annotations

import itertools
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import prf
from benchmarks.eval_meter import DEFAULT_DATA, LABELS, load_labels, story_corpus
from provenance import reuse
from provenance.clean import clean
from provenance.load import load_corpus
from provenance.models import CleanedDocument
from provenance.reuse import LinkRule, overlap

ROOT = Path(__file__).resolve().parents[1]
CONTENT_GRID = (0.45, 0.5, 0.55, 0.6)
PHRASING_GRID = (0.0, 0.04, 0.06, 0.08, 0.1)
WHOLLY_GRID = tuple(round(0.2 + 0.02 * step, 2) for step in range(21))  # 0.20 .. 0.60
#: A setting must stay this far above the content share of every protected pair.
SAFETY_MARGIN = 0.05


@dataclass(frozen=True)
class Pairs:
    """Every figure the rule weighs, one entry per article pair (NumPy columns)."""

    weight: np.ndarray
    phrasing: np.ndarray  # the larger trigram containment of the two directions
    shared: np.ndarray  # narrative trigrams shared
    vocabulary: np.ndarray  # the larger content-word containment
    anchors_shared: np.ndarray
    anchors_fewest: np.ndarray
    aligned: np.ndarray  # share of the first article's words aligned with the second's

    @classmethod
    def of(cls, pairs: list[tuple[CleanedDocument, CleanedDocument]]) -> Pairs:
        rows = [_figures(first, second) for first, second in pairs]
        return cls(*(np.array(column) for column in zip(*rows, strict=True))) if rows else cls(
            *(np.zeros(0) for _ in range(7)))

    def linked(self, rule: LinkRule) -> np.ndarray:
        return rule.linked(self.weight, self.phrasing, self.shared, lambda mask: self.vocabulary[mask],
                           lambda mask: (self.anchors_shared[mask], self.anchors_fewest[mask]))


def _figures(first: CleanedDocument, second: CleanedDocument) -> tuple[float, ...]:
    a, b = reuse.profile(first), reuse.profile(second)
    link = reuse.compare_pair(first, second)
    contained_a, contained_b, shared = overlap.containment(a.trigrams, b.trigrams)
    content_a, content_b, _ = overlap.containment(a.content_words, b.content_words)
    _, _, anchors = overlap.containment(a.story_anchors, b.story_anchors)
    return (link.score, max(contained_a, contained_b), shared, max(content_a, content_b), anchors,
            min(len(a.story_anchors), len(b.story_anchors)), link.aligned_a)


@dataclass(frozen=True)
class Newspaper:
    story: str
    label: str  # wholly, partially, non
    pairs: slice  # its rows (against each PA file of its story) in the corpus-wide Pairs


def meter_pairs() -> tuple[list[Newspaper], Pairs]:
    labels = load_labels(DEFAULT_DATA)
    papers, pairs = [], []
    for day, catchline in sorted({(Path(k).parts[3], Path(k).parts[4]) for k in labels}):
        cleaned = [clean(d) for d in story_corpus(DEFAULT_DATA, day, catchline).documents]
        wire = [c for c in cleaned if c.document.id.startswith("PA/")]
        for paper in cleaned:
            key = f"newspapers/rawtexts/courts/{day}/{catchline}/{paper.document.id}.txt"
            if key in labels:
                papers.append(Newspaper(f"{day}/{catchline}", labels[key], slice(len(pairs), len(pairs) + len(wire))))
                pairs.extend((paper, pa) for pa in wire)
    return papers, Pairs.of(pairs)


def protected_pairs() -> Pairs:
    """Every pair of the seeds and of the bundled example that the rule without its paraphrase
    clause leaves unlinked: the clause must leave them so."""
    pairs = []
    for corpus in (load_corpus([ROOT.parent / "shared" / "seeds"]), load_corpus([ROOT / "examples" / "calder-bridge"])):
        pairs.extend(itertools.combinations([clean(d) for d in corpus.documents], 2))
    every = Pairs.of(pairs)
    keep = ~every.linked(_without_paraphrase(reuse.LINK_RULE))
    return Pairs(*(getattr(every, name)[keep] for name in Pairs.__dataclass_fields__))


def _without_paraphrase(rule: LinkRule) -> LinkRule:
    return replace(rule, content_link=2.0)


def predictions(papers: list[Newspaper], pairs: Pairs, rule: LinkRule) -> list[str]:
    """Each newspaper's 3-way label under ``rule``: non unlinked, else its derivation from the
    best-aligned linked PA file."""
    linked = pairs.linked(rule)
    labels = []
    for paper in papers:
        mine = linked[paper.pairs]
        labels.append("non" if not mine.any() else
                      str(rule.derivation(float(pairs.aligned[paper.pairs][mine].max()))))
    return labels


def two_way(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    """(derived/non-derived macro-F1, derived-vs-non F1)."""
    derived = [label != "non" for label in gold]
    claimed = [label != "non" for label in predicted]
    hits = sum(d and c for d, c in zip(derived, claimed, strict=True))
    quiet = sum(not d and not c for d, c in zip(derived, claimed, strict=True))
    derived_f1 = prf(hits, sum(claimed), hits, sum(derived))["f1"]
    non_f1 = prf(quiet, len(gold) - sum(claimed), quiet, len(gold) - sum(derived))["f1"]
    return (derived_f1 + non_f1) / 2, derived_f1


def three_way(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in LABELS:
        hits = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        scores.append(prf(hits, predicted.count(label), hits, gold.count(label))["f1"])
    return sum(scores) / len(scores)


def allowed_rules(protected: Pairs) -> list[LinkRule]:
    rules = [replace(reuse.LINK_RULE, content_link=content, paraphrase_containment=phrasing)
             for content, phrasing in itertools.product(CONTENT_GRID, PHRASING_GRID)]
    return [rule for rule in rules
            if not protected.linked(replace(rule, content_link=rule.content_link - SAFETY_MARGIN)).any()]


def cross_validate(papers: list[Newspaper], pairs: Pairs, allowed: list[LinkRule]) -> list[tuple[float, ...]]:
    """Held-out (3-way macro-F1, two-way macro-F1, derived-vs-non F1) of each of the 25 folds."""
    gold = [paper.label for paper in papers]
    verdicts = {(rule, wholly): predictions(papers, pairs, replace(rule, wholly_aligned=wholly))
                for rule in allowed for wholly in WHOLLY_GRID}
    stories = sorted({paper.story for paper in papers})
    held_out = []
    for shuffle in range(5):
        order = random.Random(shuffle).sample(stories, len(stories))
        fold_of = {story: number % 5 for number, story in enumerate(order)}
        for fold in range(5):
            train = [i for i, paper in enumerate(papers) if fold_of[paper.story] != fold]
            test = [i for i, paper in enumerate(papers) if fold_of[paper.story] == fold]

            def on(rows: list[int], key: tuple[LinkRule, float]) -> tuple[list[str], list[str]]:
                return [gold[i] for i in rows], [verdicts[key][i] for i in rows]

            rule = max(allowed, key=lambda r: (two_way(*on(train, (r, WHOLLY_GRID[0])))[0],
                                               r.content_link, r.paraphrase_containment))
            wholly = max(WHOLLY_GRID, key=lambda w: (three_way(*on(train, (rule, w))), -w))
            held_out.append((three_way(*on(test, (rule, wholly))), *two_way(*on(test, (rule, wholly)))))
        print(f"shuffle {shuffle}: last fold picked content {rule.content_link:.2f}, "
              f"trigrams {rule.paraphrase_containment:.2f}, wholly_aligned {wholly:.2f}")
    return held_out


def main() -> int:
    papers, pairs = meter_pairs()
    protected = protected_pairs()
    allowed = allowed_rules(protected)
    gold = [paper.label for paper in papers]
    print(f"{len(papers)} newspaper articles; {len(protected.weight)} seed/example pairs that must stay unlinked "
          f"(highest content share {protected.vocabulary.max():.3f}); {len(allowed)} of "
          f"{len(CONTENT_GRID) * len(PHRASING_GRID)} settings allowed")
    print("without the paraphrase clause: two-way macro-F1 {:.3f}, derived-vs-non F1 {:.3f}".format(
        *two_way(gold, predictions(papers, pairs, _without_paraphrase(reuse.LINK_RULE)))))
    held_out = cross_validate(papers, pairs, allowed)
    means = [sum(fold[k] for fold in held_out) / len(held_out) for k in range(3)]
    in_use = predictions(papers, pairs, reuse.LINK_RULE)
    print("rule in use (content {:.2f}, trigrams {:.2f}, wholly_aligned {:.2f}): in-sample 3-way macro-F1 {:.3f}, "
          "two-way macro-F1 {:.3f}, derived-vs-non F1 {:.3f}".format(
              reuse.LINK_RULE.content_link, reuse.LINK_RULE.paraphrase_containment, reuse.LINK_RULE.wholly_aligned,
              three_way(gold, in_use), *two_way(gold, in_use)))
    print("cross-validated (mean of 25 held-out folds): 3-way macro-F1 {:.3f}, two-way macro-F1 {:.3f}, "
          "derived-vs-non F1 {:.3f}".format(*means))
    return 0


if __name__ == "__main__":
    sys.exit(main())
