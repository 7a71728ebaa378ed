"""Day-level publication dates on ../shared/eval/htmldate: provenance against plain htmldate.

Scoring (the set's README): the right day is a true positive, a wrong day a false
positive, no date where the page has one a false negative; a page labelled null that
gets no date is a true negative. Both tools see the same HTML and the same URL.

Run: python benchmarks/eval_dates.py [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from htmldate import find_date

from provenance.clean import clean
from provenance.formats import parse_html
from provenance.identify import identify_corpus
from provenance.load import decode_bytes
from provenance.models import LoadedDocument
from provenance.outlets import load_registry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks.common import prf

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "htmldate"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: str | None, expected: str | None, name: str) -> None:
        if predicted is None:
            if expected is None:
                self.tn += 1
            else:
                self.fn += 1
                self.misses.append(f"{name}: none, expected {expected}")
        elif predicted == expected:
            self.tp += 1
        else:
            self.fp += 1
            self.misses.append(f"{name}: {predicted}, expected {expected}")

    def figures(self) -> dict[str, float | int]:
        return {"pages": self.tp + self.fp + self.fn + self.tn, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "tn": self.tn, **prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn)}


def provenance_dates(data: Path) -> dict[str, tuple[str | None, bool]]:
    """Each page's day as provenance chooses it, and whether the chosen date has a UTC offset."""
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    documents: list[LoadedDocument] = []
    for url, label in sorted(labels.items(), key=lambda item: item[1]["file"]):
        html = decode_bytes((data / "pages" / label["file"]).read_bytes())
        parsed = parse_html(html, label["file"], label["file"])
        if isinstance(parsed, LoadedDocument):
            documents.append(replace(parsed, url=parsed.url or url))
    identified = identify_corpus(tuple(clean(d) for d in documents), load_registry())
    results: dict[str, tuple[str | None, bool]] = {}
    for item in identified:
        chosen = item.identity.published
        results[item.cleaned.document.id] = ((chosen.value.day.isoformat(), chosen.value.utc_offset_minutes is not None)
                                             if chosen else (None, False))
    return results


def htmldate_dates(data: Path) -> dict[str, str | None]:
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    return {label["file"]: find_date(decode_bytes((data / "pages" / label["file"]).read_bytes()), url=url)
            for url, label in labels.items()}


def evaluate(data: Path = DEFAULT_DATA) -> dict[str, dict[str, dict[str, float | int]]]:
    labels = {label["file"]: label["date"] for label in
              json.loads((data / "labels.json").read_text(encoding="utf-8")).values()}
    ours, theirs = provenance_dates(data), htmldate_dates(data)
    scores = {name: {"all": Score(), "with-time-zone": Score()} for name in ("provenance", "htmldate")}
    for page, expected in sorted(labels.items()):
        day, zoned = ours.get(page, (None, False))
        scores["provenance"]["all"].add(day, expected, page)
        scores["htmldate"]["all"].add(theirs.get(page), expected, page)
        if zoned:
            scores["provenance"]["with-time-zone"].add(day, expected, page)
            scores["htmldate"]["with-time-zone"].add(theirs.get(page), expected, page)
    evaluate.misses = {name: s["all"].misses for name, s in scores.items()}  # type: ignore[attr-defined]
    return {name: {subset: score.figures() for subset, score in subsets.items()}
            for name, subsets in scores.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list every wrong or missing date")
    args = parser.parse_args()
    figures = evaluate(args.data)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{'tool':<12}{'subset':<16}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}")
        for tool, subsets in figures.items():
            for subset, f in subsets.items():
                print(f"{tool:<12}{subset:<16}{f['pages']:>6}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}")
    if args.errors:
        for tool, misses in evaluate.misses.items():  # type: ignore[attr-defined]
            print(f"\n{tool}:")
            print("\n".join(f"  {m}" for m in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
