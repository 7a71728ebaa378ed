"""Credited wire service on ../shared/eval/polnear (train + dev), against the `wire` column.

Each article is loaded with its publisher as metadata (as a scraper would record it),
so the question is the one a fact-checker asks: which agency's copy does this page carry?
The prediction is the first wire (AP, AFP, Reuters, UPI) named by the article's dateline
or credit lines, or "None". Rows labelled NA (not annotated) are left out.

Run: python benchmarks/eval_outlets.py [--json] [--errors]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from provenance.attribution import extract
from provenance.clean import clean
from provenance.identify import identify_corpus
from provenance.lexicon import load_lexicons
from provenance.load import decode_bytes
from provenance.models import LoadedDocument
from provenance.outlets import load_registry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks.common import run

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"
WIRES = {"ap": "AP", "afp": "AFP", "reuters": "Reuters", "upi": "UPI"}
PUBLISHERS = {"breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times",
              "politico": "Politico", "usa-today": "USA Today", "wash-post": "The Washington Post",
              "west-journal": "The Western Journal"}


def load_rows(data: Path) -> list[dict[str, str]]:
    with (data / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row for row in rows if row["wire"] != "NA" and row["compartment"] in ("train", "dev")]


def predictions(data: Path, rows: list[dict[str, str]]) -> dict[str, str]:
    registry, lexicon = load_registry(), load_lexicons()["en"]
    documents = []
    for row in rows:
        text = decode_bytes((data / row["compartment"] / "text" / f"{row['filename']}.txt").read_bytes())
        documents.append(LoadedDocument(id=row["filename"], path=row["filename"], format="txt", text=text,
                                        outlet_raw=PUBLISHERS[row["publisher"]], outlet_raw_field="publisher"))
    result = {}
    for item in identify_corpus(tuple(clean(d) for d in documents), registry):
        publisher = item.identity.outlet.outlet_id if item.identity.outlet else None
        credited = [a.outlet_id for a in extract(item.cleaned, registry, lexicon, publisher)
                    if a.kind in ("dateline", "credit", "house-style") and a.outlet_id in WIRES]
        result[item.cleaned.document.id] = WIRES[credited[0]] if credited else "None"
    return result


def evaluate(data: Path = DEFAULT_DATA) -> dict[str, object]:
    rows = load_rows(data)
    predicted = predictions(data, rows)
    confusion: Counter[tuple[str, str]] = Counter()
    errors = []
    for row in rows:
        expected = "Reuters" if row["wire"].lower() == "reuters" else row["wire"]
        got = predicted[row["filename"]]
        confusion[(expected, got)] += 1
        if got != expected:
            errors.append(f"{row['compartment']}/{row['filename']}: {got}, expected {expected}")
    total = sum(confusion.values())
    correct = sum(n for (e, g), n in confusion.items() if e == g)
    labels = sorted({e for e, _ in confusion} | {g for _, g in confusion})
    per_label = {}
    for label in labels:
        tp = confusion[(label, label)]
        support = sum(n for (e, _), n in confusion.items() if e == label)
        claimed = sum(n for (_, g), n in confusion.items() if g == label)
        per_label[label] = {"support": support, "precision": round(tp / claimed, 3) if claimed else 0.0,
                            "recall": round(tp / support, 3) if support else 0.0}
    wired = [row for row in rows if row["wire"] != "None"]
    wired_correct = sum(1 for row in wired if predicted[row["filename"]] ==
                        ("Reuters" if row["wire"].lower() == "reuters" else row["wire"]))
    return {"articles": total, "accuracy": round(correct / total, 3),
            "wire_articles": len(wired), "wire_accuracy": round(wired_correct / len(wired), 3),
            "per_label": per_label, "errors": errors}


def _table(figures: dict[str, Any]) -> None:
    print(f"articles {figures['articles']}: accuracy {figures['accuracy']:.3f}; "
          f"wire-credited articles {figures['wire_articles']}: accuracy {figures['wire_accuracy']:.3f}")
    for label, f in figures["per_label"].items():
        print(f"  {label:<8} support {f['support']:>4}  precision {f['precision']:.3f}  recall {f['recall']:.3f}")


def main() -> int:
    return run(__doc__.splitlines()[0], DEFAULT_DATA, evaluate, _table)


if __name__ == "__main__":
    sys.exit(main())
