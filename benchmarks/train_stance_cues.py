"""Mine stance cue words from PolNeAR train and fit the model of provenance/stance.py.

Regenerates ``provenance/data/stance_cues.json`` from ``../shared/eval/polnear/train``
only (dev and the hidden part are never read), deterministically:

1. Cue words: the head word of each annotated Cue span (its first lowercase word that
   is not an auxiliary or an adverb: "has called for" -> "called"), kept when it heads
   at least ``MIN_CUE_COUNT`` cues and at least ``MIN_CUE_RATE`` of its occurrences in
   the train texts are cues (this drops "in", "of", "made").
2. Candidates: the extractor runs with a recording model; every (subject, cue word)
   pair the rules did not take is a candidate, labelled positive when its subject
   overlaps an annotated Source and its cue an annotated Cue.
3. A logistic model (plain SGD, L2) over the features of :func:`provenance.stance.features`
   seen at least ``MIN_FEATURE_COUNT`` times.
4. The threshold: with 2-fold cross-validation over articles, the one that gives the best
   train source-overlap F1 of rules plus model while the overall source precision stays
   at or above ``MIN_PRECISION``.

Run: python benchmarks/train_stance_cues.py [--data DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks.eval_attribution import DEFAULT_DATA, Article, load_articles, overlaps, prepare, scored
from provenance.attribution import extract
from provenance.attribution.stance import Candidate, StanceModel, cue_pattern
from provenance.lexicon import load_lexicons
from provenance.outlets import load_registry

OUTPUT = Path(__file__).resolve().parents[1] / "provenance" / "data" / "stance_cues.json"
#: A cue word must head this many train cues: rarer words are noise (calibrated: 3 vs 2
#: or 5 changed train F1 by < 0.005; 3 keeps the list about 600 words).
MIN_CUE_COUNT = 3
#: ... and this share of its train occurrences must be cues (drops prepositions and
#: light verbs such as "made" whose cue uses are a small minority).
MIN_CUE_RATE = 0.05
#: Features seen fewer times than this in the candidates get no weight.
MIN_FEATURE_COUNT = 3
EPOCHS = 20
LEARNING_RATE = 0.1
L2 = 1e-5
SEED = 1
#: The threshold is the best-F1 one that keeps the cross-validated train source precision
#: at least this (a fact-checker relies on what we report). Calibration: the cross-validated
#: F1 rises as this falls (0.84: about 0.68, 0.82: 0.70, 0.80: 0.71); 0.80 is the level the
#: attribution work asked to keep, and its model keeps the quality gate's precision floor.
MIN_PRECISION = 0.80
_SKIP = frozenset({"has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "may", "might",
                   "should", "must", "not", "also", "never", "again", "already", "still", "just", "even", "now",
                   "then", "is", "was", "were", "are", "be", "been", "being", "to", "and"})
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Recorder(StanceModel):
    """A model that accepts nothing and keeps every candidate it is shown."""

    seen: list[Candidate] = field(default_factory=list)

    def hopeless(self, candidate: Candidate) -> bool:
        return False

    def accept(self, candidate: Candidate) -> bool:
        self.seen.append(candidate)
        return False


def mine_cue_words(articles: list[tuple[str, Article]]) -> dict[str, int]:
    """Head words of the annotated cues, with how many cues each heads, filtered by rate."""
    heads: Counter[str] = Counter()
    for _, article in articles:
        for start, end in article.cues:
            head = next((w for w in _WORD.findall(article.text[start:end])
                         if w.isalpha() and w.islower() and len(w) > 2 and w not in _SKIP and w[-2:] != "ly"), None)
            if head:
                heads[head] += 1
    occurrences = Counter(w for _, a in articles for w in _WORD.findall(a.text) if w in heads)
    return {w: n for w, n in sorted(heads.items())
            if n >= MIN_CUE_COUNT and n / max(occurrences[w], 1) >= MIN_CUE_RATE}


def collect(articles: list[tuple[str, Article]], verbs: list[str]) -> tuple[list[tuple[int, Candidate, bool]],
                                                                              list[list[tuple[int, int]]]]:
    """Candidates (article index, candidate, label) and the sources the rules alone find."""
    registry = load_registry()
    lexicon = load_lexicons()["en"]
    rows: list[tuple[int, Candidate, bool]] = []
    ruled: list[list[tuple[int, int]]] = []
    for index, ((cleaned, publisher), (_, article)) in enumerate(zip(prepare(articles, registry), articles,
                                                                     strict=True)):
        recorder = Recorder(cue=cue_pattern(verbs), weights={}, bias=0.0, threshold=1.0)
        found = scored(extract(cleaned, registry, lexicon, publisher, recorder))
        ruled.append([(a.source.start, a.source.end) for a in found])
        for candidate in recorder.seen:
            source = (candidate.source.start, candidate.source.end)
            cue = (candidate.cue.start, candidate.cue.end)
            label = any(overlaps(source, g) for g in article.sources) and any(overlaps(cue, g) for g in article.cues)
            rows.append((index, candidate, label))
    return rows, ruled


def fit(rows: list[tuple[Candidate, bool]]) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent; deterministic (fixed seed)."""
    counts = Counter(f for candidate, _ in rows for f in candidate.features)
    kept = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
    data = [([f for f in c.features if f in kept], 1.0 if label else 0.0) for c, label in rows]
    weights: dict[str, float] = dict.fromkeys(sorted(kept), 0.0)
    bias = 0.0
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch)
        for i in order:
            features, y = data[i]
            z = bias + sum(weights[f] for f in features)
            g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias -= rate * g
            for f in features:
                weights[f] -= rate * (g + L2 * weights[f])
    return {f: round(w, 4) for f, w in weights.items() if abs(w) >= 1e-3}, round(bias, 4)


def calibrate(articles: list[tuple[str, Article]], rows: list[tuple[int, Candidate, bool]],
              ruled: list[list[tuple[int, int]]]) -> tuple[float, dict[str, float]]:
    """The threshold from out-of-fold probabilities: best train F1 with precision >= MIN_PRECISION."""
    scores: list[float] = [0.0] * len(rows)
    for fold in (0, 1):
        weights, bias = fit([(c, y) for i, c, y in rows if i % 2 != fold])
        model = StanceModel(cue=re.compile(""), weights=weights, bias=bias, threshold=0.5)
        for k, (i, candidate, _) in enumerate(rows):
            if i % 2 == fold:
                scores[k] = model.probability(candidate.features)
    best = (0.0, 1.0, {})
    for step in range(10, 91, 2):
        threshold = step / 100
        figures = _figures(articles, ruled, [(i, c) for (i, c, _), p in zip(rows, scores, strict=True)
                                             if p >= threshold])
        if figures["precision"] >= MIN_PRECISION and figures["f1"] > best[0]:
            best = (figures["f1"], threshold, figures)
    return best[1], best[2]


def _figures(articles: list[tuple[str, Article]], ruled: list[list[tuple[int, int]]],
             accepted: list[tuple[int, Candidate]]) -> dict[str, float]:
    """Source-overlap precision, recall and F1 of the rules plus the accepted candidates."""
    predicted = [list(spans) for spans in ruled]
    for i, candidate in accepted:
        predicted[i].append((candidate.source.start, candidate.source.end))
    correct = found = gold = total = 0
    for (_, article), spans in zip(articles, predicted, strict=True):
        total += len(spans)
        gold += len(article.sources)
        correct += sum(1 for p in spans if any(overlaps(p, g) for g in article.sources))
        found += sum(1 for g in article.sources if any(overlaps(p, g) for p in spans))
    precision, recall = correct / max(total, 1), found / max(gold, 1)
    return {"precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dry-run", action="store_true", help="print the calibration, do not write the file")
    args = parser.parse_args()
    articles = load_articles(args.data, "train")
    cue_words = mine_cue_words(articles)
    verbs = sorted(cue_words)
    rows, ruled = collect(articles, verbs)
    threshold, figures = calibrate(articles, rows, ruled)
    weights, bias = fit([(c, y) for _, c, y in rows])
    print(f"{len(verbs)} cue words, {len(rows)} candidates ({sum(y for *_, y in rows)} positive), "
          f"{len(weights)} weights; threshold {threshold}; cross-validated train figures {figures}")
    if args.dry_run:
        return 0
    about = ("Stance cues learned from PolNeAR train by benchmarks/train_stance_cues.py; regenerate, do not edit. "
             "verbs: cue word forms (head word of >= MIN_CUE_COUNT train cues, >= MIN_CUE_RATE of their "
             "occurrences); weights, bias: logistic model over provenance.stance.features; threshold: best "
             "2-fold cross-validated train source F1 with precision >= MIN_PRECISION.")
    entry = {"verbs": verbs, "threshold": threshold, "bias": bias, "weights": weights,
             "calibration": {"articles": len(articles), "candidates": len(rows), "cross_validated": figures,
                             "MIN_CUE_COUNT": MIN_CUE_COUNT, "MIN_CUE_RATE": MIN_CUE_RATE,
                             "MIN_FEATURE_COUNT": MIN_FEATURE_COUNT, "MIN_PRECISION": MIN_PRECISION}}
    document = {"version": 1, "about": about, "languages": {"en": entry}}
    OUTPUT.write_text(json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
